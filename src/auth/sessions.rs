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

use super::session_store::{CUSTOMER, DbSessionStore, SESSION_ID, STAFF};
use crate::clock::Clock;
use crate::db::Store;
use crate::paths;

/// `__Host-`: only ever set over a secure connection, for this host, for all paths.
pub const COOKIE: &str = "__Host-inzage";
/// When this session signed in (Unix seconds); a sign-in counts as recent authentication.
pub(crate) const SIGNED_IN_AT: &str = "signed_in_at";
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

/// What every session is checked against: its limits and the portal's clock. `startup`
/// registers it as app data, so the extractors below need nothing else.
#[derive(Debug, Clone)]
pub struct Freshness {
    pub limits: Limits,
    pub clock: Clock,
}

/// The session middleware: server-side state, a `__Host-` cookie that is Secure, HttpOnly,
/// SameSite=Lax and gone when the browser closes. The stored row lives up to the absolute
/// limit; the idle limit is checked against `last_seen` (see `SignedIn`), so that a form
/// posted just after the idle limit can still be recognised and kept (`kept_form`).
pub fn middleware(
    store: Arc<dyn Store>,
    key: &[u8],
    limits: Limits,
    clock: Clock,
) -> SessionMiddleware<DbSessionStore> {
    SessionMiddleware::builder(DbSessionStore::new(store, clock), Key::derive_from(key))
        .cookie_name(COOKIE.into())
        .cookie_secure(true)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_path("/".into())
        .cookie_domain(None)
        .cookie_content_security(CookieContentSecurity::Signed)
        .session_lifecycle(
            BrowserSession::default()
                .state_ttl(limits.absolute)
                .state_ttl_extension_policy(TtlExtensionPolicy::OnStateChanges),
        )
        .build()
}

/// The state key of the session's coarse device label (browser and system codes).
pub const DEVICE: &str = "device";

/// Signs a customer in: a new session key (no fixation), its own id, the customer, the
/// device as the browser names itself (coarsely), and the time. Whatever the session held
/// before (a staff sign-in, say) is dropped, except a form kept across an expired session.
pub fn sign_in(
    session: &Session,
    customer: Uuid,
    user_agent: &str,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    start(session, CUSTOMER, customer, user_agent, now)
}

/// Signs a staff member in, in the same way; a session is either a customer's or staff's.
pub fn sign_in_staff(
    session: &Session,
    staff: Uuid,
    user_agent: &str,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    start(session, STAFF, staff, user_agent, now)
}

fn start(
    session: &Session,
    owner_key: &str,
    owner: Uuid,
    user_agent: &str,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let kept = session
        .get::<String>(super::kept_form::SESSION_KEY)
        .ok()
        .flatten();
    session.clear();
    session.renew();
    if let Some(kept) = kept {
        session.insert(super::kept_form::SESSION_KEY, kept)?;
    }
    session.insert(SESSION_ID, Uuid::new_v4().simple().to_string())?;
    session.insert(DEVICE, super::device::label(user_agent))?;
    session.insert(owner_key, owner)?;
    let now = now.unix_timestamp();
    session.insert(SIGNED_IN_AT, now)?;
    session.insert(LAST_SEEN, now)?;
    Ok(())
}

/// Whether the session is within its idle and absolute limits; moves `last_seen` on.
fn fresh(session: &Session, limits: Limits, now: OffsetDateTime) -> bool {
    let signed_in_at = session.get::<i64>(SIGNED_IN_AT).ok().flatten();
    let last_seen = session.get::<i64>(LAST_SEEN).ok().flatten();
    let now = now.unix_timestamp();
    let fresh = match (signed_in_at, last_seen) {
        (Some(at), Some(seen)) => {
            now - at < limits.absolute.whole_seconds() && now - seen < limits.idle.whole_seconds()
        }
        _ => false,
    };
    if fresh && last_seen.is_some_and(|seen| now - seen >= LAST_SEEN_PRECISION) {
        let _ = session.insert(LAST_SEEN, now);
    }
    fresh
}

/// The id under `owner_key` (customer or staff) of a session within its limits. A session
/// past its limits is ended here, so its key cannot be used again.
fn owner_of(req: &HttpRequest, owner_key: &str) -> Option<(Uuid, String)> {
    let rules = req.app_data::<actix_web::web::Data<Freshness>>()?;
    let session = req.get_session();
    let owner = session.get::<Uuid>(owner_key).ok().flatten()?;
    if !fresh(&session, rules.limits, rules.clock.now()) {
        end_expired(&session);
        return None;
    }
    let session_id = session
        .get::<String>(SESSION_ID)
        .ok()
        .flatten()
        .unwrap_or_default();
    Some((owner, session_id))
}

/// Forgets who was signed in, under a new key, keeping only a form kept for after the
/// next sign-in (see `kept_form`).
pub fn end_expired(session: &Session) {
    let kept = session
        .get::<String>(super::kept_form::SESSION_KEY)
        .ok()
        .flatten();
    session.clear();
    session.renew();
    if let Some(kept) = kept {
        let _ = session.insert(super::kept_form::SESSION_KEY, kept);
    }
}

/// Whether this request's session was signed in at all (fresh or not): used to tell an
/// expired session from a visitor who never signed in.
pub fn had_sign_in(session: &Session) -> Option<Uuid> {
    session.get::<Uuid>(CUSTOMER).ok().flatten()
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
        owner_of(req, CUSTOMER)
            .map(|(customer, session_id)| SignedIn {
                customer,
                session_id,
            })
            .ok_or(NotSignedIn)
    }
}

/// A signed-in staff member; see `crate::staff` for roles and the guard.
pub fn staff_of(req: &HttpRequest) -> Option<(Uuid, String)> {
    owner_of(req, STAFF)
}

impl FromRequest for SignedIn {
    type Error = NotSignedIn;
    type Future = Ready<Result<Self, NotSignedIn>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(SignedIn::of(req))
    }
}

/// Whether a customer or a staff member is signed in on this session (fresh or not).
pub fn has_owner(session: &Session) -> bool {
    [CUSTOMER, STAFF]
        .iter()
        .any(|key| session.get::<Uuid>(key).ok().flatten().is_some())
}

/// Takes a one-time value (a notice for the next page) out of the session. Only a value
/// that is there is removed: actix-session counts every `remove` as a change, and a change
/// is a durable database write, which would make every view of the page a write.
pub fn take<T: serde::de::DeserializeOwned>(session: &Session, key: &str) -> Option<T> {
    if !session.contains_key(key) {
        return None;
    }
    session.remove_as::<T>(key).and_then(Result::ok)
}

/// Drops `key` from the session; writes only when it was there (see `take`).
pub fn forget(session: &Session, key: &str) {
    if session.contains_key(key) {
        session.remove(key);
    }
}
