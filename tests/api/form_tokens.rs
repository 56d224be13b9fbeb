//! Signed-out forms: showing one writes nothing on the server, and its token (a signed
//! double submit, bound to a cookie of the browser) is refused when tampered with, used in
//! another browser, or expired. On both databases.

use inzage::paths;
use time::Duration;

use crate::accounts::{PASSWORD, activate, csrf_of, customer};
use crate::helpers::TestApp;

fn new_browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

/// The form token of `path` as `browser` sees it.
async fn token_in(app: &TestApp, browser: &reqwest::Client, path: &str) -> String {
    let html = browser
        .get(app.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    csrf_of(&html)
}

async fn sign_in_with_token(
    app: &TestApp,
    browser: &reqwest::Client,
    token: &str,
    password: &str,
) -> u16 {
    browser
        .post(app.url(paths::SIGN_IN))
        .form(&[
            ("csrf", token),
            ("email", "vorm@example.nl"),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

crate::on_both_backends! {
    async fn showing_a_signed_out_form_writes_nothing_on_the_server(app: TestApp) {
        customer(&app, "557000555", "vorm@example.nl").await;
        let mut raw = app.raw().await;
        let before = raw.count("SELECT COUNT(*) FROM sessions").await;
        for path in [paths::SIGN_IN, paths::ACTIVATE, paths::STAFF_SIGN_IN] {
            let response = app.get(path).await;
            assert_eq!(response.status(), 200, "{path}");
            let cookies: Vec<String> = response.headers().get_all("set-cookie").iter()
                .map(|v| v.to_str().unwrap().to_string()).collect();
            assert!(!cookies.iter().any(|c| c.starts_with("__Host-inzage=")), "{path} starts no session: {cookies:?}");
            let html = response.text().await.unwrap();
            assert!(csrf_of(&html).starts_with("f."), "{path} carries a form token");
        }
        // A wrong password shows the form again, still without a session.
        let browser = new_browser();
        let token = token_in(&app, &browser, paths::SIGN_IN).await;
        assert_eq!(sign_in_with_token(&app, &browser, &token, "niet het wachtwoord").await, 400);
        assert_eq!(raw.count("SELECT COUNT(*) FROM sessions").await, before, "no session row was written");
    }

    async fn a_form_token_works_once_per_browser_and_not_tampered_elsewhere_or_late(app: TestApp) {
        customer(&app, "557000555", "vorm@example.nl").await;
        activate(&app, "557000555", "vorm@example.nl").await;
        let (alice, mallory) = (new_browser(), new_browser());
        let token = token_in(&app, &alice, paths::SIGN_IN).await;
        // Mallory has a form cookie of her own, but not Alice's.
        let _ = token_in(&app, &mallory, paths::SIGN_IN).await;
        assert_eq!(sign_in_with_token(&app, &mallory, &token, PASSWORD).await, 403, "replayed in another browser");
        let mut tampered = token.clone().into_bytes();
        let last = tampered.len() - 1;
        tampered[last] = if tampered[last] == b'a' { b'b' } else { b'a' };
        let tampered = String::from_utf8(tampered).unwrap();
        assert_eq!(sign_in_with_token(&app, &alice, &tampered, PASSWORD).await, 403, "tampered with");
        let no_cookie = new_browser();
        assert_eq!(sign_in_with_token(&app, &no_cookie, &token, PASSWORD).await, 403, "without the browser's cookie");
        app.clock.advance(Duration::hours(13));
        assert_eq!(sign_in_with_token(&app, &alice, &token, PASSWORD).await, 403, "expired");
        let fresh = token_in(&app, &alice, paths::SIGN_IN).await;
        assert_eq!(sign_in_with_token(&app, &alice, &fresh, PASSWORD).await, 303, "a fresh one works");
    }

    async fn a_throttled_attempt_writes_nothing(app: TestApp) {
        customer(&app, "557000555", "vorm@example.nl").await;
        activate(&app, "557000555", "vorm@example.nl").await;
        let browser = new_browser();
        for _ in 0..5 {
            let token = token_in(&app, &browser, paths::SIGN_IN).await;
            assert_eq!(sign_in_with_token(&app, &browser, &token, "fout fout fout").await, 400);
        }
        let mut raw = app.raw().await;
        let attempts = raw.count("SELECT COUNT(*) FROM sign_in_attempts").await;
        for _ in 0..3 {
            let token = token_in(&app, &browser, paths::SIGN_IN).await;
            assert_eq!(sign_in_with_token(&app, &browser, &token, PASSWORD).await, 429);
        }
        assert_eq!(raw.count("SELECT COUNT(*) FROM sign_in_attempts").await, attempts, "refusals are not written");
        // The wait lifts on the portal's clock, also for the wait remembered in memory.
        app.clock.advance(Duration::minutes(16));
        let token = token_in(&app, &browser, paths::SIGN_IN).await;
        assert_eq!(sign_in_with_token(&app, &browser, &token, PASSWORD).await, 303);
    }
}
