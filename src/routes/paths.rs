//! Every URL of the portal, in one place, used by the router, the views and the tests.

pub const HOME: &str = "/";
pub const ACCESSIBILITY: &str = "/accessibility";
pub const CONTACT: &str = "/contact";
pub const PRIVACY: &str = "/privacy";
pub const SIGN_IN: &str = "/sign-in";
pub const SIGN_OUT: &str = "/sign-out";
pub const ACTIVATE: &str = "/activate";
pub const ACTIVATE_SENT: &str = "/activate/sent";
/// The link in the activation e-mail: `/activate/{token}`.
pub const ACTIVATE_TOKEN: &str = "/activate/{token}";
pub const ACCOUNT: &str = "/account";
pub const SESSIONS: &str = "/account/sessions";
pub const SIGN_OUT_OTHERS: &str = "/account/sessions/sign-out-others";
pub const HEALTH: &str = "/health";
/// `GET /language/{code}?next=/path` remembers the choice and goes back to `next`.
pub const LANGUAGE: &str = "/language/{code}";
pub const STATIC: &str = "/static/{file}";

/// The language switch link for `code`, returning to `next` afterwards.
pub fn language(code: &str, next: &str) -> String {
    let mut url = url::Url::parse("http://portal.invalid/language/").expect("static base");
    url.path_segments_mut()
        .expect("http URLs have segments")
        .pop_if_empty()
        .push(code);
    url.query_pairs_mut().append_pair("next", next);
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}

/// Pages a visitor can open; the tests walk this list for headers and markup.
pub const PUBLIC_PAGES: [&str; 4] = [HOME, ACCESSIBILITY, CONTACT, PRIVACY];

/// The link in an activation e-mail.
pub fn activate_token(token: &str) -> String {
    format!("/activate/{token}")
}

/// Every route that accepts POST; the tests check that each refuses a missing token.
pub const POST_ROUTES: [&str; 5] = [
    SIGN_IN,
    SIGN_OUT,
    ACTIVATE,
    "/activate/some-token",
    SIGN_OUT_OTHERS,
];

/// A `next` target is only followed when it is a path on this site (no open redirect).
pub fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(char::is_control) =>
        {
            path
        }
        _ => HOME,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_links_encode_the_return_path() {
        assert_eq!(
            language("en", "/contact?x=1&y=2"),
            "/language/en?next=%2Fcontact%3Fx%3D1%26y%3D2"
        );
    }

    #[test]
    fn next_never_leaves_the_site() {
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "",
            "/\nx",
        ] {
            assert_eq!(safe_next(Some(bad)), HOME, "{bad:?}");
        }
        assert_eq!(safe_next(Some("/contact")), "/contact");
        assert_eq!(safe_next(None), HOME);
    }
}
