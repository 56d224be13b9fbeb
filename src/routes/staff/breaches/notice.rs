//! `GET /staff/breaches/{reference}/notices/{id}` shows a notice: its check page while a
//! draft, its progress once sent. `POST .../send` sends it: from that moment its
//! customers see it in the portal, and the background sender e-mails each of them once.
//! Sending is a new event in the breach's history.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::find;
use crate::auth::csrf::{self, Protected};
use crate::error::AppError;
use crate::paths;
use crate::routes::account::redirect::see_other;
use crate::routes::account::sessions::Empty;
use crate::staff::breach::{self, Breach, Change, EventKind, Status};
use crate::staff::breach_notice::{self, Audience, Notice, NoticeState};
use crate::staff::guard::May;
use crate::staff::permissions::KeepBreachRegister;
use crate::state::AppState;
use crate::views::pages::staff::breaches::notice::{NoticeView, notice};
use crate::views::pages::staff::breaches::notify::not_high_risk;
use crate::views::{PageContext, html_response};

/// The session key of "sending has started", shown once.
const SENT: &str = "breach_notice_sent";

async fn find_notice(state: &AppState, breach: &Breach, id: &str) -> Result<Notice, AppError> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    breach_notice::find(state.store.as_ref(), &state.vault.keys, breach, id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn view_staff_breach_notice_get(
    ctx: PageContext,
    _: May<KeepBreachRegister>,
    path: web::Path<(String, String)>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (reference, id) = path.into_inner();
    let (breach, _) = find(&state, &reference).await?;
    let notice_found = find_notice(&state, &breach, &id).await?;
    let progress = state.store.notice_progress(notice_found.id).await?;
    let customers =
        if notice_found.state == NoticeState::Draft && notice_found.audience == Audience::All {
            state.store.count_customers().await?
        } else {
            progress.customers
        };
    let just_sent = crate::auth::sessions::take::<bool>(&session, SENT).unwrap_or(false);
    let view = NoticeView {
        breach: &breach,
        notice: &notice_found,
        customers,
        progress,
        csrf_token: &csrf::token(&session),
        just_sent,
    };
    Ok(html_response(StatusCode::OK, notice(&ctx, &view)))
}

pub async fn staff_breach_notice_send_post(
    _: Protected<Empty>,
    ctx: PageContext,
    who: May<KeepBreachRegister>,
    path: web::Path<(String, String)>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (reference, id) = path.into_inner();
    let (breach, _) = find(&state, &reference).await?;
    let found = find_notice(&state, &breach, &id).await?;
    let page = paths::staff_breach_notice(&breach.reference, &id);
    if found.state != NoticeState::Draft {
        // A second click, or the back button: it was sent once, and stays so.
        return Ok(see_other(&page));
    }
    // The decision may have changed since the draft was written.
    if !breach_notice::problems(&breach, Some(found.audience), &found.message).is_empty() {
        return Ok(html_response(
            StatusCode::CONFLICT,
            not_high_risk(&ctx, &breach),
        ));
    }
    let now = state.clock.now();
    if state.store.send_notice(found.id, who.staff.id, now).await? {
        state.notice_sender.now();
        record_in_history(&state, &breach, who.staff.id, now).await?;
        tracing::info!(breach = %breach.id, notice = %found.id, "a breach notice was sent");
        let _ = session.insert(SENT, true);
    }
    Ok(see_other(&page))
}

/// Sending is an event in the breach's history; a breach still being assessed is now
/// "notified". A colleague's save at the same moment wins (the notice is sent anyway).
async fn record_in_history(
    state: &AppState,
    breach: &Breach,
    by: Uuid,
    at: time::OffsetDateTime,
) -> Result<(), AppError> {
    let mut facts = breach.facts.clone();
    if matches!(facts.status, Status::Reported | Status::Assessing) {
        facts.status = Status::Notified;
    }
    let change = Change {
        version: breach.version,
        kind: EventKind::CustomersNotified,
        facts,
        by,
        at,
    };
    breach::change(state.store.as_ref(), &state.vault.keys, breach, change).await?;
    Ok(())
}
