//! "Who saw my data": the customer's own view of the audit records about them. Reading it
//! is an access too, and goes on the trail like any other.

use time::OffsetDateTime;
use uuid::Uuid;

use super::Vault;
use crate::db::AuditRow;
use crate::domain::Access;

/// One page of audit records about a customer and how many the period holds.
#[derive(Debug, Clone)]
pub struct AccessLogPage {
    pub records: Vec<AuditRow>,
    pub total: i64,
}

impl Vault {
    /// Records `offset..offset + limit` since `since`, newest first, by others than the
    /// customer only when `others_only`; audited as `customer.audit.read` after the page
    /// is read, so the page shows what came before it.
    pub async fn read_access_log(
        &self,
        customer: Uuid,
        since: Option<OffsetDateTime>,
        others_only: bool,
        (limit, offset): (i64, i64),
        access: &Access,
    ) -> anyhow::Result<AccessLogPage> {
        let store = &self.store;
        let (total, records) = if others_only {
            tokio::try_join!(
                store.count_audit_by_others_for_customer(customer, since),
                store.audit_by_others_for_customer_page(customer, since, limit, offset),
            )?
        } else {
            tokio::try_join!(
                store.count_audit_for_customer(customer, since),
                store.audit_for_customer_page(customer, since, limit, offset),
            )?
        };
        self.audit(access, "customer.audit.read", Some(customer))
            .await?;
        Ok(AccessLogPage { records, total })
    }
}
