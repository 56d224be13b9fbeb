//! `POST /sign-out`: the session is deleted on the server, and the browser is told to
//! forget its cookies and storage for this site. `GET /signed-out` then says so.

use actix_session::Session;
use actix_web::HttpResponse;
use actix_web::http::header;
use maud::Markup;
use serde::Deserialize;

use crate::auth::csrf::Protected;
use crate::paths;
use crate::views::{PageContext, pages};

#[derive(Deserialize)]
pub struct Empty {}

pub async fn sign_out_post(session: Session, _: Protected<Empty>) -> HttpResponse {
    session.purge();
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::SIGNED_OUT))
        .insert_header(("Clear-Site-Data", "\"cookies\", \"storage\""))
        .finish()
}

pub async fn view_signed_out_get(ctx: PageContext) -> Markup {
    pages::sign_in::signed_out(&ctx)
}
