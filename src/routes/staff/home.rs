//! `GET /staff`: the start of the staff area. The roles that may see the dashboard get
//! it; an agent gets the counts of the request queue and the way to it.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use crate::domain::received_on;
use crate::error::AppError;
use crate::staff::dashboard::{counted_since, figures, queue_counts};
use crate::staff::guard::StaffSignedIn;
use crate::staff::permissions::SeeDashboard;
use crate::state::AppState;
use crate::views::pages::staff::dashboard::{dashboard, queue_start};
use crate::views::{PageContext, html_response};

pub async fn view_staff_home_get(
    ctx: PageContext,
    who: StaffSignedIn,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let zone = &ctx.organisation.time_zone;
    let today = received_on(zone, state.clock.now());
    let page = if who.role.may::<SeeDashboard>() {
        let rows = state.store.request_figures(counted_since(today)).await?;
        dashboard(&ctx, who.role, &figures(&rows, today, zone))
    } else {
        // Open requests only: `since` lies after every request received so far.
        let rows = state.store.request_figures(state.clock.now()).await?;
        queue_start(&ctx, who.role, &queue_counts(&rows, who.id, today, zone))
    };
    Ok(html_response(StatusCode::OK, page))
}
