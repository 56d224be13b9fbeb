//! The embedded default: one SQLite file, WAL, durable commits.

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use async_trait::async_trait;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use super::{Backend, Store, sql};

/// SQLite allows one writer at a time. Writes go through a pool of exactly one connection
/// and start with `BEGIN IMMEDIATE`, so they queue here instead of failing with
/// `SQLITE_BUSY_SNAPSHOT`; reads use a separate pool and run concurrently under WAL.
pub struct SqliteStore {
    reader: SqlitePool,
    writer: SqlitePool,
}

impl SqliteStore {
    pub async fn open(url: &str, max_connections: Option<u32>) -> anyhow::Result<Self> {
        let options = SqliteConnectOptions::from_str(url)
            .context("database.url is not a valid SQLite URL")?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: an audit record whose response was sent must survive a power cut.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(5));
        if let Some(dir) = options.get_filename().parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir).with_context(|| {
                    format!("could not create the data directory {}", dir.display())
                })?;
            }
        }
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await
            .context("could not open the SQLite database")?;
        let reader = SqlitePoolOptions::new()
            .max_connections(max_connections.unwrap_or(4))
            .connect_with(options.read_only(true))
            .await
            .context("could not open the SQLite database for reading")?;
        Ok(Self { reader, writer })
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> Backend {
        Backend::Sqlite
    }

    async fn migrate(&self) -> anyhow::Result<()> {
        sqlx::migrate!("./migrations/sqlite")
            .run(&self.writer)
            .await
            .context("SQLite migrations failed")
    }

    async fn ping(&self) -> anyhow::Result<()> {
        sqlx::query("SELECT 1").execute(&self.reader).await?;
        Ok(())
    }

    async fn setting(&self, key: &str) -> anyhow::Result<Option<String>> {
        Ok(sqlx::query_scalar(sql::SELECT_SETTING)
            .bind(key)
            .fetch_optional(&self.reader)
            .await?)
    }

    async fn put_setting(&self, key: &str, value: &str) -> anyhow::Result<()> {
        let mut tx = self.writer.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query(sql::UPSERT_SETTING)
            .bind(key)
            .bind(value)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}
