//! Re-authentication: downloading or deleting everything needs a password given recently,
//! not just a session that is still alive (ASVS V7.5.1). A sign-in counts; so does
//! confirming the password at `/account/confirm-identity`, which records the moment here.

use actix_session::Session;
use actix_web::HttpResponse;
use actix_web::http::header;
use time::{Duration, OffsetDateTime};

use super::sessions::SIGNED_IN_AT;
use crate::paths;

/// The session key of the last password confirmation (Unix seconds).
const REAUTHENTICATED_AT: &str = "reauthenticated_at";

/// Records that the password was just confirmed in this session.
pub fn record(session: &Session, now: OffsetDateTime) -> anyhow::Result<()> {
    session
        .insert(REAUTHENTICATED_AT, now.unix_timestamp())
        .map_err(|e| anyhow::anyhow!("{e}"))
}

/// Whether the password was given (at sign-in or since) less than `limit` ago.
pub fn recent_authentication(session: &Session, now: OffsetDateTime, limit: Duration) -> bool {
    let at = |key| session.get::<i64>(key).ok().flatten();
    [at(SIGNED_IN_AT), at(REAUTHENTICATED_AT)]
        .into_iter()
        .flatten()
        .max()
        .is_some_and(|last| {
            let age = now.unix_timestamp() - last;
            (0..limit.whole_seconds()).contains(&age)
        })
}

/// `None` when the authentication is recent enough; otherwise the 303 to the
/// confirmation page, which comes back to `next` afterwards.
pub fn require(
    session: &Session,
    now: OffsetDateTime,
    limit: Duration,
    next: &str,
) -> Option<HttpResponse> {
    (!recent_authentication(session, now, limit)).then(|| {
        HttpResponse::SeeOther()
            .insert_header((header::LOCATION, confirm_identity_then(next)))
            .finish()
    })
}

/// The confirmation page, returning to `next`.
pub fn confirm_identity_then(next: &str) -> String {
    let mut url = url::Url::parse("http://portal.invalid/").expect("static base");
    url.set_path(paths::CONFIRM_IDENTITY);
    url.query_pairs_mut().append_pair("next", next);
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}
