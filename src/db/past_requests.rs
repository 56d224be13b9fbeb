//! Writing requests that were answered in the past, with their whole history, at once:
//! the demo's request history, so the dashboard has months to show.

use time::OffsetDateTime;
use uuid::Uuid;

use super::{RequestEventRow, RequestRow};

/// A request as it was, with the workflow's columns that `RequestRow` does not hold.
#[derive(Debug, Clone)]
pub struct PastRequest {
    pub row: RequestRow,
    /// When its extension took effect, if it was extended.
    pub extended_at: Option<OffsetDateTime>,
    /// The staff member who had it.
    pub assigned_to: Option<Uuid>,
}

store_area! {
    pub trait PastRequestStore {
        /// Inserts the requests and their events in one transaction. False (and nothing
        /// written) when the first request's reference is taken already: the history is
        /// there, so seeding twice adds nothing.
        async fn insert_past_requests(
            &self,
            requests: &[PastRequest],
            events: &[RequestEventRow],
        ) -> anyhow::Result<bool> {
            let mut tx = self.begin_write().await?;
            if let Some(first) = requests.first() {
                let taken: i64 = sqlx::query_scalar(REFERENCE_TAKEN)
                    .bind(&first.row.reference)
                    .fetch_one(&mut *tx)
                    .await?;
                if taken > 0 {
                    return Ok(false);
                }
            }
            for request in requests {
                let r = &request.row;
                insert_request!(r).execute(&mut *tx).await?;
                exec!(tx, SET_WORKFLOW, r.id, request.extended_at, request.assigned_to);
            }
            for e in events {
                insert_request_event!(tx, e);
            }
            tx.commit().await?;
            Ok(true)
        }
    }
}

const REFERENCE_TAKEN: &str = "SELECT COUNT(*) FROM requests WHERE reference = $1";
const SET_WORKFLOW: &str = "UPDATE requests SET extended_at = $2, assigned_to = $3 WHERE id = $1";
