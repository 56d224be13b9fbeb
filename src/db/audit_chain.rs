//! The hash chain over the audit trail: each record's hash covers its own content and the
//! hash of the record before it, so editing, deleting or reordering a record shows.

use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::db::AuditEntry;

/// The `prev_hash` of the very first record.
pub const GENESIS: [u8; 32] = [0; 32];

/// Setting that holds `seq:hash` of the last record retention removed, so the chain
/// verifies from there on.
pub const ANCHOR_SETTING: &str = "audit_chain_anchor";

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses an anchor written as `seq:hexhash`.
pub fn parse_anchor(text: &str) -> Option<(i64, Vec<u8>)> {
    let (seq, hash) = text.split_once(':')?;
    let bytes = (0..hash.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hash.get(i..i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    Some((seq.parse().ok()?, bytes))
}

/// The hash of record `seq` with content `entry`, following `prev_hash`.
pub fn record_hash(prev_hash: &[u8], seq: i64, entry: &AuditEntry) -> Vec<u8> {
    let mut hasher = Sha256::new();
    hasher.update(b"inzage/audit/v1");
    field(&mut hasher, prev_hash);
    field(&mut hasher, &seq.to_be_bytes());
    field(&mut hasher, canonical_time(entry.at).as_bytes());
    field(&mut hasher, entry.actor_kind.as_bytes());
    field(&mut hasher, entry.actor_id.as_bytes());
    field(&mut hasher, entry.actor_role.as_bytes());
    field(&mut hasher, entry.action.as_bytes());
    optional(
        &mut hasher,
        entry.customer_id.map(|id| id.as_bytes().to_vec()),
    );
    optional(
        &mut hasher,
        entry.reason.as_ref().map(|r| r.as_bytes().to_vec()),
    );
    optional(
        &mut hasher,
        entry.request_id.as_ref().map(|r| r.as_bytes().to_vec()),
    );
    hasher.finalize().to_vec()
}

/// Both databases keep microseconds; the chain hashes exactly what is stored.
pub fn truncate_to_micros(at: OffsetDateTime) -> OffsetDateTime {
    at.replace_nanosecond(at.nanosecond() / 1000 * 1000)
        .expect("a truncated nanosecond is valid")
}

fn canonical_time(at: OffsetDateTime) -> String {
    let at = truncate_to_micros(at.to_offset(time::UtcOffset::UTC));
    format!("{}.{:06}", at.unix_timestamp(), at.nanosecond() / 1000)
}

// Length-prefixed, so ("ab","c") and ("a","bc") hash differently.
fn field(hasher: &mut Sha256, bytes: &[u8]) {
    hasher.update((bytes.len() as u64).to_be_bytes());
    hasher.update(bytes);
}

fn optional(hasher: &mut Sha256, bytes: Option<Vec<u8>>) {
    match bytes {
        Some(bytes) => {
            hasher.update([1]);
            field(hasher, &bytes);
        }
        None => hasher.update([0]),
    }
}
