//! `GET/POST /account/password`: the current password again, then a new one. Other
//! sessions end; this one stays. The account's address is told about the change.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use secrecy::SecretString;
use serde::Deserialize;
use uuid::Uuid;

use crate::auth::csrf::{self, Protected};
use crate::auth::password::PasswordError;
use crate::auth::password_policy;
use crate::auth::sessions::SignedIn;
use crate::domain::{Access, Actor};
use crate::error::AppError;
use crate::paths;
use crate::state::AppState;
use crate::views::components::{FieldError, toggle_asked};
use crate::views::pages::passwords::{PasswordForm, change_password};
use crate::views::{PageContext, html_response};

use super::mail::{self, Mail};
use super::overview::NOTICE;
use super::redirect::see_other;

#[derive(Deserialize)]
pub struct Form {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    password: String,
    show_password: Option<String>,
}

pub async fn view_change_password_get(
    ctx: PageContext,
    _: SignedIn,
    session: Session,
) -> HttpResponse {
    let page = change_password(&ctx, &csrf::token(&session), &PasswordForm::default());
    html_response(StatusCode::OK, page)
}

pub async fn view_change_password_post(
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
    let again = |shown: bool, errors: Vec<FieldError>, status: StatusCode| {
        let page = change_password(
            &ctx,
            &csrf::token(&session),
            &PasswordForm {
                current: &form.current_password,
                new: &form.password,
                shown,
                errors,
            },
        );
        html_response(status, page)
    };
    if let Some(shown) = toggle_asked(form.show_password.as_deref()) {
        return Ok(again(shown, vec![], StatusCode::OK));
    }
    let mut errors = Vec::new();
    if form.current_password.is_empty() {
        errors.push(FieldError {
            field: "current_password".into(),
            message: ctx.t("change-password-error-current-missing"),
        });
    }
    // The customer's own name and address: a new password must not lean on them.
    let personal = state
        .vault
        .read_profile(who.customer, &Access::by(Actor::customer(who.customer)))
        .await?
        .map(|p| vec![p.name, p.email])
        .unwrap_or_default();
    let personal: Vec<&str> = personal.iter().map(String::as_str).collect();
    if let Err(problem) = password_policy::check(&form.password, &personal) {
        errors.push(FieldError {
            field: "password".into(),
            message: ctx.t(problem.message_id()),
        });
    }
    if !errors.is_empty() {
        return Ok(again(false, errors, StatusCode::BAD_REQUEST));
    }
    match current_password_ok(&state, who.customer, &form.current_password).await {
        Ok(true) => {}
        Ok(false) => {
            let errors = vec![FieldError {
                field: "current_password".into(),
                message: ctx.t("change-password-error-current-wrong"),
            }];
            return Ok(again(false, errors, StatusCode::BAD_REQUEST));
        }
        Err(PasswordError::Busy) => return Ok(super::sign_in::busy()),
        Err(PasswordError::Internal(error)) => return Err(error.into()),
    }
    let hash = match state
        .passwords
        .hash(&SecretString::from(form.password.clone()))
        .await
    {
        Ok(hash) => hash,
        Err(PasswordError::Busy) => return Ok(super::sign_in::busy()),
        Err(PasswordError::Internal(error)) => return Err(error.into()),
    };
    let now = state.clock.now();
    state.store.set_password(who.customer, &hash, now).await?;
    state
        .store
        .delete_other_sessions(who.customer, &who.session_id)
        .await?;
    notify_password_changed(&state, &session, who.customer, &ctx).await?;
    Ok(see_other(paths::ACCOUNT))
}

/// Checks the customer's current password (through the hashing pool).
pub async fn current_password_ok(
    state: &AppState,
    customer: Uuid,
    password: &str,
) -> Result<bool, PasswordError> {
    let stored = state
        .store
        .password_hash(customer)
        .await
        .map_err(PasswordError::Internal)?;
    state
        .passwords
        .verify(&SecretString::from(password.to_string()), stored.as_deref())
        .await
}

/// After a new password: a notice on the account page, and an e-mail to the account's
/// address, so that a change the customer did not make does not go unnoticed.
pub async fn notify_password_changed(
    state: &web::Data<AppState>,
    session: &Session,
    customer: Uuid,
    ctx: &PageContext,
) -> Result<(), AppError> {
    session
        .insert(NOTICE, "password-changed-notice")
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    // Reading the address to write to is an access like any other: on record.
    let access = Access::by(Actor::system("password_change_notice"));
    if let Some(profile) = state.vault.read_profile(customer, &access).await? {
        mail::send_later(
            state,
            Mail {
                to: profile.email,
                customer: Some(customer),
                lang: ctx.lang,
                subject: "password-changed-email-subject",
                body: "password-changed-email-body",
                args: vec![],
            },
        );
    }
    Ok(())
}
