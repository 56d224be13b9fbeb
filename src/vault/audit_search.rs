//! The privacy officer's search of the audit trail. The trail holds ids and codes only,
//! but a search for one customer is a look at what happened to their data, so every
//! search and export goes on the trail itself (with that customer, when there is one).

use super::Vault;
use crate::db::{AuditFilter, AuditRow};
use crate::domain::Access;

/// One page of the records matching a filter, and how many match in all.
#[derive(Debug, Clone)]
pub struct AuditSearchPage {
    pub records: Vec<AuditRow>,
    pub total: i64,
}

/// Records read per query while exporting.
const EXPORT_PAGE: i64 = 5_000;

impl Vault {
    /// Records `offset..offset + limit` matching `filter`, newest first; audited as
    /// `staff.audit.searched` after the page is read, so the page shows what came before.
    pub async fn search_audit(
        &self,
        filter: &AuditFilter,
        limit: i64,
        offset: i64,
        access: &Access,
    ) -> anyhow::Result<AuditSearchPage> {
        let total = self.store.count_audit(filter).await?;
        let records = self.store.search_audit(filter, limit, offset).await?;
        self.audit(access, "staff.audit.searched", filter.customer)
            .await?;
        Ok(AuditSearchPage { records, total })
    }

    /// Every record matching `filter`, newest first, for the CSV export; audited as
    /// `staff.audit.exported` before the records are handed over.
    pub async fn export_audit(
        &self,
        filter: &AuditFilter,
        access: &Access,
    ) -> anyhow::Result<Vec<AuditRow>> {
        let mut records = Vec::new();
        loop {
            let page = self
                .store
                .search_audit(filter, EXPORT_PAGE, records.len() as i64)
                .await?;
            let done = (page.len() as i64) < EXPORT_PAGE;
            records.extend(page);
            if done {
                break;
            }
        }
        self.audit(access, "staff.audit.exported", filter.customer)
            .await?;
        Ok(records)
    }
}
