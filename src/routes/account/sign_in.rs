//! `GET/POST /sign-in`: e-mail address and password. An unknown address and a wrong
//! password get the very same answer (wording, status, and time: a dummy hash is checked).

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use secrecy::SecretString;
use serde::Deserialize;

use crate::auth::csrf::{self, Protected};
use crate::auth::password::PasswordError;
use crate::auth::sessions;
use crate::error::AppError;
use crate::routes::paths;
use crate::startup::AppState;
use crate::views::components::FieldError;
use crate::views::pages::sign_in::{SignInForm, sign_in};
use crate::views::{PageContext, html_response};

#[derive(Deserialize)]
pub struct Form {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn view_sign_in_get(
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
) -> HttpResponse {
    let token = csrf::token(&session);
    let limits = &state.session_limits;
    html_response(
        StatusCode::OK,
        sign_in(
            &ctx,
            &token,
            &SignInForm::default(),
            (limits.idle.whole_minutes()) as u32,
            limits.absolute.whole_hours() as u32,
        ),
    )
}

pub async fn view_sign_in_post(
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    Protected(form): Protected<Form>,
) -> Result<HttpResponse, AppError> {
    let email = form.email.trim();
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
    if errors.is_empty() {
        let customer = state.vault.find_by_email(email).await?;
        let stored = match customer {
            Some(id) => state.store.password_hash(id).await?,
            None => None,
        };
        let password = SecretString::from(form.password.clone());
        match state.passwords.verify(&password, stored.as_deref()).await {
            Ok(true) => {
                let customer = customer.expect("a match needs a known customer");
                sessions::sign_in(&session, customer)?;
                return Ok(HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, paths::ACCOUNT))
                    .finish());
            }
            Ok(false) => errors.push(FieldError {
                field: "email".into(),
                message: ctx.t("sign-in-error-wrong"),
            }),
            Err(PasswordError::Busy) => return Ok(busy()),
            Err(PasswordError::Internal(error)) => return Err(error.into()),
        }
    }
    let token = csrf::token(&session);
    let limits = &state.session_limits;
    let page = sign_in(
        &ctx,
        &token,
        &SignInForm { email, errors },
        limits.idle.whole_minutes() as u32,
        limits.absolute.whole_hours() as u32,
    );
    Ok(html_response(StatusCode::BAD_REQUEST, page))
}

/// All hashing slots are taken: come back in a few seconds (rendered as the 503 page).
pub fn busy() -> HttpResponse {
    HttpResponse::ServiceUnavailable()
        .insert_header((header::RETRY_AFTER, "5"))
        .finish()
}
