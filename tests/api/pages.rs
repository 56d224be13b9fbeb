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

async fn page_in(app: &crate::helpers::TestApp, path: &str, lang: &str) -> String {
    app.get_in(path, lang).await.text().await.unwrap()
}

/// Opening hours, what a call costs and how soon we answer: configuration, in both
/// languages.
#[tokio::test]
async fn the_contact_page_gives_opening_hours_call_costs_and_response_times() {
    let app = crate::helpers::spawn_app(inzage::db::Backend::Sqlite)
        .await
        .unwrap();
    let nl = page_in(&app, paths::CONTACT, "nl").await;
    for expected in [
        "<h2>Openingstijden</h2>",
        "<dt>Maandag tot en met vrijdag</dt><dd>08:00 tot 20:00 uur</dd>",
        "<dt>Zaterdag</dt><dd>09:00 tot 17:00 uur</dd>",
        "U betaalt alleen uw gewone belkosten.",
        "U krijgt binnen 2 werkdagen antwoord.",
        "U krijgt binnen 5 werkdagen antwoord op uw brief.",
        "binnen een maand",
    ] {
        assert!(nl.contains(expected), "{expected}: {nl}");
    }
    let en = page_in(&app, paths::CONTACT, "en").await;
    for expected in [
        "<h2>Opening hours</h2>",
        "<dt>Monday to Friday</dt><dd>08:00 to 20:00</dd>",
        "You only pay your usual call charges.",
        "You get an answer within 2 working days.",
    ] {
        assert!(en.contains(expected), "{expected}: {en}");
    }

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("inzage.toml");
    std::fs::write(
        &file,
        "[organisation]\n\
         customer_service_call_cents_per_minute = 10\n\
         customer_service_email_reply_days = 1\n\
         [[organisation.customer_service_hours]]\n\
         days = \"sunday\"\nopens = \"10:00\"\ncloses = \"12:30\"\n",
    )
    .unwrap();
    let configured = inzage::config::Settings::load(Some(&file)).unwrap();
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |settings| {
        settings.organisation = configured.organisation.clone();
    })
    .await
    .unwrap();
    let nl = page_in(&app, paths::CONTACT, "nl").await;
    assert!(
        nl.contains("<dt>Zondag</dt><dd>10:00 tot 12:30 uur</dd>"),
        "{nl}"
    );
    assert!(!nl.contains("Maandag"), "only the configured hours");
    assert!(nl.contains("Bellen kost € 0,10 per minuut"), "{nl}");
    assert!(nl.contains("U krijgt binnen 1 werkdag antwoord."), "{nl}");
    let en = page_in(&app, paths::CONTACT, "en").await;
    assert!(en.contains("A call costs €0.10 a minute"), "{en}");
    assert!(en.contains("within 1 working day."), "{en}");

    let free = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |settings| {
        settings.organisation.customer_service_call_cents_per_minute = Some(0);
    })
    .await
    .unwrap();
    assert!(
        page_in(&free, paths::CONTACT, "nl")
            .await
            .contains("Bellen is gratis.")
    );
}

/// A WCAG-EM report (the part the statement reads) with these outcomes per criterion.
fn wcag_em(outcomes: &[(&str, &str)]) -> String {
    let assertions: Vec<_> = outcomes
        .iter()
        .map(|(title, outcome)| {
            serde_json::json!({
                "type": "Assertion",
                "test": {"title": title},
                "result": {"outcome": {"id": outcome}},
            })
        })
        .collect();
    serde_json::json!({"type": "Evaluation", "auditSample": assertions}).to_string()
}

fn section<'a>(page: &'a str, heading: &str) -> &'a str {
    let start = page.find(&format!("<h2>{heading}</h2>")).expect(heading);
    let rest = &page[start + heading.len() + 9..];
    &rest[..rest.find("<h2>").unwrap_or(rest.len())]
}

/// The statement as digitoegankelijk.nl's model has it: status and date come from the
/// suite's last report (no run: no insight; a failed or unchecked criterion: partly;
/// everything passed: fully), known limits are listed, the standard is named right, and
/// it says how soon we answer and where to go next.
#[tokio::test]
async fn the_accessibility_statement_takes_status_and_date_from_the_last_report() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |settings| {
        settings.accessibility_report = report.clone();
    })
    .await
    .unwrap();
    let nl = page_in(&app, paths::ACCESSIBILITY, "nl").await;
    assert!(
        nl.contains("Wij weten nog niet hoe goed het portaal aan de eisen voldoet."),
        "{nl}"
    );
    assert!(!nl.contains("voldoet volledig") && !nl.contains("voldoet gedeeltelijk"));

    // 23:30 UTC on 12 March is 13 March in Amsterdam: the date is the organisation's.
    std::fs::write(&report, r#"{"date":"2026-03-12T23:30:00.000Z","axeVersion":"4.11.0","chromiumVersion":"156.0.1","summary":{"combinations":10,"passed":140,"failed":2},"audits":[]}"#).unwrap();
    std::fs::write(dir.path().join("wcag-em.md"), "# WCAG-EM\n").unwrap();
    let outcomes = [
        ("1.1.1 Non-text Content", "earl:passed"),
        ("1.4.3 Contrast (Minimum)", "earl:failed"),
        ("2.4.7 Focus Visible", "earl:cantTell"),
        (
            "1.2.1 Audio-only and Video-only (Prerecorded)",
            "earl:inapplicable",
        ),
    ];
    std::fs::write(dir.path().join("wcag-em.json"), wcag_em(&outcomes)).unwrap();
    let nl = page_in(&app, paths::ACCESSIBILITY, "nl").await;
    let status = section(&nl, "Hoe ver zijn we?");
    assert!(
        status.contains("Het portaal voldoet gedeeltelijk aan de eisen."),
        "{status}"
    );
    assert!(status.contains("voldeed 1 eis niet"), "{status}");
    assert!(
        status.contains("Van de 4 eisen kan een test er 1 niet helemaal nakijken"),
        "{status}"
    );
    assert!(
        status.contains("Dit staat in onze test van 13 maart 2026."),
        "{status}"
    );
    let limits = section(&nl, "Wat werkt nog niet?");
    assert!(
        limits.contains(r#"<span lang="en">1.4.3 Contrast (Minimum)</span>"#),
        "{limits}"
    );
    assert!(
        limits.contains("Een onafhankelijke deskundige heeft het portaal nog niet onderzocht.")
    );
    // Correcting, downloading and deleting exist: the limits never say otherwise.
    for feature in ["verbeter", "verwijder", "zijn er nog niet"] {
        assert!(!limits.contains(feature), "{feature}: {limits}");
    }
    let en = page_in(&app, paths::ACCESSIBILITY, "en").await;
    assert!(en.contains("The portal partly meets the requirements."));
    assert!(en.contains("13 March 2026"));
    assert!(!en.contains("do not exist yet"));

    // EN 301 549 refers to WCAG 2.1; the portal is built to 2.2.
    let standard = section(&nl, "Aan welke eisen houden we ons?");
    assert!(
        standard.contains("WCAG 2.2 op niveau AA")
            && standard.contains("EN 301 549 en de Nederlandse wet vragen de WCAG 2.1"),
        "{standard}"
    );
    assert!(!nl.contains("Dat is de Europese norm"));

    // How soon we answer, and where to go when that does not help.
    let report_section = section(&nl, "Loopt u ergens tegenaan?");
    assert!(
        report_section.contains("U krijgt binnen 2 werkdagen antwoord."),
        "{report_section}"
    );
    let escalate = section(&nl, "Niet tevreden met ons antwoord?");
    assert!(
        escalate
            .contains(r#"<a href="https://www.nationaleombudsman.nl/">Nationale ombudsman</a>"#),
        "{escalate}"
    );

    // Everything passed or does not apply: fully.
    std::fs::write(&report, r#"{"date":"2026-06-01T08:00:00.000Z","axeVersion":"4.11.0","chromiumVersion":"156.0.1","summary":{"combinations":10,"passed":140,"failed":0},"audits":[]}"#).unwrap();
    let outcomes = [
        ("1.1.1 Non-text Content", "earl:passed"),
        (
            "1.2.1 Audio-only and Video-only (Prerecorded)",
            "earl:inapplicable",
        ),
    ];
    std::fs::write(dir.path().join("wcag-em.json"), wcag_em(&outcomes)).unwrap();
    let nl = page_in(&app, paths::ACCESSIBILITY, "nl").await;
    assert!(
        nl.contains("Het portaal voldoet volledig aan de eisen."),
        "{nl}"
    );
    assert!(nl.contains("Dat blijkt uit onze test van 1 juni 2026."));
    assert!(!section(&nl, "Wat werkt nog niet?").contains("1.4.3"));
}

/// The complaints body and the response time are configuration.
#[tokio::test]
async fn the_accessibility_statement_names_the_configured_complaints_body() {
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |settings| {
        settings.organisation.accessibility_complaints_name = "Geschillencommissie Energie".into();
        settings.organisation.accessibility_complaints_url =
            url::Url::parse("https://www.degeschillencommissie.nl/").unwrap();
        settings.organisation.customer_service_email_reply_days = 1;
    })
    .await
    .unwrap();
    let en = page_in(&app, paths::ACCESSIBILITY, "en").await;
    assert!(
        en.contains("file a complaint with the Geschillencommissie Energie."),
        "{en}"
    );
    assert!(en.contains(r#"href="https://www.degeschillencommissie.nl/""#));
    assert!(!en.contains("Nationale ombudsman"));
    assert!(en.contains("You get an answer within 1 working day."));
}
