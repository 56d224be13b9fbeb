//! `GET /account/data`: everything held about the customer and why (GDPR Art. 15), read
//! through the vault in one audited read.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use tracing_actix_web::RequestId;

use crate::auth::sessions::SignedIn;
use crate::error::AppError;
use crate::state::AppState;
use crate::views::{PageContext, html_response, pages};

pub async fn view_my_data_get(
    ctx: PageContext,
    who: SignedIn,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let holdings = state
        .vault
        .read_my_data(who.customer, &who.access(&request_id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(html_response(
        StatusCode::OK,
        pages::my_data::my_data(&ctx, &holdings, &state.register),
    ))
}
