//! `GET /account/sessions` and `POST /account/sessions/sign-out-others`.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;

use crate::auth::csrf::{self, Protected};
use crate::auth::sessions::{DEVICE, SignedIn};
use crate::error::AppError;
use crate::paths;
use crate::state::AppState;
use crate::views::pages::sessions::{SessionView, sessions};
use crate::views::{PageContext, html_response};

const ENDED: &str = "sessions_ended";

pub async fn view_sessions_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let access = who.access(&request_id);
    let now = state.clock.now();
    let idle = time::Duration::seconds(state.session_limits.idle.whole_seconds());
    let rows = state
        .store
        .customer_sessions(who.customer, now, now - idle)
        .await?;
    let sign_ins = state.store.recent_sign_ins(who.customer, 10).await?;
    // The device labels and the sign-in history are personal data: on record first.
    state
        .vault
        .record_access(&access, "customer.sessions.read", who.customer)
        .await?;
    let views: Vec<SessionView> = rows
        .into_iter()
        .map(|row| {
            let parsed: std::collections::HashMap<String, String> =
                serde_json::from_str(&row.state).unwrap_or_default();
            let device = parsed
                .get(DEVICE)
                .and_then(|json| serde_json::from_str::<(String, String)>(json).ok())
                .unwrap_or_else(|| ("other".into(), "other".into()));
            SessionView {
                device,
                signed_in_at: row.created_at,
                last_seen_at: row.last_seen_at,
                this_one: row.session_id.as_deref() == Some(who.session_id.as_str()),
            }
        })
        .collect();
    let ended = crate::auth::sessions::take::<u64>(&session, ENDED);
    let page = sessions(&ctx, &csrf::token(&session), &views, &sign_ins, ended);
    Ok(html_response(StatusCode::OK, page))
}

#[derive(Deserialize)]
pub struct Empty {}

/// The CSRF check comes first: a POST without a valid token is refused (403) before the
/// sign-in is even looked at, so the check is made here rather than as an extractor.
pub async fn sign_out_others_post(
    _: Protected<Empty>,
    req: HttpRequest,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let who = match SignedIn::of(&req) {
        Ok(who) => who,
        Err(not_signed_in) => return Ok(not_signed_in.error_response()),
    };
    let ended = state
        .store
        .delete_other_sessions(who.customer, &who.session_id)
        .await?;
    session
        .insert(ENDED, ended)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::SESSIONS))
        .finish())
}
