//! Everything held about a customer, opened, for the start page and "my data" (Art. 15):
//! one read, one audit record.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::Vault;
use super::sealer::CustomerSealer;
use crate::db::{ConsentRow, InvoiceRow, PaymentRow, RequestRow};
use crate::domain::{Access, ContactMoment, Profile};
use crate::privacy::register::{Category, Register};

/// What the portal holds about one customer, opened.
#[derive(Debug, Clone)]
pub struct Holdings {
    pub profile: Profile,
    /// Every contact moment counts; only the newest few are opened.
    pub contact_count: i64,
    pub newest_contacts: Vec<ContactMoment>,
    /// Per (channel, recorded): the oldest contact moment, for the next deletion date.
    pub oldest_contacts: Vec<(String, bool, OffsetDateTime)>,
    pub invoices: Vec<InvoiceRow>,
    pub payments: Vec<PaymentRow>,
    /// Newest first.
    pub consents: Vec<ConsentRow>,
    pub requests: Vec<RequestRow>,
    pub marketing_objection: Option<OffsetDateTime>,
    /// Newest first: (when, whether it worked).
    pub sign_ins: Vec<(OffsetDateTime, bool)>,
    pub audit_records: i64,
    /// Notices about a data breach (Art. 34), newest first; their text is opened only on
    /// the notice's own page.
    pub notices: Vec<NoticeHeld>,
}

/// A breach notice the customer has: when it came and whether they marked it read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeHeld {
    pub id: Uuid,
    pub sent_at: Option<OffsetDateTime>,
    pub read_at: Option<OffsetDateTime>,
}

impl Holdings {
    /// The newest receipt per purpose says whether consent stands now.
    pub fn consent_given(&self, purpose: &str) -> Option<bool> {
        self.consents
            .iter()
            .find(|c| c.purpose == purpose)
            .map(|c| c.granted)
    }

    /// The date of the event the register counts `category`'s period from, for the
    /// customer's oldest record in it; `None` when none is held or the portal does not know.
    pub fn oldest_event(&self, category: &str) -> Option<Date> {
        let oldest_contact = |channel: &str, recorded_only: bool| {
            self.oldest_contacts
                .iter()
                .filter(|(c, recorded, _)| c == channel && (*recorded || !recorded_only))
                .map(|(_, _, at)| at.date())
                .min()
        };
        match category {
            "contact-calls" => oldest_contact("phone", false),
            "call-recordings" => oldest_contact("phone", true),
            "contact-chats" => oldest_contact("chat", false),
            "contact-emails" => oldest_contact("email", false),
            "contact-letters" => oldest_contact("letter", false),
            "invoices" => self.invoices.iter().map(|i| i.issued_on).min(),
            "payments" => self.payments.iter().map(|p| p.paid_on).min(),
            "consents" => self
                .consents
                .iter()
                .filter(|c| !c.granted)
                .map(|c| c.at.date())
                .min(),
            "requests" => self
                .requests
                .iter()
                .filter_map(|r| r.closed_at)
                .map(|at| at.date())
                .min(),
            _ => None,
        }
    }

    /// When the customer's oldest record in `category` is deleted under the register.
    pub fn next_deletion(&self, category: &Category) -> Option<Date> {
        category
            .retention
            .expires_on(self.oldest_event(category.id)?)
    }

    /// The first deletion coming up in any category, with that category.
    pub fn first_deletion<'r>(&self, register: &'r Register) -> Option<(Date, &'r Category)> {
        register
            .categories()
            .iter()
            .filter_map(|c| self.next_deletion(c).map(|date| (date, c)))
            .min_by_key(|(date, _)| *date)
    }

    /// Notices not marked read yet: shown at the top of the start page.
    pub fn unread_notices(&self) -> impl Iterator<Item = &NoticeHeld> {
        self.notices.iter().filter(|n| n.read_at.is_none())
    }

    /// Requests that are not closed yet.
    pub fn open_requests(&self) -> usize {
        self.requests
            .iter()
            .filter(|r| !matches!(r.status.as_str(), "completed" | "refused" | "withdrawn"))
            .count()
    }
}

impl Vault {
    /// For the signed-in start page; audited as `customer.overview.read`.
    pub async fn read_overview(
        &self,
        customer: Uuid,
        access: &Access,
    ) -> anyhow::Result<Option<Holdings>> {
        self.read_holdings(customer, access, "customer.overview.read")
            .await
    }

    /// For "my data"; audited as `customer.data.read`.
    pub async fn read_my_data(
        &self,
        customer: Uuid,
        access: &Access,
    ) -> anyhow::Result<Option<Holdings>> {
        self.read_holdings(customer, access, "customer.data.read")
            .await
    }

    async fn read_holdings(
        &self,
        customer: Uuid,
        access: &Access,
        action: &str,
    ) -> anyhow::Result<Option<Holdings>> {
        let Some(rows) = self.store.holdings(customer).await? else {
            return Ok(None);
        };
        let sealer = CustomerSealer::new(
            customer,
            self.keys.unwrap_customer_key(customer, &rows.wrapped_key)?,
        );
        let holdings = Holdings {
            profile: sealer.open_profile(&rows.customer)?,
            contact_count: rows.contact_count,
            newest_contacts: rows
                .newest_contacts
                .iter()
                .map(|m| sealer.open_contact_moment(m))
                .collect::<anyhow::Result<Vec<_>>>()?,
            oldest_contacts: rows.oldest_contacts,
            invoices: rows.invoices,
            payments: rows.payments,
            consents: rows.consents,
            requests: rows.requests,
            marketing_objection: rows.marketing_objection,
            sign_ins: rows.sign_ins,
            audit_records: rows.audit_records,
            notices: rows
                .notices
                .into_iter()
                .map(|n| NoticeHeld {
                    id: n.id,
                    sent_at: n.sent_at,
                    read_at: n.read_at,
                })
                .collect(),
        };
        self.audit(access, action, Some(customer)).await?;
        Ok(Some(holdings))
    }
}
