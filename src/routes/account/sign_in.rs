//! `GET/POST /sign-in`: e-mail address and password. An unknown address and a wrong
//! password get the very same answer (wording, status, and time: a dummy hash is checked).
//! After signing in, the customer goes back to where they were: a form kept across an
//! expired session first, else the `next` page, else their account.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use secrecy::SecretString;
use serde::Deserialize;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::auth::csrf::{self, Protected};
use crate::auth::password::PasswordError;
use crate::auth::{kept_form, sessions};
use crate::db::SignInAttempt;
use crate::error::AppError;
use crate::http::client_address::client_address;
use crate::paths;
use crate::state::AppState;
use crate::views::components::{FieldError, toggle_asked};
use crate::views::pages::sign_in::{Reason, SignInForm, sign_in};
use crate::views::{PageContext, html_response, pages};

#[derive(Deserialize)]
pub struct Query {
    next: Option<String>,
    expired: Option<String>,
}

#[derive(Deserialize)]
pub struct Form {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
    show_password: Option<String>,
}

/// The idle minutes and absolute hours the page states.
pub fn limits_in_words(state: &AppState) -> (u32, u32) {
    let limits = &state.session_limits;
    (
        limits.idle.whole_minutes() as u32,
        limits.absolute.whole_hours() as u32,
    )
}

pub async fn view_sign_in_get(
    ctx: PageContext,
    req: HttpRequest,
    session: Session,
    query: web::Query<Query>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let next = query
        .next
        .as_deref()
        .map(|n| paths::safe_next(Some(n)))
        .unwrap_or_default();
    let reason = Reason {
        expired: query.expired.is_some(),
        form_kept: kept_form::is_waiting(&session),
    };
    let form = SignInForm {
        next,
        ..Default::default()
    };
    html_response(
        StatusCode::OK,
        sign_in(
            &ctx,
            &csrf::token_for(&req),
            &form,
            reason,
            limits_in_words(&state),
        ),
    )
}

pub async fn view_sign_in_post(
    Protected(form): Protected<Form>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let email = form.email.trim();
    let next = if form.next.is_empty() {
        ""
    } else {
        paths::safe_next(Some(&form.next))
    };
    let again = |shown: bool, errors: Vec<FieldError>, status: StatusCode| {
        let page = sign_in(
            &ctx,
            &csrf::token_for(&req),
            &SignInForm {
                email,
                password: &form.password,
                shown,
                next,
                errors,
            },
            Reason {
                expired: false,
                form_kept: kept_form::is_waiting(&session),
            },
            limits_in_words(&state),
        );
        html_response(status, page)
    };
    if let Some(shown) = toggle_asked(form.show_password.as_deref()) {
        return Ok(again(shown, vec![], StatusCode::OK));
    }
    let mut errors = Vec::new();
    if email.is_empty() {
        errors.push(FieldError {
            field: "email".into(),
            message: ctx.t("sign-in-error-email-missing"),
        });
    }
    if form.password.is_empty() {
        errors.push(FieldError {
            field: "password".into(),
            message: ctx.t("sign-in-error-password-missing"),
        });
    }
    if !errors.is_empty() {
        return Ok(again(false, errors, StatusCode::BAD_REQUEST));
    }
    let now = state.clock.now();
    let address = client_address(&req, &state.trusted_proxies)
        .map(|ip| ip.to_string())
        .unwrap_or_default();
    let keys = &state.vault.keys.blind_index;
    let (account_key, address_key) = (keys.email(email), keys.client_address(&address));
    if let Some(wait) = throttled(&state, &account_key, &address_key, now).await? {
        return Ok(too_many_attempts(&ctx, wait));
    }
    let customer = state.vault.find_by_email(email).await?;
    let stored = match customer {
        Some(id) => state.store.password_hash(id).await?,
        None => None,
    };
    let password = SecretString::from(form.password.clone());
    let verdict = state.passwords.verify(&password, stored.as_deref()).await;
    if let Ok(success) = verdict {
        let attempt = SignInAttempt {
            customer_id: customer,
            account_key,
            address_key,
            at: now,
            success,
        };
        state.store.record_sign_in(&attempt).await?;
    }
    match verdict {
        Ok(true) => {
            let customer = customer.expect("a match needs a known customer");
            sessions::sign_in(&session, customer, user_agent(&req), now)?;
            Ok(go_on(&session, &state, customer, next, now))
        }
        Ok(false) => {
            let errors = FieldError::on_both("email", "password", ctx.t("sign-in-error-wrong"));
            Ok(again(false, errors, StatusCode::BAD_REQUEST))
        }
        Err(PasswordError::Busy) => Ok(busy()),
        Err(PasswordError::Internal(error)) => Err(error.into()),
    }
}

/// Where a customer goes once signed in: back to a kept form, else `next`, else the
/// account page.
pub fn go_on(
    session: &Session,
    state: &AppState,
    customer: Uuid,
    next: &str,
    now: OffsetDateTime,
) -> HttpResponse {
    let target = kept_form::waiting_at(session, &state.kept_form_key, customer, now)
        .unwrap_or_else(|| {
            if next.is_empty() {
                paths::ACCOUNT.to_string()
            } else {
                next.to_string()
            }
        });
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, target))
        .finish()
}

/// The longer of the account's and the address's waits, if either must wait. A wait
/// already known in memory answers at once; else the database counts the failures (of
/// every instance), and a wait found there is remembered.
pub async fn throttled(
    state: &AppState,
    account_key: &[u8],
    address_key: &[u8],
    now: OffsetDateTime,
) -> anyhow::Result<Option<time::Duration>> {
    let known = &state.known_waits;
    if let Some(wait) = known.remaining(&[account_key, address_key], now) {
        return Ok(Some(wait));
    }
    let (account, address) = (&state.account_throttle, &state.address_throttle);
    let (count, last) = state
        .store
        .account_failures(account_key, now - account.window)
        .await?;
    let by_account = account.wait(count, last, now);
    let (count, last) = state
        .store
        .address_failures(address_key, now - address.window)
        .await?;
    let by_address = address.wait(count, last, now);
    for (key, wait) in [(account_key, by_account), (address_key, by_address)] {
        if let Some(wait) = wait {
            known.remember(key, now + wait, now);
        }
    }
    Ok(by_account.max(by_address))
}

/// 429, saying in words when to try again, and `Retry-After` for machines.
pub fn too_many_attempts(ctx: &PageContext, wait: time::Duration) -> HttpResponse {
    let seconds = wait.whole_seconds().max(1);
    let minutes = (seconds + 59) / 60;
    let mut response = html_response(
        StatusCode::TOO_MANY_REQUESTS,
        pages::error::too_many_attempts(ctx, minutes),
    );
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
    response
}

/// All hashing slots are taken: come back in a few seconds (rendered as the 503 page).
pub fn busy() -> HttpResponse {
    HttpResponse::ServiceUnavailable()
        .insert_header((header::RETRY_AFTER, "5"))
        .finish()
}

/// The browser's own name for itself, for the sessions page (reduced to a coarse label).
pub fn user_agent(req: &HttpRequest) -> &str {
    req.headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}
