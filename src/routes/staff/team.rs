//! `GET/POST /staff/team`: the administrator's list of staff, and adding someone (they
//! get their activation link by e-mail). Other roles get 403.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::Deserialize;

use crate::auth::csrf::{self, Protected};
use crate::error::AppError;
use crate::paths;
use crate::routes::account::mail::{self, Mail, looks_like_email};
use crate::staff::guard::May;
use crate::staff::permissions::ManageStaff;
use crate::staff::{self, Role};
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::staff::{NewStaffForm, team};
use crate::views::{PageContext, html_response};

pub async fn view_staff_team_get(
    ctx: PageContext,
    _: May<ManageStaff>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let members = staff::all(state.store.as_ref(), &state.vault.keys).await?;
    let page = team(
        &ctx,
        &csrf::token(&session),
        &members,
        &NewStaffForm::default(),
    );
    Ok(html_response(StatusCode::OK, page))
}

#[derive(Deserialize)]
pub struct Form {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

pub async fn staff_team_post(
    Protected(form): Protected<Form>,
    req: HttpRequest,
    ctx: PageContext,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    if let Err(refusal) = May::<ManageStaff>::of(&req) {
        return Ok(refusal.error_response());
    }
    let email = form.email.trim();
    let role = Role::from_code(&form.role);
    let mut errors = Vec::new();
    if !looks_like_email(email) {
        errors.push(FieldError {
            field: "email".into(),
            message: ctx.t("activate-error-email-invalid"),
        });
    } else if staff::find_by_email(state.store.as_ref(), &state.vault.keys, email)
        .await?
        .is_some()
    {
        errors.push(FieldError {
            field: "email".into(),
            message: ctx.t("staff-team-error-taken"),
        });
    }
    if role.is_none() {
        errors.push(FieldError {
            field: "role".into(),
            message: ctx.t("staff-team-error-role"),
        });
    }
    let added = match (errors.is_empty(), role) {
        (true, Some(role)) => {
            let now = state.clock.now();
            let (_, token) =
                staff::create(state.store.as_ref(), &state.vault.keys, email, role, now).await?;
            let link = format!(
                "{}{}",
                state.public_base,
                paths::with_token(paths::STAFF_ACTIVATE_TOKEN, &token)
            );
            mail::send_later(
                &state,
                Mail {
                    to: email.to_string(),
                    customer: None,
                    lang: ctx.lang,
                    subject: "staff-activate-email-subject",
                    body: "staff-activate-email-body",
                    args: vec![("link", link)],
                },
            );
            true
        }
        _ => false,
    };
    let members = staff::all(state.store.as_ref(), &state.vault.keys).await?;
    let form = if added {
        NewStaffForm {
            added: Some(email),
            ..Default::default()
        }
    } else {
        NewStaffForm {
            email,
            role: &form.role,
            errors,
            added: None,
        }
    };
    let status = if added {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    Ok(html_response(
        status,
        team(&ctx, &csrf::token(&session), &members, &form),
    ))
}
