//! Correct my data (Art. 16). `GET /account/correct` lists what can be corrected. Each
//! group (name, phone, address, language) has a form that posts to itself; a valid answer
//! is kept, sealed, in the session and shown on its check page (GOV.UK "check your
//! answers", WCAG 3.3.4), whose POST checks it again and saves it through the vault.
//! The e-mail address has its own flow (a confirmation link); the date of birth is
//! corrected by a request, because the organisation checks it first.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::Deserialize;
use tracing_actix_web::RequestId;
use uuid::Uuid;

use crate::auth::csrf::{self, Protected};
use crate::auth::kept_form;
use crate::auth::sessions::SignedIn;
use crate::error::AppError;
use crate::paths;
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::correct;
use crate::views::{PageContext, html_response};

pub use super::correct_forms::{AddressForm, Correction, LanguageForm, NameForm, PhoneForm};
use super::correct_forms::{Problem, TOO_LONG, check};
use super::redirect::see_other;

/// The session key of the answer waiting on its check page: the group in the clear, the
/// fields sealed (they are personal data) and bound to the customer and the group.
const PENDING: &str = "correction_pending";

/// The session key of the notice shown once on the overview after a save.
const NOTICE: &str = "correct_notice";

/// The notices the overview shows; anything else in the session is ignored.
const NOTICES: [&str; 5] = [
    "correct-saved-name",
    "correct-saved-phone",
    "correct-saved-phone-removed",
    "correct-saved-address",
    "correct-saved-language",
];

/// The save button's form carries nothing but its CSRF token.
#[derive(Deserialize)]
pub struct SaveForm {}

fn binding<C: Correction>() -> String {
    format!("correction-pending{}", C::GROUP.form)
}

/// Keeps a checked answer for the check page. The key is the kept-form key: the same kind
/// of short-lived, customer-bound storage, under a binding of its own.
fn keep<C: Correction>(
    session: &Session,
    state: &AppState,
    customer: Uuid,
    form: &C,
) -> anyhow::Result<()> {
    let json = serde_json::to_string(form)?;
    let sealed = state.kept_form_key.seal(customer, &binding::<C>(), &json);
    session
        .insert(PENDING, BASE64.encode(sealed))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(())
}

/// The answer waiting for this group and customer, if there is one.
fn pending<C: Correction>(session: &Session, state: &AppState, customer: Uuid) -> Option<C> {
    let encoded = session.get::<String>(PENDING).ok().flatten()?;
    let sealed = BASE64.decode(encoded).ok()?;
    let json = state
        .kept_form_key
        .open(customer, &binding::<C>(), &sealed)
        .ok()?;
    serde_json::from_str(&json).ok()
}

/// A form posted to `path` after the session ran out, given back once after the sign-in
/// (WCAG 2.2.5); only this group's fields are read from it.
fn kept<C: Correction>(
    session: &Session,
    state: &AppState,
    customer: Uuid,
    path: &str,
) -> Option<C> {
    kept_form::take(
        session,
        &state.kept_form_key,
        customer,
        path,
        state.clock.now(),
    )
    .and_then(|fields| serde_urlencoded::to_string(fields).ok())
    .and_then(|body| serde_urlencoded::from_str::<C>(&body).ok())
}

/// Problems in the page's language, with the numbers of a too-long value.
fn field_errors(ctx: &PageContext, problems: &[Problem]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| FieldError {
            field: p.field.into(),
            message: match p.too_long {
                Some((max, count)) if p.message_id == TOO_LONG => crate::i18n::t_with(
                    ctx.lang,
                    TOO_LONG,
                    &[
                        ("max", crate::i18n::Arg::Number(max as i64)),
                        ("count", crate::i18n::Arg::Number(count as i64)),
                    ],
                ),
                _ => ctx.t(p.message_id),
            },
        })
        .collect()
}

/// The form with `status`: as it starts (`restored` when it was kept over a sign-in), or
/// with its problems.
fn form_page<C: Correction>(
    ctx: &PageContext,
    session: &Session,
    form: &C,
    problems: &[Problem],
    restored: bool,
    status: StatusCode,
) -> HttpResponse {
    let errors = field_errors(ctx, problems);
    html_response(
        status,
        correct::form(
            ctx,
            &csrf::token(session),
            &C::GROUP,
            &form.values(),
            &errors,
            restored,
        ),
    )
}

/// The form again with its problems: 422, every value as typed.
fn form_with_problems<C: Correction>(
    ctx: &PageContext,
    session: &Session,
    form: &C,
    problems: &[Problem],
) -> HttpResponse {
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    form_page(ctx, session, form, problems, false, status)
}

/// `GET /account/correct`: every group, its value, and a way to change it.
pub async fn view_correct_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let profile = state
        .vault
        .read_profile(who.customer, &who.access(&request_id))
        .await?
        .ok_or(AppError::NotFound)?;
    // Back here without saving: an answer left waiting is dropped.
    crate::auth::sessions::forget(&session, PENDING);
    let notice = crate::auth::sessions::take::<String>(&session, NOTICE)
        .and_then(|id| NOTICES.into_iter().find(|known| *known == id));
    Ok(html_response(
        StatusCode::OK,
        correct::overview(&ctx, &profile, notice),
    ))
}

/// `GET /account/correct/{group}`: the form, with the answer waiting on the check page
/// when the customer came back to change it, otherwise with what is stored now.
pub async fn view_correct_form_get<C: Correction>(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let kept = kept::<C>(&session, &state, who.customer, C::GROUP.form);
    let restored = kept.is_some();
    let form = match kept.or_else(|| pending::<C>(&session, &state, who.customer)) {
        Some(form) => form,
        None => {
            let profile = state
                .vault
                .read_profile(who.customer, &who.access(&request_id))
                .await?
                .ok_or(AppError::NotFound)?;
            C::from_profile(&profile)
        }
    };
    Ok(form_page(
        &ctx,
        &session,
        &form,
        &[],
        restored,
        StatusCode::OK,
    ))
}

/// `POST /account/correct/{group}`: problems give the form again (422); a good answer is
/// kept and the check page follows.
pub async fn view_correct_form_post<C: Correction>(
    Protected(form): Protected<C>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let who = match SignedIn::of(&req) {
        Ok(who) => who,
        Err(not_signed_in) => return Ok(not_signed_in.error_response()),
    };
    if let Err(problems) = check(&form) {
        return Ok(form_with_problems(&ctx, &session, &form, &problems));
    }
    keep(&session, &state, who.customer, &form)?;
    Ok(see_other(C::GROUP.check))
}

/// `GET /account/correct/{group}/check`: the new values (as they will be stored) and Save.
/// A Save posted after the session ran out comes back here after the sign-in, with the
/// answer it carried: it waits again, and the customer clicks Save once more.
pub async fn view_correct_check_get<C: Correction>(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let kept = kept::<C>(&session, &state, who.customer, C::GROUP.check);
    let restored = kept.is_some();
    if let Some(form) = &kept {
        keep(&session, &state, who.customer, form)?;
    }
    let Some(form) = kept.or_else(|| pending::<C>(&session, &state, who.customer)) else {
        return Ok(see_other(C::GROUP.form));
    };
    let Ok(change) = check(&form) else {
        return Ok(see_other(C::GROUP.form));
    };
    let carried: Vec<(&str, &str)> = C::FIELDS.iter().map(|f| (*f, form.value(f))).collect();
    Ok(html_response(
        StatusCode::OK,
        correct::check(
            &ctx,
            &csrf::token(&session),
            &C::GROUP,
            &change,
            &carried,
            restored,
        ),
    ))
}

/// `POST /account/correct/{group}/check`: checks the waiting answer again (what comes back
/// from the session is never simply trusted), saves it, and tells the overview.
pub async fn view_correct_check_post<C: Correction>(
    Protected(_): Protected<SaveForm>,
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
    let Some(form) = pending::<C>(&session, &state, who.customer) else {
        return Ok(see_other(C::GROUP.form));
    };
    let change = match check(&form) {
        Ok(change) => change,
        Err(problems) => {
            return Ok(form_with_problems(&ctx, &session, &form, &problems));
        }
    };
    let saved = state
        .vault
        .update_profile_fields(who.customer, &change, &who.access(&request_id))
        .await?;
    if !saved {
        return Err(AppError::NotFound);
    }
    session.remove(PENDING);
    session
        .insert(NOTICE, C::saved_notice(&change))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(see_other(paths::CORRECT))
}
