//! `GET/POST /account/consent`: one yes/no choice per purpose that rests on consent (from
//! the register), the objection to direct marketing and the do-not-call flag, and the
//! history of receipts. A change takes effect at once and the page says which choices
//! changed. A consent to offers cannot be saved together with an objection to direct
//! marketing (nor "you may call me with offers"): the form asks the customer to choose.

use std::collections::HashMap;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use tracing_actix_web::RequestId;

use crate::auth::csrf::{self, Protected};
use crate::auth::kept_form;
use crate::auth::sessions::SignedIn;
use crate::error::AppError;
use crate::paths;
use crate::state::AppState;
use crate::vault::{ChangedChoice, WantedChoices};
use crate::views::components::FieldError;
use crate::views::pages::consent::{self, ConsentNotice, DO_NOT_CALL, OBJECTION, consent_field};
use crate::views::{PageContext, html_response};

use super::redirect::see_other;

/// The session key of the "saved" notice shown once after the redirect.
const SAVED: &str = "consent_saved";

pub async fn view_consent_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let current = state
        .vault
        .read_consent(who.customer, &who.access(&request_id))
        .await?
        .ok_or(AppError::NotFound)?;
    // Choices posted after the session expired come back (not saved) after the sign-in.
    let kept = kept_form::take(
        &session,
        &state.kept_form_key,
        who.customer,
        paths::CONSENT,
        state.clock.now(),
    );
    let notice = match &kept {
        Some(_) => Some(ConsentNotice::Restored),
        None => crate::auth::sessions::take::<Vec<ChangedChoice>>(&session, SAVED)
            .map(ConsentNotice::Saved),
    };
    let posted: HashMap<String, String> = kept.unwrap_or_default().into_iter().collect();
    let page = consent::consent(
        &ctx,
        &csrf::token(&session),
        &state.register,
        &current,
        &posted,
        &[],
        notice,
    );
    Ok(html_response(StatusCode::OK, page))
}

/// A yes/no answer; anything else was not offered by the form.
fn yes_no(value: Option<&String>) -> Result<Option<bool>, ()> {
    match value.map(String::as_str) {
        None => Ok(None),
        Some("yes") => Ok(Some(true)),
        Some("no") => Ok(Some(false)),
        Some(_) => Err(()),
    }
}

pub async fn view_consent_post(
    Protected(form): Protected<HashMap<String, String>>,
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
    let access = who.access(&request_id);
    // Only the fields this form has are read (no mass assignment); a purpose left without
    // an answer keeps the state it has.
    let mut errors = Vec::new();
    let mut answer = |field: String| match yes_no(form.get(&field)) {
        Ok(value) => value,
        Err(()) => {
            errors.push(FieldError {
                field,
                message: ctx.t("consent-error-choose"),
            });
            None
        }
    };
    let consents: Vec<_> = state
        .register
        .consent_choices()
        .filter_map(|c| {
            let purpose = c.purposes[0];
            let version = c.consent_text_version.unwrap_or_default();
            answer(consent_field(purpose)).map(|granted| (purpose, granted, version))
        })
        .collect();
    let do_not_call = answer(DO_NOT_CALL.into());
    let objection = answer(OBJECTION.into());
    let current = state
        .vault
        .read_consent(who.customer, &access)
        .await?
        .ok_or(AppError::NotFound)?;
    if errors.is_empty() {
        errors.extend(conflicts(
            &ctx,
            &state,
            &current,
            &consents,
            do_not_call,
            objection,
        ));
    }
    if !errors.is_empty() {
        let page = consent::consent(
            &ctx,
            &csrf::token(&session),
            &state.register,
            &current,
            &form,
            &errors,
            None,
        );
        return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
    }
    let wanted = WantedChoices {
        consents,
        do_not_call,
        marketing_objection: objection,
    };
    let changed = state
        .vault
        .change_consent(who.customer, &wanted, state.clock.now(), &access)
        .await?
        .ok_or(AppError::NotFound)?;
    session
        .insert(SAVED, changed)
        .map_err(anyhow::Error::from)?;
    Ok(see_other(paths::CONSENT))
}

/// An objection to direct marketing contradicts a consent to offers and "you may call me
/// with offers": the form is refused with an error at each contradicting answer, whether
/// it was just chosen or stood from before (the answers that would be in force together).
fn conflicts(
    ctx: &PageContext,
    state: &AppState,
    current: &crate::vault::ConsentState,
    consents: &[(&'static str, bool, &'static str)],
    do_not_call: Option<bool>,
    objection: Option<bool>,
) -> Vec<FieldError> {
    if !objection.unwrap_or(current.marketing_objection) {
        return Vec::new();
    }
    let mut errors: Vec<FieldError> = state
        .register
        .consent_choices()
        .filter(|c| c.direct_marketing)
        .map(|c| c.purposes[0])
        .filter(|purpose| {
            consents
                .iter()
                .find(|(p, _, _)| p == purpose)
                .map_or(current.given(purpose) == Some(true), |(_, granted, _)| {
                    *granted
                })
        })
        .map(|purpose| FieldError {
            field: consent_field(purpose),
            message: ctx.t("consent-error-conflict-offers"),
        })
        .collect();
    if !do_not_call.unwrap_or(current.do_not_call) {
        errors.push(FieldError {
            field: DO_NOT_CALL.into(),
            message: ctx.t("consent-error-conflict-calls"),
        });
    }
    errors
}
