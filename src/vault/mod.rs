//! The only way to personal data: the vault seals what goes into the store, opens what
//! comes out, and puts every read and change on the audit trail before handing it over.

mod access_log;
mod audit_search;
mod consent;
mod contact_history;
mod corrections;
mod customers;
mod erasure;
mod export;
mod holdings;
mod notices;
mod requests;
mod sealer;
mod staff_requests;

use std::sync::Arc;

use time::OffsetDateTime;

pub use access_log::AccessLogPage;
pub use audit_search::AuditSearchPage;
pub use consent::{ChangedChoice, ConsentState, DO_NOT_CALL, MARKETING_OBJECTION, WantedChoices};
pub use contact_history::{ContactPage, contact_category};
pub use erasure::Erased;
pub use export::{CustomerRecords, OpenedInvoice, OpenedRequest};
pub use holdings::{Holdings, NoticeHeld};
pub use requests::{
    FiledRequest, Withdrawal, seal_event_note, seal_extension_reason, seal_proposal,
    seal_request_details,
};
pub use sealer::CustomerSealer;
pub use staff_requests::{
    Applied, CustomerAddress, Outcome, PlannedChange, QueueItem, QueuePage, SectionData, StaffNote,
    StaffRequest,
};

use crate::audit::AuditWriter;
use crate::crypto::Keyring;
use crate::db::{AuditEntry, Store};
use crate::domain::Access;

/// Store, keys and audit trail together; cheap to clone.
#[derive(Clone)]
pub struct Vault {
    pub store: Arc<dyn Store>,
    pub keys: Arc<Keyring>,
    audit: AuditWriter,
}

impl Vault {
    pub fn new(store: Arc<dyn Store>, keys: Arc<Keyring>, audit: AuditWriter) -> Self {
        Self { store, keys, audit }
    }

    /// Records an access to personal data that is read outside the vault's own readers
    /// (for example session devices and sign-in history); returns once it is durable.
    pub async fn record_access(
        &self,
        access: &Access,
        action: &str,
        customer: uuid::Uuid,
    ) -> anyhow::Result<()> {
        self.audit(access, action, Some(customer)).await
    }

    /// Writes the audit record for an access; the caller proceeds only when it is durable.
    async fn audit(
        &self,
        access: &Access,
        action: &str,
        customer: Option<uuid::Uuid>,
    ) -> anyhow::Result<()> {
        self.audit
            .record(AuditEntry {
                at: OffsetDateTime::now_utc(),
                actor_kind: access.actor.kind.code().into(),
                actor_id: access.actor.id.clone(),
                actor_role: access.actor.role.clone(),
                action: action.into(),
                customer_id: customer,
                reason: access.reason.clone(),
                request_id: access.request_id.clone(),
            })
            .await?;
        Ok(())
    }
}
