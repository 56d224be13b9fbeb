//! Delete my account and data (Art. 17). `GET /account/delete`: what goes now and what the
//! law keeps, with the reason and the date. `GET/POST /account/delete/confirm`: an explicit
//! confirmation, then crypto-shredding (`vault.erase_with_receipt`); the customer's
//! sessions go with the account (the sessions table cascades), this browser is signed out,
//! and `/deleted/{reference}` (signed out) and an e-mail to the old address say what
//! happened, what is left and until when, and how to complain. All of it needs a recent
//! password. A second POST finds no sign-in and gets the sign-in page; never an error.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;

use crate::auth::csrf::{self, Protected};
use crate::auth::sessions::SignedIn;
use crate::error::AppError;
use crate::i18n::{Lang, date_in_words, t, t_args};
use crate::paths;
use crate::privacy::erasure::{self, Kept};
use crate::privacy::register::Register;
use crate::state::AppState;
use crate::views::pages::delete_account;
use crate::views::{PageContext, html_response};

use super::confirm_identity::unless_recent;
use super::mail::{self, Mail};
use super::redirect::see_other;

pub async fn view_delete_account_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    if let Some(confirm_first) = unless_recent(&session, &state, paths::DELETE_ACCOUNT) {
        return Ok(confirm_first);
    }
    let today = state.clock.now().date();
    let newest = state
        .vault
        .erasure_preview(who.customer, &who.access(&request_id), today)
        .await?
        .ok_or(AppError::NotFound)?;
    let (deleted, kept) = erasure::plan(&state.register, &newest);
    let page = delete_account::overview(&ctx, &state.register, &deleted, &kept);
    Ok(html_response(StatusCode::OK, page))
}

pub async fn view_delete_account_confirm_get(
    ctx: PageContext,
    _: SignedIn,
    session: Session,
    state: web::Data<AppState>,
) -> HttpResponse {
    if let Some(confirm_first) = unless_recent(&session, &state, paths::DELETE_ACCOUNT_CONFIRM) {
        return confirm_first;
    }
    html_response(
        StatusCode::OK,
        delete_account::confirm(&ctx, &csrf::token(&session)),
    )
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn delete_account_post(
    _: Protected<Empty>,
    req: HttpRequest,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let who = match SignedIn::of(&req) {
        Ok(who) => who,
        Err(not_signed_in) => return Ok(not_signed_in.error_response()),
    };
    if let Some(confirm_first) = unless_recent(&session, &state, paths::DELETE_ACCOUNT_CONFIRM) {
        return Ok(confirm_first);
    }
    let now = state.clock.now();
    let erased = state
        .vault
        .erase_with_receipt(who.customer, &who.access(&request_id), now.date())
        .await?;
    sign_out_keeping_token(&session);
    let Some(erased) = erased else {
        // Erased a moment ago by another click: nothing left to do here.
        return Ok(see_other(paths::SIGN_IN));
    };
    let (_, kept) = erasure::plan(&state.register, &erased.newest);
    let reference = new_reference(now.year());
    state
        .store
        .insert_erasure_receipt(&reference, now, &erasure::kept_to_json(&kept))
        .await?;
    let authority = &state.organisation;
    mail::send_later(
        &state,
        Mail {
            to: erased.email,
            // Read before the erasure: the profile is gone now.
            customer: None,
            lang: erased.language,
            subject: "erasure-email-subject",
            body: "erasure-email-body",
            args: vec![
                ("reference", reference.clone()),
                (
                    "kept",
                    kept_in_words(erased.language, &state.register, &kept),
                ),
                ("authority", authority.supervisory_authority_name.clone()),
                (
                    "authority_url",
                    authority.supervisory_authority_url.to_string(),
                ),
            ],
        },
    );
    Ok(see_other(
        &paths::ACCOUNT_DELETED.replace("{reference}", &reference),
    ))
}

/// `GET /deleted/{reference}`: signed out; the receipt holds no personal data.
pub async fn view_account_deleted_get(
    ctx: PageContext,
    state: web::Data<AppState>,
    reference: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let Some((erased_at, kept)) = state.store.erasure_receipt(&reference).await? else {
        return Err(AppError::NotFound);
    };
    let kept = erasure::kept_from_json(&state.register, &kept);
    let page = delete_account::deleted(&ctx, &state.register, &reference, erased_at, &kept);
    Ok(html_response(StatusCode::OK, page))
}

/// Signs this browser out, keeping only the CSRF token, so that the same form posted again
/// (the back button, a double click) meets the sign-in page instead of a refusal.
fn sign_out_keeping_token(session: &Session) {
    let token = csrf::expected(session);
    session.clear();
    session.renew();
    if let Some(token) = token {
        csrf::keep(session, &token);
    }
}

/// `DEL-2026-3F9A1C2B`: random, so it says nothing about whom it was.
fn new_reference(year: i32) -> String {
    let random = uuid::Uuid::new_v4().simple().to_string().to_uppercase();
    format!("DEL-{year}-{}", &random[..8])
}

/// The kept list for the e-mail: one line per category.
fn kept_in_words(lang: Lang, register: &Register, kept: &[Kept]) -> String {
    if kept.is_empty() {
        return t(lang, "erasure-kept-none");
    }
    kept.iter()
        .filter_map(|k| {
            let category = register.category(k.category)?;
            Some(t_args(
                lang,
                "erasure-kept-line",
                &[
                    ("category", &crate::privacy::texts::name(lang, category)),
                    ("law", &t(lang, &format!("register-law-{}", k.because))),
                    ("date", &date_in_words(lang, k.until)),
                ],
            ))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
