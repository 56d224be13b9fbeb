//! `GET/POST /account/confirm-identity?next=...`: the password again before downloading or
//! deleting everything (see `auth::reauth`). Checked on the hashing pool and throttled
//! exactly like a sign-in: failures here count for the account and the client address.
//! An account without a password (signed in by e-mailed link only) is told to sign in
//! again with a new link; a fresh sign-in counts as confirming.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::Deserialize;

use crate::auth::csrf::{self, Protected};
use crate::auth::password::PasswordError;
use crate::auth::reauth;
use crate::auth::sessions::SignedIn;
use crate::db::SignInAttempt;
use crate::error::AppError;
use crate::http::client_address::client_address;
use crate::paths;
use crate::state::AppState;
use crate::views::components::{FieldError, toggle_asked};
use crate::views::pages::confirm_identity::{ConfirmForm, confirm_identity, no_password};
use crate::views::{PageContext, html_response};

use super::change_password::current_password_ok;
use super::redirect::see_other;
use super::sign_in::{busy, throttled, too_many_attempts};

#[derive(Deserialize)]
pub struct Query {
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct Form {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    next: String,
    show_password: Option<String>,
}

/// Only pages of the customer area are a place to come back to.
fn next_of(next: Option<&str>) -> &str {
    let next = paths::safe_next(next);
    if paths::is_customer_area(next) {
        next
    } else {
        paths::ACCOUNT
    }
}

pub async fn view_confirm_identity_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    query: web::Query<Query>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let next = next_of(query.next.as_deref());
    if state.store.password_hash(who.customer).await?.is_none() {
        return Ok(html_response(StatusCode::OK, no_password(&ctx)));
    }
    let form = ConfirmForm {
        next,
        ..Default::default()
    };
    Ok(html_response(
        StatusCode::OK,
        confirm_identity(&ctx, &csrf::token(&session), &form),
    ))
}

pub async fn view_confirm_identity_post(
    Protected(form): Protected<Form>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let who = match SignedIn::of(&req) {
        Ok(who) => who,
        Err(not_signed_in) => return Ok(not_signed_in.error_response()),
    };
    let next = next_of(Some(&form.next));
    let again = |shown: bool, errors: Vec<FieldError>, status: StatusCode| {
        let page = confirm_identity(
            &ctx,
            &csrf::token(&session),
            &ConfirmForm {
                password: &form.current_password,
                shown,
                next,
                errors,
            },
        );
        html_response(status, page)
    };
    if let Some(shown) = toggle_asked(form.show_password.as_deref()) {
        return Ok(again(shown, vec![], StatusCode::OK));
    }
    if form.current_password.is_empty() {
        let errors = vec![FieldError {
            field: "current_password".into(),
            message: ctx.t("change-password-error-current-missing"),
        }];
        return Ok(again(false, errors, StatusCode::BAD_REQUEST));
    }
    let now = state.clock.now();
    let address = client_address(&req, &state.trusted_proxies)
        .map(|ip| ip.to_string())
        .unwrap_or_default();
    let account_key = state
        .store
        .customer_email_index(who.customer)
        .await?
        .ok_or(AppError::NotFound)?;
    let address_key = state.vault.keys.blind_index.client_address(&address);
    if let Some(wait) = throttled(&state, &account_key, &address_key, now).await? {
        return Ok(too_many_attempts(&ctx, wait));
    }
    let verdict = current_password_ok(&state, who.customer, &form.current_password).await;
    if let Ok(success) = verdict {
        let attempt = SignInAttempt {
            customer_id: Some(who.customer),
            account_key,
            address_key,
            at: now,
            success,
        };
        state.store.record_sign_in(&attempt).await?;
    }
    match verdict {
        Ok(true) => {
            reauth::record(&session, now)?;
            Ok(see_other(next))
        }
        Ok(false) => {
            let errors = vec![FieldError {
                field: "current_password".into(),
                message: ctx.t("change-password-error-current-wrong"),
            }];
            Ok(again(false, errors, StatusCode::BAD_REQUEST))
        }
        Err(PasswordError::Busy) => Ok(busy()),
        Err(PasswordError::Internal(error)) => Err(error.into()),
    }
}

/// For handlers that need the password to have been given recently: `Some(redirect)` to
/// the confirmation page (coming back to `next`) when it was not.
pub fn unless_recent(session: &Session, state: &AppState, next: &str) -> Option<HttpResponse> {
    reauth::require(
        session,
        state.clock.now(),
        state.reauthenticate_within,
        next,
    )
}
