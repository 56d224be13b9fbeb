//! `GET /account`: the signed-in start page. Reads the profile through the vault, so the
//! read is on the audit trail before the page is sent.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use tracing_actix_web::RequestId;

use crate::auth::sessions::SignedIn;
use crate::error::AppError;
use crate::startup::AppState;
use crate::views::{PageContext, html_response, pages};

pub async fn view_account_get(
    ctx: PageContext,
    who: SignedIn,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let access = who.access(&request_id);
    let profile = state
        .vault
        .read_profile(who.customer, &access)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(html_response(
        StatusCode::OK,
        pages::account::account(&ctx, &profile),
    ))
}
