//! Erasure with its receipt: what the delete pages show (the newest dates of the records
//! the law keeps) and the erasure itself, which first reads the address the confirmation
//! goes to, since after it nothing can be read any more.

use time::Date;
use uuid::Uuid;

use super::Vault;
use crate::domain::Access;
use crate::privacy::erasure::Newest;

/// What is left to know after an erasure: where to send the confirmation, and from when
/// the kept records count.
pub struct Erased {
    pub email: String,
    /// The profile's language, which the confirmation is written in.
    pub language: crate::i18n::Lang,
    pub newest: Newest,
}

impl Vault {
    /// The newest dates of the customer's kept-by-law records; audited as
    /// `customer.erasure.read`. `None` once the customer is erased.
    pub async fn erasure_preview(
        &self,
        customer: Uuid,
        access: &Access,
        today: Date,
    ) -> anyhow::Result<Option<Newest>> {
        if self.store.customer_key(customer).await?.is_none() {
            return Ok(None);
        }
        let newest = self.newest(customer, today).await?;
        self.audit(access, "customer.erasure.read", Some(customer))
            .await?;
        Ok(Some(newest))
    }

    /// Crypto-shreds and deletes the customer (see `erase_customer`), after reading the
    /// e-mail address and the kept records' dates; one audit record, `customer.erased`.
    /// `None` if the customer was already gone (a second click).
    pub async fn erase_with_receipt(
        &self,
        customer: Uuid,
        access: &Access,
        today: Date,
    ) -> anyhow::Result<Option<Erased>> {
        let (Some(row), Some(sealer)) = (
            self.store.customer(customer).await?,
            self.sealer(customer).await?,
        ) else {
            return Ok(None);
        };
        let email = sealer.open("email", &row.email_sealed)?;
        let language =
            crate::i18n::Lang::from_code(&sealer.open("language", &row.language_sealed)?)
                .unwrap_or_default();
        let newest = self.newest(customer, today).await?;
        if !self.erase_customer(customer, access).await? {
            return Ok(None);
        }
        Ok(Some(Erased {
            email,
            language,
            newest,
        }))
    }

    async fn newest(&self, customer: Uuid, today: Date) -> anyhow::Result<Newest> {
        let invoices = self.store.invoices(customer).await?;
        let payments = self.store.payments(customer).await?;
        let consents = self.store.consents(customer).await?;
        let requests = self.store.requests(customer).await?;
        Ok(Newest {
            invoice: invoices.iter().map(|i| i.issued_on).max(),
            payment: payments.iter().map(|p| p.paid_on).max(),
            consent: consents.iter().map(|c| c.at.date()).max(),
            request_closed: requests
                .iter()
                .map(|r| r.closed_at.map_or(today, |at| at.date()))
                .max(),
            today,
        })
    }
}
