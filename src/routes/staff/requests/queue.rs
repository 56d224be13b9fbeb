//! `GET /staff/requests`: the queue with its filters, all in the URL.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::{PER_PAGE, staff_names, today};
use crate::db::{QueueFilter, QueueState};
use crate::domain::RequestKind;
use crate::error::AppError;
use crate::staff::guard::May;
use crate::staff::permissions::WorkRequests;
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::staff::queue::{QueueQuery, QueueView, queue};
use crate::views::{PageContext, html_response};

/// The session key of "assign to me"'s result, shown once on the queue.
pub const ASSIGNED: &str = "staff_assigned";

/// The most days ahead "due within" accepts.
const MAX_DAYS: i64 = 366;

#[derive(Deserialize, Default)]
pub struct Query {
    #[serde(default)]
    state: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    assigned: String,
    #[serde(default)]
    due_within: String,
    #[serde(default)]
    page: String,
}

pub async fn view_staff_requests_get(
    ctx: PageContext,
    who: May<WorkRequests>,
    query: Option<web::Query<Query>>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let asked = query.map(|q| q.into_inner()).unwrap_or_default();
    let me = who.staff.id;
    let mut errors = Vec::new();
    let due_within = asked.due_within.trim();
    let days = if due_within.is_empty() {
        None
    } else {
        match due_within.parse::<i64>() {
            Ok(days) if (0..=MAX_DAYS).contains(&days) => Some(days),
            _ => {
                errors.push(FieldError {
                    field: "due_within".into(),
                    message: ctx.t("staff-filter-due-within-error"),
                });
                None
            }
        }
    };
    let q = QueueQuery {
        state: QueueState::parse(&asked.state).unwrap_or_default(),
        kind: RequestKind::parse(&asked.kind),
        assigned: match asked.assigned.as_str() {
            "mine" | "unassigned" => asked.assigned.clone(),
            _ => String::new(),
        },
        due_within: due_within.to_string(),
        page: crate::domain::page_number(Some(&asked.page)),
    };
    let today = today(&state);
    let filter = QueueFilter {
        state: q.state,
        kind: q.kind.map(|k| k.code().to_string()),
        assigned_to: (q.assigned == "mine").then_some(me),
        unassigned: q.assigned == "unassigned",
        due_by: days.map(|d| today + time::Duration::days(d)),
    };
    let page = state
        .vault
        .request_queue(&filter, PER_PAGE, (q.page - 1) * PER_PAGE, today)
        .await?;
    let (names, _) = staff_names(&state).await?;
    let assigned = crate::auth::sessions::take::<(usize, usize)>(&session, ASSIGNED);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let view = QueueView {
        query: &q,
        errors,
        page: &page,
        per_page: PER_PAGE,
        names: &names,
        me,
        today,
        assigned,
    };
    Ok(html_response(status, queue(&ctx, &view)))
}
