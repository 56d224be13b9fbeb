//! Looking is not writing: a signed-in customer viewing their pages causes no session
//! write (each would be a durable database write per page view, issue 14), and a
//! signed-out visitor's pages write nothing at all. On both databases.

use inzage::paths;

use crate::accounts::{activate, customer};

fn session_written(response: &reqwest::Response) -> bool {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .any(|v| v.to_str().unwrap_or_default().starts_with("__Host-inzage="))
}

crate::on_both_backends! {
    async fn viewing_pages_writes_no_session(app: TestApp) {
        customer(&app, "558000555", "kijken@example.nl").await;
        activate(&app, "558000555", "kijken@example.nl").await;
        // The first signed-in page makes the session's form token: one write, once.
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 200);
        let mut raw = app.raw().await;
        let before = raw.dump("sessions").await;
        for path in [
            paths::ACCOUNT, paths::MY_DATA, paths::CONTACTS, paths::WHO_SAW, paths::CONSENT,
            paths::REQUESTS, paths::SESSIONS, paths::CORRECT, paths::DOWNLOAD, paths::CHANGE_PASSWORD,
            paths::CHANGE_EMAIL, paths::DELETE_ACCOUNT, paths::REQUEST_NEW, paths::HOME, paths::PRIVACY,
        ] {
            let response = app.get(path).await;
            assert!(response.status().is_success(), "{path}: {}", response.status());
            assert!(!session_written(&response), "{path} wrote the session");
        }
        assert_eq!(raw.dump("sessions").await, before, "the session rows are as they were");
    }
}
