//! The privacy officer's search of the audit trail: every record, filtered by customer,
//! staff member, action, request reference and period, newest first. One statement
//! serves both backends: an absent filter binds NULL and matches everything.

use time::OffsetDateTime;
use uuid::Uuid;

use super::AuditRow;

/// What the audit search filters on; `None` matches every record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub customer: Option<Uuid>,
    /// The actor's id as recorded (a staff member's id as text).
    pub actor_id: Option<String>,
    /// The action code, exactly (`staff.request.opened`).
    pub action: Option<String>,
    /// The reason, exactly: for staff the request reference.
    pub reason: Option<String>,
    /// From this moment on (inclusive).
    pub from: Option<OffsetDateTime>,
    /// Before this moment (exclusive).
    pub until: Option<OffsetDateTime>,
}

store_area! {
    pub trait AuditSearchStore {
        /// Records `offset..offset + limit` matching `filter`, newest first.
        async fn search_audit(
            &self,
            filter: &AuditFilter,
            limit: i64,
            offset: i64,
        ) -> anyhow::Result<Vec<AuditRow>> {
            Ok(read!(
                self,
                fetch_all,
                query_as(SEARCH),
                filter.customer,
                &filter.actor_id,
                &filter.action,
                &filter.reason,
                filter.from,
                filter.until,
                limit,
                offset,
            ))
        }

        /// How many records match `filter`.
        async fn count_audit(&self, filter: &AuditFilter) -> anyhow::Result<i64> {
            Ok(read!(
                self,
                fetch_one,
                query_scalar(COUNT),
                filter.customer,
                &filter.actor_id,
                &filter.action,
                &filter.reason,
                filter.from,
                filter.until,
            ))
        }
    }
}

/// `$1`..`$6`: customer, actor id, action, reason, from, until.
macro_rules! matching {
    () => {
        "WHERE ($1 IS NULL OR customer_id = $1) AND ($2 IS NULL OR actor_id = $2) \
         AND ($3 IS NULL OR action = $3) AND ($4 IS NULL OR reason = $4) \
         AND ($5 IS NULL OR at >= $5) AND ($6 IS NULL OR at < $6)"
    };
}

const SEARCH: &str = concat!(
    "SELECT ",
    audit_columns!(),
    " FROM audit_log ",
    matching!(),
    " ORDER BY seq DESC LIMIT $7 OFFSET $8"
);
const COUNT: &str = concat!("SELECT COUNT(*) FROM audit_log ", matching!());
