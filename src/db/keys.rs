//! Customers' data keys, stored only wrapped by the master key, and their rotation to a
//! new master key.

use uuid::Uuid;

store_area! {
    pub trait KeyStore {
        /// The customer's wrapped data key and the id of the master key that wrapped it.
        async fn customer_key(&self, id: Uuid) -> anyhow::Result<Option<(Vec<u8>, String)>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_CUSTOMER_KEY), id))
        }

        /// Up to `limit` customer keys wrapped by master key `key_id`, for customers after
        /// `after` in id order (keyset paging): (customer, wrapped key).
        async fn keys_wrapped_by(
            &self,
            key_id: &str,
            after: Uuid,
            limit: i64,
        ) -> anyhow::Result<Vec<(Uuid, Vec<u8>)>> {
            Ok(read!(self, fetch_all, query_as(SELECT_KEYS_WRAPPED_BY), key_id, limit, after))
        }

        /// Replaces wrapped keys in one transaction: (customer, new wrapping), moving each
        /// from master key `from` to `to`. Rows no longer under `from` are left alone.
        async fn rewrap_keys(
            &self,
            keys: &[(Uuid, Vec<u8>)],
            from: &str,
            to: &str,
        ) -> anyhow::Result<u64> {
            let mut tx = self.begin_write().await?;
            let mut changed = 0;
            for (customer, wrapped) in keys {
                changed += exec!(tx, UPDATE_CUSTOMER_KEY, customer, wrapped, to, from);
            }
            tx.commit().await?;
            Ok(changed)
        }

        /// How many customer keys each master key wraps.
        async fn count_keys_by_master(&self) -> anyhow::Result<Vec<(String, i64)>> {
            Ok(read!(self, fetch_all, query_as(COUNT_KEYS_BY_MASTER)))
        }
    }
}

pub(super) const INSERT_CUSTOMER_KEY: &str =
    "INSERT INTO customer_keys (customer_id, wrapped_key, master_key_id) VALUES ($1, $2, $3)";
pub(super) const SELECT_CUSTOMER_KEY: &str =
    "SELECT wrapped_key, master_key_id FROM customer_keys WHERE customer_id = $1";
const SELECT_KEYS_WRAPPED_BY: &str = "SELECT customer_id, wrapped_key FROM customer_keys \
     WHERE master_key_id = $1 AND customer_id > $3 ORDER BY customer_id LIMIT $2";
const UPDATE_CUSTOMER_KEY: &str = "UPDATE customer_keys SET wrapped_key = $2, \
     master_key_id = $3 WHERE customer_id = $1 AND master_key_id = $4";
const COUNT_KEYS_BY_MASTER: &str = "SELECT master_key_id, COUNT(*) FROM customer_keys \
     GROUP BY master_key_id ORDER BY master_key_id";
