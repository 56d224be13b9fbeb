//! `GET/POST /staff/sign-in`: the staff entrance. The same rules as for customers: an
//! unknown address and a wrong password look the same (a dummy hash is checked), failed
//! attempts are throttled per account and per address, and a new session starts.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use secrecy::SecretString;
use serde::Deserialize;

use crate::auth::csrf::{self, Protected};
use crate::auth::password::PasswordError;
use crate::auth::sessions;
use crate::db::SignInAttempt;
use crate::error::AppError;
use crate::http::client_address::client_address;
use crate::paths;
use crate::routes::account::sign_in::{busy, throttled, too_many_attempts, user_agent};
use crate::staff::{self, Role, guard::ROLE};
use crate::state::AppState;
use crate::views::components::{FieldError, toggle_asked};
use crate::views::pages::staff::{StaffSignInForm, sign_in};
use crate::views::{PageContext, html_response};

#[derive(Deserialize)]
pub struct Form {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    show_password: Option<String>,
}

pub async fn view_staff_sign_in_get(ctx: PageContext, req: HttpRequest) -> HttpResponse {
    let page = sign_in(&ctx, &csrf::token_for(&req), &StaffSignInForm::default());
    html_response(StatusCode::OK, page)
}

pub async fn view_staff_sign_in_post(
    Protected(form): Protected<Form>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let email = form.email.trim();
    let again = |shown: bool, errors: Vec<FieldError>, status: StatusCode| {
        let page = sign_in(
            &ctx,
            &csrf::token_for(&req),
            &StaffSignInForm {
                email,
                password: &form.password,
                shown,
                errors,
            },
        );
        html_response(status, page)
    };
    if let Some(shown) = toggle_asked(form.show_password.as_deref()) {
        return Ok(again(shown, vec![], StatusCode::OK));
    }
    let now = state.clock.now();
    let address = client_address(&req, &state.trusted_proxies)
        .map(|ip| ip.to_string())
        .unwrap_or_default();
    let keys = &state.vault.keys;
    // The staff account key is kept apart from a customer's with the same address.
    let account_key = keys
        .blind_index
        .email(&format!("staff:{}", email.to_lowercase()));
    let address_key = keys.blind_index.client_address(&address);
    if let Some(wait) = throttled(&state, &account_key, &address_key, now).await? {
        return Ok(too_many_attempts(&ctx, wait));
    }
    let member = staff::find_by_email(state.store.as_ref(), keys, email).await?;
    let stored = member.as_ref().and_then(|m| m.password_hash.clone());
    let password = SecretString::from(form.password.clone());
    let verdict = state.passwords.verify(&password, stored.as_deref()).await;
    if let Ok(success) = verdict {
        let attempt = SignInAttempt {
            customer_id: None,
            account_key,
            address_key,
            at: now,
            success,
        };
        state.store.record_sign_in(&attempt).await?;
    }
    match (verdict, member) {
        (Ok(true), Some(member)) => {
            sessions::sign_in_staff(&session, member.id, user_agent(&req), now)?;
            let role = Role::from_code(&member.role).unwrap_or(Role::Agent);
            session
                .insert(ROLE, role)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, paths::STAFF_HOME))
                .finish())
        }
        (Ok(_), _) => {
            let errors = FieldError::on_both("email", "password", ctx.t("sign-in-error-wrong"));
            Ok(again(false, errors, StatusCode::BAD_REQUEST))
        }
        (Err(PasswordError::Busy), _) => Ok(busy()),
        (Err(PasswordError::Internal(error)), _) => Err(error.into()),
    }
}
