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
            for entry in entries {
                seq += 1;
                let hash = audit_chain::record_hash(&prev, seq, entry);
                exec!(
                    tx,
                    INSERT_AUDIT,
                    seq,
                    entry.at,
                    &entry.actor_kind,
                    &entry.actor_id,
                    &entry.actor_role,
                    &entry.action,
                    entry.customer_id,
                    &entry.reason,
                    &entry.request_id,
                    &prev,
                    &hash,
                );
                prev = hash;
                written.push(seq);
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
                // Answered from the index alone: with the `at` condition every record would
                // be read from the table (1 ms at 7,500 records, issue 14's profile).
                None => read!(self, fetch_one, query_scalar(COUNT_ALL_FOR_CUSTOMER), customer),
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
const INSERT_AUDIT: &str = concat!(
    "INSERT INTO audit_log (",
    audit_columns!(),
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
);
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
pub(super) const COUNT_ALL_FOR_CUSTOMER: &str = "SELECT COUNT(*) FROM audit_log WHERE customer_id = $1";
const COUNT_FOR_CUSTOMER_SINCE: &str =
    "SELECT COUNT(*) FROM audit_log WHERE customer_id = $1 AND at >= $2";
const SELECT_FOR_CUSTOMER_BEFORE: &str =
    select_audit!("WHERE customer_id = $1 AND seq < $3 ORDER BY seq DESC LIMIT $2");
