//! Requests under the GDPR (access, rectification, erasure, restriction, objection,
//! complaint) and their status history. What the customer wrote is sealed with the
//! kept-records key, so a request outlives the customer's erasure for its two years.

use uuid::Uuid;

use super::{RequestEventRow, RequestRow};

/// The columns of a `RequestRow`, in its field order.
macro_rules! request_columns {
    () => {
        "id, reference, customer_id, subject_index, subject_sealed, kind, status, \
         received_at, due_on, extended_until, extension_reason_sealed, details_sealed, \
         closed_at"
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
    }
}

pub(super) const INSERT_REQUEST: &str = concat!(
    "INSERT INTO requests (",
    request_columns!(),
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
);
pub(super) const INSERT_REQUEST_EVENT: &str = "INSERT INTO request_events (id, request_id, \
     at, status, note_sealed, actor_kind, actor_id) VALUES ($1, $2, $3, $4, $5, $6, $7)";
const SELECT_REQUESTS: &str =
    select_requests!("WHERE customer_id = $1 ORDER BY received_at DESC, id");
const SELECT_REQUEST_BY_REFERENCE: &str = select_requests!("WHERE reference = $1");
const SELECT_REQUEST_EVENTS: &str = "SELECT id, request_id, at, status, note_sealed, \
     actor_kind, actor_id FROM request_events WHERE request_id = $1 ORDER BY at, id";
const SELECT_REQUEST_EVENTS_OF_CUSTOMER: &str = "SELECT e.id, e.request_id, e.at, \
     e.status, e.note_sealed, e.actor_kind, e.actor_id FROM request_events e \
     JOIN requests r ON r.id = e.request_id WHERE r.customer_id = $1 ORDER BY e.at, e.id";
/// Only an open request can be withdrawn; the status guard makes a second try a no-op.
const WITHDRAW_REQUEST: &str = "UPDATE requests SET status = 'withdrawn', \
     closed_at = $2 WHERE id = $1 AND status IN ('received', 'in-progress', 'extended')";
