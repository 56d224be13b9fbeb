//! `GET/POST /account/requests/{reference}/reply`: the customer answers the question
//! staff asked about their request; the request no longer waits for them.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;

use super::redirect::see_other;
use crate::auth::csrf::{self, Protected};
use crate::auth::sessions::SignedIn;
use crate::domain::{EventKind, Request, RequestEvent};
use crate::error::AppError;
use crate::paths::{self, request_path};
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::requests::{DETAILS_MAX_CHARS, reply};
use crate::views::{PageContext, html_response};

/// The session key of "your answer was sent", shown once on the request page.
pub const REPLIED: &str = "request_replied";

pub async fn view_request_reply_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    reference: web::Path<String>,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (request, question) = waiting(&state, &who, &reference, &request_id).await?;
    let Some(question) = question else {
        return Ok(see_other(&request_path(paths::REQUEST, &reference)));
    };
    let page = reply(&ctx, &csrf::token(&session), &request, &question, "", &[]);
    Ok(html_response(StatusCode::OK, page))
}

#[derive(Deserialize)]
pub struct Form {
    #[serde(default)]
    text: String,
}

pub async fn view_request_reply_post(
    Protected(form): Protected<Form>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    reference: web::Path<String>,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let who = match SignedIn::of(&req) {
        Ok(who) => who,
        Err(not_signed_in) => return Ok(not_signed_in.error_response()),
    };
    let (request, question) = waiting(&state, &who, &reference, &request_id).await?;
    let Some(question) = question else {
        return Ok(see_other(&request_path(paths::REQUEST, &reference)));
    };
    let text = form.text.trim();
    let problem = if text.is_empty() {
        Some(ctx.t("request-reply-missing"))
    } else if text.chars().count() > DETAILS_MAX_CHARS {
        Some(ctx.t_with_number("request-reply-too-long", "max", DETAILS_MAX_CHARS as i64))
    } else {
        None
    };
    if let Some(message) = problem {
        let errors = [FieldError {
            field: "text".into(),
            message,
        }];
        let page = reply(
            &ctx,
            &csrf::token(&session),
            &request,
            &question,
            &form.text,
            &errors,
        );
        return Ok(html_response(StatusCode::BAD_REQUEST, page));
    }
    let now = state.clock.now();
    let access = who.access(&request_id);
    if state
        .vault
        .reply_to_request(who.customer, &reference, text, now, &access)
        .await?
    {
        session
            .insert(REPLIED, reference.as_str())
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    Ok(see_other(&request_path(paths::REQUEST, &reference)))
}

/// The customer's request, and the question it waits on (none when it does not wait).
async fn waiting(
    state: &AppState,
    who: &SignedIn,
    reference: &str,
    request_id: &RequestId,
) -> Result<(Request, Option<String>), AppError> {
    let (request, events) = state
        .vault
        .read_request(who.customer, reference, &who.access(request_id))
        .await?
        .ok_or(AppError::NotFound)?;
    let question = last_question(&request, &events);
    Ok((request, question))
}

fn last_question(request: &Request, events: &[RequestEvent]) -> Option<String> {
    if !request.waits_for_customer() {
        return None;
    }
    events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::Asked)
        .and_then(|e| e.note.clone())
}
