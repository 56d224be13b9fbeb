//! The breach register: breaches and the append-only history of each. There is no update
//! and no delete here on purpose: a change is a new event, and a form that names an event
//! number already taken writes nothing.

use time::OffsetDateTime;
use uuid::Uuid;

/// A breach: its reference and who reported it when. Its state is in its events.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct BreachRow {
    pub id: Uuid,
    pub reference: String,
    pub reported_at: OffsetDateTime,
    pub reported_by: Uuid,
}

/// One change to a breach; `sealed` is the breach's whole state after it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct BreachEventRow {
    pub breach_id: Uuid,
    /// 1 for the report, then one more per change.
    pub number: i64,
    pub at: OffsetDateTime,
    pub actor_id: Uuid,
    pub kind: String,
    pub sealed: Vec<u8>,
}

/// What an insert found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Appended {
    Written,
    /// The id, reference or event number was taken: nothing was written.
    Taken,
}

store_area! {
    pub trait BreachStore {
        /// Adds a breach with its first event, in one transaction; `Taken` when its id or
        /// reference exists already (a report sent twice, or a reference drawn twice).
        async fn insert_breach(&self, breach: &BreachRow, first: &BreachEventRow) -> anyhow::Result<Appended> {
            let mut tx = self.begin_write().await?;
            let inserted = sqlx::query(INSERT_BREACH)
                .bind(breach.id)
                .bind(&breach.reference)
                .bind(breach.reported_at)
                .bind(breach.reported_by)
                .execute(&mut *tx)
                .await;
            match inserted {
                Ok(_) => {}
                Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                    return Ok(Appended::Taken);
                }
                Err(error) => return Err(error.into()),
            }
            exec!(tx, INSERT_EVENT, first.breach_id, first.number, first.at, first.actor_id, &first.kind, &first.sealed);
            tx.commit().await?;
            Ok(Appended::Written)
        }

        /// Appends an event; `Taken` (nothing written) when its number exists already.
        /// `closed` says whether the breach is closed after it: the first moment it was
        /// closed is kept for retention, and a reopened breach has none.
        async fn append_breach_event(&self, event: &BreachEventRow, closed: bool) -> anyhow::Result<Appended> {
            let mut tx = self.begin_write().await?;
            let inserted = sqlx::query(INSERT_EVENT)
                .bind(event.breach_id)
                .bind(event.number)
                .bind(event.at)
                .bind(event.actor_id)
                .bind(&event.kind)
                .bind(&event.sealed)
                .execute(&mut *tx)
                .await;
            match inserted {
                Ok(_) => {}
                Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                    return Ok(Appended::Taken);
                }
                Err(error) => return Err(error.into()),
            }
            exec!(tx, SET_CLOSED_AT, event.breach_id, closed, event.at);
            tx.commit().await?;
            Ok(Appended::Written)
        }

        /// Every breach, oldest first.
        async fn breaches(&self) -> anyhow::Result<Vec<BreachRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_BREACHES)))
        }

        async fn breach_by_reference(&self, reference: &str) -> anyhow::Result<Option<BreachRow>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_BREACH_BY_REFERENCE), reference))
        }

        async fn breach_by_id(&self, id: Uuid) -> anyhow::Result<Option<BreachRow>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_BREACH_BY_ID), id))
        }

        /// How many references start with `prefix` (`DL-2026-`), for the next one.
        async fn count_breach_references(&self, prefix: &str) -> anyhow::Result<i64> {
            Ok(read!(self, fetch_one, query_scalar(COUNT_WITH_PREFIX), format!("{prefix}%")))
        }

        /// One breach's history, oldest first.
        async fn breach_events(&self, breach: Uuid) -> anyhow::Result<Vec<BreachEventRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_EVENTS), breach))
        }

        /// Every breach's newest event (the register's list).
        async fn latest_breach_events(&self) -> anyhow::Result<Vec<BreachEventRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_LATEST_EVENTS)))
        }
    }
}

const INSERT_BREACH: &str =
    "INSERT INTO breaches (id, reference, reported_at, reported_by) VALUES ($1, $2, $3, $4)";
const INSERT_EVENT: &str = "INSERT INTO breach_events \
     (breach_id, number, at, actor_id, kind, sealed) VALUES ($1, $2, $3, $4, $5, $6)";
const SET_CLOSED_AT: &str = "UPDATE breaches SET closed_at = \
     CASE WHEN $2 THEN COALESCE(closed_at, $3) ELSE NULL END WHERE id = $1";
const SELECT_BREACHES: &str =
    "SELECT id, reference, reported_at, reported_by FROM breaches ORDER BY reported_at, reference";
const SELECT_BREACH_BY_REFERENCE: &str =
    "SELECT id, reference, reported_at, reported_by FROM breaches WHERE reference = $1";
const SELECT_BREACH_BY_ID: &str =
    "SELECT id, reference, reported_at, reported_by FROM breaches WHERE id = $1";
const COUNT_WITH_PREFIX: &str = "SELECT COUNT(*) FROM breaches WHERE reference LIKE $1";
const SELECT_EVENTS: &str = "SELECT breach_id, number, at, actor_id, kind, sealed \
     FROM breach_events WHERE breach_id = $1 ORDER BY number";
const SELECT_LATEST_EVENTS: &str = "SELECT e.breach_id, e.number, e.at, e.actor_id, e.kind, e.sealed \
     FROM breach_events e WHERE e.number = \
     (SELECT MAX(n.number) FROM breach_events n WHERE n.breach_id = e.breach_id)";
