//! `GET /staff/breaches/{reference}`: one breach, its clock and its history.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::{SAVED, find, name_of, staff_names};
use crate::error::AppError;
use crate::staff::guard::May;
use crate::staff::permissions::KeepBreachRegister;
use crate::state::AppState;
use crate::views::pages::staff::breaches::record::{RecordView, record};
use crate::views::{PageContext, html_response};

pub async fn view_staff_breach_get(
    ctx: PageContext,
    _: May<KeepBreachRegister>,
    path: web::Path<String>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (breach, events) = find(&state, &path.into_inner()).await?;
    let names = staff_names(&state).await?;
    let who = name_of(&names);
    let saved = crate::auth::sessions::take::<bool>(&session, SAVED).unwrap_or(false);
    let notices =
        crate::staff::breach_notice::of_breach(state.store.as_ref(), &state.vault.keys, &breach)
            .await?;
    let view = RecordView {
        breach: &breach,
        events: &events,
        register: &state.register,
        who: &who,
        now: state.clock.now(),
        saved,
        notices: &notices,
    };
    Ok(html_response(StatusCode::OK, record(&ctx, &view)))
}
