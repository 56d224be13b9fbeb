//! Picks the language of a response: an explicit choice (cookie), then
//! `Accept-Language` weighed by q-values, then Dutch.

use actix_web::http::header::{self, HeaderMap};

use super::Lang;

/// Remembers the language a visitor chose with the switch on every page.
/// `__Host-`: sent only over a secure connection, only to this host and path `/`, so a
/// sibling subdomain cannot set it to force a page language (as the session cookie).
pub const LANG_COOKIE: &str = "__Host-inzage-lang";

/// The language for a request with these headers.
pub fn negotiate(headers: &HeaderMap) -> Lang {
    from_cookie(headers)
        .or_else(|| from_accept_language(headers))
        .unwrap_or_default()
}

fn from_cookie(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(header::COOKIE)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Lang::from_code(value))
}

/// The supported language with the highest q-value; ties go to the one listed first.
fn from_accept_language(headers: &HeaderMap) -> Option<Lang> {
    let mut best: Option<(Lang, f32)> = None;
    for value in headers
        .get_all(header::ACCEPT_LANGUAGE)
        .filter_map(|v| v.to_str().ok())
    {
        for item in value.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let quality = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let Some(lang) = Lang::from_code(tag) else {
                continue;
            };
            if quality > 0.0 && best.is_none_or(|(_, q)| quality > q) {
                best = Some((lang, quality));
            }
        }
    }
    best.map(|(lang, _)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::HeaderValue;

    fn with(name: header::HeaderName, value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(name, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn q_values_decide_not_order() {
        let headers = with(header::ACCEPT_LANGUAGE, "de;q=1.0, nl;q=0.4, en-GB;q=0.8");
        assert_eq!(negotiate(&headers), Lang::En);
    }

    #[test]
    fn q_zero_means_not_acceptable() {
        let headers = with(header::ACCEPT_LANGUAGE, "en;q=0, fr");
        assert_eq!(negotiate(&headers), Lang::Nl);
    }

    #[test]
    fn cookie_beats_accept_language() {
        let mut headers = with(header::ACCEPT_LANGUAGE, "en");
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("other=1; __Host-inzage-lang=nl"),
        );
        assert_eq!(negotiate(&headers), Lang::Nl);
    }

    #[test]
    fn a_cookie_without_the_host_prefix_is_ignored() {
        // A sibling subdomain can set `inzage-lang`, never `__Host-inzage-lang`.
        let mut headers = with(header::ACCEPT_LANGUAGE, "en");
        headers.insert(header::COOKIE, HeaderValue::from_static("inzage-lang=nl"));
        assert_eq!(negotiate(&headers), Lang::En);
    }

    #[test]
    fn garbage_falls_back_to_dutch() {
        let headers = with(header::ACCEPT_LANGUAGE, ";;q=abc,,*");
        assert_eq!(negotiate(&headers), Lang::Nl);
    }
}
