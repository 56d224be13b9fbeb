//! `GET /account/contacts`: the contact history, filtered by channel and period with a
//! plain GET form and paged by links; `GET /account/contacts/{id}`: one contact moment.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;
use uuid::Uuid;

use crate::auth::sessions::SignedIn;
use crate::db::ContactFilter;
use crate::domain::{Period, page_number};
use crate::error::AppError;
use crate::state::AppState;
use crate::views::pages::contacts::{self, CHANNELS, ContactQuery};
use crate::views::{PageContext, html_response};

/// Moments per page: enough to scan, few enough for a screen-reader table.
pub const PER_PAGE: i64 = 20;

/// The filter as typed in the URL. Every field is read leniently: a value the form does
/// not offer counts as "all", a page number that is not one as the first page.
#[derive(Deserialize)]
pub struct RawQuery {
    channel: Option<String>,
    period: Option<String>,
    page: Option<String>,
}

impl RawQuery {
    fn parse(&self) -> ContactQuery {
        ContactQuery {
            channel: self
                .channel
                .as_deref()
                .and_then(|v| CHANNELS.into_iter().find(|c| *c == v)),
            period: Period::parse(self.period.as_deref()),
            page: page_number(self.page.as_deref()),
        }
    }
}

pub async fn view_contacts_get(
    ctx: PageContext,
    who: SignedIn,
    query: web::Query<RawQuery>,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let query = query.parse();
    let filter = ContactFilter {
        channel: query.channel.map(str::to_string),
        since: query.period.map(|p| p.since(state.clock.now())),
    };
    let page = state
        .vault
        .read_contact_page(
            who.customer,
            &filter,
            PER_PAGE,
            (query.page - 1) * PER_PAGE,
            &who.access(&request_id),
        )
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(html_response(
        StatusCode::OK,
        contacts::contacts(&ctx, &query, &page, PER_PAGE, &state.register),
    ))
}

pub async fn view_contact_moment_get(
    ctx: PageContext,
    who: SignedIn,
    id: web::Path<String>,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    // An id that is not even a UUID is still an attempt at someone's data: audited too.
    let id = Uuid::parse_str(&id).unwrap_or(Uuid::nil());
    let moment = state
        .vault
        .read_contact_moment(who.customer, id, &who.access(&request_id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(html_response(
        StatusCode::OK,
        contacts::contact_moment(&ctx, &moment, &state.register),
    ))
}
