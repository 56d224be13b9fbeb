//! Cross-site request forgery: a token in every form, checked on every POST, together with
//! the `Origin` header. A signed-in session holds its own token (a synchronizer token); a
//! signed-out page's form carries a signed double-submit token instead, so that showing a
//! form to a visitor starts no session (see `form_token`).

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, dev::Payload, web};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The form field every POST form carries.
pub const FIELD: &str = "csrf";
const SESSION_KEY: &str = "csrf";

/// The session's token, created on first use (which also starts the session).
pub fn token(session: &Session) -> String {
    if let Ok(Some(token)) = session.get::<String>(SESSION_KEY) {
        return token;
    }
    let token = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    let _ = session.insert(SESSION_KEY, &token);
    token
}

/// The token for a form on a page that may be signed out: the session's own when it has
/// one or is signed in, else a double-submit token that writes nothing on the server.
pub fn token_for(req: &HttpRequest) -> String {
    let session = req.get_session();
    if let Some(token) = expected(&session) {
        return token;
    }
    if super::sessions::has_owner(&session) {
        token(&session)
    } else {
        super::form_token::issue(req)
    }
}

/// A form that passed the CSRF checks. Every POST handler takes its form this way, so a
/// POST without a valid token never reaches a handler (403).
pub struct Protected<T>(pub T);

#[derive(Debug, thiserror::Error)]
pub enum CsrfError {
    #[error("the form's token is missing or wrong")]
    Token,
    #[error("the request comes from another site")]
    Origin,
    #[error("the form could not be read")]
    Form,
}

impl ResponseError for CsrfError {
    fn status_code(&self) -> StatusCode {
        match self {
            CsrfError::Form => StatusCode::BAD_REQUEST,
            _ => StatusCode::FORBIDDEN,
        }
    }

    /// Bare: the error pages render it in the visitor's language.
    fn error_response(&self) -> HttpResponse {
        HttpResponse::new(self.status_code())
    }
}

#[derive(Deserialize)]
struct TokenField {
    csrf: Option<String>,
}

impl<T: DeserializeOwned + 'static> FromRequest for Protected<T> {
    type Error = CsrfError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, CsrfError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let body = body.await.map_err(|_| CsrfError::Form)?;
            let expected = expected(&req.get_session());
            check(&req, &body, expected.as_deref())?;
            serde_urlencoded::from_bytes::<T>(&body)
                .map(Protected)
                .map_err(|_| CsrfError::Form)
        })
    }
}

/// The token this session expects, if it has one.
pub fn expected(session: &Session) -> Option<String> {
    session.get::<String>(SESSION_KEY).ok().flatten()
}

/// Both checks on a posted urlencoded `body`: not from another site, and carrying the
/// session's token or a good form token for this browser.
pub fn check(req: &HttpRequest, body: &[u8], expected: Option<&str>) -> Result<(), CsrfError> {
    if !same_origin(req) {
        return Err(CsrfError::Origin);
    }
    let sent = serde_urlencoded::from_bytes::<TokenField>(body)
        .ok()
        .and_then(|f| f.csrf)
        .ok_or(CsrfError::Token)?;
    if super::form_token::is_form_token(&sent) {
        return if super::form_token::verify(req, &sent) {
            Ok(())
        } else {
            Err(CsrfError::Token)
        };
    }
    let expected = expected.ok_or(CsrfError::Token)?;
    // Compare digests, so the comparison takes the same time wherever they differ.
    if Sha256::digest(sent.as_bytes()) != Sha256::digest(expected.as_bytes()) {
        return Err(CsrfError::Token);
    }
    Ok(())
}

/// Fetch metadata and `Origin` must not point at another site. Under our
/// `Referrer-Policy: no-referrer` browsers send `Origin: null` even for our own forms, so
/// `null` proves nothing either way; `Sec-Fetch-Site` and the token decide then.
fn same_origin(req: &HttpRequest) -> bool {
    let fetch_site = req
        .headers()
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok());
    if matches!(fetch_site, Some("cross-site" | "same-site")) {
        return false;
    }
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok());
    let Some(origin) = origin.filter(|o| *o != "null") else {
        return true;
    };
    let host = req.connection_info().host().to_string();
    url::Url::parse(origin).is_ok_and(|url| {
        let origin_host = match url.port() {
            Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
            None => url.host_str().unwrap_or_default().to_string(),
        };
        origin_host == host
    })
}

/// Puts `token` back after the session was cleared (erasure signs the browser out but
/// keeps its token, so a form posted again is answered with the sign-in page, not a 403).
pub fn keep(session: &Session, token: &str) {
    let _ = session.insert(SESSION_KEY, token);
}
