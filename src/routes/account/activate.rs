//! Activation: customer number and e-mail address on file, a single-use link by e-mail,
//! then a password. The answer to the first step is the same whether or not the pair
//! exists, so the form cannot be used to find out who is a customer.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use secrecy::SecretString;
use serde::Deserialize;
use time::OffsetDateTime;

use crate::auth::csrf::{self, Protected};
use crate::auth::password::PasswordError;
use crate::auth::tokens::{self, TokenKind};
use crate::auth::{password_policy, sessions};
use crate::email::Message;
use crate::error::AppError;
use crate::i18n::t_args;
use crate::routes::paths;
use crate::startup::AppState;
use crate::views::components::FieldError;
use crate::views::pages::activate::{self, ActivateForm};
use crate::views::{PageContext, html_response};

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
            // Sent in the background so that a match takes no longer to answer than a miss.
            let state = state.clone();
            let (lang, email, organisation) =
                (ctx.lang, email.to_string(), ctx.organisation.name.clone());
            tokio::spawn(async move {
                if let Err(error) =
                    send_activation(&state, customer, &email, lang, &organisation).await
                {
                    tracing::error!(error = %error, "activation e-mail not sent");
                }
            });
        }
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::ACTIVATE_SENT))
        .finish())
}

async fn send_activation(
    state: &AppState,
    customer: uuid::Uuid,
    email: &str,
    lang: crate::i18n::Lang,
    organisation: &str,
) -> anyhow::Result<()> {
    let token = tokens::issue(
        state.store.as_ref(),
        TokenKind::Activation,
        customer,
        OffsetDateTime::now_utc(),
    )
    .await?;
    let link = format!("{}{}", state.public_base, paths::activate_token(&token));
    state
        .outbox
        .send(&Message {
            to: email.to_string(),
            subject: t_args(
                lang,
                "activate-email-subject",
                &[("organisation", organisation)],
            ),
            text: t_args(
                lang,
                "activate-email-body",
                &[("link", &link), ("organisation", organisation)],
            ),
        })
        .await?;
    Ok(())
}

pub async fn view_activate_sent_get(ctx: PageContext) -> HttpResponse {
    html_response(StatusCode::OK, activate::sent(&ctx))
}

pub async fn view_choose_password_get(
    ctx: PageContext,
    session: Session,
    token: web::Path<String>,
) -> HttpResponse {
    let action = paths::activate_token(&token);
    html_response(
        StatusCode::OK,
        activate::choose_password(&ctx, &csrf::token(&session), &action, &[]),
    )
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
}

pub async fn view_choose_password_post(
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    token: web::Path<String>,
    Protected(form): Protected<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let action = paths::activate_token(&token);
    // The rules first, so that a refused password does not use up the link.
    if let Err(problem) = password_policy::check(&form.password, &[]) {
        let errors = [FieldError {
            field: "password".into(),
            message: ctx.t(problem.message_id()),
        }];
        let page = activate::choose_password(&ctx, &csrf::token(&session), &action, &errors);
        return Ok(html_response(StatusCode::BAD_REQUEST, page));
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
    let now = OffsetDateTime::now_utc();
    let Some(customer) =
        tokens::redeem(state.store.as_ref(), TokenKind::Activation, &token, now).await?
    else {
        return Ok(html_response(
            StatusCode::GONE,
            activate::link_invalid(&ctx),
        ));
    };
    state.store.set_password(customer, &hash, now).await?;
    sessions::sign_in(&session, customer, super::sign_in::user_agent(&req))?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::ACCOUNT))
        .finish())
}

fn looks_like_email(value: &str) -> bool {
    let mut parts = value.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(l), Some(d), None) if !l.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.'))
}
