//! The one storage contract and its two implementations. Which one runs is decided by the
//! database URL's scheme at start-up.

// Declared first: the backends below expand its macro.
#[macro_use]
mod store_impl;
mod postgres;
mod purge;
mod rows;
mod sql;
mod sqlite;

use std::sync::Arc;

use anyhow::Context;
use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

pub use postgres::PostgresStore;
pub use purge::PurgeRule;
pub use rows::*;
pub use sqlite::SqliteStore;

/// Which database engine a `Store` talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Everything the portal asks of its database. Both backends pass the same test suite.
/// Rows hold personal data sealed; opening it (and auditing that) is `crate::privacy`'s job.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    fn backend(&self) -> Backend;

    /// Applies the embedded migrations that have not run yet; a no-op when all have.
    async fn migrate(&self) -> anyhow::Result<()>;

    /// Proves the database answers a query, for `/health`.
    async fn ping(&self) -> anyhow::Result<()>;

    /// Reads one row of the `settings` table.
    async fn setting(&self, key: &str) -> anyhow::Result<Option<String>>;

    /// Writes one row of the `settings` table, replacing an earlier value.
    async fn put_setting(&self, key: &str, value: &str) -> anyhow::Result<()>;

    /// Writes and deletes several settings in one transaction.
    async fn change_settings(&self, put: &[(&str, &str)], delete: &[&str]) -> anyhow::Result<()>;

    /// Writes a setting only if it is not there yet; true when this call wrote it.
    /// Two instances starting together agree on one value this way.
    async fn put_setting_if_absent(&self, key: &str, value: &str) -> anyhow::Result<bool>;

    /// Inserts customers with everything that belongs to them, in one transaction.
    async fn insert_bundle(&self, bundle: &CustomerBundle) -> anyhow::Result<()>;

    async fn customer(&self, id: Uuid) -> anyhow::Result<Option<CustomerRow>>;

    /// The customer's wrapped data key and the id of the master key that wrapped it.
    async fn customer_key(&self, id: Uuid) -> anyhow::Result<Option<(Vec<u8>, String)>>;

    async fn find_customer_by_email_index(&self, index: &[u8]) -> anyhow::Result<Option<Uuid>>;

    async fn find_customer_by_number_index(&self, index: &[u8]) -> anyhow::Result<Option<Uuid>>;

    async fn count_customers(&self) -> anyhow::Result<i64>;

    /// Up to `limit` customer keys wrapped by master key `key_id`, for customers after
    /// `after` in id order (keyset paging): (customer, wrapped key).
    async fn keys_wrapped_by(
        &self,
        key_id: &str,
        after: Uuid,
        limit: i64,
    ) -> anyhow::Result<Vec<(Uuid, Vec<u8>)>>;

    /// Replaces wrapped keys in one transaction: (customer, new wrapping), moving each from
    /// master key `from` to `to`. Rows no longer under `from` are left alone.
    async fn rewrap_keys(
        &self,
        keys: &[(Uuid, Vec<u8>)],
        from: &str,
        to: &str,
    ) -> anyhow::Result<u64>;

    /// How many customer keys each master key wraps.
    async fn count_keys_by_master(&self) -> anyhow::Result<Vec<(String, i64)>>;

    /// Newest first.
    async fn contact_moments(&self, customer: Uuid) -> anyhow::Result<Vec<ContactMomentRow>>;

    async fn invoices(&self, customer: Uuid) -> anyhow::Result<Vec<InvoiceRow>>;

    async fn payments(&self, customer: Uuid) -> anyhow::Result<Vec<PaymentRow>>;

    async fn consents(&self, customer: Uuid) -> anyhow::Result<Vec<ConsentRow>>;

    async fn requests(&self, customer: Uuid) -> anyhow::Result<Vec<RequestRow>>;

    /// Crypto-shreds and deletes a customer: the wrapped data key first, then the rows,
    /// in one transaction. Kept-by-law records stay, detached. False if there was none.
    async fn erase_customer(&self, id: Uuid) -> anyhow::Result<bool>;

    /// Appends records to the hash-chained audit trail in one transaction (one fsync for
    /// the whole batch); returns their sequence numbers.
    async fn append_audit(&self, entries: &[AuditEntry]) -> anyhow::Result<Vec<i64>>;

    /// Up to `limit` audit records after `after_seq`, oldest first (for verification).
    async fn audit_page(&self, after_seq: i64, limit: i64) -> anyhow::Result<Vec<AuditRow>>;

    /// The newest `limit` audit records about one customer ("who saw my data").
    async fn audit_for_customer(&self, id: Uuid, limit: i64) -> anyhow::Result<Vec<AuditRow>>;

    /// How many rows `rule` would purge at `cutoff`.
    async fn purge_count(
        &self,
        rule: PurgeRule,
        cutoff: time::OffsetDateTime,
    ) -> anyhow::Result<i64>;

    /// Purges at most `limit` rows for `rule` in one short transaction; returns how many.
    /// Called in a loop, so readers are never blocked for long.
    async fn purge_batch(
        &self,
        rule: PurgeRule,
        cutoff: time::OffsetDateTime,
        limit: i64,
    ) -> anyhow::Result<u64>;

    /// Takes the lease on a background job until `until`, unless another holder has it
    /// (PostgreSQL: another instance). True when taken.
    async fn take_lease(
        &self,
        job: &str,
        holder: &str,
        now: time::OffsetDateTime,
        until: time::OffsetDateTime,
    ) -> anyhow::Result<bool>;

    async fn release_lease(&self, job: &str, holder: &str) -> anyhow::Result<()>;

    /// The customer's password hash, if they activated their portal access.
    async fn password_hash(&self, customer: Uuid) -> anyhow::Result<Option<String>>;

    /// Creates the account or replaces its password.
    async fn set_password(
        &self,
        customer: Uuid,
        hash: &str,
        now: time::OffsetDateTime,
    ) -> anyhow::Result<()>;

    /// A live session's state (JSON) by the hash of its key.
    async fn session(
        &self,
        key_hash: &[u8],
        now: time::OffsetDateTime,
    ) -> anyhow::Result<Option<String>>;

    /// Creates or replaces a session.
    #[allow(clippy::too_many_arguments)]
    async fn save_session(
        &self,
        key_hash: &[u8],
        session_id: Option<&str>,
        owner: Option<TokenOwner>,
        state: &str,
        now: time::OffsetDateTime,
        expires_at: time::OffsetDateTime,
    ) -> anyhow::Result<()>;

    /// Moves a session's expiry on (idle limit).
    async fn touch_session(
        &self,
        key_hash: &[u8],
        now: time::OffsetDateTime,
        expires_at: time::OffsetDateTime,
    ) -> anyhow::Result<()>;

    async fn delete_session(&self, key_hash: &[u8]) -> anyhow::Result<()>;

    /// A customer's live sessions (not expired, and active since `seen_since`), most
    /// recently active first.
    async fn customer_sessions(
        &self,
        customer: Uuid,
        now: time::OffsetDateTime,
        seen_since: time::OffsetDateTime,
    ) -> anyhow::Result<Vec<SessionRow>>;

    /// Ends every session of the customer except the one with `keep` as its id.
    async fn delete_other_sessions(&self, customer: Uuid, keep: &str) -> anyhow::Result<u64>;

    /// The customer's newest sign-in attempts: (when, whether it worked).
    async fn recent_sign_ins(
        &self,
        customer: Uuid,
        limit: i64,
    ) -> anyhow::Result<Vec<(time::OffsetDateTime, bool)>>;

    /// Stores a new single-use token, replacing its owner's unused ones of that kind.
    #[allow(clippy::too_many_arguments)]
    async fn insert_token(
        &self,
        token_hash: &[u8],
        kind: &str,
        owner: TokenOwner,
        payload: Option<&[u8]>,
        now: time::OffsetDateTime,
        expires_at: time::OffsetDateTime,
    ) -> anyhow::Result<()>;

    /// Uses a token: whom it belongs to and its payload, if it exists, is of `kind`, is
    /// unused and has not expired. A second use finds nothing.
    async fn consume_token(
        &self,
        token_hash: &[u8],
        kind: &str,
        now: time::OffsetDateTime,
    ) -> anyhow::Result<Option<(TokenOwner, Option<Vec<u8>>)>>;

    /// Whether a token exists, is of `kind`, is unused and has not expired.
    async fn token_usable(
        &self,
        token_hash: &[u8],
        kind: &str,
        now: time::OffsetDateTime,
    ) -> anyhow::Result<bool>;

    /// Replaces a customer's e-mail address (index and sealed value).
    async fn update_customer_email(
        &self,
        customer: Uuid,
        email_index: &[u8],
        email_sealed: &[u8],
        now: time::OffsetDateTime,
    ) -> anyhow::Result<()>;

    async fn insert_staff(&self, staff: &StaffRow) -> anyhow::Result<()>;

    async fn staff_by_email_index(&self, index: &[u8]) -> anyhow::Result<Option<StaffRow>>;

    async fn staff(&self, id: Uuid) -> anyhow::Result<Option<StaffRow>>;

    /// Every staff account, oldest first.
    async fn all_staff(&self) -> anyhow::Result<Vec<StaffRow>>;

    /// Sets a staff member's password and ends their sessions.
    async fn set_staff_password(
        &self,
        id: Uuid,
        hash: &str,
        now: time::OffsetDateTime,
    ) -> anyhow::Result<()>;

    async fn record_sign_in(&self, attempt: &SignInAttempt) -> anyhow::Result<()>;

    /// Failed sign-ins for an account (by its key) since `since`, after its last success:
    /// how many, and when the last one was.
    async fn account_failures(
        &self,
        account_key: &[u8],
        since: time::OffsetDateTime,
    ) -> anyhow::Result<(i64, Option<time::OffsetDateTime>)>;

    /// Failed sign-ins from one client address (by its key) since `since`.
    async fn address_failures(
        &self,
        address_key: &[u8],
        since: time::OffsetDateTime,
    ) -> anyhow::Result<(i64, Option<time::OffsetDateTime>)>;

    // The customer's rights pages: contact history, who saw my data, consent.

    /// One page of the customer's contact moments, newest first.
    async fn contact_moments_page(
        &self,
        customer: Uuid,
        filter: &ContactFilter,
        limit: i64,
        offset: i64,
    ) -> anyhow::Result<Vec<ContactMomentRow>>;

    async fn count_contact_moments(
        &self,
        customer: Uuid,
        filter: &ContactFilter,
    ) -> anyhow::Result<i64>;

    /// One contact moment, only if it is this customer's.
    async fn contact_moment(
        &self,
        customer: Uuid,
        id: Uuid,
    ) -> anyhow::Result<Option<ContactMomentRow>>;

    /// Per (channel, recorded): the oldest contact moment's time, for the next deletion.
    async fn oldest_contacts(
        &self,
        customer: Uuid,
    ) -> anyhow::Result<Vec<(String, bool, time::OffsetDateTime)>>;

    /// One page of the audit records about the customer since `since`, newest first.
    async fn audit_for_customer_page(
        &self,
        customer: Uuid,
        since: Option<time::OffsetDateTime>,
        limit: i64,
        offset: i64,
    ) -> anyhow::Result<Vec<AuditRow>>;

    async fn count_audit_for_customer(
        &self,
        customer: Uuid,
        since: Option<time::OffsetDateTime>,
    ) -> anyhow::Result<i64>;

    /// Since when the customer objects to direct marketing, if they do.
    async fn marketing_objection(
        &self,
        customer: Uuid,
    ) -> anyhow::Result<Option<time::OffsetDateTime>>;

    /// Saves consent receipts, the do-not-call flag and the marketing objection together.
    async fn save_consent_choices(&self, choices: &ConsentChoices) -> anyhow::Result<()>;

    /// Waits for open connections to finish and closes them.
    async fn close(&self);

    // Requests (issue 5): filing, reading one by its reference, its history, cancelling.

    /// Inserts a new request with its first event, in one transaction. False (and nothing
    /// written) when the reference is taken already, so the caller can draw another.
    async fn insert_request(
        &self,
        request: &RequestRow,
        event: &RequestEventRow,
    ) -> anyhow::Result<bool>;

    /// The request with this reference, whoever it belongs to (the caller checks).
    async fn request_by_reference(&self, reference: &str) -> anyhow::Result<Option<RequestRow>>;

    /// A request's history, oldest first.
    async fn request_events(&self, request: Uuid) -> anyhow::Result<Vec<RequestEventRow>>;

    /// Withdraws a request that is still open: status `withdrawn`, `closed_at`, and the
    /// event, in one transaction. False (and nothing written) when it was closed already,
    /// also when two cancellations race.
    async fn withdraw_request(
        &self,
        request: Uuid,
        event: &RequestEventRow,
    ) -> anyhow::Result<bool>;

    // Correct my data (issue 5, Art. 16).

    /// Replaces sealed profile fields and `updated_at` in one transaction; false when
    /// there is no such customer.
    async fn update_customer_profile(
        &self,
        customer: Uuid,
        fields: &[SealedProfileField],
        now: time::OffsetDateTime,
    ) -> anyhow::Result<bool>;

    // Download and delete my data (issue 5).

    /// The customer's e-mail blind index (to throttle password confirmations like sign-ins).
    async fn customer_email_index(&self, customer: Uuid) -> anyhow::Result<Option<Vec<u8>>>;

    /// Up to `limit` contact moments, newest first, after `after` (occurred_at, id) in that
    /// order: keyset paging, so an export never holds them all at once.
    async fn contact_moments_after(
        &self,
        customer: Uuid,
        after: Option<(time::OffsetDateTime, Uuid)>,
        limit: i64,
    ) -> anyhow::Result<Vec<ContactMomentRow>>;

    /// The status history of all of the customer's requests, oldest first.
    async fn request_events_of_customer(
        &self,
        customer: Uuid,
    ) -> anyhow::Result<Vec<RequestEventRow>>;

    /// Up to `limit` audit records about the customer with `seq` below `before`, newest first.
    async fn audit_for_customer_before(
        &self,
        customer: Uuid,
        before: i64,
        limit: i64,
    ) -> anyhow::Result<Vec<AuditRow>>;

    /// Stores what the erasure confirmation page shows (no personal data: dates and
    /// register category ids) under its reference.
    async fn insert_erasure_receipt(
        &self,
        reference: &str,
        erased_at: time::OffsetDateTime,
        kept: &str,
    ) -> anyhow::Result<()>;

    async fn erasure_receipt(
        &self,
        reference: &str,
    ) -> anyhow::Result<Option<(time::OffsetDateTime, String)>>;
}

/// Opens the database named by `url` (connections only; call `migrate` next).
pub async fn connect(
    url: &SecretString,
    max_connections: Option<u32>,
) -> anyhow::Result<Arc<dyn Store>> {
    let raw = url.expose_secret();
    if raw.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::open(raw, max_connections).await?))
    } else if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
        Ok(Arc::new(
            PostgresStore::open(raw, max_connections)
                .await
                .context("could not connect to PostgreSQL")?,
        ))
    } else {
        anyhow::bail!("database.url must start with sqlite:, postgres:// or postgresql://")
    }
}
