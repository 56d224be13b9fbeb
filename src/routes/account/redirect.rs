//! Post/Redirect/Get: a good POST, or a page with nothing to show yet, answers
//! 303 See Other to the page to go to.

use actix_web::HttpResponse;
use actix_web::http::header;

/// 303 to `location`.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}
