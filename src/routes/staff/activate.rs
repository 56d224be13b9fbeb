//! `GET/POST /staff/activate/{token}`: a new staff member chooses a password with the
//! one-time link that `inzage create-staff` printed or an administrator had sent.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::auth::csrf::{self, Protected};
use crate::auth::sessions;
use crate::auth::tokens::{self, TokenKind};
use crate::error::AppError;
use crate::paths;
use crate::routes::account::activate::{NewPasswordForm, choose_new_password};
use crate::staff::{Role, guard::ROLE};
use crate::state::AppState;
use crate::views::pages::links;
use crate::views::pages::passwords::{self, PasswordForm};
use crate::views::{PageContext, html_response};

const TITLE: &str = "staff-activate-title";

pub async fn view_staff_activate_get(
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.clock.now();
    if !tokens::is_usable(
        state.store.as_ref(),
        TokenKind::StaffActivation,
        &token,
        now,
    )
    .await?
    {
        return Ok(html_response(
            StatusCode::GONE,
            links::link_invalid(&ctx, paths::CONTACT),
        ));
    }
    let action = paths::with_token(paths::STAFF_ACTIVATE_TOKEN, &token);
    let page = passwords::choose_password(
        &ctx,
        &csrf::token(&session),
        &action,
        TITLE,
        &PasswordForm::default(),
    );
    Ok(html_response(StatusCode::OK, page))
}

pub async fn view_staff_activate_post(
    Protected(form): Protected<NewPasswordForm>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let action = paths::with_token(paths::STAFF_ACTIVATE_TOKEN, &token);
    let hash = match choose_new_password(&ctx, &session, &state, &action, TITLE, &form).await? {
        Ok(hash) => hash,
        Err(response) => return Ok(response),
    };
    let now = state.clock.now();
    let redeemed = tokens::redeem(
        state.store.as_ref(),
        TokenKind::StaffActivation,
        &token,
        now,
    )
    .await?
    .and_then(|r| r.staff());
    let member = match redeemed {
        Some(id) => crate::staff::find(state.store.as_ref(), id).await?,
        None => None,
    };
    let Some(member) = member else {
        return Ok(html_response(
            StatusCode::GONE,
            links::link_invalid(&ctx, paths::CONTACT),
        ));
    };
    state
        .store
        .set_staff_password(member.id, &hash, now)
        .await?;
    sessions::sign_in_staff(
        &session,
        member.id,
        crate::routes::account::sign_in::user_agent(&req),
        now,
    )?;
    let role = Role::from_code(&member.role).unwrap_or(Role::Agent);
    session
        .insert(ROLE, role)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::STAFF_HOME))
        .finish())
}
