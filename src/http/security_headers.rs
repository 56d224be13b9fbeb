//! The response headers of SECURITY.md, on every response.

use actix_web::middleware::DefaultHeaders;

/// Scripts are forbidden outright: the portal ships none, and the tests prove it.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'none'; \
    object-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
    frame-ancestors 'none'; base-uri 'none'";

/// Headers added to every response that does not set its own value.
/// HSTS only when the portal is served over TLS: on plain HTTP it would be ignored,
/// and sending it from a loopback development server would pin `localhost` to HTTPS.
pub fn security_headers(tls: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "no-referrer"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
        ))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        .add(("X-Frame-Options", "DENY"))
        // Pages may carry personal data; only static files (which set their own) are cached.
        .add(("Cache-Control", "no-store"));
    if tls {
        headers.add((
            "Strict-Transport-Security",
            "max-age=63072000; includeSubDomains",
        ))
    } else {
        headers
    }
}
