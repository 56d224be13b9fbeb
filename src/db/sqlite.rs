//! The embedded default: one SQLite file, WAL, durable commits.

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use futures_util::TryStreamExt;
use sqlx::sqlite::{
    Sqlite, SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow,
    SqliteSynchronous,
};
use sqlx::{Either, Executor, Transaction};
use uuid::Uuid;

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
            .test_before_acquire(false)
            .before_acquire(super::area::drop_if_stuck_in_transaction)
            .connect_with(options.clone())
            .await
            .context("could not open the SQLite database")?;
        let file = options.get_filename().display().to_string();
        can_write(&writer, &file).await?;
        let reader = SqlitePoolOptions::new()
            .max_connections(max_connections.unwrap_or(4))
            .test_before_acquire(false)
            // Readers map the file instead of copying pages in. Under WAL every commit (and
            // every page view commits its audit record) makes each reader drop its page cache,
            // and `pread` copied the pages back in. Measured: 6.3 -> 5.9 ms of CPU per "my
            // data" page (issue 14's profile): a small gain, not the main cost. The writer
            // keeps plain writes.
            .connect_with(options.read_only(true).pragma("mmap_size", "1073741824"))
            .await
            .context("could not open the SQLite database for reading")?;
        Ok(Self { reader, writer })
    }

    pub(super) fn reader(&self) -> &SqlitePool {
        &self.reader
    }

    /// Runs `statements`, each taking the one argument `$1`, in one read transaction (one
    /// snapshot), and returns each statement's rows. The transaction and the statements
    /// (`joined`: `statements` separated by `;`) go to the connection's worker thread as
    /// one command: one command per statement cost the page most of its time in thread
    /// switches (issue 14's profile). sqlx means to drop several statements in one query
    /// (launchbadge/sqlx#3108); when it does, every "my data" test fails, and the loop in
    /// `PostgresStore::read_batch` is the way back.
    pub(super) async fn read_batch(
        &self,
        statements: &[&str],
        joined: &str,
        arg: Uuid,
    ) -> sqlx::Result<Vec<Vec<SqliteRow>>> {
        let mut connection = self.reader.acquire().await?;
        let batch = format!("BEGIN;\n{joined};\nCOMMIT");
        let mut sections = Vec::with_capacity(statements.len() + 3);
        sections.push(Vec::new());
        let outcome: sqlx::Result<()> = async {
            let mut results = connection.fetch_many(sqlx::query(&batch).bind(arg));
            while let Some(step) = results.try_next().await? {
                match step {
                    // The end of one statement's rows.
                    Either::Left(_) => sections.push(Vec::new()),
                    Either::Right(row) => sections.last_mut().expect("never empty").push(row),
                }
            }
            Ok(())
        }
        .await;
        if let Err(error) = outcome {
            // The COMMIT may not have run: a connection left inside the transaction would
            // show later pages an old snapshot, so it is closed instead of reused.
            connection.close_on_drop();
            return Err(error);
        }
        // BEGIN's and COMMIT's (empty) results, and the one opened after COMMIT.
        sections.pop();
        sections.pop();
        sections.remove(0);
        if sections.len() != statements.len() {
            return Err(sqlx::Error::Protocol(format!(
                "{} statements gave {} results",
                statements.len(),
                sections.len()
            )));
        }
        Ok(sections)
    }

    pub(super) async fn begin_write(&self) -> sqlx::Result<Transaction<'static, Sqlite>> {
        self.writer.begin_with("BEGIN IMMEDIATE").await
    }

    /// `BEGIN IMMEDIATE` already holds the database's only write lock.
    pub(super) async fn lock_audit_chain(_: &mut Transaction<'static, Sqlite>) -> sqlx::Result<()> {
        Ok(())
    }

    pub(super) async fn run_migrations(&self) -> anyhow::Result<()> {
        sqlx::migrate!("./migrations/sqlite")
            .run(&self.writer)
            .await
            .context("SQLite migrations failed")
    }

    /// `VACUUM INTO` a new file: one read transaction, so the copy is consistent and
    /// writers go on meanwhile (never a `cp` of a live WAL database).
    pub(super) async fn backup_into(&self, file: &std::path::Path) -> anyhow::Result<()> {
        anyhow::ensure!(
            !file.exists(),
            "{} exists already: a backup never overwrites a file",
            file.display()
        );
        let target = file
            .to_str()
            .ok_or_else(|| anyhow::anyhow!("the backup path is not valid UTF-8"))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.reader)
            .await
            .with_context(|| format!("could not write the backup to {target}"))?;
        Ok(())
    }

    /// Copies the whole WAL into the database file and cuts the WAL file back to nothing
    /// (`TRUNCATE`), waiting up to the busy timeout for readers on older snapshots. SQLite
    /// keeps the WAL file at the largest size it reached, and a purge beside a busy portal
    /// grows it to gigabytes (3.9 GB in B5), because the automatic checkpoints never get
    /// all of it in while readers keep coming. The copy holds the write lock, so it shows
    /// in B5's p99 (a PASSIVE checkpoint first measured no better). Rejected in B5: a
    /// `RESTART` checkpoint every 10 batches (the page's p99 went from 0.14 to 1.2 s) and
    /// `journal_size_limit` (0.7 s). Gives up quietly when the readers stay busy.
    pub(super) async fn checkpoint_wal(&self) -> anyhow::Result<()> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.writer)
            .await
            .context("the WAL checkpoint failed")?;
        Ok(())
    }

    pub(super) async fn close_pools(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

/// Proves at start that the file takes writes, by writing its header's `user_version`
/// back unchanged; a read-only file (permissions, an immutable flag, a read-only mount,
/// `?mode=ro`) is named with the fix in one line, instead of failing at the first write.
async fn can_write(writer: &SqlitePool, file: &str) -> anyhow::Result<()> {
    let version: i64 = sqlx::query_scalar("PRAGMA user_version")
        .fetch_one(writer)
        .await
        .context("could not read the SQLite database")?;
    match sqlx::query(&format!("PRAGMA user_version = {version}"))
        .execute(writer)
        .await
    {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(error)) if error.message().contains("readonly") => {
            anyhow::bail!(
                "the SQLite database {file} is read-only: let the user running inzage write \
                 to it and to its directory (SQLite writes {file}-wal and {file}-shm beside \
                 it), check that the disk is not mounted read-only, and do not open it \
                 with ?mode=ro"
            )
        }
        Err(error) => Err(error).context("could not write to the SQLite database"),
    }
}
