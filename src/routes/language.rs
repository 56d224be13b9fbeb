//! The language switch: a plain link that remembers the choice in a cookie. A signed-in
//! customer's profile follows it, so that the e-mails (always in the profile's language)
//! come in the language they read the pages in.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;

use crate::auth::sessions::SignedIn;
use crate::i18n::{LANG_COOKIE, Lang};
use crate::paths;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct Query {
    next: Option<String>,
}

/// `GET /language/{code}?next=/path`: a preference, so a link is allowed here and keeps
/// the switch usable on every page without a form. Signed in, it is also the profile's
/// language (audited as a correction), but only for a click on our own pages: a link from
/// another site (`Sec-Fetch-Site: cross-site`) sets the cookie and changes no data.
pub async fn language_get(
    code: web::Path<String>,
    query: web::Query<Query>,
    req: HttpRequest,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> HttpResponse {
    let Some(lang) = Lang::from_code(&code) else {
        return HttpResponse::NotFound().finish();
    };
    let cross_site = req
        .headers()
        .get("sec-fetch-site")
        .is_some_and(|site| site.as_bytes() == b"cross-site");
    if let (Ok(who), false) = (SignedIn::of(&req), cross_site) {
        // The pages' language switches even when the profile cannot be written now.
        let followed = state
            .vault
            .follow_page_language(who.customer, lang, &who.access(&request_id))
            .await;
        if let Err(error) = followed {
            tracing::warn!(error = %error, "the profile's language was not changed");
        }
    }
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
