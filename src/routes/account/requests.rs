//! Requests (Art. 12-22 GDPR), self-served: `GET /account/requests` lists them,
//! `GET/POST /account/requests/new` files one (confirmed on a page and by e-mail),
//! `GET /account/requests/{reference}` shows one with its history, and
//! `GET/POST /account/requests/{reference}/cancel` withdraws an open one. A request that is
//! closed already cannot be withdrawn: both the confirmation page and the POST answer 409
//! with a page saying so, so a second click on "withdraw" does no harm. Someone else's
//! reference, or an unknown one, gives the 404 page and an audit record.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;

use crate::auth::csrf::{self, Protected};
use crate::auth::kept_form;
use crate::auth::sessions::SignedIn;
use crate::domain::{Request, RequestEvent, RequestKind, RequestStatus};
use crate::error::AppError;
use crate::i18n::{date_in_words, t};
use crate::paths::{self, request_path};
use crate::state::AppState;
use crate::vault::Withdrawal;
use crate::views::components::FieldError;
use crate::views::pages::requests::{self, DETAILS_MAX_CHARS, RequestForm, kind_label_id};
use crate::views::{PageContext, html_response};

use super::mail::{self, Mail};
use super::redirect::see_other;
use super::sessions::Empty;

/// The session key of the one-time "withdrawn" notice: the reference it is about.
const CANCELLED: &str = "request_cancelled";

pub async fn view_requests_get(
    ctx: PageContext,
    who: SignedIn,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let mut list = state
        .vault
        .read_requests(who.customer, &who.access(&request_id))
        .await?;
    // Newest first from the store; a stable sort keeps that order within each group.
    list.sort_by_key(|r| !r.status.is_open());
    Ok(html_response(StatusCode::OK, requests::list(&ctx, &list)))
}

pub async fn view_request_new_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> HttpResponse {
    // `?kind=` is read leniently: a link with a strange query still opens the form.
    let asked_kind = serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
        .unwrap_or_default()
        .into_iter()
        .find_map(|(name, value)| (name == "kind").then_some(value));
    let kept = kept_form::take(
        &session,
        &state.kept_form_key,
        who.customer,
        paths::REQUEST_NEW,
        state.clock.now(),
    );
    let kept_value = |name: &str| {
        kept.as_ref()
            .and_then(|fields| fields.iter().find(|(field, _)| field == name))
            .map(|(_, value)| value.clone())
    };
    let kind = kept_value("kind")
        .or(asked_kind)
        .and_then(|code| RequestKind::parse(&code));
    let details = kept_value("details").unwrap_or_default();
    let form = RequestForm {
        kind,
        details: &details,
        restored: kept.is_some(),
        errors: vec![],
    };
    html_response(
        StatusCode::OK,
        requests::new_request(&ctx, &csrf::token(&session), &form),
    )
}

/// Only the fields the form has are read.
#[derive(Deserialize)]
pub struct NewForm {
    kind: Option<String>,
    #[serde(default)]
    details: String,
}

pub async fn view_request_new_post(
    Protected(form): Protected<NewForm>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let who = match SignedIn::of(&req) {
        Ok(who) => who,
        Err(not_signed_in) => return Ok(not_signed_in.error_response()),
    };
    let kind = form.kind.as_deref().and_then(RequestKind::parse);
    let details = form.details.replace("\r\n", "\n");
    let errors = check(&ctx, kind, &details);
    let Some(kind) = kind.filter(|_| errors.is_empty()) else {
        let page = requests::new_request(
            &ctx,
            &csrf::token(&session),
            &RequestForm {
                kind,
                details: &details,
                restored: false,
                errors,
            },
        );
        return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
    };
    let text = details.trim();
    let filed = state
        .vault
        .file_request(
            who.customer,
            kind,
            (!text.is_empty()).then_some(text),
            state.clock.now(),
            &state.organisation.time_zone,
            &who.access(&request_id),
        )
        .await?
        .ok_or(AppError::NotFound)?;
    let request = &filed.request;
    let lang = filed.language;
    mail::send_later(
        &state,
        Mail {
            to: filed.email.clone(),
            // `lang` is the profile's already (the arguments are written in it).
            customer: None,
            lang,
            subject: "request-email-subject",
            body: "request-email-body",
            args: vec![
                ("reference", request.reference.clone()),
                (
                    "received",
                    date_in_words(
                        lang,
                        crate::domain::received_on(
                            &state.organisation.time_zone,
                            request.received_at,
                        ),
                    ),
                ),
                ("kind", t(lang, &kind_label_id(request.kind))),
                ("due", date_in_words(lang, request.answer_by())),
                (
                    "link",
                    format!(
                        "{}{}",
                        state.public_base,
                        request_path(paths::REQUEST, &request.reference)
                    ),
                ),
            ],
        },
    );
    Ok(see_other(&request_path(
        paths::REQUEST_SENT,
        &request.reference,
    )))
}

/// The form's problems, each tied to its field, in the order the fields appear.
fn check(ctx: &PageContext, kind: Option<RequestKind>, details: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if kind.is_none() {
        errors.push(FieldError {
            field: "kind".into(),
            message: ctx.t("request-kind-error"),
        });
    }
    let text = details.trim();
    let count = text.chars().count();
    let message = if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        Some(ctx.t("request-details-error-control"))
    } else if count > DETAILS_MAX_CHARS {
        Some(ctx.t_args(
            "request-details-error-too-long",
            &[
                ("max", &DETAILS_MAX_CHARS.to_string()),
                ("count", &count.to_string()),
            ],
        ))
    } else if text.is_empty() && kind.is_some_and(RequestKind::needs_details) {
        Some(ctx.t("request-details-error-missing"))
    } else {
        None
    };
    if let Some(message) = message {
        errors.push(FieldError {
            field: "details".into(),
            message,
        });
    }
    errors
}

pub async fn view_request_sent_get(
    ctx: PageContext,
    who: SignedIn,
    reference: web::Path<String>,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (request, _) = own_request(&state, &who, &reference, &request_id).await?;
    Ok(html_response(
        StatusCode::OK,
        requests::sent(&ctx, &request),
    ))
}

pub async fn view_request_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    reference: web::Path<String>,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (request, events) = own_request(&state, &who, &reference, &request_id).await?;
    let cancelled = crate::auth::sessions::take::<String>(&session, CANCELLED)
        .is_some_and(|cancelled| cancelled == request.reference)
        && request.status == RequestStatus::Withdrawn;
    let replied = crate::auth::sessions::take::<String>(&session, super::request_reply::REPLIED)
        .is_some_and(|replied| replied == request.reference);
    let notice = match (cancelled, replied) {
        (true, _) => Some("request-cancelled-notice"),
        (_, true) => Some("request-reply-sent"),
        _ => None,
    };
    Ok(html_response(
        StatusCode::OK,
        requests::detail(&ctx, &request, &events, notice),
    ))
}

pub async fn view_request_cancel_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    reference: web::Path<String>,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (request, _) = own_request(&state, &who, &reference, &request_id).await?;
    if !request.status.is_open() {
        return Ok(closed(&ctx, &request.reference));
    }
    Ok(html_response(
        StatusCode::OK,
        requests::cancel(&ctx, &csrf::token(&session), &request),
    ))
}

/// The CSRF check comes first (the extractor), then the sign-in.
pub async fn view_request_cancel_post(
    _: Protected<Empty>,
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
    let now = state.clock.now();
    match state
        .vault
        .withdraw_request(who.customer, &reference, now, &who.access(&request_id))
        .await?
    {
        Withdrawal::Withdrawn => {
            session
                .insert(CANCELLED, reference.as_str())
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            Ok(see_other(&request_path(paths::REQUEST, &reference)))
        }
        Withdrawal::AlreadyClosed => Ok(closed(&ctx, &reference)),
        Withdrawal::NotFound => Err(AppError::NotFound),
    }
}

/// One of the customer's own requests with its history, read on record; someone else's
/// reference, or an unknown one, is not found.
async fn own_request(
    state: &AppState,
    who: &SignedIn,
    reference: &str,
    request_id: &RequestId,
) -> Result<(Request, Vec<RequestEvent>), AppError> {
    state
        .vault
        .read_request(who.customer, reference, &who.access(request_id))
        .await?
        .ok_or(AppError::NotFound)
}

fn closed(ctx: &PageContext, reference: &str) -> HttpResponse {
    html_response(StatusCode::CONFLICT, requests::closed(ctx, reference))
}
