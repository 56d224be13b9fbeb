//! The audit trail's table: appending hash-chained records in one transaction, and reading
//! them back for verification and for "who saw my data".

use time::OffsetDateTime;
use uuid::Uuid;

use super::audit_chain;
use super::{AuditEntry, AuditRow};

/// The columns of an `AuditRow`, in its field order.
macro_rules! audit_columns {
    () => {
        "seq, at, actor_kind, actor_id, actor_role, action, customer_id, reason, request_id, \
         prev_hash, hash"
    };
}

/// `SELECT` of those columns from `audit_log`, followed by the rest of the statement.
macro_rules! select_audit {
    ($rest:literal) => {
        concat!("SELECT ", audit_columns!(), " FROM audit_log ", $rest)
    };
}

store_area! {
    pub trait AuditStore {
        /// Appends records to the hash-chained audit trail in one transaction (one fsync for
        /// the whole batch); returns their sequence numbers.
        async fn append_audit(&self, entries: &[AuditEntry]) -> anyhow::Result<Vec<i64>> {
            let mut tx = self.begin_write().await?;
            Self::lock_audit_chain(&mut tx).await?;
            let last: Option<(i64, Vec<u8>)> =
                sqlx::query_as(LAST_AUDIT).fetch_optional(&mut *tx).await?;
            let (mut seq, mut prev) = last.unwrap_or((0, audit_chain::GENESIS.to_vec()));
            let mut written = Vec::with_capacity(entries.len());
            let mut hashes = Vec::with_capacity(entries.len());
            for entry in entries {
                seq += 1;
                let hash = audit_chain::record_hash(&prev, seq, entry);
                hashes.push((seq, std::mem::replace(&mut prev, hash.clone()), hash));
                written.push(seq);
            }
            // One statement per chunk of records, not one per record: each statement is a
            // trip to the database (on SQLite, to the writer's thread) while the batch
            // holds the only write lock.
            for (entries, hashes) in entries.chunks(INSERT_CHUNK).zip(hashes.chunks(INSERT_CHUNK)) {
                let sql = insert_audit_rows(entries.len());
                let mut insert = sqlx::query(&sql);
                for (entry, (seq, prev, hash)) in entries.iter().zip(hashes) {
                    insert = insert
                        .bind(*seq)
                        .bind(entry.at)
                        .bind(&entry.actor_kind)
                        .bind(&entry.actor_id)
                        .bind(&entry.actor_role)
                        .bind(&entry.action)
                        .bind(entry.customer_id)
                        .bind(&entry.reason)
                        .bind(&entry.request_id)
                        .bind(prev)
                        .bind(hash);
                }
                // Not kept prepared: the statement differs with the number of rows.
                insert.persistent(entries.len() == 1).execute(&mut *tx).await?;
            }
            // Each customer's count, in the same transaction: it never drifts from the trail.
            let mut counts: Vec<(Uuid, i64)> = Vec::new();
            for customer in entries.iter().filter_map(|e| e.customer_id) {
                match counts.iter_mut().find(|(c, _)| *c == customer) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((customer, 1)),
                }
            }
            for counts in counts.chunks(INSERT_CHUNK) {
                let sql = add_to_counts(counts.len());
                let mut upsert = sqlx::query(&sql);
                for (customer, n) in counts {
                    upsert = upsert.bind(*customer).bind(*n);
                }
                upsert.persistent(counts.len() == 1).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(written)
        }

        /// Up to `limit` audit records after `after_seq`, oldest first (for verification).
        async fn audit_page(&self, after_seq: i64, limit: i64) -> anyhow::Result<Vec<AuditRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_AUDIT_PAGE), after_seq, limit))
        }

        /// The newest `limit` audit records about one customer ("who saw my data").
        async fn audit_for_customer(&self, id: Uuid, limit: i64) -> anyhow::Result<Vec<AuditRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_FOR_CUSTOMER), id, limit))
        }

        /// One page of the audit records about the customer since `since`, newest first.
        async fn audit_for_customer_page(
            &self,
            customer: Uuid,
            since: Option<OffsetDateTime>,
            limit: i64,
            offset: i64,
        ) -> anyhow::Result<Vec<AuditRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_FOR_CUSTOMER_PAGE), customer, since, limit, offset))
        }

        /// One page of the audit records about the customer since `since` made by anyone
        /// but the customer themselves ("who saw my data" by default), newest first.
        async fn audit_by_others_for_customer_page(
            &self,
            customer: Uuid,
            since: Option<OffsetDateTime>,
            limit: i64,
            offset: i64,
        ) -> anyhow::Result<Vec<AuditRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_BY_OTHERS_PAGE), customer, since, limit, offset, customer.to_string()))
        }

        async fn count_audit_by_others_for_customer(
            &self,
            customer: Uuid,
            since: Option<OffsetDateTime>,
        ) -> anyhow::Result<i64> {
            Ok(read!(self, fetch_one, query_scalar(COUNT_BY_OTHERS), customer, since, customer.to_string()))
        }

        async fn count_audit_for_customer(
            &self,
            customer: Uuid,
            since: Option<OffsetDateTime>,
        ) -> anyhow::Result<i64> {
            Ok(match since {
                // One row, kept by `append_audit`: counting grew with every visit.
                None => read!(self, fetch_optional, query_scalar(COUNT_ALL_FOR_CUSTOMER), customer)
                    .unwrap_or(0),
                Some(since) => read!(self, fetch_one, query_scalar(COUNT_FOR_CUSTOMER_SINCE), customer, since),
            })
        }

        /// Up to `limit` audit records about the customer with `seq` below `before`, newest
        /// first.
        async fn audit_for_customer_before(
            &self,
            customer: Uuid,
            before: i64,
            limit: i64,
        ) -> anyhow::Result<Vec<AuditRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_FOR_CUSTOMER_BEFORE), customer, limit, before))
        }
    }
}

const LAST_AUDIT: &str = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
/// Most records in one `INSERT`: 64 x 11 parameters stays far below either database's
/// limit (SQLite 32,766, PostgreSQL 65,535).
const INSERT_CHUNK: usize = 64;

/// `INSERT INTO audit_log (..) VALUES (..), (..)` for `rows` records, numbered `$1` on.
fn insert_audit_rows(rows: usize) -> String {
    format!(
        concat!("INSERT INTO audit_log (", audit_columns!(), ") VALUES {}"),
        values(rows, 11)
    )
}

/// Adds to the counts of `rows` customers, each row (customer, records to add).
fn add_to_counts(rows: usize) -> String {
    format!(
        "INSERT INTO audit_counts (customer_id, records) VALUES {} \
         ON CONFLICT (customer_id) DO UPDATE SET records = audit_counts.records + excluded.records",
        values(rows, 2)
    )
}

/// `($1, $2), ($3, $4)` for `rows` rows of `columns` parameters each.
fn values(rows: usize, columns: usize) -> String {
    let row = |r: usize| {
        let params: Vec<String> = (1..=columns)
            .map(|c| format!("${}", r * columns + c))
            .collect();
        format!("({})", params.join(", "))
    };
    (0..rows).map(row).collect::<Vec<_>>().join(", ")
}

const SELECT_AUDIT_PAGE: &str = select_audit!("WHERE seq > $1 ORDER BY seq LIMIT $2");
const SELECT_FOR_CUSTOMER: &str =
    select_audit!("WHERE customer_id = $1 ORDER BY seq DESC LIMIT $2");
const SELECT_FOR_CUSTOMER_PAGE: &str = select_audit!(
    "WHERE customer_id = $1 AND ($2 IS NULL OR at >= $2) \
     ORDER BY seq DESC LIMIT $3 OFFSET $4"
);
/// Not the customer's own doings: actor_id holds the customer's id as text.
const SELECT_BY_OTHERS_PAGE: &str = select_audit!(
    "WHERE customer_id = $1 AND ($2 IS NULL OR at >= $2) \
     AND NOT (actor_kind = 'customer' AND actor_id = $5) \
     ORDER BY seq DESC LIMIT $3 OFFSET $4"
);
const COUNT_BY_OTHERS: &str = "SELECT COUNT(*) FROM audit_log \
     WHERE customer_id = $1 AND ($2 IS NULL OR at >= $2) \
     AND NOT (actor_kind = 'customer' AND actor_id = $3)";
/// Kept by `append_audit`; no row: no records about the customer.
pub(super) const COUNT_ALL_FOR_CUSTOMER: &str =
    "SELECT records FROM audit_counts WHERE customer_id = $1";
const COUNT_FOR_CUSTOMER_SINCE: &str =
    "SELECT COUNT(*) FROM audit_log WHERE customer_id = $1 AND at >= $2";
const SELECT_FOR_CUSTOMER_BEFORE: &str =
    select_audit!("WHERE customer_id = $1 AND seq < $3 ORDER BY seq DESC LIMIT $2");

#[cfg(test)]
mod tests {
    use super::{add_to_counts, insert_audit_rows};

    #[test]
    fn each_row_takes_the_next_eleven_parameters() {
        let sql = insert_audit_rows(2);
        assert!(sql.starts_with("INSERT INTO audit_log (seq, at, "), "{sql}");
        assert!(
            sql.ends_with(
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11), \
                 ($12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)"
            ),
            "{sql}"
        );
        assert!(add_to_counts(2).contains("VALUES ($1, $2), ($3, $4) ON CONFLICT"));
    }
}
