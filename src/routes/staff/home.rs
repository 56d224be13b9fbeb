//! `GET /staff`: the start of the staff area (the staff pages come later).

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use crate::staff::guard::StaffSignedIn;
use crate::views::pages::staff;
use crate::views::{PageContext, html_response};

pub async fn view_staff_home_get(ctx: PageContext, who: StaffSignedIn) -> HttpResponse {
    html_response(StatusCode::OK, staff::home(&ctx, who.role))
}
