//! What every page needs to know about the request it answers.

use std::future::{Ready, ready};
use std::sync::Arc;

use actix_session::SessionExt;
use actix_web::{FromRequest, HttpRequest, dev::Payload, web};

use crate::config::Organisation;
use crate::i18n::{self, Lang};
use crate::state::AppState;

/// The language, the current location and the organisation, for the layout and the pages.
#[derive(Clone)]
pub struct PageContext {
    pub lang: Lang,
    /// Path and query of this request, so the language switch can return here.
    pub current: String,
    /// The route pattern that matched, for `aria-current` in the navigation.
    pub route: Option<String>,
    pub organisation: Arc<Organisation>,
    /// For a signed-in visitor: the CSRF token the layout's sign-out button carries.
    /// `None` when signed out (no session is started just to show a page).
    pub sign_out_token: Option<String>,
    /// The signed-in visitor is staff: the header links to the staff area.
    pub staff: bool,
    /// A signed-in staff member's role, for the staff menu.
    pub staff_role: Option<crate::staff::Role>,
}

impl PageContext {
    pub fn from_request(req: &HttpRequest) -> Self {
        let organisation = req
            .app_data::<web::Data<AppState>>()
            .map(|state| state.organisation.clone())
            .unwrap_or_default();
        Self {
            lang: i18n::negotiate(req.headers()),
            current: req
                .uri()
                .path_and_query()
                .map_or_else(|| "/".to_string(), |pq| pq.as_str().to_string()),
            route: req.match_pattern(),
            organisation,
            sign_out_token: signed_in_token(req),
            staff: req
                .get_session()
                .get::<uuid::Uuid>(crate::auth::session_store::STAFF)
                .ok()
                .flatten()
                .is_some(),
            staff_role: req
                .get_session()
                .get::<crate::staff::Role>(crate::staff::guard::ROLE)
                .ok()
                .flatten(),
        }
    }

    /// The message `id` in this page's language.
    pub fn t(&self, id: &str) -> String {
        i18n::t(self.lang, id)
    }

    /// The message `id` with one number argument (for plurals: "1 minuut", "2 minuten").
    pub fn t_with_number(&self, id: &str, name: &'static str, number: i64) -> String {
        i18n::t_with(self.lang, id, &[(name, i18n::Arg::Number(number))])
    }

    /// The message `id` in this page's language, with arguments.
    pub fn t_args(&self, id: &str, args: &[(&'static str, &str)]) -> String {
        i18n::t_args(self.lang, id, args)
    }
}

fn signed_in_token(req: &HttpRequest) -> Option<String> {
    let session = req.get_session();
    crate::auth::sessions::has_owner(&session).then(|| crate::auth::csrf::token(&session))
}

impl FromRequest for PageContext {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self::from_request(req)))
    }
}
