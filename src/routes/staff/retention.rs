//! `GET /staff/retention`: the reports of the retention runs, newest first, paged: per
//! category how many records went, how many a law keeps, and which law. Counts and
//! register ids only, so reading them leaves no audit record.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::page_number;
use crate::error::AppError;
use crate::staff::guard::May;
use crate::staff::permissions::SeeRegister;
use crate::state::AppState;
use crate::views::pages::staff::retention::{self, Run};
use crate::views::{PageContext, html_response};

/// Runs per page.
pub const PER_PAGE: i64 = 10;

#[derive(Deserialize)]
pub struct RawQuery {
    page: Option<String>,
}

pub async fn view_staff_retention_get(
    ctx: PageContext,
    _: May<SeeRegister>,
    query: web::Query<RawQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = page_number(query.page.as_deref());
    let total = state.store.count_retention_runs().await?;
    let mut runs = Vec::new();
    for run in state
        .store
        .retention_runs(PER_PAGE, (page - 1) * PER_PAGE)
        .await?
    {
        let lines = state.store.retention_run_lines(run.id).await?;
        runs.push(Run { run, lines });
    }
    Ok(html_response(
        StatusCode::OK,
        retention::retention(&ctx, &runs, total, page, PER_PAGE),
    ))
}
