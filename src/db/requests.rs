//! Requests under the GDPR (access, rectification, erasure, restriction, objection,
//! complaint) and their status history. What the customer wrote is sealed with the
//! kept-records key, so a request outlives the customer's erasure for its two years.

use uuid::Uuid;

use time::{Date, OffsetDateTime};

use super::{RequestChange, RequestEventRow, RequestNoteRow, RequestRow};

/// The columns of a `RequestRow`, in its field order (its `handling` last).
macro_rules! request_columns {
    () => {
        "id, reference, customer_id, subject_index, subject_sealed, kind, status, \
         received_at, due_on, extended_until, extension_reason_sealed, details_sealed, \
         closed_at, assigned_to, waiting_since, proposal, proposal_months, \
         proposal_reason, proposal_sealed, proposed_by, proposed_at, extended_at, \
         refusal_reason, version"
    };
}

/// `SELECT` of those columns from `requests`, followed by the rest of the statement.
macro_rules! select_requests {
    ($rest:literal) => {
        concat!("SELECT ", request_columns!(), " FROM requests ", $rest)
    };
}

/// The one way a request is inserted; the caller executes it.
macro_rules! insert_request {
    ($r:expr) => {
        sqlx::query($crate::db::requests::INSERT_REQUEST)
            .bind($r.id)
            .bind(&$r.reference)
            .bind($r.customer_id)
            .bind(&$r.subject_index)
            .bind(&$r.subject_sealed)
            .bind(&$r.kind)
            .bind(&$r.status)
            .bind($r.received_at)
            .bind($r.due_on)
            .bind($r.extended_until)
            .bind(&$r.extension_reason_sealed)
            .bind(&$r.details_sealed)
            .bind($r.closed_at)
            .bind($r.handling.assigned_to)
            .bind($r.handling.waiting_since)
            .bind(&$r.handling.proposal)
            .bind($r.handling.proposal_months)
            .bind(&$r.handling.proposal_reason)
            .bind(&$r.handling.proposal_sealed)
            .bind($r.handling.proposed_by)
            .bind($r.handling.proposed_at)
            .bind($r.handling.extended_at)
            .bind(&$r.handling.refusal_reason)
            .bind($r.handling.version)
    };
}

/// The one way a request event is written, inside an open transaction.
macro_rules! insert_request_event {
    ($tx:expr, $e:expr) => {
        exec!(
            $tx,
            $crate::db::requests::INSERT_REQUEST_EVENT,
            $e.id,
            $e.request_id,
            $e.at,
            &$e.status,
            &$e.note_sealed,
            &$e.actor_kind,
            &$e.actor_id,
        )
    };
}

store_area! {
    pub trait RequestStore {
        /// The customer's requests, newest first.
        async fn requests(&self, customer: Uuid) -> anyhow::Result<Vec<RequestRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_REQUESTS), customer))
        }

        /// Inserts a new request with its first event, in one transaction. False (and
        /// nothing written) when the reference is taken already, so the caller can draw
        /// another.
        async fn insert_request(
            &self,
            request: &RequestRow,
            event: &RequestEventRow,
        ) -> anyhow::Result<bool> {
            let mut tx = self.begin_write().await?;
            match insert_request!(request).execute(&mut *tx).await {
                Ok(_) => {}
                // The id is random and new, so a taken key can only be the reference.
                Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                    return Ok(false);
                }
                Err(error) => return Err(error.into()),
            }
            insert_request_event!(tx, event);
            tx.commit().await?;
            Ok(true)
        }

        /// The request with this reference, whoever it belongs to (the caller checks).
        async fn request_by_reference(&self, reference: &str) -> anyhow::Result<Option<RequestRow>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_REQUEST_BY_REFERENCE), reference))
        }

        /// A request's history, oldest first.
        async fn request_events(&self, request: Uuid) -> anyhow::Result<Vec<RequestEventRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_REQUEST_EVENTS), request))
        }

        /// The status history of all of the customer's requests, oldest first.
        async fn request_events_of_customer(
            &self,
            customer: Uuid,
        ) -> anyhow::Result<Vec<RequestEventRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_REQUEST_EVENTS_OF_CUSTOMER), customer))
        }

        /// Withdraws a request that is still open: status `withdrawn`, `closed_at`, and the
        /// event, in one transaction. False (and nothing written) when it was closed
        /// already, also when two cancellations race.
        async fn withdraw_request(
            &self,
            request: Uuid,
            event: &RequestEventRow,
        ) -> anyhow::Result<bool> {
            let mut tx = self.begin_write().await?;
            if exec!(tx, WITHDRAW_REQUEST, request, event.at) != 1 {
                return Ok(false);
            }
            insert_request_event!(tx, event);
            tx.commit().await?;
            Ok(true)
        }

        /// One page of the staff queue, closest deadline first (so overdue ones lead).
        async fn request_queue(
            &self,
            filter: &QueueFilter,
            limit: i64,
            offset: i64,
        ) -> anyhow::Result<Vec<RequestRow>> {
            let sql = format!(
                "{} AND {} ORDER BY COALESCE(extended_until, due_on), received_at, id \
                 LIMIT $5 OFFSET $6",
                select_requests!("WHERE ($1 IS NULL OR kind = $1) AND ($2 IS NULL OR \
                    assigned_to = $2) AND ($3 = FALSE OR assigned_to IS NULL) AND ($4 IS \
                    NULL OR COALESCE(extended_until, due_on) <= $4)"),
                filter.state.condition(),
            );
            Ok(read!(
                self, fetch_all, query_as(&sql),
                &filter.kind, filter.assigned_to, filter.unassigned, filter.due_by, limit, offset
            ))
        }

        /// How many requests the filter finds.
        async fn count_request_queue(&self, filter: &QueueFilter) -> anyhow::Result<i64> {
            let sql = format!(
                "SELECT COUNT(*) FROM requests WHERE ($1 IS NULL OR kind = $1) AND ($2 IS \
                 NULL OR assigned_to = $2) AND ($3 = FALSE OR assigned_to IS NULL) AND ($4 \
                 IS NULL OR COALESCE(extended_until, due_on) <= $4) AND {}",
                filter.state.condition(),
            );
            Ok(read!(
                self, fetch_one, query_scalar(&sql),
                &filter.kind, filter.assigned_to, filter.unassigned, filter.due_by
            ))
        }

        /// All open requests, and how many of them are past their deadline on `today`.
        async fn open_and_overdue(&self, today: Date) -> anyhow::Result<(i64, i64)> {
            Ok(read!(self, fetch_one, query_as(COUNT_OPEN_AND_OVERDUE), today))
        }

        /// Applies a staff action's change with its event, in one transaction, if the
        /// request is still at the version the action was shown. False (nothing written)
        /// otherwise: a double click, the back button, or someone else acting first.
        async fn change_request(
            &self,
            change: &RequestChange,
            event: &RequestEventRow,
        ) -> anyhow::Result<bool> {
            let h = &change.handling;
            let mut tx = self.begin_write().await?;
            let changed = exec!(
                tx, CHANGE_REQUEST,
                change.request_id, change.seen_version, &change.status, change.extended_until,
                &change.extension_reason_sealed, change.closed_at, h.assigned_to,
                h.waiting_since, &h.proposal, h.proposal_months, &h.proposal_reason,
                &h.proposal_sealed, h.proposed_by, h.proposed_at, h.extended_at,
                &h.refusal_reason,
            );
            if changed != 1 {
                return Ok(false);
            }
            insert_request_event!(tx, event);
            tx.commit().await?;
            Ok(true)
        }

        /// Adds a staff note if the request is still at the version the form was shown;
        /// false (nothing written) otherwise.
        async fn add_request_note(&self, seen_version: i64, note: &RequestNoteRow) -> anyhow::Result<bool> {
            let mut tx = self.begin_write().await?;
            if exec!(tx, BUMP_VERSION, note.request_id, seen_version) != 1 {
                return Ok(false);
            }
            exec!(
                tx, INSERT_NOTE,
                note.id, note.request_id, note.customer_id, note.at, note.staff_id, &note.note_sealed,
            );
            tx.commit().await?;
            Ok(true)
        }

        /// The staff notes of a request, oldest first.
        async fn request_notes(&self, request: Uuid) -> anyhow::Result<Vec<RequestNoteRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_NOTES_OF_REQUEST), request))
        }

        /// Every staff note about a customer, oldest first (their Art. 15 export).
        async fn request_notes_of_customer(&self, customer: Uuid) -> anyhow::Result<Vec<RequestNoteRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_NOTES_OF_CUSTOMER), customer))
        }

        /// Restricts the processing of a customer's data (Art. 18) from `at`, granted on
        /// request `reference`. A restriction in force stays as it was.
        async fn restrict_processing(&self, customer: Uuid, at: OffsetDateTime, reference: &str) -> anyhow::Result<()> {
            write_one!(self, INSERT_RESTRICTION, customer, at, reference);
            Ok(())
        }

        /// Since when, and on which request, the customer's processing is restricted.
        async fn processing_restriction(&self, customer: Uuid) -> anyhow::Result<Option<(OffsetDateTime, String)>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_RESTRICTION), customer))
        }
    }
}

/// What the staff queue shows: a state, and optionally a kind, an assignee, a deadline.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    pub state: QueueState,
    pub kind: Option<String>,
    pub assigned_to: Option<Uuid>,
    /// Only requests nobody works yet.
    pub unassigned: bool,
    /// Only requests due on or before this day.
    pub due_by: Option<Date>,
}

/// Where a request stands for staff; each is one fixed SQL condition.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QueueState {
    /// Every open request.
    #[default]
    Open,
    /// Received, nobody works it yet.
    New,
    /// Someone works it, and it waits for nobody.
    InProgress,
    /// Waiting for the customer's answer.
    Waiting,
    /// An extension or refusal waits for the privacy officer.
    AwaitingApproval,
    Extended,
    /// Answered, refused or withdrawn.
    Closed,
}

impl QueueState {
    pub const ALL: [QueueState; 7] = [
        QueueState::Open,
        QueueState::New,
        QueueState::InProgress,
        QueueState::Waiting,
        QueueState::AwaitingApproval,
        QueueState::Extended,
        QueueState::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            QueueState::Open => "open",
            QueueState::New => "new",
            QueueState::InProgress => "in-progress",
            QueueState::Waiting => "waiting",
            QueueState::AwaitingApproval => "awaiting-approval",
            QueueState::Extended => "extended",
            QueueState::Closed => "closed",
        }
    }

    pub fn parse(code: &str) -> Option<QueueState> {
        Self::ALL.into_iter().find(|state| state.code() == code)
    }

    /// The SQL condition: constant text, never built from input.
    fn condition(self) -> &'static str {
        match self {
            QueueState::Open => "status IN ('received', 'in-progress', 'extended')",
            QueueState::New => "status = 'received' AND assigned_to IS NULL",
            QueueState::InProgress => {
                "status IN ('received', 'in-progress', 'extended') AND assigned_to IS NOT \
                 NULL AND waiting_since IS NULL AND proposal IS NULL"
            }
            QueueState::Waiting => {
                "status IN ('received', 'in-progress', 'extended') AND waiting_since IS NOT NULL"
            }
            QueueState::AwaitingApproval => {
                "status IN ('received', 'in-progress', 'extended') AND proposal IS NOT NULL"
            }
            QueueState::Extended => "status = 'extended'",
            QueueState::Closed => "status IN ('completed', 'refused', 'withdrawn')",
        }
    }
}

pub(super) const INSERT_REQUEST: &str = concat!(
    "INSERT INTO requests (",
    request_columns!(),
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, \
     $17, $18, $19, $20, $21, $22, $23, $24)"
);
pub(super) const INSERT_REQUEST_EVENT: &str = "INSERT INTO request_events (id, request_id, \
     at, status, note_sealed, actor_kind, actor_id) VALUES ($1, $2, $3, $4, $5, $6, $7)";
pub(super) const SELECT_REQUESTS: &str =
    select_requests!("WHERE customer_id = $1 ORDER BY received_at DESC, id");
const SELECT_REQUEST_BY_REFERENCE: &str = select_requests!("WHERE reference = $1");
const SELECT_REQUEST_EVENTS: &str = "SELECT id, request_id, at, status, note_sealed, \
     actor_kind, actor_id FROM request_events WHERE request_id = $1 ORDER BY at, id";
const SELECT_REQUEST_EVENTS_OF_CUSTOMER: &str = "SELECT e.id, e.request_id, e.at, \
     e.status, e.note_sealed, e.actor_kind, e.actor_id FROM request_events e \
     JOIN requests r ON r.id = e.request_id WHERE r.customer_id = $1 ORDER BY e.at, e.id";
const COUNT_OPEN_AND_OVERDUE: &str = "SELECT COUNT(*), COUNT(CASE WHEN \
     COALESCE(extended_until, due_on) < $1 THEN 1 END) FROM requests \
     WHERE status IN ('received', 'in-progress', 'extended')";
const CHANGE_REQUEST: &str = "UPDATE requests SET status = $3, extended_until = $4, \
     extension_reason_sealed = $5, closed_at = $6, assigned_to = $7, waiting_since = $8, \
     proposal = $9, proposal_months = $10, proposal_reason = $11, proposal_sealed = $12, \
     proposed_by = $13, proposed_at = $14, extended_at = $15, refusal_reason = $16, \
     version = version + 1 WHERE id = $1 AND version = $2";
const BUMP_VERSION: &str =
    "UPDATE requests SET version = version + 1 WHERE id = $1 AND version = $2";
const INSERT_NOTE: &str = "INSERT INTO request_notes (id, request_id, customer_id, at, \
     staff_id, note_sealed) VALUES ($1, $2, $3, $4, $5, $6)";
const SELECT_NOTES_OF_REQUEST: &str = "SELECT id, request_id, customer_id, at, staff_id, \
     note_sealed FROM request_notes WHERE request_id = $1 ORDER BY at, id";
const SELECT_NOTES_OF_CUSTOMER: &str = "SELECT id, request_id, customer_id, at, staff_id, \
     note_sealed FROM request_notes WHERE customer_id = $1 ORDER BY at, id";
const INSERT_RESTRICTION: &str = "INSERT INTO processing_restrictions (customer_id, \
     restricted_at, reference) VALUES ($1, $2, $3) ON CONFLICT (customer_id) DO NOTHING";
const SELECT_RESTRICTION: &str = "SELECT restricted_at, reference FROM \
     processing_restrictions WHERE customer_id = $1";
/// Only an open request can be withdrawn; the status guard makes a second try a no-op.
const WITHDRAW_REQUEST: &str = "UPDATE requests SET status = 'withdrawn', \
     closed_at = $2 WHERE id = $1 AND status IN ('received', 'in-progress', 'extended')";
