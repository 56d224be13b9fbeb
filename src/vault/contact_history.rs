//! The contact history, a page at a time, and one contact moment: each read audited once.

use uuid::Uuid;

use super::Vault;
use crate::db::ContactFilter;
use crate::domain::{Access, ContactMoment};

/// One page of the contact history and how many moments the filter finds in all.
#[derive(Debug, Clone)]
pub struct ContactPage {
    pub moments: Vec<ContactMoment>,
    pub total: i64,
}

/// The register category that holds contact moments of `channel`.
pub fn contact_category(channel: &str) -> &'static str {
    match channel {
        "phone" => "contact-calls",
        "chat" => "contact-chats",
        "email" => "contact-emails",
        _ => "contact-letters",
    }
}

impl Vault {
    /// Moments `offset..offset + limit` of those `filter` finds, newest first; audited as
    /// `customer.contacts.read`. `None` once the customer is erased.
    pub async fn read_contact_page(
        &self,
        customer: Uuid,
        filter: &ContactFilter,
        limit: i64,
        offset: i64,
        access: &Access,
    ) -> anyhow::Result<Option<ContactPage>> {
        let Some(sealer) = self.sealer(customer).await? else {
            return Ok(None);
        };
        let total = self.store.count_contact_moments(customer, filter).await?;
        let moments = self
            .store
            .contact_moments_page(customer, filter, limit, offset)
            .await?
            .iter()
            .map(|row| sealer.open_contact_moment(row))
            .collect::<anyhow::Result<Vec<_>>>()?;
        self.audit(access, "customer.contacts.read", Some(customer))
            .await?;
        Ok(Some(ContactPage { moments, total }))
    }

    /// One of the customer's contact moments; audited as `customer.contact.read`. An id
    /// that is not theirs (another customer's, or none at all) finds nothing and is
    /// audited as `customer.contact.denied`: someone tried.
    pub async fn read_contact_moment(
        &self,
        customer: Uuid,
        id: Uuid,
        access: &Access,
    ) -> anyhow::Result<Option<ContactMoment>> {
        let (Some(row), Some(sealer)) = (
            self.store.contact_moment(customer, id).await?,
            self.sealer(customer).await?,
        ) else {
            self.audit(access, "customer.contact.denied", Some(customer))
                .await?;
            return Ok(None);
        };
        let moment = sealer.open_contact_moment(&row)?;
        self.audit(access, "customer.contact.read", Some(customer))
            .await?;
        Ok(Some(moment))
    }
}
