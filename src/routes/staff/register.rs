//! `GET /staff/register`: the record of processing activities (Art. 30), for the privacy
//! officer. It holds no personal data, so reading it leaves no audit record.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use crate::staff::guard::May;
use crate::staff::permissions::SeeRegister;
use crate::state::AppState;
use crate::views::pages::staff::register;
use crate::views::{PageContext, html_response};

pub async fn view_staff_register_get(
    ctx: PageContext,
    _: May<SeeRegister>,
    state: web::Data<AppState>,
) -> HttpResponse {
    html_response(StatusCode::OK, register::register(&ctx, &state.register))
}
