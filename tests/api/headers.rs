//! Every response carries exactly the security headers of SECURITY.md.

use inzage::http::security_headers::CONTENT_SECURITY_POLICY;
use inzage::{assets, paths};

const EXPECTED: [(&str, &str); 7] = [
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("x-frame-options", "DENY"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ),
];

fn assert_security_headers(response: &reqwest::Response, what: &str) {
    for (name, value) in EXPECTED {
        let values: Vec<_> = response.headers().get_all(name).iter().collect();
        assert_eq!(values.len(), 1, "{what}: exactly one {name}");
        assert_eq!(values[0], value, "{what}: {name}");
    }
    assert!(
        response
            .headers()
            .get("strict-transport-security")
            .is_none(),
        "{what}: no HSTS over plain HTTP"
    );
}

crate::on_both_backends! {
    async fn every_kind_of_response_carries_the_security_headers(app: TestApp) {
        let mut urls: Vec<String> = paths::PUBLIC_PAGES.iter().map(|p| p.to_string()).collect();
        urls.extend([
            paths::HEALTH.to_string(),
            "/no-such-page".to_string(),
            paths::language("en", "/"),
            assets::url("app.css"),
        ]);
        for url in &urls {
            let response = app.get(url).await;
            assert_security_headers(&response, url);
        }
        let response = app.client.post(app.url(paths::HOME)).send().await.unwrap();
        assert_eq!(response.status(), 405);
        assert_security_headers(&response, "POST /");
    }

    async fn pages_are_not_stored_by_caches(app: TestApp) {
        for path in paths::PUBLIC_PAGES {
            let response = app.get(path).await;
            assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
        }
    }

    async fn responses_are_compressed_when_the_browser_accepts_it(app: TestApp) {
        for encoding in ["gzip", "br"] {
            let response = app
                .client
                .get(app.url(paths::HOME))
                .header("Accept-Encoding", encoding)
                .send()
                .await
                .unwrap();
            assert_eq!(response.headers()["content-encoding"], encoding);
        }
    }
}

#[tokio::test]
async fn hsts_is_sent_when_served_over_tls() {
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |settings| {
        settings.http.public_url = Some("https://privacy.example.nl/".parse().unwrap());
    })
    .await
    .unwrap();
    let response = app.get(paths::HOME).await;
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=63072000; includeSubDomains"
    );
}
