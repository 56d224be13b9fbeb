//! Server-side sessions: the state behind the cookie, stored under the hash of its key.

use time::OffsetDateTime;
use uuid::Uuid;

use super::{SessionRow, TokenOwner};

store_area! {
    pub trait SessionStore {
        /// A live session's state (JSON) by the hash of its key.
        async fn session(
            &self,
            key_hash: &[u8],
            now: OffsetDateTime,
        ) -> anyhow::Result<Option<String>> {
            Ok(read!(self, fetch_optional, query_scalar(SELECT_SESSION), key_hash, now))
        }

        /// Creates or replaces a session.
        #[allow(clippy::too_many_arguments)]
        async fn save_session(
            &self,
            key_hash: &[u8],
            session_id: Option<&str>,
            owner: Option<TokenOwner>,
            state: &str,
            now: OffsetDateTime,
            expires_at: OffsetDateTime,
        ) -> anyhow::Result<()> {
            let (customer, staff) = owner.map_or((None, None), |o| o.columns());
            write_one!(self, UPSERT_SESSION, key_hash, customer, state, now, expires_at, session_id, staff);
            Ok(())
        }

        /// Moves a session's expiry on (idle limit).
        async fn touch_session(
            &self,
            key_hash: &[u8],
            now: OffsetDateTime,
            expires_at: OffsetDateTime,
        ) -> anyhow::Result<()> {
            write_one!(self, TOUCH_SESSION, key_hash, now, expires_at);
            Ok(())
        }

        async fn delete_session(&self, key_hash: &[u8]) -> anyhow::Result<()> {
            write_one!(self, DELETE_SESSION, key_hash);
            Ok(())
        }

        /// A customer's live sessions (not expired, and active since `seen_since`), most
        /// recently active first.
        async fn customer_sessions(
            &self,
            customer: Uuid,
            now: OffsetDateTime,
            seen_since: OffsetDateTime,
        ) -> anyhow::Result<Vec<SessionRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_CUSTOMER_SESSIONS), customer, now, seen_since))
        }

        /// Ends every session of the customer except the one with `keep` as its id.
        async fn delete_other_sessions(&self, customer: Uuid, keep: &str) -> anyhow::Result<u64> {
            Ok(write_one!(self, DELETE_OTHER_SESSIONS, customer, keep))
        }
    }
}

const SELECT_SESSION: &str = "SELECT state FROM sessions WHERE key_hash = $1 AND expires_at > $2";
const UPSERT_SESSION: &str = "INSERT INTO sessions (key_hash, customer_id, state, \
     created_at, last_seen_at, expires_at, session_id, staff_id) \
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7) \
     ON CONFLICT (key_hash) DO UPDATE SET customer_id = excluded.customer_id, \
     session_id = excluded.session_id, staff_id = excluded.staff_id, \
     state = excluded.state, last_seen_at = excluded.last_seen_at, expires_at = excluded.expires_at";
const TOUCH_SESSION: &str =
    "UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE key_hash = $1";
const DELETE_SESSION: &str = "DELETE FROM sessions WHERE key_hash = $1";
const SELECT_CUSTOMER_SESSIONS: &str = "SELECT session_id, state, created_at, last_seen_at \
     FROM sessions WHERE customer_id = $1 AND expires_at > $2 AND last_seen_at > $3 \
     ORDER BY last_seen_at DESC";
const DELETE_OTHER_SESSIONS: &str =
    "DELETE FROM sessions WHERE customer_id = $1 AND (session_id IS NULL OR session_id <> $2)";
