//! `inzage rotate-key`: re-wraps every data key under a new master key. The data itself is
//! never re-encrypted: only the small wrapped keys change, in batches, each in its own
//! transaction. Rows record which master key wraps them, so an interrupted run resumes
//! where it stopped; until the last step the portal refuses to start.

use uuid::Uuid;

use super::keyring::{
    BLIND_INDEX_KEY, KEPT_RECORDS_KEY, MASTER_KEY_ID, ROTATION_TARGET, unwrap_shared, wrap_shared,
};
use super::{DataKey, KeyPurpose, MasterKey};
use crate::db::Store;

/// Keys re-wrapped per transaction by default.
pub const BATCH: i64 = 1_000;

/// Moves every wrapped key from `old` to `new`, `batch` keys per transaction. After each
/// batch `progress` is told the running total; returning false stops the run there (as an
/// interruption would), and a later run resumes. Returns how many keys this run re-wrapped.
pub async fn rotate(
    store: &dyn Store,
    old: &MasterKey,
    new: &MasterKey,
    batch: i64,
    mut progress: impl FnMut(u64) -> bool,
) -> anyhow::Result<u64> {
    let (old_id, new_id) = (old.id(), new.id());
    if old_id == new_id {
        anyhow::bail!("the new master key is the same as the current one");
    }
    if let Some(target) = store.setting(ROTATION_TARGET).await? {
        if target != new_id {
            anyhow::bail!(
                "an unfinished rotation to key {target} exists; finish it with that key first"
            );
        }
    }
    let current = store.setting(MASTER_KEY_ID).await?.unwrap_or_default();
    if current == new_id {
        return Ok(0);
    }
    if current != old_id {
        anyhow::bail!(
            "the current master key (id {old_id}) is not the one this database uses (id {current})"
        );
    }
    store.put_setting(ROTATION_TARGET, &new_id).await?;

    let mut done = 0u64;
    loop {
        // Re-wrapped rows leave the `old_id` set, so the first page is always the next one.
        let page = store.keys_wrapped_by(&old_id, Uuid::nil(), batch).await?;
        if page.is_empty() {
            break;
        }
        let rewrapped = page
            .iter()
            .map(|(customer, wrapped)| {
                let key = DataKey::unwrap(old, KeyPurpose::Customer, *customer, wrapped)
                    .map_err(|e| anyhow::anyhow!("customer key {customer}: {e}"))?;
                Ok((*customer, key.wrap(new, KeyPurpose::Customer, *customer)))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        done += store.rewrap_keys(&rewrapped, &old_id, &new_id).await?;
        if !progress(done) {
            anyhow::bail!("rotation stopped after {done} keys; run it again to resume");
        }
    }

    // Last step, in one transaction: the shared keys, the recorded key id, and the marker.
    let blind = unwrap_shared(store, old, BLIND_INDEX_KEY, KeyPurpose::BlindIndex).await?;
    let kept = unwrap_shared(store, old, KEPT_RECORDS_KEY, KeyPurpose::KeptRecords).await?;
    store
        .change_settings(
            &[
                (MASTER_KEY_ID, &new_id),
                (
                    BLIND_INDEX_KEY,
                    &wrap_shared(new, KeyPurpose::BlindIndex, &blind),
                ),
                (
                    KEPT_RECORDS_KEY,
                    &wrap_shared(new, KeyPurpose::KeptRecords, &kept),
                ),
            ],
            &[ROTATION_TARGET],
        )
        .await?;
    Ok(done)
}

/// What `rotate-key --check` found.
#[derive(Debug, PartialEq, Eq)]
pub struct CheckReport {
    /// Customer keys that unwrap with the given master key.
    pub unwrapped: u64,
    /// Customer keys recorded under any other master key.
    pub under_other_keys: i64,
}

/// Unwraps every customer key and both shared keys with `key`.
pub async fn check(store: &dyn Store, key: &MasterKey) -> anyhow::Result<CheckReport> {
    let id = key.id();
    let under_other_keys = store
        .count_keys_by_master()
        .await?
        .into_iter()
        .filter(|(master, _)| *master != id)
        .map(|(_, count)| count)
        .sum();
    unwrap_shared(store, key, BLIND_INDEX_KEY, KeyPurpose::BlindIndex).await?;
    unwrap_shared(store, key, KEPT_RECORDS_KEY, KeyPurpose::KeptRecords).await?;
    let (mut after, mut unwrapped) = (Uuid::nil(), 0u64);
    loop {
        let page = store.keys_wrapped_by(&id, after, BATCH).await?;
        let Some((last, _)) = page.last() else { break };
        after = *last;
        for (customer, wrapped) in &page {
            DataKey::unwrap(key, KeyPurpose::Customer, *customer, wrapped)
                .map_err(|e| anyhow::anyhow!("customer key {customer}: {e}"))?;
            unwrapped += 1;
        }
    }
    Ok(CheckReport {
        unwrapped,
        under_other_keys,
    })
}
