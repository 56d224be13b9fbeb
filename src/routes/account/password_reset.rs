//! Forgotten password: `GET/POST /password/forgotten` sends a link (same answer whether or
//! not the address has an account); the link, valid for an hour and only once, and
//! replaced when a new one is asked for, opens a form for a new password. Saving it ends
//! every session of the account and signs this browser in.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::auth::csrf::{self, Protected};
use crate::auth::sessions;
use crate::auth::tokens::{self, TokenKind};
use crate::db::TokenOwner;
use crate::error::AppError;
use crate::paths;
use crate::state::AppState;
use crate::views::pages::links::{self, LinkRequest};
use crate::views::pages::passwords::{self, PasswordForm};
use crate::views::{PageContext, html_response};

use super::activate::{NewPasswordForm, choose_new_password};
use super::mail::{self, Link, Mail};
use super::sign_in_link::{EmailForm, valid_email};

const PAGE: LinkRequest = LinkRequest {
    title: "password-forgotten-title",
    intro: "password-forgotten-intro",
    button: "activate-button",
    action: paths::PASSWORD_FORGOTTEN,
};
const TITLE: &str = "password-reset-title";

pub async fn view_password_forgotten_get(ctx: PageContext, session: Session) -> HttpResponse {
    html_response(
        StatusCode::OK,
        links::request(&ctx, &csrf::token(&session), &PAGE, "", &[]),
    )
}

pub async fn view_password_forgotten_post(
    Protected(form): Protected<EmailForm>,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let email = match valid_email(&ctx, &session, &PAGE, &form) {
        Ok(email) => email,
        Err(page) => return Ok(page),
    };
    if let Some(customer) = state.vault.find_by_email(email).await? {
        // Only an activated account has a password to reset; activation is its own path.
        if state.store.password_hash(customer).await?.is_some() {
            mail::send_link_later(
                &state,
                Link {
                    kind: TokenKind::PasswordReset,
                    owner: TokenOwner::Customer(customer),
                    payload: None,
                    path: paths::PASSWORD_RESET_TOKEN,
                },
                Mail {
                    to: email.to_string(),
                    lang: ctx.lang,
                    subject: "password-reset-email-subject",
                    body: "password-reset-email-body",
                    args: vec![],
                },
            );
        }
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::PASSWORD_FORGOTTEN_SENT))
        .finish())
}

pub async fn view_password_forgotten_sent_get(ctx: PageContext) -> HttpResponse {
    html_response(
        StatusCode::OK,
        links::sent(
            &ctx,
            "password-forgotten-sent-text",
            "password-forgotten-sent-expiry",
        ),
    )
}

pub async fn view_password_reset_get(
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    if !tokens::is_usable(state.store.as_ref(), TokenKind::PasswordReset, &token, now).await? {
        return Ok(html_response(
            StatusCode::GONE,
            links::link_invalid(&ctx, paths::PASSWORD_FORGOTTEN),
        ));
    }
    let action = paths::with_token(paths::PASSWORD_RESET_TOKEN, &token);
    let page = passwords::choose_password(
        &ctx,
        &csrf::token(&session),
        &action,
        TITLE,
        &PasswordForm::default(),
    );
    Ok(html_response(StatusCode::OK, page))
}

pub async fn view_password_reset_post(
    Protected(form): Protected<NewPasswordForm>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let action = paths::with_token(paths::PASSWORD_RESET_TOKEN, &token);
    let hash = match choose_new_password(&ctx, &session, &state, &action, TITLE, &form).await? {
        Ok(hash) => hash,
        Err(response) => return Ok(response),
    };
    let now = state.clock.now();
    let Some(customer) =
        tokens::redeem(state.store.as_ref(), TokenKind::PasswordReset, &token, now)
            .await?
            .and_then(|redeemed| redeemed.customer())
    else {
        return Ok(html_response(
            StatusCode::GONE,
            links::link_invalid(&ctx, paths::PASSWORD_FORGOTTEN),
        ));
    };
    state.store.set_password(customer, &hash, now).await?;
    // Whoever knew the old password is signed out everywhere.
    state.store.delete_other_sessions(customer, "").await?;
    sessions::sign_in(&session, customer, super::sign_in::user_agent(&req), now)?;
    super::change_password::notify_password_changed(&state, &session, customer, &ctx).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::ACCOUNT))
        .finish())
}
