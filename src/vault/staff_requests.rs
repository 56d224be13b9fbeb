//! Requests as staff handle them: the queue (no personal data on it), one request with
//! its full history and notes, the parts of the customer's data its kind needs (each
//! opening on record with the request's reference as its reason), and applying an
//! action's plan (`staff::workflow`) exactly once.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::Vault;
use super::requests::{seal_event_note, seal_extension_reason, seal_proposal};
use crate::db::{
    ConsentRow, ContactFilter, InvoiceRow, PaymentRow, QueueFilter, RequestChange, RequestEventRow,
    RequestHandlingRow, RequestNoteRow, RequestRow, SealedProfileField,
};
use crate::domain::need_to_know::Section;
use crate::domain::{
    Access, ContactMoment, EventKind, Handling, Profile, ProposalKind, Request, RequestEvent,
    RequestKind, RequestStatus, looks_like_reference,
};
use crate::i18n::Lang;

/// How many of the newest contact moments the contact-history part shows.
const CONTACTS_SHOWN: i64 = 20;

/// One row of the queue: what the request is and where it stands, nothing about whom.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub reference: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub received_at: OffsetDateTime,
    pub answer_by: Date,
    pub assigned_to: Option<Uuid>,
    pub waiting: bool,
    pub proposal_pending: bool,
}

/// One page of the queue, with the counts for the whole queue.
#[derive(Debug, Clone)]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    /// How many the filter finds.
    pub found: i64,
    /// All open requests, and how many of them are overdue.
    pub open: i64,
    pub overdue: i64,
}

/// A staff note, opened.
#[derive(Debug, Clone)]
pub struct StaffNote {
    pub at: OffsetDateTime,
    pub staff_id: Uuid,
    pub text: String,
}

/// A request as staff see it: what the customer wrote, every step, and the notes.
#[derive(Debug, Clone)]
pub struct StaffRequest {
    pub request: Request,
    pub events: Vec<RequestEvent>,
    pub notes: Vec<StaffNote>,
}

/// One part of a customer's data, opened for a request.
#[derive(Debug, Clone)]
pub enum SectionData {
    Identity(Box<Profile>),
    ContactHistory {
        newest: Vec<ContactMoment>,
        total: i64,
    },
    Consents {
        receipts: Vec<ConsentRow>,
        do_not_call: bool,
        marketing_objection: Option<OffsetDateTime>,
        restricted_since: Option<OffsetDateTime>,
    },
    Billing {
        invoices: Vec<InvoiceRow>,
        payments: Vec<PaymentRow>,
    },
}

/// What a completed request does besides recording the answer, by its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Only the answer (a complaint; an access request points to the download).
    Answer,
    /// Rectification: the corrected date of birth, which customers cannot self-serve.
    CorrectBirthDate(Date),
    /// Erasure: the same crypto-shredding erasure as the self-served one.
    Erase,
    /// Restriction (Art. 18): from now on the data is only stored.
    Restrict,
    /// Objection (Art. 21(2)): no more direct marketing.
    ObjectToMarketing,
}

/// Where to tell the customer, read together with the change.
#[derive(Debug, Clone)]
pub struct CustomerAddress {
    pub email: String,
    pub language: Lang,
}

/// What applying an action gave.
#[derive(Debug, Clone)]
pub enum Applied {
    /// Done; the customer's address if there is someone to tell.
    Done(Option<CustomerAddress>),
    /// The request changed since the form was shown (a double click, the back button,
    /// or a colleague first): nothing was done.
    Stale,
}

/// What the staff member plans, in the vault's terms (see `staff::workflow::Plan`).
#[derive(Debug, Clone)]
pub struct PlannedChange {
    pub status: RequestStatus,
    pub handling: Handling,
    pub extended_until: Option<Date>,
    pub extension_reason: Option<String>,
    pub closed_at: Option<OffsetDateTime>,
    pub event: EventKind,
    pub event_note: Option<String>,
    /// Whether the customer is told.
    pub tell_customer: bool,
    pub outcome: Outcome,
}

impl Vault {
    /// One page of the queue; no personal data is opened, so nothing is audited.
    pub async fn request_queue(
        &self,
        filter: &QueueFilter,
        limit: i64,
        offset: i64,
        today: Date,
    ) -> anyhow::Result<QueuePage> {
        let (rows, found, (open, overdue)) = tokio::try_join!(
            self.store.request_queue(filter, limit, offset),
            self.store.count_request_queue(filter),
            self.store.open_and_overdue(today),
        )?;
        let items = rows
            .iter()
            .map(|row| {
                let request = self.open_request_plainly(row)?;
                Ok(QueueItem {
                    answer_by: request.answer_by(),
                    waiting: request.waits_for_customer(),
                    reference: request.reference,
                    kind: request.kind,
                    status: request.status,
                    received_at: request.received_at,
                    assigned_to: row.handling.assigned_to,
                    proposal_pending: row.handling.proposal.is_some(),
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(QueuePage {
            items,
            found,
            open,
            overdue,
        })
    }

    /// The request with this reference without what the customer wrote (so nothing
    /// personal is opened): for deciding whether a staff member may see it at all.
    pub async fn find_request(&self, reference: &str) -> anyhow::Result<Option<Request>> {
        if !looks_like_reference(reference) {
            return Ok(None);
        }
        match self.store.request_by_reference(reference).await? {
            Some(row) => Ok(Some(self.open_request_plainly(&row)?)),
            None => Ok(None),
        }
    }

    /// The request in full, for a staff member allowed to work it; audited as
    /// `staff.request.read` with the reference as the reason.
    pub async fn read_request_for_staff(
        &self,
        request: &Request,
        access: &Access,
    ) -> anyhow::Result<Option<StaffRequest>> {
        let Some(row) = self.store.request_by_reference(&request.reference).await? else {
            return Ok(None);
        };
        let opened = self.open_request(&row)?;
        let events = self
            .store
            .request_events(row.id)
            .await?
            .iter()
            .map(|event| self.open_request_event(event))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let notes = match row.customer_id {
            Some(customer) => self.open_notes(customer, row.id).await?,
            None => Vec::new(),
        };
        self.audit(access, "staff.request.read", row.customer_id)
            .await?;
        Ok(Some(StaffRequest {
            request: opened,
            events,
            notes,
        }))
    }

    async fn open_notes(&self, customer: Uuid, request: Uuid) -> anyhow::Result<Vec<StaffNote>> {
        let Some(sealer) = self.sealer(customer).await? else {
            return Ok(Vec::new());
        };
        self.store
            .request_notes(request)
            .await?
            .iter()
            .map(|note| {
                Ok(StaffNote {
                    at: note.at,
                    staff_id: note.staff_id,
                    text: sealer.open(&note_field(note.id), &note.note_sealed)?,
                })
            })
            .collect()
    }

    /// One part of the request's customer's data; audited as the part's action with the
    /// reference as the reason. `None` when the customer is gone (erased).
    pub async fn open_section(
        &self,
        request: &Request,
        section: Section,
        access: &Access,
    ) -> anyhow::Result<Option<SectionData>> {
        let Some(customer) = request.customer_id else {
            return Ok(None);
        };
        let (Some(row), Some(sealer)) = (
            self.store.customer(customer).await?,
            self.sealer(customer).await?,
        ) else {
            return Ok(None);
        };
        let store = &self.store;
        let data = match section {
            Section::Identity => SectionData::Identity(Box::new(sealer.open_profile(&row)?)),
            Section::ContactHistory => {
                let all = ContactFilter::default();
                let (rows, total) = tokio::try_join!(
                    store.contact_moments_page(customer, &all, CONTACTS_SHOWN, 0),
                    store.count_contact_moments(customer, &all),
                )?;
                SectionData::ContactHistory {
                    newest: rows
                        .iter()
                        .map(|m| sealer.open_contact_moment(m))
                        .collect::<anyhow::Result<Vec<_>>>()?,
                    total,
                }
            }
            Section::Consents => {
                let (receipts, marketing_objection, restriction) = tokio::try_join!(
                    store.consents(customer),
                    store.marketing_objection(customer),
                    store.processing_restriction(customer),
                )?;
                SectionData::Consents {
                    receipts,
                    do_not_call: row.do_not_call,
                    marketing_objection,
                    restricted_since: restriction.map(|(at, _)| at),
                }
            }
            Section::Billing => {
                let (invoices, payments) =
                    tokio::try_join!(store.invoices(customer), store.payments(customer))?;
                SectionData::Billing { invoices, payments }
            }
        };
        self.audit(access, section.audit_action(), Some(customer))
            .await?;
        Ok(Some(data))
    }

    /// Applies `change` to `request` if it is still at the version it was shown, with its
    /// outcome, and reads where to tell the customer; audited as `staff.request.<event>`.
    pub async fn apply_request_change(
        &self,
        request: &Request,
        change: &PlannedChange,
        now: OffsetDateTime,
        today: Date,
        access: &Access,
    ) -> anyhow::Result<Applied> {
        let keys = &self.keys;
        let h = &change.handling;
        let proposal = h.proposal.as_ref();
        let reason = change
            .extension_reason
            .as_ref()
            .or(request.extension_reason.as_ref());
        let row = RequestChange {
            request_id: request.id,
            seen_version: request.handling.version,
            status: change.status.code().into(),
            extended_until: change.extended_until,
            extension_reason_sealed: reason.map(|r| seal_extension_reason(keys, request.id, r)),
            closed_at: change.closed_at.or(request.closed_at),
            handling: RequestHandlingRow {
                assigned_to: h.assigned_to,
                waiting_since: h.waiting_since,
                proposal: proposal.map(|p| match p.kind {
                    ProposalKind::Extend { .. } => "extend".into(),
                    ProposalKind::Refuse { .. } => "refuse".into(),
                }),
                proposal_months: proposal.and_then(|p| match p.kind {
                    ProposalKind::Extend { months } => Some(i64::from(months)),
                    ProposalKind::Refuse { .. } => None,
                }),
                proposal_reason: proposal.and_then(|p| match p.kind {
                    ProposalKind::Refuse { reason } => Some(reason.code().into()),
                    ProposalKind::Extend { .. } => None,
                }),
                proposal_sealed: proposal.map(|p| seal_proposal(keys, request.id, &p.text)),
                proposed_by: proposal.map(|p| p.by),
                proposed_at: proposal.map(|p| p.at),
                extended_at: h.extended_at,
                refusal_reason: h.refusal_reason.map(|r| r.code().into()),
                version: 0,
            },
        };
        let event_id = Uuid::new_v4();
        let event = RequestEventRow {
            id: event_id,
            request_id: request.id,
            at: now,
            status: change.event.code().into(),
            note_sealed: change
                .event_note
                .as_ref()
                .map(|note| seal_event_note(keys, event_id, note)),
            actor_kind: access.actor.kind.code().into(),
            actor_id: access.actor.id.clone(),
        };
        // The address is read before the change: an erasure leaves nothing to read.
        let address = match (change.tell_customer, request.customer_id) {
            (true, Some(customer)) => self.customer_address(customer).await?,
            _ => None,
        };
        if !self.store.change_request(&row, &event).await? {
            return Ok(Applied::Stale);
        }
        let action = format!("staff.request.{}", change.event.code());
        self.audit(access, &action, request.customer_id).await?;
        if let Some(customer) = request.customer_id {
            self.apply_outcome(customer, request, &change.outcome, now, today, access)
                .await?;
        }
        Ok(Applied::Done(address))
    }

    async fn apply_outcome(
        &self,
        customer: Uuid,
        request: &Request,
        outcome: &Outcome,
        now: OffsetDateTime,
        today: Date,
        access: &Access,
    ) -> anyhow::Result<()> {
        match outcome {
            Outcome::Answer => {}
            Outcome::CorrectBirthDate(date) => {
                if let Some(sealer) = self.sealer(customer).await? {
                    let field =
                        SealedProfileField::BirthDate(sealer.seal("birth_date", &date.to_string()));
                    self.store
                        .update_customer_profile(customer, &[field], now)
                        .await?;
                    self.audit(access, "customer.profile.corrected", Some(customer))
                        .await?;
                }
            }
            Outcome::Erase => {
                self.erase_with_receipt(customer, access, today).await?;
            }
            Outcome::Restrict => {
                self.store
                    .restrict_processing(customer, now, &request.reference)
                    .await?;
                self.audit(access, "customer.processing.restricted", Some(customer))
                    .await?;
            }
            Outcome::ObjectToMarketing => {
                let wanted = super::WantedChoices {
                    consents: Vec::new(),
                    do_not_call: None,
                    marketing_objection: Some(true),
                };
                self.change_consent(customer, &wanted, now, access).await?;
            }
        }
        Ok(())
    }

    /// Adds a staff note, sealed with the customer's own key, if the request is still at
    /// the version the form was shown; audited as `staff.request.note`.
    pub async fn add_request_note(
        &self,
        request: &Request,
        text: &str,
        staff: Uuid,
        now: OffsetDateTime,
        access: &Access,
    ) -> anyhow::Result<Applied> {
        let Some(customer) = request.customer_id else {
            return Ok(Applied::Stale);
        };
        let Some(sealer) = self.sealer(customer).await? else {
            return Ok(Applied::Stale);
        };
        let id = Uuid::new_v4();
        let note = RequestNoteRow {
            id,
            request_id: request.id,
            customer_id: customer,
            at: now,
            staff_id: staff,
            note_sealed: sealer.seal(&note_field(id), text),
        };
        if !self
            .store
            .add_request_note(request.handling.version, &note)
            .await?
        {
            return Ok(Applied::Stale);
        }
        self.audit(access, "staff.request.note", Some(customer))
            .await?;
        Ok(Applied::Done(None))
    }

    /// The customer's answer to a question staff asked: a `replied` step with their text,
    /// and the request no longer waits. False when it did not wait (any more), or is not
    /// theirs; audited as `customer.request.replied`.
    pub async fn reply_to_request(
        &self,
        customer: Uuid,
        reference: &str,
        text: &str,
        now: OffsetDateTime,
        access: &Access,
    ) -> anyhow::Result<bool> {
        let Some(request) = self.find_request(reference).await? else {
            return Ok(false);
        };
        if request.customer_id != Some(customer) || !request.waits_for_customer() {
            return Ok(false);
        }
        let mut handling = request.handling.clone();
        handling.waiting_since = None;
        let change = PlannedChange {
            status: request.status,
            handling,
            extended_until: request.extended_until,
            extension_reason: None,
            closed_at: None,
            event: EventKind::Replied,
            event_note: Some(text.to_string()),
            tell_customer: false,
            outcome: Outcome::Answer,
        };
        // `today` only dates an erasure's receipt, and a reply is never an erasure.
        let today = now.date();
        let applied = self
            .apply_request_change(&request, &change, now, today, access)
            .await?;
        Ok(matches!(applied, Applied::Done(_)))
    }

    pub(super) async fn customer_address(
        &self,
        customer: Uuid,
    ) -> anyhow::Result<Option<CustomerAddress>> {
        let (Some(row), Some(sealer)) = (
            self.store.customer(customer).await?,
            self.sealer(customer).await?,
        ) else {
            return Ok(None);
        };
        Ok(Some(CustomerAddress {
            email: sealer.open("email", &row.email_sealed)?,
            language: Lang::from_code(&sealer.open("language", &row.language_sealed)?)
                .unwrap_or_default(),
        }))
    }

    /// A request without its sealed texts: kind, status, dates and handling only.
    fn open_request_plainly(&self, row: &RequestRow) -> anyhow::Result<Request> {
        let bare = RequestRow {
            details_sealed: None,
            extension_reason_sealed: None,
            handling: RequestHandlingRow {
                proposal_sealed: None,
                ..row.handling.clone()
            },
            ..row.clone()
        };
        self.open_request(&bare)
    }
}

/// A note's sealed field name, bound to its own id.
pub(super) fn note_field(note: Uuid) -> String {
    format!("request_note:{note}")
}
