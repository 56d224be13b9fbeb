//! The session cookie and the signed-in customer.

use std::future::{Ready, ready};
use std::sync::Arc;

use actix_session::config::{BrowserSession, CookieContentSecurity, TtlExtensionPolicy};
use actix_session::{Session, SessionExt, SessionMiddleware};
use actix_web::cookie::{Key, SameSite, time::Duration};
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, dev::Payload};
use time::OffsetDateTime;
use uuid::Uuid;

use super::session_store::{CUSTOMER, DbSessionStore, SESSION_ID};
use crate::db::Store;
use crate::routes::paths;

/// `__Host-`: only ever set over a secure connection, for this host, for all paths.
pub const COOKIE: &str = "__Host-inzage";
const SIGNED_IN_AT: &str = "signed_in_at";
const LAST_SEEN: &str = "last_seen";
/// How stale `last_seen` may get before a request writes it again. Writing it on every
/// request would cost a durable database write per page view; this costs one a minute.
const LAST_SEEN_PRECISION: i64 = 60;

/// How long a session may last: idle (no requests) and absolute (since sign-in).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub idle: Duration,
    pub absolute: Duration,
}

/// The session middleware: server-side state, a `__Host-` cookie that is Secure, HttpOnly,
/// SameSite=Lax and gone when the browser closes. The stored row lives a little longer than
/// the idle limit; the limit itself is checked against `last_seen` (see `SignedIn`).
pub fn middleware(
    store: Arc<dyn Store>,
    key: &[u8],
    limits: Limits,
) -> SessionMiddleware<DbSessionStore> {
    SessionMiddleware::builder(DbSessionStore::new(store), Key::derive_from(key))
        .cookie_name(COOKIE.into())
        .cookie_secure(true)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_path("/".into())
        .cookie_domain(None)
        .cookie_content_security(CookieContentSecurity::Signed)
        .session_lifecycle(
            BrowserSession::default()
                .state_ttl(limits.idle + Duration::seconds(2 * LAST_SEEN_PRECISION))
                .state_ttl_extension_policy(TtlExtensionPolicy::OnStateChanges),
        )
        .build()
}

/// The state key of the session's coarse device label (browser and system codes).
pub const DEVICE: &str = "device";

/// Signs a customer in: a new session key (no fixation), its own id, the customer, the
/// device as the browser names itself (coarsely), and the time.
pub fn sign_in(session: &Session, customer: Uuid, user_agent: &str) -> anyhow::Result<()> {
    session.renew();
    session.insert(SESSION_ID, Uuid::new_v4().simple().to_string())?;
    session.insert(DEVICE, super::device::label(user_agent))?;
    session.insert(CUSTOMER, customer)?;
    let now = OffsetDateTime::now_utc().unix_timestamp();
    session.insert(SIGNED_IN_AT, now)?;
    session.insert(LAST_SEEN, now)?;
    Ok(())
}

/// The signed-in customer; handlers that take it are for signed-in customers only.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub customer: Uuid,
    /// This session's own id (to tell it apart on the sessions page).
    pub session_id: String,
}

/// Not signed in (or signed in too long ago): go to the sign-in page.
#[derive(Debug, thiserror::Error)]
#[error("not signed in")]
pub struct NotSignedIn;

impl ResponseError for NotSignedIn {
    fn status_code(&self) -> StatusCode {
        StatusCode::SEE_OTHER
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::SeeOther()
            .insert_header((header::LOCATION, paths::SIGN_IN))
            .finish()
    }
}

impl SignedIn {
    /// The customer acting on their own data in this request: what goes on the audit record.
    pub fn access(&self, request_id: &tracing_actix_web::RequestId) -> crate::domain::Access {
        crate::domain::Access {
            actor: crate::domain::Actor::customer(self.customer),
            reason: None,
            request_id: Some(request_id.to_string()),
        }
    }

    /// The check behind the extractor, for handlers that must look at something else first
    /// (POST handlers check the CSRF token before anything else).
    pub fn of(req: &HttpRequest) -> Result<SignedIn, NotSignedIn> {
        let session = req.get_session();
        let limits = req
            .app_data::<actix_web::web::Data<crate::startup::AppState>>()
            .map(|state| state.session_limits);
        let customer = session.get::<Uuid>(CUSTOMER).ok().flatten();
        let signed_in_at = session.get::<i64>(SIGNED_IN_AT).ok().flatten();
        let last_seen = session.get::<i64>(LAST_SEEN).ok().flatten();
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let fresh = match (signed_in_at, last_seen, limits) {
            (Some(at), Some(seen), Some(limits)) => {
                now - at < limits.absolute.whole_seconds()
                    && now - seen < limits.idle.whole_seconds()
            }
            _ => false,
        };
        if fresh && last_seen.is_some_and(|seen| now - seen >= LAST_SEEN_PRECISION) {
            let _ = session.insert(LAST_SEEN, now);
        }
        match customer {
            Some(customer) if fresh => Ok(SignedIn {
                customer,
                session_id: session
                    .get::<String>(SESSION_ID)
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
            }),
            Some(_) => {
                session.purge();
                Err(NotSignedIn)
            }
            None => Err(NotSignedIn),
        }
    }
}

impl FromRequest for SignedIn {
    type Error = NotSignedIn;
    type Future = Ready<Result<Self, NotSignedIn>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(SignedIn::of(req))
    }
}
