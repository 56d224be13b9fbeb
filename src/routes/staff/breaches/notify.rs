//! `GET/POST /staff/breaches/{reference}/notify`: the privacy officer writes the notice
//! to customers about a high-risk breach (Art. 34), or changes its draft (`?notice=`).
//! A valid form is saved as a draft and shown on its own page to check before sending.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use uuid::Uuid;

use super::find;
use crate::auth::csrf::{self, Protected};
use crate::error::AppError;
use crate::paths;
use crate::routes::account::redirect::see_other;
use crate::staff::breach::Decision;
use crate::staff::breach_notice::{self, Draft, NoticeState};
use crate::staff::guard::May;
use crate::staff::permissions::KeepBreachRegister;
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::staff::breaches::notify::{NotifyForm, not_high_risk, notify};
use crate::views::{PageContext, html_response};

#[derive(Deserialize)]
pub struct Query {
    #[serde(default)]
    notice: Option<String>,
}

pub async fn view_staff_breach_notify_get(
    ctx: PageContext,
    _: May<KeepBreachRegister>,
    path: web::Path<String>,
    query: web::Query<Query>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (breach, _) = find(&state, &path.into_inner()).await?;
    if breach.facts.decision != Some(Decision::HighRisk) {
        return Ok(html_response(StatusCode::OK, not_high_risk(&ctx, &breach)));
    }
    let draft = match query.notice.as_deref().map(Uuid::parse_str) {
        Some(Ok(id)) => breach_notice::find(state.store.as_ref(), &state.vault.keys, &breach, id)
            .await?
            .filter(|n| n.state == NoticeState::Draft),
        _ => None,
    };
    let form = match draft {
        Some(notice) => NotifyForm {
            id: notice.id.to_string(),
            audience: notice.audience.code().into(),
            message: notice.message,
            errors: Vec::new(),
        },
        None => NotifyForm {
            id: Uuid::new_v4().to_string(),
            audience: String::new(),
            message: Default::default(),
            errors: Vec::new(),
        },
    };
    Ok(html_response(
        StatusCode::OK,
        notify(&ctx, &breach, &csrf::token(&session), &form),
    ))
}

pub async fn staff_breach_notify_post(
    Protected(pairs): Protected<Vec<(String, String)>>,
    ctx: PageContext,
    who: May<KeepBreachRegister>,
    path: web::Path<String>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (breach, _) = find(&state, &path.into_inner()).await?;
    let mut form = NotifyForm::from_pairs(&pairs);
    if breach.facts.decision != Some(Decision::HighRisk) {
        return Ok(html_response(
            StatusCode::CONFLICT,
            not_high_risk(&ctx, &breach),
        ));
    }
    // A form without its own id was not one this page made: start it afresh.
    let Ok(id) = Uuid::parse_str(form.id.trim()) else {
        return Ok(see_other(
            &paths::STAFF_BREACH_NOTIFY.replace("{reference}", &breach.reference),
        ));
    };
    let problems = breach_notice::problems(&breach, form.audience(), &form.message);
    if !problems.is_empty() {
        form.errors = problems
            .into_iter()
            .map(|(field, id)| FieldError {
                field,
                message: ctx.t(id),
            })
            .collect();
        return Ok(html_response(
            StatusCode::BAD_REQUEST,
            notify(&ctx, &breach, &csrf::token(&session), &form),
        ));
    }
    let draft = Draft {
        id,
        audience: form.audience().expect("checked by problems()"),
        message: form.message,
        by: who.staff.id,
        at: state.clock.now(),
    };
    // Saved, or sent meanwhile (the back button after sending, `DraftSaved::AlreadySent`,
    // which changed nothing): either way the notice's page shows what it now is.
    breach_notice::save_draft(state.store.as_ref(), &state.vault.keys, &breach, draft).await?;
    Ok(see_other(&paths::staff_breach_notice(
        &breach.reference,
        &id.to_string(),
    )))
}
