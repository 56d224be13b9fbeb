//! The reports of retention runs: when each ran and, per category, how many records went
//! and how many a law keeps. Written by the retention job, read by the privacy officer.

use time::OffsetDateTime;
use uuid::Uuid;

/// One retention run.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RetentionRunRow {
    pub id: Uuid,
    pub ran_at: OffsetDateTime,
}

/// One line of a run's report.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RetentionRunLine {
    /// The order the run took the categories in.
    pub position: i64,
    /// A register category id, or a housekeeping label (`expired-sessions`).
    pub category: String,
    /// Everything older than this had expired.
    pub cutoff: OffsetDateTime,
    pub deleted: i64,
    /// For categories a law keeps after erasure: the records of erased customers still
    /// held after the run, and the law (a register law id).
    pub kept: Option<i64>,
    pub kept_because: Option<String>,
}

store_area! {
    pub trait RetentionRunStore {
        /// Stores a run's report in one transaction.
        async fn record_retention_run(
            &self,
            run: &RetentionRunRow,
            lines: &[RetentionRunLine],
        ) -> anyhow::Result<()> {
            let mut tx = self.begin_write().await?;
            exec!(tx, INSERT_RUN, run.id, run.ran_at);
            for line in lines {
                exec!(
                    tx,
                    INSERT_LINE,
                    run.id,
                    line.position,
                    &line.category,
                    line.cutoff,
                    line.deleted,
                    line.kept,
                    &line.kept_because,
                );
            }
            tx.commit().await?;
            Ok(())
        }

        /// Runs `offset..offset + limit`, newest first.
        async fn retention_runs(&self, limit: i64, offset: i64) -> anyhow::Result<Vec<RetentionRunRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_RUNS), limit, offset))
        }

        async fn count_retention_runs(&self) -> anyhow::Result<i64> {
            Ok(read!(self, fetch_one, query_scalar(COUNT_RUNS)))
        }

        /// The lines of one run's report, in the run's order.
        async fn retention_run_lines(&self, run: Uuid) -> anyhow::Result<Vec<RetentionRunLine>> {
            Ok(read!(self, fetch_all, query_as(SELECT_LINES), run))
        }
    }
}

const INSERT_RUN: &str = "INSERT INTO retention_runs (id, ran_at) VALUES ($1, $2)";
const INSERT_LINE: &str = "INSERT INTO retention_run_categories \
     (run_id, position, category, cutoff, deleted, kept, kept_because) \
     VALUES ($1, $2, $3, $4, $5, $6, $7)";
const SELECT_RUNS: &str =
    "SELECT id, ran_at FROM retention_runs ORDER BY ran_at DESC, id LIMIT $1 OFFSET $2";
const COUNT_RUNS: &str = "SELECT COUNT(*) FROM retention_runs";
const SELECT_LINES: &str = "SELECT position, category, cutoff, deleted, kept, kept_because \
     FROM retention_run_categories WHERE run_id = $1 ORDER BY position";
