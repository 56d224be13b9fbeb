//! The keys a running portal holds: the master key, and the two shared data keys it wraps
//! (the blind-index key and the kept-records key), which live wrapped in `settings`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use uuid::Uuid;

use super::{BlindIndexKey, DataKey, KeyPurpose, MasterKey};
use crate::db::Store;

pub(super) const MASTER_KEY_ID: &str = "master_key_id";
pub(super) const BLIND_INDEX_KEY: &str = "blind_index_key";
pub(super) const KEPT_RECORDS_KEY: &str = "kept_records_key";
/// Present while `rotate-key` has not finished; names the key being rotated to.
pub(super) const ROTATION_TARGET: &str = "rotation_target_key_id";

/// The unwrapped keys, shared by all requests.
#[derive(Debug, Clone)]
pub struct Keyring {
    pub master: MasterKey,
    pub blind_index: BlindIndexKey,
    pub kept_records: DataKey,
}

impl Keyring {
    /// Checks that `master` is the key this database was sealed with (the first start
    /// records its id), and unwraps or creates the shared keys.
    pub async fn open(store: &dyn Store, master: MasterKey) -> anyhow::Result<Self> {
        if let Some(target) = store.setting(ROTATION_TARGET).await? {
            anyhow::bail!(
                "a key rotation to key {target} is unfinished; run `inzage rotate-key` again \
                 with the same new key to finish it"
            );
        }
        let id = master.id();
        if !store.put_setting_if_absent(MASTER_KEY_ID, &id).await? {
            let expected = store.setting(MASTER_KEY_ID).await?.unwrap_or_default();
            if expected != id {
                anyhow::bail!(
                    "the master key (id {id}) is not the key this database was sealed with \
                     (id {expected}); set INZAGE_MASTER_KEY or master_key_file to that key"
                );
            }
        }
        let blind_index =
            shared_key(store, &master, BLIND_INDEX_KEY, KeyPurpose::BlindIndex).await?;
        let kept_records =
            shared_key(store, &master, KEPT_RECORDS_KEY, KeyPurpose::KeptRecords).await?;
        Ok(Self {
            master,
            blind_index: BlindIndexKey::new(blind_index),
            kept_records,
        })
    }

    /// Unwraps a customer's data key.
    pub fn unwrap_customer_key(&self, customer: Uuid, wrapped: &[u8]) -> anyhow::Result<DataKey> {
        DataKey::unwrap(&self.master, KeyPurpose::Customer, customer, wrapped)
            .map_err(|e| anyhow::anyhow!("customer data key: {e}"))
    }
}

/// Reads a shared key, creating it first if this is the first start. When two instances
/// start at once, both try to insert; the first one wins and both use its key.
async fn shared_key(
    store: &dyn Store,
    master: &MasterKey,
    name: &str,
    purpose: KeyPurpose,
) -> anyhow::Result<DataKey> {
    store
        .put_setting_if_absent(name, &wrap_shared(master, purpose, &DataKey::generate()))
        .await?;
    unwrap_shared(store, master, name, purpose).await
}

/// A shared key wrapped for the `settings` table (base64 text).
pub(super) fn wrap_shared(master: &MasterKey, purpose: KeyPurpose, key: &DataKey) -> String {
    BASE64.encode(key.wrap(master, purpose, Uuid::nil()))
}

/// Reads and unwraps a shared key from the `settings` table.
pub(super) async fn unwrap_shared(
    store: &dyn Store,
    master: &MasterKey,
    name: &str,
    purpose: KeyPurpose,
) -> anyhow::Result<DataKey> {
    let stored = store
        .setting(name)
        .await?
        .ok_or_else(|| anyhow::anyhow!("setting {name} is missing"))?;
    let wrapped = BASE64
        .decode(stored)
        .map_err(|_| anyhow::anyhow!("setting {name} is not base64"))?;
    DataKey::unwrap(master, purpose, Uuid::nil(), &wrapped)
        .map_err(|e| anyhow::anyhow!("setting {name}: {e}"))
}
