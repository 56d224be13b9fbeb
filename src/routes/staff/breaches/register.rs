//! `GET /staff/breaches`: the register, for the privacy officer.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use crate::error::AppError;
use crate::staff::breach;
use crate::staff::guard::May;
use crate::staff::permissions::KeepBreachRegister;
use crate::state::AppState;
use crate::views::pages::staff::breaches::register::register;
use crate::views::{PageContext, html_response};

pub async fn view_staff_breaches_get(
    ctx: PageContext,
    _: May<KeepBreachRegister>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let breaches = breach::register(state.store.as_ref(), &state.vault.keys).await?;
    Ok(html_response(
        StatusCode::OK,
        register(&ctx, &breaches, state.clock.now()),
    ))
}
