//! `GET /account/who-saw-my-data`: when who saw or changed the customer's data, and why;
//! filtered by period with a plain GET form, paged by links.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;

use crate::auth::sessions::SignedIn;
use crate::domain::{Period, page_number};
use crate::error::AppError;
use crate::state::AppState;
use crate::views::pages::who_saw::{self, WhoSawQuery};
use crate::views::{PageContext, html_response};

/// Records per page.
pub const PER_PAGE: i64 = 25;

/// Read leniently, like the contact history's filter.
#[derive(Deserialize)]
pub struct RawQuery {
    period: Option<String>,
    who: Option<String>,
    page: Option<String>,
}

pub async fn view_who_saw_get(
    ctx: PageContext,
    who: SignedIn,
    query: web::Query<RawQuery>,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let query = WhoSawQuery {
        period: Period::parse(query.period.as_deref()),
        // Others by default: what the customer did themselves is one choice away.
        everyone: query.who.as_deref() == Some("everyone"),
        page: page_number(query.page.as_deref()),
    };
    let log = state
        .vault
        .read_access_log(
            who.customer,
            query.period.map(|p| p.since(state.clock.now())),
            !query.everyone,
            (PER_PAGE, (query.page - 1) * PER_PAGE),
            &who.access(&request_id),
        )
        .await?;
    Ok(html_response(
        StatusCode::OK,
        who_saw::who_saw(&ctx, who.customer, &query, &log, PER_PAGE),
    ))
}
