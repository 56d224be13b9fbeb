//! `POST /sign-out`: the session is deleted on the server, and the browser is told to
//! forget its cookies and storage for this site.

use actix_session::Session;
use actix_web::HttpResponse;
use actix_web::http::header;
use serde::Deserialize;

use crate::auth::csrf::Protected;
use crate::paths;

#[derive(Deserialize)]
pub struct Empty {}

pub async fn sign_out_post(session: Session, _: Protected<Empty>) -> HttpResponse {
    session.purge();
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, paths::HOME))
        .insert_header(("Clear-Site-Data", "\"cookies\", \"storage\""))
        .finish()
}
