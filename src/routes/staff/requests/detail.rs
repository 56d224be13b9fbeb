//! `GET /staff/requests/{reference}`: one request; `POST …/show`: the same page with one
//! part of the customer's data opened, on record with the reference as the reason. Only
//! a POST opens data, so a link or a URL alone never does.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;

use super::{access, find, staff_names, today};
use crate::auth::csrf::{self, Protected};
use crate::domain::Request;
use crate::domain::need_to_know::Section;
use crate::error::AppError;
use crate::staff::Role;
use crate::staff::guard::{May, StaffSignedIn};
use crate::staff::permissions::{ApproveProposals, WorkRequests};
use crate::staff::workflow::{ActionKind, may_act};
use crate::state::AppState;
use crate::vault::SectionData;
use crate::views::pages::staff::request::{RequestView, request};
use crate::views::{PageContext, html_response};

/// The session key of the message shown once after an action.
pub const DONE: &str = "staff_done";

pub async fn view_staff_request_get(
    ctx: PageContext,
    who: May<WorkRequests>,
    reference: web::Path<String>,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let found = find(&state, &reference).await?;
    let done = crate::auth::sessions::take::<String>(&session, DONE);
    let done = done.as_deref().and_then(done_message);
    page(
        &ctx,
        &who.staff,
        found,
        None,
        done,
        &session,
        &request_id,
        &state,
    )
    .await
}

#[derive(Deserialize)]
pub struct ShowForm {
    #[serde(default)]
    section: String,
}

pub async fn staff_request_show_post(
    Protected(form): Protected<ShowForm>,
    ctx: PageContext,
    who: May<WorkRequests>,
    reference: web::Path<String>,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let found = find(&state, &reference).await?;
    let section = Section::parse(&form.section).filter(|s| s.needed_for(found.kind));
    let (Some(section), true) = (section, may_open_data(&found, &who.staff)) else {
        // Not a part this kind needs, or not this staff member's request: refused, and
        // nothing is opened.
        return Ok(HttpResponse::new(StatusCode::FORBIDDEN));
    };
    let data = state
        .vault
        .open_section(
            &found,
            section,
            &access(&who.staff, &found.reference, &request_id),
        )
        .await?;
    let opened = Some((section, data));
    page(
        &ctx,
        &who.staff,
        found,
        opened,
        None,
        &session,
        &request_id,
        &state,
    )
    .await
}

/// The privacy officer may open any request's data; an agent only that of an open request
/// assigned to them.
pub fn may_open_data(request: &Request, staff: &StaffSignedIn) -> bool {
    staff.role == Role::PrivacyOfficer
        || (staff.role == Role::Agent
            && request.status.is_open()
            && request.handling.assigned_to == Some(staff.id))
}

/// Whether the request page shows what the customer wrote and the history: to the FG, to
/// the assignee, and to anyone while nobody works it yet (to decide to take it).
fn may_read(request: &Request, staff: &StaffSignedIn) -> bool {
    staff.role == Role::PrivacyOfficer
        || request.handling.assigned_to.is_none_or(|id| id == staff.id)
}

/// The actions `staff` may take on `request` now, in page order.
pub fn actions(request: &Request, staff: &StaffSignedIn) -> Vec<ActionKind> {
    if !request.status.is_open() {
        return Vec::new();
    }
    let pending = request.handling.proposal.is_some();
    ActionKind::ALL
        .into_iter()
        .filter(|action| may_act(request, staff, *action))
        .filter(|action| match action {
            ActionKind::Assign => true,
            // Notes are sealed with the customer's key: none once they are erased.
            ActionKind::Note => request.customer_id.is_some(),
            ActionKind::Decide => pending && staff.role.may::<ApproveProposals>(),
            ActionKind::Extend => {
                !pending && request.extended_until.is_none() && request.customer_id.is_some()
            }
            ActionKind::Refuse | ActionKind::Complete => !pending,
            ActionKind::Ask => request.customer_id.is_some(),
        })
        .collect()
}

/// The message id shown after action `code`.
fn done_message(code: &str) -> Option<&'static str> {
    Some(match ActionKind::parse(code)? {
        ActionKind::Assign => "staff-done-assign",
        ActionKind::Ask => "staff-done-ask",
        ActionKind::Extend => "staff-done-extend",
        ActionKind::Refuse => "staff-done-refuse",
        ActionKind::Decide => "staff-done-decide",
        ActionKind::Complete => "staff-done-complete",
        ActionKind::Note => "staff-done-note",
    })
}

#[allow(clippy::too_many_arguments)]
async fn page(
    ctx: &PageContext,
    staff: &StaffSignedIn,
    found: Request,
    opened: Option<(Section, Option<SectionData>)>,
    done: Option<&str>,
    session: &Session,
    request_id: &RequestId,
    state: &web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let full = if may_read(&found, staff) {
        state
            .vault
            .read_request_for_staff(&found, &access(staff, &found.reference, request_id))
            .await?
    } else {
        None
    };
    let (names, _) = staff_names(state).await?;
    let shown = full.as_ref().map_or(&found, |f| &f.request);
    let view = RequestView {
        request: shown,
        full: full.as_ref(),
        names: &names,
        today: today(state),
        actions: actions(shown, staff),
        may_open_data: may_open_data(shown, staff),
        opened,
        done,
        csrf_token: &csrf::token(session),
    };
    Ok(html_response(StatusCode::OK, request(ctx, &view)))
}
