//! Requests: filing one, reading them, cancelling one. A request is kept by law after the
//! customer is erased (the organisation must be able to show how it answered), so what
//! the customer wrote is sealed with the kept-records key, bound to the request's id, as
//! the customer number is (`subject_sealed`), with its blind index beside it.

use time::OffsetDateTime;
use uuid::Uuid;

use super::Vault;
use crate::db::{RequestEventRow, RequestRow};
use crate::domain::{
    Access, EventKind, Handling, Proposal, ProposalKind, RefusalReason, Request, RequestEvent,
    RequestKind, RequestStatus, due_on, looks_like_reference, new_reference, received_on,
};
use crate::i18n::Lang;

/// How often a new reference is drawn when the one drawn is taken (never, in practice).
const REFERENCE_ATTEMPTS: usize = 8;

/// A filed request, and where and in which language to confirm it.
pub struct FiledRequest {
    pub request: Request,
    pub email: String,
    pub language: Lang,
}

/// What cancelling gave.
pub enum Withdrawal {
    Withdrawn,
    /// It was closed already (answered, refused, or cancelled before).
    AlreadyClosed,
    /// No request of this customer has that reference.
    NotFound,
}

/// The sealed field names, bound to the request's (or the event's) id.
const DETAILS: &str = "details";
const EXTENSION_REASON: &str = "extension_reason";
const SUBJECT: &str = "subject";
const NOTE: &str = "note";
const PROPOSAL: &str = "proposal";

impl Vault {
    /// Files a request for `customer`, received `now` (a day in `zone`, which the deadline
    /// counts from), with its `received` event. Reading
    /// the customer number (for the kept record) and the address and language (for the
    /// confirmation) is part of this one change, audited as `customer.request.created`.
    /// `None` when there is no such customer (any more).
    pub async fn file_request(
        &self,
        customer: Uuid,
        kind: RequestKind,
        details: Option<&str>,
        now: OffsetDateTime,
        zone: &jiff::tz::TimeZone,
        access: &Access,
    ) -> anyhow::Result<Option<FiledRequest>> {
        let (Some(row), Some(sealer)) = (
            self.store.customer(customer).await?,
            self.sealer(customer).await?,
        ) else {
            return Ok(None);
        };
        let number = sealer.open("customer_number", &row.customer_number_sealed)?;
        let email = sealer.open("email", &row.email_sealed)?;
        let language =
            Lang::from_code(&sealer.open("language", &row.language_sealed)?).unwrap_or_default();
        let id = Uuid::new_v4();
        let received = received_on(zone, now);
        let kept = &self.keys.kept_records;
        let event = RequestEventRow {
            id: Uuid::new_v4(),
            request_id: id,
            at: now,
            status: RequestStatus::Received.code().into(),
            note_sealed: None,
            actor_kind: access.actor.kind.code().into(),
            actor_id: access.actor.id.clone(),
        };
        let mut request = RequestRow {
            id,
            reference: String::new(),
            customer_id: Some(customer),
            subject_index: self.keys.blind_index.customer_number(&number),
            subject_sealed: kept.seal(id, SUBJECT, &number),
            kind: kind.code().into(),
            status: RequestStatus::Received.code().into(),
            received_at: now,
            due_on: due_on(received),
            extended_until: None,
            extension_reason_sealed: None,
            details_sealed: details.map(|text| seal_request_details(&self.keys, id, text)),
            closed_at: None,
            handling: Default::default(),
        };
        let mut filed = false;
        for _ in 0..REFERENCE_ATTEMPTS {
            request.reference = new_reference(received.year());
            if self.store.insert_request(&request, &event).await? {
                filed = true;
                break;
            }
        }
        anyhow::ensure!(
            filed,
            "no free request reference after {REFERENCE_ATTEMPTS} tries"
        );
        self.audit(access, "customer.request.created", Some(customer))
            .await?;
        Ok(Some(FiledRequest {
            request: self.open_request(&request)?,
            email,
            language,
        }))
    }

    /// The customer's requests, newest first; audited as `customer.requests.read`.
    pub async fn read_requests(
        &self,
        customer: Uuid,
        access: &Access,
    ) -> anyhow::Result<Vec<Request>> {
        let requests = self
            .store
            .requests(customer)
            .await?
            .iter()
            .map(|row| self.open_request(row))
            .collect::<anyhow::Result<Vec<_>>>()?;
        self.audit(access, "customer.requests.read", Some(customer))
            .await?;
        Ok(requests)
    }

    /// One of the customer's requests with its history, audited as `customer.request.read`.
    /// Someone else's reference, or one that does not exist, gives `None`, and that attempt
    /// is on record too (`customer.request.denied`, about the customer who asked).
    pub async fn read_request(
        &self,
        customer: Uuid,
        reference: &str,
        access: &Access,
    ) -> anyhow::Result<Option<(Request, Vec<RequestEvent>)>> {
        let Some(row) = self.own_request(customer, reference, access).await? else {
            return Ok(None);
        };
        let request = self.open_request(&row)?;
        let events = self
            .store
            .request_events(row.id)
            .await?
            .iter()
            .map(|event| self.open_request_event(event))
            .filter(|event| event.as_ref().map_or(true, |e| e.kind.shown_to_customer()))
            .collect::<anyhow::Result<Vec<_>>>()?;
        self.audit(access, "customer.request.read", Some(customer))
            .await?;
        Ok(Some((request, events)))
    }

    /// Cancels one of the customer's open requests at `now`: audited as
    /// `customer.request.cancelled`. A request closed already is left as it is (and that
    /// look at its status is on record as `customer.request.read`); someone else's
    /// reference is refused as in `read_request`.
    pub async fn withdraw_request(
        &self,
        customer: Uuid,
        reference: &str,
        now: OffsetDateTime,
        access: &Access,
    ) -> anyhow::Result<Withdrawal> {
        let Some(row) = self.own_request(customer, reference, access).await? else {
            return Ok(Withdrawal::NotFound);
        };
        let event = RequestEventRow {
            id: Uuid::new_v4(),
            request_id: row.id,
            at: now,
            status: RequestStatus::Withdrawn.code().into(),
            note_sealed: None,
            actor_kind: access.actor.kind.code().into(),
            actor_id: access.actor.id.clone(),
        };
        if self.store.withdraw_request(row.id, &event).await? {
            self.audit(access, "customer.request.cancelled", Some(customer))
                .await?;
            Ok(Withdrawal::Withdrawn)
        } else {
            self.audit(access, "customer.request.read", Some(customer))
                .await?;
            Ok(Withdrawal::AlreadyClosed)
        }
    }

    /// The row of `reference` if it is `customer`'s; otherwise the refusal is recorded.
    async fn own_request(
        &self,
        customer: Uuid,
        reference: &str,
        access: &Access,
    ) -> anyhow::Result<Option<RequestRow>> {
        let row = if looks_like_reference(reference) {
            self.store.request_by_reference(reference).await?
        } else {
            None
        };
        match row {
            Some(row) if row.customer_id == Some(customer) => Ok(Some(row)),
            _ => {
                self.audit(access, "customer.request.denied", Some(customer))
                    .await?;
                Ok(None)
            }
        }
    }

    pub(super) fn open_request(&self, row: &RequestRow) -> anyhow::Result<Request> {
        let kept = &self.keys.kept_records;
        let open = |field: &str, sealed: &Option<Vec<u8>>| {
            sealed
                .as_deref()
                .map(|sealed| kept.open(row.id, field, sealed))
                .transpose()
                .map_err(|e| anyhow::anyhow!("request field {field}: {e}"))
        };
        Ok(Request {
            id: row.id,
            reference: row.reference.clone(),
            kind: RequestKind::parse(&row.kind)
                .ok_or_else(|| anyhow::anyhow!("unknown request kind {}", row.kind))?,
            status: RequestStatus::parse(&row.status)
                .ok_or_else(|| anyhow::anyhow!("unknown request status {}", row.status))?,
            received_at: row.received_at,
            due_on: row.due_on,
            extended_until: row.extended_until,
            extension_reason: open(EXTENSION_REASON, &row.extension_reason_sealed)?,
            details: open(DETAILS, &row.details_sealed)?,
            closed_at: row.closed_at,
            customer_id: row.customer_id,
            handling: self.open_handling(row)?,
        })
    }

    fn open_handling(&self, row: &RequestRow) -> anyhow::Result<Handling> {
        let h = &row.handling;
        let proposal = match (h.proposal.as_deref(), h.proposed_by, h.proposed_at) {
            (Some(kind), Some(by), Some(at)) => {
                let kind = match kind {
                    "extend" => ProposalKind::Extend {
                        months: h
                            .proposal_months
                            .and_then(|m| u8::try_from(m).ok())
                            .unwrap_or(0),
                    },
                    _ => ProposalKind::Refuse {
                        reason: h
                            .proposal_reason
                            .as_deref()
                            .and_then(RefusalReason::parse)
                            .ok_or_else(|| anyhow::anyhow!("a refusal proposal without reason"))?,
                    },
                };
                let text = match &h.proposal_sealed {
                    Some(sealed) => self
                        .keys
                        .kept_records
                        .open(row.id, PROPOSAL, sealed)
                        .map_err(|e| anyhow::anyhow!("request proposal: {e}"))?,
                    None => String::new(),
                };
                Some(Proposal { kind, text, by, at })
            }
            _ => None,
        };
        Ok(Handling {
            assigned_to: h.assigned_to,
            waiting_since: h.waiting_since,
            proposal,
            extended_at: h.extended_at,
            refusal_reason: h.refusal_reason.as_deref().and_then(RefusalReason::parse),
            version: h.version,
        })
    }

    pub(super) fn open_request_event(&self, row: &RequestEventRow) -> anyhow::Result<RequestEvent> {
        Ok(RequestEvent {
            at: row.at,
            kind: EventKind::parse(&row.status)
                .ok_or_else(|| anyhow::anyhow!("unknown request event status {}", row.status))?,
            actor_kind: row.actor_kind.clone(),
            actor_id: row.actor_id.clone(),
            note: row
                .note_sealed
                .as_deref()
                .map(|sealed| self.keys.kept_records.open(row.id, NOTE, sealed))
                .transpose()
                .map_err(|e| anyhow::anyhow!("request event note: {e}"))?,
        })
    }
}

/// What the customer wrote with a request, sealed (for the seed too).
pub fn seal_request_details(keys: &crate::crypto::Keyring, request: Uuid, text: &str) -> Vec<u8> {
    keys.kept_records.seal(request, DETAILS, text)
}

/// The sealed note of a request event, for those who write events (the seed, staff).
pub fn seal_event_note(keys: &crate::crypto::Keyring, event: Uuid, note: &str) -> Vec<u8> {
    keys.kept_records.seal(event, NOTE, note)
}

/// The sealed text of an agent's proposal (extension or refusal reason), for staff.
pub fn seal_proposal(keys: &crate::crypto::Keyring, request: Uuid, text: &str) -> Vec<u8> {
    keys.kept_records.seal(request, PROPOSAL, text)
}

/// The sealed extension reason of a request, for those who extend one (the seed, staff).
pub fn seal_extension_reason(
    keys: &crate::crypto::Keyring,
    request: Uuid,
    reason: &str,
) -> Vec<u8> {
    keys.kept_records.seal(request, EXTENSION_REASON, reason)
}
