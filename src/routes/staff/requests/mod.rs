//! The staff side of requests: the queue, taking several at once, one request with its
//! need-to-know data, and its actions. Every handler takes `May<WorkRequests>`; who may
//! act on which request is `staff::workflow::may_act`.

pub mod action;
pub mod assign_many;
pub mod detail;
pub mod notify;
pub mod queue;

use actix_web::web;
use time::Date;
use tracing_actix_web::RequestId;

use crate::domain::{Access, Actor, Request};
use crate::error::AppError;
use crate::staff::guard::StaffSignedIn;
use crate::staff::{self, Role, permissions::WorkRequests};
use crate::state::AppState;
use crate::views::pages::staff::common::StaffNames;

/// How many requests a queue page shows.
pub const PER_PAGE: i64 = 25;

/// The request with this reference (without what the customer wrote), or 404.
pub async fn find(state: &AppState, reference: &str) -> Result<Request, AppError> {
    state
        .vault
        .find_request(reference)
        .await?
        .ok_or(AppError::NotFound)
}

/// What goes on the audit record when `staff` works request `reference`.
pub fn access(staff: &StaffSignedIn, reference: &str, request_id: &RequestId) -> Access {
    Access {
        actor: Actor::staff(staff.id, staff.role.code()),
        reason: Some(reference.to_string()),
        request_id: Some(request_id.to_string()),
    }
}

/// Today where the organisation is: deadlines are days there.
pub fn today(state: &AppState) -> Date {
    crate::i18n::local(&state.organisation.time_zone, state.clock.now()).date()
}

/// Every staff member by name (their e-mail address), and those who may work requests.
pub async fn staff_names(
    state: &web::Data<AppState>,
) -> Result<(StaffNames, Vec<(uuid::Uuid, String)>), AppError> {
    let members = staff::all(state.store.as_ref(), &state.vault.keys).await?;
    let workers = members
        .iter()
        .filter(|m| m.active && m.role.may::<WorkRequests>())
        .map(|m| (m.id, name_with_role(m.email.clone(), m.role)))
        .collect();
    let names = members.into_iter().map(|m| (m.id, m.email)).collect();
    Ok((names, workers))
}

fn name_with_role(email: String, role: Role) -> String {
    match role {
        Role::PrivacyOfficer => format!("{email} (FG)"),
        _ => email,
    }
}
