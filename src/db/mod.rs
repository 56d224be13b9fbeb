//! The one storage contract and its two implementations. Which one runs is decided by the
//! database URL's scheme at start-up.

mod postgres;
mod sqlite;

use std::sync::Arc;

use anyhow::Context;
use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};

pub use postgres::PostgresStore;
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

    /// Waits for open connections to finish and closes them.
    async fn close(&self);
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

/// SQL that both engines understand in exactly the same text. Only `$N` placeholders.
mod sql {
    pub const SELECT_SETTING: &str = "SELECT value FROM settings WHERE key = $1";
    pub const UPSERT_SETTING: &str = "INSERT INTO settings (key, value, updated_at) \
         VALUES ($1, $2, CURRENT_TIMESTAMP) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
}
