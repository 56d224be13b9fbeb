//! `GET /staff/breaches/{reference}/draft`: the AP notification draft, in Dutch.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::{find, name_of, staff_names};
use crate::error::AppError;
use crate::staff::guard::May;
use crate::staff::permissions::KeepBreachRegister;
use crate::state::AppState;
use crate::views::pages::staff::breaches::draft::draft;
use crate::views::{PageContext, html_response};

pub async fn view_staff_breach_draft_get(
    ctx: PageContext,
    _: May<KeepBreachRegister>,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (breach, _) = find(&state, &path.into_inner()).await?;
    let names = staff_names(&state).await?;
    let who = name_of(&names);
    Ok(html_response(
        StatusCode::OK,
        draft(&ctx, &breach, &state.register, &who, state.clock.now()),
    ))
}
