//! The language switch: a plain link that remembers the choice in a cookie.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::i18n::{LANG_COOKIE, Lang};
use crate::paths;

#[derive(Deserialize)]
pub struct Query {
    next: Option<String>,
}

/// `GET /language/{code}?next=/path`: a preference, not a change to anyone's data, so a
/// link is allowed here and keeps the switch usable on every page without a form.
pub async fn language_get(code: web::Path<String>, query: web::Query<Query>) -> HttpResponse {
    let Some(lang) = Lang::from_code(&code) else {
        return HttpResponse::NotFound().finish();
    };
    let cookie = Cookie::build(LANG_COOKIE, lang.code())
        .path("/")
        .http_only(true)
        // Always, as `__Host-` requires; browsers treat http://localhost as secure too.
        .secure(true)
        .same_site(SameSite::Lax)
        .max_age(Duration::days(365))
        .finish();
    HttpResponse::SeeOther()
        .cookie(cookie)
        .insert_header((header::LOCATION, paths::safe_next(query.next.as_deref())))
        .finish()
}
