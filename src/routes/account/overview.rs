//! `GET /account`: the signed-in start page. Reads what is held through the vault, so the
//! read is on the audit trail (once) before the page is sent.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use tracing_actix_web::RequestId;

use crate::auth::sessions::SignedIn;
use crate::error::AppError;
use crate::state::AppState;
use crate::views::{PageContext, html_response, pages};

/// The session key of a one-time notice for this page (a message id), set by the page
/// that sends the customer here ("Your password has been changed").
pub const NOTICE: &str = "account_notice";

/// The notices this page can show; anything else in the session is ignored.
const NOTICES: [&str; 4] = [
    "activate-done-notice",
    "password-changed-notice",
    "email-changed-notice",
    "breach-notice-marked-read",
];

pub async fn view_account_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let access = who.access(&request_id);
    let holdings = state
        .vault
        .read_overview(who.customer, &access)
        .await?
        .ok_or(AppError::NotFound)?;
    let notice = crate::auth::sessions::take::<String>(&session, NOTICE)
        .and_then(|id| NOTICES.into_iter().find(|known| *known == id));
    Ok(html_response(
        StatusCode::OK,
        pages::account::account(&ctx, &holdings, &state.register, notice),
    ))
}
