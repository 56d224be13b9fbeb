//! What the staff dashboard counts: a few columns of every request it may need, and none
//! of the sealed ones, so the dashboard never holds personal data.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// One request as the dashboard counts it: its kind, status, dates and assignee.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RequestFigureRow {
    pub kind: String,
    pub status: String,
    pub received_at: OffsetDateTime,
    pub due_on: Date,
    pub extended_until: Option<Date>,
    /// When the extension took effect (set by the staff workflow).
    pub extended_at: Option<OffsetDateTime>,
    pub closed_at: Option<OffsetDateTime>,
    pub assigned_to: Option<Uuid>,
}

store_area! {
    pub trait DashboardStore {
        /// Every open request, and every request received or closed at `since` or later.
        async fn request_figures(
            &self,
            since: OffsetDateTime,
        ) -> anyhow::Result<Vec<RequestFigureRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_REQUEST_FIGURES), since))
        }
    }
}

const SELECT_REQUEST_FIGURES: &str = "SELECT kind, status, received_at, due_on, \
     extended_until, extended_at, closed_at, assigned_to FROM requests \
     WHERE status IN ('received', 'in-progress', 'extended') \
     OR received_at >= $1 OR closed_at >= $1";
