//! A form posted after the session expired is not lost (WCAG 2.2.1 and 2.2.5): what was
//! typed is kept, sealed, in this browser's session for a short while, and offered again
//! in the same form after the customer signs in. Passwords and the CSRF token are never
//! kept, and the form is only given back to the same customer on the same path.

use actix_session::Session;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::crypto::DataKey;

/// The session state key of the sealed form.
pub const SESSION_KEY: &str = "kept_form";
/// How long a kept form waits for the sign-in.
pub const LIFETIME: Duration = Duration::minutes(30);

/// What the session holds: the path in the clear (it is not personal data), the fields
/// sealed and bound to the customer and that path.
#[derive(Serialize, Deserialize)]
struct Envelope {
    path: String,
    sealed: String,
}

/// What is sealed: the fields as posted, and until when they may be given back.
#[derive(Serialize, Deserialize)]
struct Kept {
    fields: Vec<(String, String)>,
    until: i64,
}

/// Whether a posted field may be kept: never a secret, never the CSRF token.
fn keepable(name: &str) -> bool {
    name != super::csrf::FIELD && !name.to_ascii_lowercase().contains("password")
}

/// The sealing key, derived from the blind-index key for this one purpose.
pub fn key(keys: &crate::crypto::Keyring) -> DataKey {
    let bytes: [u8; 32] = keys
        .blind_index
        .derive("kept-form")
        .try_into()
        .expect("an HMAC-SHA-256 is 32 bytes");
    DataKey::from_bytes(bytes)
}

/// The field name the sealed bytes are bound to: this customer's form at this path.
fn binding(path: &str) -> String {
    format!("kept-form{path}")
}

/// Keeps the urlencoded `body` posted to `path` by `customer`, replacing a form kept before.
pub fn keep(
    session: &Session,
    key: &DataKey,
    customer: Uuid,
    path: &str,
    body: &[u8],
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .unwrap_or_default()
        .into_iter()
        .filter(|(name, _)| keepable(name))
        .collect();
    let kept = Kept {
        fields,
        until: (now + LIFETIME).unix_timestamp(),
    };
    let sealed = key.seal(customer, &binding(path), &serde_json::to_string(&kept)?);
    let envelope = Envelope {
        path: path.to_string(),
        sealed: BASE64.encode(sealed),
    };
    session.insert(SESSION_KEY, serde_json::to_string(&envelope)?)?;
    Ok(())
}

/// Where a form kept for `customer` waits, if one does and is still fresh.
pub fn waiting_at(
    session: &Session,
    key: &DataKey,
    customer: Uuid,
    now: OffsetDateTime,
) -> Option<String> {
    let envelope = envelope(session)?;
    open(session, key, customer, &envelope, now).map(|_| envelope.path)
}

/// The fields kept for `customer` at `path`, removed from the session as they are given
/// back. A form kept for someone else or for another path gives nothing and stays; one
/// kept too long ago gives nothing and is removed.
pub fn take(
    session: &Session,
    key: &DataKey,
    customer: Uuid,
    path: &str,
    now: OffsetDateTime,
) -> Option<Vec<(String, String)>> {
    let envelope = envelope(session).filter(|e| e.path == path)?;
    let kept = open(session, key, customer, &envelope, now)?;
    session.remove(SESSION_KEY);
    Some(kept.fields)
}

/// Whether a form is waiting at all (for the sign-in page's explanation), whoever's.
pub fn is_waiting(session: &Session) -> bool {
    envelope(session).is_some()
}

fn envelope(session: &Session) -> Option<Envelope> {
    let json = session.get::<String>(SESSION_KEY).ok().flatten()?;
    serde_json::from_str(&json).ok()
}

fn open(
    session: &Session,
    key: &DataKey,
    customer: Uuid,
    envelope: &Envelope,
    now: OffsetDateTime,
) -> Option<Kept> {
    let sealed = BASE64.decode(&envelope.sealed).ok()?;
    let json = key.open(customer, &binding(&envelope.path), &sealed).ok()?;
    let kept: Kept = serde_json::from_str(&json).ok()?;
    if kept.until <= now.unix_timestamp() {
        session.remove(SESSION_KEY);
        return None;
    }
    Some(kept)
}
