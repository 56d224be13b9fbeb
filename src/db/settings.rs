//! The `settings` table: small named values the portal keeps about itself (key ids, the
//! audit chain's anchor, an interrupted key rotation).

store_area! {
    pub trait SettingsStore {
        /// Reads one setting.
        async fn setting(&self, key: &str) -> anyhow::Result<Option<String>> {
            Ok(read!(self, fetch_optional, query_scalar(SELECT_SETTING), key))
        }

        /// Writes one setting, replacing an earlier value.
        async fn put_setting(&self, key: &str, value: &str) -> anyhow::Result<()> {
            write_one!(self, UPSERT_SETTING, key, value);
            Ok(())
        }

        /// Writes and deletes several settings in one transaction.
        async fn change_settings(
            &self,
            put: &[(&str, &str)],
            delete: &[&str],
        ) -> anyhow::Result<()> {
            let mut tx = self.begin_write().await?;
            for (key, value) in put {
                exec!(tx, UPSERT_SETTING, key, value);
            }
            for key in delete {
                exec!(tx, DELETE_SETTING, key);
            }
            tx.commit().await?;
            Ok(())
        }

        /// Writes a setting only if it is not there yet; true when this call wrote it.
        /// Two instances starting together agree on one value this way.
        async fn put_setting_if_absent(&self, key: &str, value: &str) -> anyhow::Result<bool> {
            Ok(write_one!(self, INSERT_SETTING_IF_ABSENT, key, value) == 1)
        }
    }
}

const SELECT_SETTING: &str = "SELECT value FROM settings WHERE key = $1";
/// Also used by retention, which moves the audit chain's anchor in its own transaction.
pub(super) const UPSERT_SETTING: &str = "INSERT INTO settings (key, value, updated_at) \
     VALUES ($1, $2, CURRENT_TIMESTAMP) \
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
const DELETE_SETTING: &str = "DELETE FROM settings WHERE key = $1";
const INSERT_SETTING_IF_ABSENT: &str = "INSERT INTO settings (key, value, updated_at) \
     VALUES ($1, $2, CURRENT_TIMESTAMP) ON CONFLICT (key) DO NOTHING";
