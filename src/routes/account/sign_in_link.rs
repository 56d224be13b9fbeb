//! Sign-in by e-mailed link: nothing to remember or type but the e-mail address (WCAG 3.3.8).
//! `GET/POST /sign-in/link` asks for it, with the same answer whether or not the address
//! has an account; the link opens a page with one button, so that a mail scanner that
//! opens links does not use it up; the button signs in.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::auth::csrf::{self, Protected};
use crate::auth::sessions;
use crate::auth::tokens::{self, TokenKind};
use crate::db::{SignInAttempt, TokenOwner};
use crate::error::AppError;
use crate::paths;
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::links::{self, LinkRequest};
use crate::views::{PageContext, html_response};

use super::mail::{self, Link, Mail, looks_like_email};

const PAGE: LinkRequest = LinkRequest {
    title: "sign-in-link-title",
    intro: "sign-in-link-intro",
    button: "sign-in-link-button",
    action: paths::SIGN_IN_LINK,
};

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    pub email: String,
}

pub async fn view_sign_in_link_get(ctx: PageContext, session: Session) -> HttpResponse {
    html_response(
        StatusCode::OK,
        links::request(&ctx, &csrf::token(&session), &PAGE, "", &[]),
    )
}

/// The e-mail address of a "send me a link" form, or the form again with its error.
pub fn valid_email<'a>(
    ctx: &PageContext,
    session: &Session,
    page: &LinkRequest,
    form: &'a EmailForm,
) -> Result<&'a str, HttpResponse> {
    let email = form.email.trim();
    if looks_like_email(email) {
        return Ok(email);
    }
    let errors = [FieldError {
        field: "email".into(),
        message: ctx.t("activate-error-email-invalid"),
    }];
    let html = links::request(ctx, &csrf::token(session), page, email, &errors);
    Err(html_response(StatusCode::BAD_REQUEST, html))
}

pub async fn view_sign_in_link_post(
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
        if state.store.password_hash(customer).await?.is_some() {
            mail::send_link_later(
                &state,
                Link {
                    kind: TokenKind::SignInLink,
                    owner: TokenOwner::Customer(customer),
                    payload: None,
                    path: paths::SIGN_IN_LINK_TOKEN,
                },
                Mail {
                    to: email.to_string(),
                    lang: ctx.lang,
                    subject: "sign-in-link-email-subject",
                    body: "sign-in-link-email-body",
                    args: vec![],
                },
            );
        }
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::SIGN_IN_LINK_SENT))
        .finish())
}

pub async fn view_sign_in_link_sent_get(ctx: PageContext) -> HttpResponse {
    html_response(
        StatusCode::OK,
        links::sent(&ctx, "sign-in-link-sent-text", "sign-in-link-sent-expiry"),
    )
}

pub async fn view_use_sign_in_link_get(
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    if !tokens::is_usable(state.store.as_ref(), TokenKind::SignInLink, &token, now).await? {
        return Ok(html_response(
            StatusCode::GONE,
            links::link_invalid(&ctx, paths::SIGN_IN_LINK),
        ));
    }
    let page = links::use_link(
        &ctx,
        &csrf::token(&session),
        "sign-in-link-use-title",
        ctx.t("sign-in-link-use-text"),
        "sign-in-button",
        &paths::with_token(paths::SIGN_IN_LINK_TOKEN, &token),
    );
    Ok(html_response(StatusCode::OK, page))
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn use_sign_in_link_post(
    _: Protected<Empty>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    let Some(customer) = tokens::redeem(state.store.as_ref(), TokenKind::SignInLink, &token, now)
        .await?
        .and_then(|redeemed| redeemed.customer())
    else {
        return Ok(html_response(
            StatusCode::GONE,
            links::link_invalid(&ctx, paths::SIGN_IN_LINK),
        ));
    };
    // On the customer's list of recent sign-ins; not tied to any typed address.
    state
        .store
        .record_sign_in(&SignInAttempt {
            customer_id: Some(customer),
            account_key: Vec::new(),
            address_key: Vec::new(),
            at: now,
            success: true,
        })
        .await?;
    sessions::sign_in(&session, customer, super::sign_in::user_agent(&req), now)?;
    Ok(super::sign_in::go_on(&session, &state, customer, "", now))
}
