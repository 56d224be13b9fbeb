//! Reading everything about one customer for their own download (Art. 20), or to tell
//! them what erasure keeps. One audit record covers the whole read, written before the
//! first value is handed out; the pages after it are read without further records.

use std::sync::Arc;

use time::OffsetDateTime;
use uuid::Uuid;

use super::StaffNote;
use super::{CustomerSealer, Vault};
use crate::crypto::Keyring;
use crate::db::{
    AuditRow, ConsentRow, InvoiceRow, PaymentRow, RequestEventRow, RequestRow, SessionRow, Store,
};
use crate::domain::EventKind;
use crate::domain::{Access, ContactMoment, Profile};

/// An opened, audited view of one customer's records. Live only for one export.
pub struct CustomerRecords {
    store: Arc<dyn Store>,
    keys: Arc<Keyring>,
    sealer: CustomerSealer,
}

/// An invoice with its billing name and address opened (kept-records key).
pub struct OpenedInvoice {
    pub row: InvoiceRow,
    pub billing: String,
}

/// A request with what the kept-records key opens.
pub struct OpenedRequest {
    pub row: RequestRow,
    pub extension_reason: Option<String>,
    pub details: Option<String>,
}

impl Vault {
    /// Opens a customer's records for one export; audited as `action` (one record)
    /// before anything is read. `None` once the customer is erased.
    pub async fn customer_records(
        &self,
        customer: Uuid,
        access: &Access,
        action: &str,
    ) -> anyhow::Result<Option<CustomerRecords>> {
        let Some(sealer) = self.sealer(customer).await? else {
            return Ok(None);
        };
        self.audit(access, action, Some(customer)).await?;
        Ok(Some(CustomerRecords {
            store: self.store.clone(),
            keys: self.keys.clone(),
            sealer,
        }))
    }
}

impl CustomerRecords {
    pub fn customer(&self) -> Uuid {
        self.sealer.id
    }

    /// The notices about a data breach the customer got (Art. 34), still sealed with the
    /// breach register's key, which `keys` opens.
    pub async fn breach_notices(&self) -> anyhow::Result<Vec<crate::db::CustomerNoticeRow>> {
        self.store.notices_of_customer(self.sealer.id).await
    }

    pub fn keys(&self) -> &Keyring {
        &self.keys
    }

    pub async fn profile(&self) -> anyhow::Result<Option<Profile>> {
        match self.store.customer(self.sealer.id).await? {
            Some(row) => Ok(Some(self.sealer.open_profile(&row)?)),
            None => Ok(None),
        }
    }

    /// One page of contact moments, newest first, after `after` (see `Store`).
    pub async fn contact_moments(
        &self,
        after: Option<(OffsetDateTime, Uuid)>,
        limit: i64,
    ) -> anyhow::Result<Vec<ContactMoment>> {
        self.store
            .contact_moments_after(self.sealer.id, after, limit)
            .await?
            .iter()
            .map(|row| self.sealer.open_contact_moment(row))
            .collect()
    }

    pub async fn invoices(&self) -> anyhow::Result<Vec<OpenedInvoice>> {
        self.store
            .invoices(self.sealer.id)
            .await?
            .into_iter()
            .map(|row| {
                let billing = self
                    .keys
                    .kept_records
                    .open(row.id, "billing", &row.billing_sealed)
                    .map_err(|e| anyhow::anyhow!("invoice {}: {e}", row.id))?;
                Ok(OpenedInvoice { row, billing })
            })
            .collect()
    }

    pub async fn payments(&self) -> anyhow::Result<Vec<PaymentRow>> {
        self.store.payments(self.sealer.id).await
    }

    pub async fn consents(&self) -> anyhow::Result<Vec<ConsentRow>> {
        self.store.consents(self.sealer.id).await
    }

    pub async fn requests(&self) -> anyhow::Result<Vec<OpenedRequest>> {
        let open = |id: Uuid, field: &str, sealed: &Option<Vec<u8>>| {
            sealed.as_deref().and_then(|sealed| {
                match self.keys.kept_records.open(id, field, sealed) {
                    Ok(text) => Some(text),
                    Err(error) => {
                        // Left out rather than failing the whole download; ids only.
                        tracing::warn!(request = %id, field, error = %error, "not opened for the export");
                        None
                    }
                }
            })
        };
        Ok(self
            .store
            .requests(self.sealer.id)
            .await?
            .into_iter()
            .map(|row| OpenedRequest {
                extension_reason: open(row.id, "extension_reason", &row.extension_reason_sealed),
                details: open(row.id, "details", &row.details_sealed),
                row,
            })
            .collect())
    }

    /// The steps the customer's request pages show: not who works a request inside the
    /// organisation, nor a proposal the privacy officer has not approved (four eyes).
    pub async fn request_events(&self) -> anyhow::Result<Vec<RequestEventRow>> {
        let mut events = self
            .store
            .request_events_of_customer(self.sealer.id)
            .await?;
        events.retain(|e| EventKind::parse(&e.status).is_some_and(EventKind::shown_to_customer));
        Ok(events)
    }

    /// Staff notes about the customer's requests, with the request each is about.
    pub async fn request_notes(&self) -> anyhow::Result<Vec<(Uuid, StaffNote)>> {
        self.store
            .request_notes_of_customer(self.sealer.id)
            .await?
            .iter()
            .map(|note| {
                let text = self.sealer.open(
                    &super::staff_requests::note_field(note.id),
                    &note.note_sealed,
                )?;
                Ok((
                    note.request_id,
                    StaffNote {
                        at: note.at,
                        staff_id: note.staff_id,
                        text,
                    },
                ))
            })
            .collect()
    }

    /// Live sessions (the state JSON holds the coarse device label).
    pub async fn sessions(&self, now: OffsetDateTime) -> anyhow::Result<Vec<SessionRow>> {
        self.store
            .customer_sessions(self.sealer.id, now, OffsetDateTime::UNIX_EPOCH)
            .await
    }

    /// Every sign-in attempt still held (they are kept 90 days), newest first.
    pub async fn sign_ins(&self) -> anyhow::Result<Vec<(OffsetDateTime, bool)>> {
        self.store.recent_sign_ins(self.sealer.id, i64::MAX).await
    }

    /// Since when the customer objects to direct marketing, if they do.
    pub async fn marketing_objection(&self) -> anyhow::Result<Option<OffsetDateTime>> {
        self.store.marketing_objection(self.sealer.id).await
    }

    pub async fn has_password(&self) -> anyhow::Result<bool> {
        Ok(self.store.password_hash(self.sealer.id).await?.is_some())
    }

    /// One page of the audit trail about the customer, newest first, below `before`.
    pub async fn audit_trail(&self, before: i64, limit: i64) -> anyhow::Result<Vec<AuditRow>> {
        self.store
            .audit_for_customer_before(self.sealer.id, before, limit)
            .await
    }
}
