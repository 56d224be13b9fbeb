//! What the retention job asks of the database: counting and purging expired rows in
//! small batches (see `PurgeRule`), and the lease that keeps two instances from running a
//! job at once.

use time::OffsetDateTime;

use super::PurgeRule;
use super::audit_chain;
use super::settings::UPSERT_SETTING;

store_area! {
    pub trait RetentionStore {
        /// How many rows `rule` would purge at `cutoff`.
        async fn purge_count(&self, rule: PurgeRule, cutoff: OffsetDateTime) -> anyhow::Result<i64> {
            let query = sqlx::query_scalar(rule.count_sql());
            let query = if rule.cuts_by_date() {
                query.bind(cutoff.date())
            } else {
                query.bind(cutoff)
            };
            let query = match rule.channel() {
                Some(channel) => query.bind(channel),
                None => query,
            };
            Ok(query.fetch_one(self.reader()).await?)
        }

        /// How many records of erased customers `rule`'s table still holds because a law
        /// keeps them; `None` for a table that erasure empties.
        async fn count_kept(&self, rule: PurgeRule) -> anyhow::Result<Option<i64>> {
            let Some(sql) = rule.kept_sql() else {
                return Ok(None);
            };
            Ok(Some(read!(self, fetch_one, query_scalar(sql))))
        }

        /// Purges at most `limit` rows for `rule` in one short transaction; returns how
        /// many. Called in a loop, so readers are never blocked for long.
        async fn purge_batch(
            &self,
            rule: PurgeRule,
            cutoff: OffsetDateTime,
            limit: i64,
        ) -> anyhow::Result<u64> {
            let mut tx = self.begin_write().await?;
            let purged = if rule == PurgeRule::AuditTrail {
                Self::lock_audit_chain(&mut tx).await?;
                // Only an unbroken prefix of the chain goes; the last record removed
                // becomes the anchor that verification starts from.
                let head: Vec<(i64, OffsetDateTime, Vec<u8>)> =
                    sqlx::query_as(AUDIT_HEAD).bind(limit).fetch_all(&mut *tx).await?;
                match head.iter().take_while(|(_, at, _)| *at < cutoff).last() {
                    None => 0,
                    Some((seq, _, hash)) => {
                        let anchor = format!("{seq}:{}", audit_chain::hex(hash));
                        exec!(tx, UPSERT_SETTING, audit_chain::ANCHOR_SETTING, anchor);
                        exec!(tx, SUBTRACT_FROM_COUNTS, seq);
                        exec!(tx, DELETE_AUDIT_UP_TO, seq)
                    }
                }
            } else if rule == PurgeRule::Breaches {
                // A breach is its row, its history and its notices: all of it goes at once.
                let ids: Vec<uuid::Uuid> = sqlx::query_scalar(EXPIRED_BREACHES)
                    .bind(cutoff)
                    .bind(limit)
                    .fetch_all(&mut *tx)
                    .await?;
                for id in &ids {
                    exec!(tx, DELETE_BREACH_DELIVERIES, *id);
                    exec!(tx, DELETE_BREACH_NOTICES, *id);
                    exec!(tx, DELETE_BREACH_EVENTS, *id);
                    exec!(tx, DELETE_BREACH, *id);
                }
                ids.len() as u64
            } else {
                let query = sqlx::query(rule.batch_sql());
                let query = if rule.cuts_by_date() {
                    query.bind(cutoff.date())
                } else {
                    query.bind(cutoff)
                };
                let query = query.bind(limit);
                let query = match rule.channel() {
                    Some(channel) => query.bind(channel),
                    None => query,
                };
                query.execute(&mut *tx).await?.rows_affected()
            };
            tx.commit().await?;
            Ok(purged)
        }

        /// Takes the lease on a background job until `until`, unless another holder has it
        /// (PostgreSQL: another instance). True when taken.
        async fn take_lease(
            &self,
            job: &str,
            holder: &str,
            now: OffsetDateTime,
            until: OffsetDateTime,
        ) -> anyhow::Result<bool> {
            let mut tx = self.begin_write().await?;
            exec!(tx, ENSURE_LEASE, job);
            let taken = exec!(tx, TAKE_LEASE, job, holder, until, now);
            tx.commit().await?;
            Ok(taken == 1)
        }

        async fn release_lease(&self, job: &str, holder: &str) -> anyhow::Result<()> {
            write_one!(self, RELEASE_LEASE, job, holder);
            Ok(())
        }
    }
}

const AUDIT_HEAD: &str = "SELECT seq, at, hash FROM audit_log ORDER BY seq LIMIT $1";
const EXPIRED_BREACHES: &str = "SELECT id FROM breaches WHERE closed_at < $1 LIMIT $2";
const DELETE_BREACH_DELIVERIES: &str = "DELETE FROM notice_deliveries WHERE notice_id IN \
     (SELECT id FROM breach_notices WHERE breach_id = $1)";
const DELETE_BREACH_NOTICES: &str = "DELETE FROM breach_notices WHERE breach_id = $1";
const DELETE_BREACH_EVENTS: &str = "DELETE FROM breach_events WHERE breach_id = $1";
const DELETE_BREACH: &str = "DELETE FROM breaches WHERE id = $1";
/// Before `DELETE_AUDIT_UP_TO`, in its transaction: the customers' counts lose what goes.
/// A count that reaches 0 keeps its row; it reads as 0 either way.
const SUBTRACT_FROM_COUNTS: &str = "UPDATE audit_counts SET records = records - \
     (SELECT COUNT(*) FROM audit_log a \
      WHERE a.customer_id = audit_counts.customer_id AND a.seq <= $1) \
     WHERE customer_id IN (SELECT customer_id FROM audit_log WHERE seq <= $1)";
const DELETE_AUDIT_UP_TO: &str = "DELETE FROM audit_log WHERE seq <= $1";
const ENSURE_LEASE: &str = "INSERT INTO job_leases (name, holder, held_until) \
     VALUES ($1, NULL, NULL) ON CONFLICT (name) DO NOTHING";
const TAKE_LEASE: &str = "UPDATE job_leases SET holder = $2, held_until = $3 \
     WHERE name = $1 AND (held_until IS NULL OR held_until < $4)";
const RELEASE_LEASE: &str =
    "UPDATE job_leases SET holder = NULL, held_until = NULL WHERE name = $1 AND holder = $2";
