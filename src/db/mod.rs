//! The storage contract, one trait per area, and its two implementations. Which one runs
//! is decided by the database URL's scheme at start-up. Rows hold personal data sealed;
//! opening it (and auditing that) is `crate::vault`'s job.
//!
//! An area is one file: its trait, its SQL and one implementation body for both backends
//! (`store_area!`). `Store` is all areas together, plus what the server itself needs.

// Declared first: the areas below expand its macros.
#[macro_use]
mod area;
pub mod audit_chain;
mod postgres;
mod purge;
mod rows;
mod sqlite;

// The areas. `consents` and `requests` come before `bundle`, which uses their macros.
mod accounts;
// `audit_search` uses its column list.
#[macro_use]
mod audit;
mod audit_search;
mod billing;
mod breaches;
#[macro_use]
mod consents;
mod contacts;
mod customers;
mod dashboard;
mod holdings;
mod keys;
mod notices;
#[macro_use]
mod requests;
mod retention;
mod retention_runs;
mod sessions;
mod settings;
mod staff;
mod tokens;
// Use the insert macros of the areas above.
mod bundle;
mod past_requests;

use std::sync::Arc;

use anyhow::Context;
use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};

pub use accounts::AccountStore;
pub use audit::AuditStore;
pub use audit_search::{AuditFilter, AuditSearchStore};
pub use billing::BillingStore;
pub use breaches::{Appended, BreachEventRow, BreachRow, BreachStore};
pub use bundle::BundleStore;
pub use consents::ConsentStore;
pub use contacts::ContactStore;
pub use customers::CustomerStore;
pub use dashboard::{DashboardStore, RequestFigureRow};
pub use holdings::{HoldingsRows, HoldingsStore};
pub use keys::KeyStore;
pub use notices::{CustomerNoticeRow, DraftSaved, NoticeProgress, NoticeRow, NoticeStore};
pub use past_requests::PastRequestStore;
pub use postgres::PostgresStore;
pub use purge::PurgeRule;
pub use requests::{QueueFilter, QueueState, RequestStore};
pub use retention::RetentionStore;
pub use retention_runs::{RetentionRunLine, RetentionRunRow, RetentionRunStore};
pub use rows::*;
pub use sessions::SessionStore;
pub use settings::SettingsStore;
pub use sqlite::SqliteStore;
pub use staff::StaffStore;
pub use tokens::TokenStore;

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

/// Everything the portal asks of its database: every area, plus what the server itself
/// needs. Both backends pass the same test suite. Handlers and services hold an
/// `Arc<dyn Store>` and call any area's methods on it; which of them may read sealed rows
/// is held by `tests/api/sealed_rows.rs`.
#[async_trait]
pub trait Store:
    SettingsStore
    + KeyStore
    + CustomerStore
    + BundleStore
    + ContactStore
    + BillingStore
    + ConsentStore
    + RequestStore
    + AuditStore
    + AuditSearchStore
    + RetentionStore
    + RetentionRunStore
    + AccountStore
    + SessionStore
    + TokenStore
    + StaffStore
    + DashboardStore
    + HoldingsStore
    + PastRequestStore
    + BreachStore
    + NoticeStore
    + 'static
{
    fn backend(&self) -> Backend;

    /// Applies the embedded migrations that have not run yet; a no-op when all have.
    async fn migrate(&self) -> anyhow::Result<()>;

    /// Proves the database answers a query and can begin a write transaction, for
    /// `/health`.
    async fn ping(&self) -> anyhow::Result<()>;

    /// Writes a consistent copy of the whole database to a new file while the portal
    /// runs (SQLite's `VACUUM INTO`); PostgreSQL answers with how to use `pg_dump`.
    async fn backup_to(&self, file: &std::path::Path) -> anyhow::Result<()>;

    /// After a long run of writes (a retention run): gives SQLite's WAL file its disk space
    /// back. Nothing on PostgreSQL.
    async fn checkpoint(&self) -> anyhow::Result<()>;

    /// Waits for open connections to finish and closes them.
    async fn close(&self);
}

/// The server's own needs, the same for both backends but for the migrations.
macro_rules! impl_store {
    ($store:ty, $backend:expr) => {
        #[async_trait]
        impl Store for $store {
            fn backend(&self) -> Backend {
                $backend
            }

            async fn migrate(&self) -> anyhow::Result<()> {
                self.run_migrations().await
            }

            async fn ping(&self) -> anyhow::Result<()> {
                sqlx::query("SELECT 1").execute(self.reader()).await?;
                // A database that answers reads but cannot begin a write is not healthy.
                // The transaction is rolled back at once and writes nothing.
                self.begin_write().await?.rollback().await?;
                Ok(())
            }

            async fn backup_to(&self, file: &std::path::Path) -> anyhow::Result<()> {
                self.backup_into(file).await
            }

            async fn checkpoint(&self) -> anyhow::Result<()> {
                self.checkpoint_wal().await
            }

            async fn close(&self) {
                self.close_pools().await;
            }
        }
    };
}

impl_store!(SqliteStore, Backend::Sqlite);
impl_store!(PostgresStore, Backend::Postgres);

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
