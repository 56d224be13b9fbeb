//! `GET /account/notices/{id}` and `POST /account/notices/{id}/read`: a notice about a
//! data breach (Art. 34), and marking it read, after which the start page no longer shows
//! it at the top. A notice that is not the customer's is a 404, like one that does not
//! exist, and the attempt is on record.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use tracing_actix_web::RequestId;
use uuid::Uuid;

use super::overview::NOTICE;
use super::redirect::see_other;
use super::sessions::Empty;
use crate::auth::csrf::{self, Protected};
use crate::auth::sessions::SignedIn;
use crate::error::AppError;
use crate::paths;
use crate::staff::breach_notice::{self, CustomerNotice};
use crate::state::AppState;
use crate::views::{PageContext, html_response, pages};

/// The customer's notice with this id, on record either way.
async fn own_notice(
    state: &AppState,
    who: &SignedIn,
    id: &str,
    request_id: &RequestId,
) -> Result<CustomerNotice, AppError> {
    let access = who.access(request_id);
    let id = Uuid::parse_str(id).unwrap_or(Uuid::nil());
    let notices =
        breach_notice::of_customer(state.store.as_ref(), &state.vault.keys, who.customer).await?;
    match notices.into_iter().find(|n| n.id == id) {
        Some(notice) => {
            state
                .vault
                .record_access(&access, "customer.notice.read", who.customer)
                .await?;
            Ok(notice)
        }
        None => {
            state
                .vault
                .record_access(&access, "customer.notice.denied", who.customer)
                .await?;
            Err(AppError::NotFound)
        }
    }
}

pub async fn view_notice_get(
    ctx: PageContext,
    who: SignedIn,
    id: web::Path<String>,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let notice = own_notice(&state, &who, &id, &request_id).await?;
    Ok(html_response(
        StatusCode::OK,
        pages::notice::notice(
            &ctx,
            &notice,
            &state.organisation.privacy_officer,
            &csrf::token(&session),
        ),
    ))
}

pub async fn notice_read_post(
    _: Protected<Empty>,
    who: SignedIn,
    id: web::Path<String>,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let notice = own_notice(&state, &who, &id, &request_id).await?;
    state
        .store
        .mark_notice_read(notice.id, who.customer, state.clock.now())
        .await?;
    let _ = session.insert(NOTICE, "breach-notice-marked-read");
    Ok(see_other(paths::ACCOUNT))
}
