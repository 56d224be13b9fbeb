//! `GET /staff/requests/assign?reference=…`: the requests ticked on the queue, to take
//! them; `POST`: assigns each to the staff member, skipping any that changed meanwhile.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use tracing_actix_web::RequestId;

use super::queue::ASSIGNED;
use super::{access, today};
use crate::auth::csrf::{self, Protected};
use crate::error::AppError;
use crate::paths;
use crate::routes::account::redirect::see_other;
use crate::staff::guard::May;
use crate::staff::permissions::WorkRequests;
use crate::staff::workflow::{self, Action, ActionKind};
use crate::state::AppState;
use crate::vault::{Applied, Outcome};
use crate::views::pages::staff::queue::confirm_assign;
use crate::views::{PageContext, html_response};

/// At most this many at once: a page of the queue.
const MOST: usize = super::PER_PAGE as usize;

pub async fn view_staff_assign_many_get(
    ctx: PageContext,
    who: May<WorkRequests>,
    query: web::Query<Vec<(String, String)>>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let mut picked = Vec::new();
    for (_, reference) in query.iter().filter(|(n, _)| n == "reference").take(MOST) {
        if let Some(request) = state.vault.find_request(reference).await? {
            let takeable = request.status.is_open()
                && request.handling.assigned_to != Some(who.staff.id)
                && workflow::may_act(&request, &who.staff, ActionKind::Assign);
            if takeable {
                picked.push((request.reference, request.handling.version));
            }
        }
    }
    let page = confirm_assign(&ctx, &csrf::token(&session), &picked);
    Ok(html_response(StatusCode::OK, page))
}

pub async fn staff_assign_many_post(
    Protected(form): Protected<Vec<(String, String)>>,
    who: May<WorkRequests>,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let me = &who.staff;
    let (now, today) = (state.clock.now(), today(&state));
    let (mut done, mut changed) = (0usize, 0usize);
    for (_, item) in form.iter().filter(|(n, _)| n == "item").take(MOST) {
        let Some((reference, version)) = item.rsplit_once(':') else {
            continue;
        };
        let Some(request) = state.vault.find_request(reference).await? else {
            continue;
        };
        let shown = version.parse::<i64>().ok() == Some(request.handling.version);
        let received =
            crate::domain::received_on(&state.organisation.time_zone, request.received_at);
        let planned = workflow::plan(
            &request,
            &Action::Assign { to: me.id },
            me,
            received,
            today,
            now,
        );
        match (shown, planned) {
            (true, Ok(plan)) => {
                let change = plan.into_change(Outcome::Answer);
                let access = access(me, reference, &request_id);
                match state
                    .vault
                    .apply_request_change(&request, &change, now, today, &access)
                    .await?
                {
                    Applied::Done(_) => done += 1,
                    Applied::Stale => changed += 1,
                }
            }
            _ => changed += 1,
        }
    }
    session
        .insert(ASSIGNED, (done, changed))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(see_other(paths::STAFF_REQUESTS))
}
