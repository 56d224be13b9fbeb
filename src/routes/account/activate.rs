//! Activation: customer number and e-mail address on file, a single-use link by e-mail,
//! then a password. The answer to the first step is the same whether or not the pair
//! exists, so the form cannot be used to find out who is a customer.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use secrecy::SecretString;
use serde::Deserialize;

use crate::auth::csrf::{self, Protected};
use crate::auth::password::PasswordError;
use crate::auth::tokens::{self, TokenKind};
use crate::auth::{password_policy, sessions};
use crate::db::TokenOwner;
use crate::error::AppError;
use crate::paths;
use crate::state::AppState;
use crate::views::components::{FieldError, toggle_asked};
use crate::views::pages::activate::{self, ActivateForm};
use crate::views::pages::links;
use crate::views::pages::passwords::{self, PasswordForm};
use crate::views::{PageContext, html_response};

use super::mail::{self, Link, Mail, looks_like_email};

#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    customer_number: String,
    #[serde(default)]
    email: String,
}

pub async fn view_activate_get(ctx: PageContext, session: Session) -> HttpResponse {
    html_response(
        StatusCode::OK,
        activate::request(&ctx, &csrf::token(&session), &ActivateForm::default()),
    )
}

pub async fn view_activate_post(
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    Protected(form): Protected<RequestForm>,
) -> Result<HttpResponse, AppError> {
    let (number, email) = (form.customer_number.trim(), form.email.trim());
    let mut errors = Vec::new();
    if number.is_empty() {
        errors.push(FieldError {
            field: "customer_number".into(),
            message: ctx.t("activate-error-number-missing"),
        });
    }
    if !looks_like_email(email) {
        errors.push(FieldError {
            field: "email".into(),
            message: ctx.t("activate-error-email-invalid"),
        });
    }
    if !errors.is_empty() {
        let page = activate::request(
            &ctx,
            &csrf::token(&session),
            &ActivateForm {
                customer_number: number,
                email,
                errors,
            },
        );
        return Ok(html_response(StatusCode::BAD_REQUEST, page));
    }
    let by_number = state.vault.find_by_customer_number(number).await?;
    let by_email = state.vault.find_by_email(email).await?;
    if let (Some(customer), Some(same)) = (by_number, by_email) {
        if customer == same && state.store.password_hash(customer).await?.is_none() {
            mail::send_link_later(
                &state,
                Link {
                    kind: TokenKind::Activation,
                    owner: TokenOwner::Customer(customer),
                    payload: None,
                    path: paths::ACTIVATE_TOKEN,
                },
                Mail {
                    to: email.to_string(),
                    lang: ctx.lang,
                    subject: "activate-email-subject",
                    body: "activate-email-body",
                    args: vec![],
                },
            );
        }
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::ACTIVATE_SENT))
        .finish())
}

pub async fn view_activate_sent_get(ctx: PageContext) -> HttpResponse {
    html_response(StatusCode::OK, activate::sent(&ctx))
}

pub async fn view_choose_password_get(
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    if !tokens::is_usable(state.store.as_ref(), TokenKind::Activation, &token, now).await? {
        return Ok(html_response(
            StatusCode::GONE,
            links::link_invalid(&ctx, paths::ACTIVATE),
        ));
    }
    let action = paths::activate_token(&token);
    Ok(html_response(
        StatusCode::OK,
        passwords::choose_password(
            &ctx,
            &csrf::token(&session),
            &action,
            "activate-password-title",
            &PasswordForm::default(),
        ),
    ))
}

#[derive(Deserialize)]
pub struct NewPasswordForm {
    #[serde(default)]
    pub password: String,
    pub show_password: Option<String>,
}

pub async fn view_choose_password_post(
    Protected(form): Protected<NewPasswordForm>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let action = paths::activate_token(&token);
    let chosen = match choose_new_password(
        &ctx,
        &session,
        &state,
        &action,
        "activate-password-title",
        &form,
    )
    .await?
    {
        Ok(hash) => hash,
        Err(response) => return Ok(response),
    };
    let now = state.clock.now();
    let Some(customer) = tokens::redeem(state.store.as_ref(), TokenKind::Activation, &token, now)
        .await?
        .and_then(|redeemed| redeemed.customer())
    else {
        return Ok(html_response(
            StatusCode::GONE,
            links::link_invalid(&ctx, paths::ACTIVATE),
        ));
    };
    state.store.set_password(customer, &chosen, now).await?;
    sessions::sign_in(&session, customer, super::sign_in::user_agent(&req), now)?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::ACCOUNT))
        .finish())
}

/// The steps every "choose a password" form shares: a show/hide request re-renders the
/// form; the rules come next (so that a refused password does not use up a link); then
/// the hash, off the async threads. `Ok(Err(response))` is the page to answer with instead.
pub async fn choose_new_password(
    ctx: &PageContext,
    session: &Session,
    state: &AppState,
    action: &str,
    title: &'static str,
    form: &NewPasswordForm,
) -> Result<Result<String, HttpResponse>, AppError> {
    let again = |shown: bool, errors: Vec<FieldError>, status: StatusCode| {
        let page = passwords::choose_password(
            ctx,
            &csrf::token(session),
            action,
            title,
            &PasswordForm {
                new: &form.password,
                shown,
                errors,
                ..Default::default()
            },
        );
        html_response(status, page)
    };
    if let Some(shown) = toggle_asked(form.show_password.as_deref()) {
        return Ok(Err(again(shown, vec![], StatusCode::OK)));
    }
    if let Err(problem) = password_policy::check(&form.password, &[]) {
        let errors = vec![FieldError {
            field: "password".into(),
            message: ctx.t(problem.message_id()),
        }];
        return Ok(Err(again(false, errors, StatusCode::BAD_REQUEST)));
    }
    match state
        .passwords
        .hash(&SecretString::from(form.password.clone()))
        .await
    {
        Ok(hash) => Ok(Ok(hash)),
        Err(PasswordError::Busy) => Ok(Err(super::sign_in::busy())),
        Err(PasswordError::Internal(error)) => Err(error.into()),
    }
}
