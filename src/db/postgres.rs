//! PostgreSQL, for several portal instances behind a load balancer.

use std::time::Duration;

use sqlx::Transaction;
use sqlx::postgres::{PgPool, PgPoolOptions, PgRow, Postgres};
use uuid::Uuid;

/// The advisory lock that serializes appends to the audit chain across instances.
const AUDIT_CHAIN_LOCK: i64 = 0x696e_7a61_6765_0001;

pub struct PostgresStore {
    pool: PgPool,
}

impl PostgresStore {
    pub async fn open(url: &str, max_connections: Option<u32>) -> anyhow::Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.unwrap_or(10))
            .acquire_timeout(Duration::from_secs(5))
            .before_acquire(super::area::drop_if_stuck_in_transaction)
            .connect(url)
            .await?;
        Ok(Self { pool })
    }

    pub(super) fn reader(&self) -> &PgPool {
        &self.pool
    }

    /// Runs `statements`, each taking the one argument `$1`, one after another in one
    /// read transaction that sees one snapshot (the default, read committed, takes a new
    /// one per statement), and returns each statement's rows. (PostgreSQL prepares one
    /// statement at a time; `joined` is SQLite's.)
    pub(super) async fn read_batch(
        &self,
        statements: &[&str],
        _joined: &str,
        arg: Uuid,
    ) -> sqlx::Result<Vec<Vec<PgRow>>> {
        let mut tx = self
            .pool
            .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .await?;
        let mut sections = Vec::with_capacity(statements.len());
        for statement in statements {
            sections.push(sqlx::query(statement).bind(arg).fetch_all(&mut *tx).await?);
        }
        tx.commit().await?;
        Ok(sections)
    }

    pub(super) async fn begin_write(&self) -> sqlx::Result<Transaction<'static, Postgres>> {
        self.pool.begin().await
    }

    /// Held until the transaction ends, so two instances never extend the chain at once.
    pub(super) async fn lock_audit_chain(
        tx: &mut Transaction<'static, Postgres>,
    ) -> sqlx::Result<()> {
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(AUDIT_CHAIN_LOCK)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    pub(super) async fn run_migrations(&self) -> anyhow::Result<()> {
        // sqlx takes an advisory lock, so two instances starting together migrate once.
        sqlx::migrate!("./migrations/postgres")
            .run(&self.pool)
            .await
            .map_err(|e| anyhow::anyhow!("PostgreSQL migrations failed: {e}"))
    }

    /// PostgreSQL has its own tool for consistent copies of a running database.
    pub(super) async fn backup_into(&self, file: &std::path::Path) -> anyhow::Result<()> {
        anyhow::bail!(
            "on PostgreSQL, back up with pg_dump while the portal runs: pg_dump --format=custom \
             --file={} \"$DATABASE_URL\" (restore with pg_restore into an empty database)",
            file.display()
        )
    }

    /// PostgreSQL manages its WAL on its own.
    pub(super) async fn checkpoint_wal(&self) -> anyhow::Result<()> {
        Ok(())
    }

    pub(super) async fn close_pools(&self) {
        self.pool.close().await;
    }
}
