//! Writing requests that were answered in the past, with their whole history, at once:
//! the demo's request history, so the dashboard has months to show.

use super::{RequestEventRow, RequestRow};

store_area! {
    pub trait PastRequestStore {
        /// Inserts the requests and their events in one transaction. False (and nothing
        /// written) when the first request's reference is taken already: the history is
        /// there, so seeding twice adds nothing.
        async fn insert_past_requests(
            &self,
            requests: &[RequestRow],
            events: &[RequestEventRow],
        ) -> anyhow::Result<bool> {
            let mut tx = self.begin_write().await?;
            if let Some(first) = requests.first() {
                let taken: i64 = sqlx::query_scalar(REFERENCE_TAKEN)
                    .bind(&first.reference)
                    .fetch_one(&mut *tx)
                    .await?;
                if taken > 0 {
                    return Ok(false);
                }
            }
            for r in requests {
                insert_request!(r).execute(&mut *tx).await?;
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
