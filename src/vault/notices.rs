//! The address a breach notice (Art. 34) is mailed to, on the audit trail first. (The
//! customer's own notices are opened by `staff::breach_notice` and recorded with
//! `record_access`: their text is the breach register's, not the customer's.)

use uuid::Uuid;

use super::{CustomerAddress, Vault};
use crate::domain::Access;

impl Vault {
    /// Where to mail a breach notice; audited as `customer.breach-notice.emailed`, with
    /// the breach's reference as the reason. `None` once the customer is erased.
    pub async fn notice_address(
        &self,
        customer: Uuid,
        access: &Access,
    ) -> anyhow::Result<Option<CustomerAddress>> {
        let Some(address) = self.customer_address(customer).await? else {
            return Ok(None);
        };
        self.audit(access, "customer.breach-notice.emailed", Some(customer))
            .await?;
        Ok(Some(address))
    }
}
