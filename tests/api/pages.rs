//! The signed-out pages and the health endpoint answer, on both databases.

use inzage::paths;

crate::on_both_backends! {
    async fn public_pages_answer_with_html(app: TestApp) {
        for path in paths::PUBLIC_PAGES {
            let response = app.get(path).await;
            assert_eq!(response.status(), 200, "{path}");
            let content_type = response.headers()["content-type"].to_str().unwrap().to_string();
            assert!(content_type.starts_with("text/html"), "{path}: {content_type}");
            let body = response.text().await.unwrap();
            assert!(body.starts_with("<!DOCTYPE html>"), "{path}");
        }
    }

    async fn head_requests_are_answered(app: TestApp) {
        let response = app.client.head(app.url(paths::HOME)).send().await.unwrap();
        assert_eq!(response.status(), 200);
    }

    async fn health_reports_the_database(app: TestApp) {
        let response = app.get(paths::HEALTH).await;
        assert_eq!(response.status(), 200);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["status"], "ok");
        assert_eq!(body["database"], app.backend().name());
    }

    async fn health_says_unavailable_when_the_database_is_gone(app: TestApp) {
        app.store.close().await;
        let response = app.get(paths::HEALTH).await;
        assert_eq!(response.status(), 503);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["status"], "unavailable");
    }

    async fn contact_page_offers_text_channels_and_the_privacy_officer(app: TestApp) {
        let body = app.get_in(paths::CONTACT, "en").await.text().await.unwrap();
        let defaults = inzage::config::Organisation::default();
        assert!(body.contains("href=\"sms:0612345678\""), "text-message channel");
        assert!(body.contains(defaults.customer_service_chat_url.unwrap().as_str()), "chat");
        assert!(body.contains(&format!("mailto:{}", defaults.privacy_officer.email)));
        assert!(body.contains(defaults.supervisory_authority_url.as_str()));
    }

    async fn settings_round_trip_through_the_store(app: TestApp) {
        assert_eq!(app.store.setting("probe").await.unwrap(), None);
        app.store.put_setting("probe", "one").await.unwrap();
        app.store.put_setting("probe", "two").await.unwrap();
        assert_eq!(app.store.setting("probe").await.unwrap().as_deref(), Some("two"));
    }
}

/// The organisation's details come from configuration, not from the page code.
#[tokio::test]
async fn organisation_details_come_from_configuration() {
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |settings| {
        settings.organisation.name = "Proefbedrijf Zonnebloem".into();
        settings.organisation.privacy_officer.email = "fg@zonnebloem.example".into();
    })
    .await
    .unwrap();
    for path in paths::PUBLIC_PAGES {
        let body = app.get(path).await.text().await.unwrap();
        assert!(body.contains("Proefbedrijf Zonnebloem"), "{path}");
        assert!(!body.contains("Voorbeeld Energie"), "{path}");
    }
    let contact = app.get(paths::CONTACT).await.text().await.unwrap();
    assert!(contact.contains("fg@zonnebloem.example"));
}

/// The statement's "how we tested" part comes from the suite's last report.
#[tokio::test]
async fn the_accessibility_statement_reports_the_last_test_run() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |settings| {
        settings.accessibility_report = report.clone();
    })
    .await
    .unwrap();
    let before = app
        .get_in(paths::ACCESSIBILITY, "en")
        .await
        .text()
        .await
        .unwrap();
    assert!(before.contains("has not been run on this installation yet"));
    assert!(!before.contains(paths::ACCESSIBILITY_REPORT));
    let missing = app.get(paths::ACCESSIBILITY_REPORT).await;
    assert_eq!(missing.status(), 404);

    std::fs::write(&report, r#"{"date":"2026-03-12T10:00:00.000Z","axeVersion":"4.11.0","chromiumVersion":"156.0.1","summary":{"combinations":10,"passed":140,"failed":0},"audits":[]}"#).unwrap();
    let after = app
        .get_in(paths::ACCESSIBILITY, "en")
        .await
        .text()
        .await
        .unwrap();
    assert!(after.contains("12 March 2026"), "{after}");
    assert!(after.contains("axe-core 4.11.0 in Chromium 156.0.1"));
    assert!(after.contains("We tested 10 combinations"));
    assert!(after.contains("140 checks passed and 0 did not"));
}

/// The statement links to the WCAG-EM report the suite wrote beside its report.json, and
/// the portal serves it as written, for people and for the W3C report tool.
#[tokio::test]
async fn the_accessibility_statement_links_to_the_wcag_em_report() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    std::fs::write(dir.path().join("wcag-em.md"), "# WCAG-EM report: inzage\n").unwrap();
    std::fs::write(dir.path().join("wcag-em.json"), r#"{"type":"Evaluation"}"#).unwrap();
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |settings| {
        settings.accessibility_report = report.clone();
    })
    .await
    .unwrap();
    for lang in ["nl", "en"] {
        let page = app
            .get_in(paths::ACCESSIBILITY, lang)
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains(&format!(r#"href="{}""#, paths::ACCESSIBILITY_REPORT)),
            "{lang}"
        );
        assert!(
            page.contains(&format!(r#"href="{}""#, paths::ACCESSIBILITY_REPORT_JSON)),
            "{lang}"
        );
    }
    let markdown = app.get(paths::ACCESSIBILITY_REPORT).await;
    assert_eq!(markdown.status(), 200);
    assert_eq!(
        markdown.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
    assert_eq!(markdown.text().await.unwrap(), "# WCAG-EM report: inzage\n");
    let json = app.get(paths::ACCESSIBILITY_REPORT_JSON).await;
    assert_eq!(json.headers()["content-type"], "application/ld+json");
    assert_eq!(json.text().await.unwrap(), r#"{"type":"Evaluation"}"#);
}
