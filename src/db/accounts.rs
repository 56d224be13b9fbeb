//! Customers' portal accounts: the password hash, and the sign-in attempts that
//! throttling counts and the sessions page shows.

use time::OffsetDateTime;
use uuid::Uuid;

use super::SignInAttempt;

store_area! {
    pub trait AccountStore {
        /// The customer's password hash, if they activated their portal access.
        async fn password_hash(&self, customer: Uuid) -> anyhow::Result<Option<String>> {
            Ok(read!(self, fetch_optional, query_scalar(SELECT_PASSWORD_HASH), customer))
        }

        /// Creates the account or replaces its password.
        async fn set_password(
            &self,
            customer: Uuid,
            hash: &str,
            now: OffsetDateTime,
        ) -> anyhow::Result<()> {
            write_one!(self, UPSERT_ACCOUNT, customer, hash, now);
            Ok(())
        }

        async fn record_sign_in(&self, a: &SignInAttempt) -> anyhow::Result<()> {
            let id = Uuid::new_v4();
            let (account, address) = (&a.account_key, &a.address_key);
            write_one!(self, INSERT_SIGN_IN_ATTEMPT, id, a.customer_id, account, address, a.at, a.success);
            Ok(())
        }

        /// Failed sign-ins for an account (by its key) since `since`, after its last
        /// success: how many, and when the last one was.
        async fn account_failures(
            &self,
            account_key: &[u8],
            since: OffsetDateTime,
        ) -> anyhow::Result<(i64, Option<OffsetDateTime>)> {
            Ok(read!(self, fetch_one, query_as(ACCOUNT_FAILURES), account_key, since))
        }

        /// Failed sign-ins from one client address (by its key) since `since`.
        async fn address_failures(
            &self,
            address_key: &[u8],
            since: OffsetDateTime,
        ) -> anyhow::Result<(i64, Option<OffsetDateTime>)> {
            Ok(read!(self, fetch_one, query_as(ADDRESS_FAILURES), address_key, since))
        }

        /// The customer's newest sign-in attempts: (when, whether it worked).
        async fn recent_sign_ins(
            &self,
            customer: Uuid,
            limit: i64,
        ) -> anyhow::Result<Vec<(OffsetDateTime, bool)>> {
            Ok(read!(self, fetch_all, query_as(SELECT_SIGN_INS), customer, limit))
        }
    }
}

const SELECT_PASSWORD_HASH: &str = "SELECT password_hash FROM accounts WHERE customer_id = $1";
const UPSERT_ACCOUNT: &str = "INSERT INTO accounts (customer_id, password_hash, created_at, \
     password_changed_at) VALUES ($1, $2, $3, $3) ON CONFLICT (customer_id) DO UPDATE SET \
     password_hash = excluded.password_hash, password_changed_at = excluded.password_changed_at";
const INSERT_SIGN_IN_ATTEMPT: &str = "INSERT INTO sign_in_attempts (id, customer_id, \
     account_key, address_key, at, success) VALUES ($1, $2, $3, $4, $5, $6)";
/// Failures for an account since `$2`, not counting those before its last success.
const ACCOUNT_FAILURES: &str = "SELECT COUNT(*), MAX(at) FROM sign_in_attempts \
     WHERE account_key = $1 AND success = FALSE AND at > $2 AND NOT EXISTS \
     (SELECT 1 FROM sign_in_attempts s WHERE s.account_key = $1 AND s.success = TRUE \
     AND s.at > sign_in_attempts.at)";
const ADDRESS_FAILURES: &str = "SELECT COUNT(*), MAX(at) FROM sign_in_attempts \
     WHERE address_key = $1 AND success = FALSE AND at > $2";
const SELECT_SIGN_INS: &str = "SELECT at, success FROM sign_in_attempts \
     WHERE customer_id = $1 ORDER BY at DESC LIMIT $2";
/// For "my data" (`super::holdings`): the ten newest.
pub(super) const SELECT_TEN_SIGN_INS: &str = "SELECT at, success FROM sign_in_attempts \
     WHERE customer_id = $1 ORDER BY at DESC LIMIT 10";
