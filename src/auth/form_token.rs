//! CSRF tokens for the forms of signed-out pages: sign-in, activation, password reset, the
//! staff sign-in. A visitor who is not signed in has no server-side session, and showing
//! them a form must not start one: that would be a durable database write per anonymous
//! page view, and a login flood would become a write flood.
//!
//! Instead ("signed double submit"): the browser gets a random nonce in a cookie of its own,
//! and the form carries the time it was made and an HMAC of the nonce and that time. A token
//! is accepted only unchanged, only with the cookie of the browser it was made for, and only
//! for `LIFETIME`. The key is derived from the keyring, so no other portal can make one.

use std::rc::Rc;

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{Error, HttpRequest, web};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use uuid::Uuid;

use crate::clock::Clock;

/// `__Host-`: Secure, this host only, all paths; so no neighbouring site can set it.
pub const COOKIE: &str = "__Host-inzage-form";
/// Tells a form token from a session's token (64 hex digits).
const PREFIX: &str = "f.";
/// How long a signed-out form stays usable: a sign-in page left open over lunch still works.
pub const LIFETIME: time::Duration = time::Duration::hours(12);
/// Clocks of several instances may differ a little.
const SKEW: time::Duration = time::Duration::minutes(1);

/// The key the tokens are signed with, and the portal's clock. `startup` registers it as
/// app data, so the functions below need nothing else.
pub struct FormTokens {
    key: Vec<u8>,
    clock: Clock,
}

impl FormTokens {
    pub fn new(key: Vec<u8>, clock: Clock) -> Self {
        Self { key, clock }
    }

    fn mac(&self, nonce: &str, issued: i64) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("any key length");
        mac.update(nonce.as_bytes());
        mac.update(b".");
        mac.update(issued.to_string().as_bytes());
        mac
    }

    /// A token for the browser holding `nonce`, made at `issued` (Unix seconds).
    pub fn token(&self, nonce: &str, issued: i64) -> String {
        let tag = self.mac(nonce, issued).finalize().into_bytes();
        format!("{PREFIX}{issued}.{}", crate::db::audit_chain::hex(&tag))
    }

    /// Whether `sent` was made by this key for `nonce`, and is neither expired nor from
    /// the future. The tag is compared in constant time.
    pub fn verify(&self, sent: &str, nonce: &str, now: i64) -> bool {
        let Some((issued, hex)) = sent.strip_prefix(PREFIX).and_then(|t| t.split_once('.')) else {
            return false;
        };
        let (Ok(issued), Some(tag)) = (issued.parse::<i64>(), from_hex(hex)) else {
            return false;
        };
        let age = now - issued;
        if age > LIFETIME.whole_seconds() || age < -SKEW.whole_seconds() {
            return false;
        }
        self.mac(nonce, issued).verify_slice(&tag).is_ok()
    }
}

/// Whether `sent` is a form token at all (rather than a session's token).
pub fn is_form_token(sent: &str) -> bool {
    sent.starts_with(PREFIX)
}

fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() != 64 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A nonce made for a browser that had none; `set_cookie` sends it with the response.
#[derive(Clone)]
struct NewNonce(Rc<String>);

/// This browser's nonce: from its cookie, else a new one for this response.
fn nonce(req: &HttpRequest) -> String {
    if let Some(cookie) = req.cookie(COOKIE).filter(|c| !c.value().is_empty()) {
        return cookie.value().to_string();
    }
    if let Some(new) = req.extensions().get::<NewNonce>() {
        return new.0.to_string();
    }
    let new = Uuid::new_v4().simple().to_string();
    req.extensions_mut().insert(NewNonce(Rc::new(new.clone())));
    new
}

/// A token for a form on a signed-out page, for this browser.
pub fn issue(req: &HttpRequest) -> String {
    let tokens = req
        .app_data::<web::Data<FormTokens>>()
        .expect("startup registers the form tokens");
    let issued = tokens.clock.now().unix_timestamp();
    tokens.token(&nonce(req), issued)
}

/// Whether `sent` is a good form token for the browser that posted it.
pub fn verify(req: &HttpRequest, sent: &str) -> bool {
    let (Some(tokens), Some(cookie)) =
        (req.app_data::<web::Data<FormTokens>>(), req.cookie(COOKIE))
    else {
        return false;
    };
    tokens.verify(sent, cookie.value(), tokens.clock.now().unix_timestamp())
}

/// Middleware: sends the nonce cookie when a page made a token for a browser without one.
/// The cookie ends with the browser session, like the session cookie.
pub async fn set_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let mut response = next.call(req).await?;
    let new = response.request().extensions().get::<NewNonce>().cloned();
    if let Some(NewNonce(nonce)) = new {
        let cookie = Cookie::build(COOKIE, nonce.to_string())
            .path("/")
            .secure(true)
            .http_only(true)
            .same_site(SameSite::Lax)
            .finish();
        response.response_mut().add_cookie(&cookie)?;
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> FormTokens {
        FormTokens::new(vec![7; 32], Clock::default())
    }

    #[test]
    fn a_token_holds_only_for_its_own_browser_unchanged_and_in_time() {
        let token = key().token("nonce-a", 1_000);
        assert!(key().verify(&token, "nonce-a", 1_000 + 60));
        assert!(!key().verify(&token, "nonce-b", 1_000), "another browser");
        let other_key = FormTokens::new(vec![8; 32], Clock::default());
        assert!(!other_key.verify(&token, "nonce-a", 1_000), "another key");
        let expired = 1_000 + LIFETIME.whole_seconds() + 1;
        assert!(!key().verify(&token, "nonce-a", expired), "expired");
        assert!(
            !key().verify(&token, "nonce-a", 1_000 - 3_600),
            "from the future"
        );
        let mut tampered = token.clone().into_bytes();
        let last = tampered.len() - 1;
        tampered[last] = if tampered[last] == b'0' { b'1' } else { b'0' };
        let tampered = String::from_utf8(tampered).unwrap();
        assert!(!key().verify(&tampered, "nonce-a", 1_000), "tampered tag");
        let later = token.replacen("1000", "1001", 1);
        assert!(!key().verify(&later, "nonce-a", 1_001), "tampered time");
        assert!(!key().verify("f.1000.zz", "nonce-a", 1_000), "not hex");
        assert!(!key().verify("", "nonce-a", 1_000), "empty");
    }
}
