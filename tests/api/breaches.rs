//! The breach register over HTTP, on both databases, on the demo data: who may report and
//! who may read, the report (mailed to the privacy officer, once even when sent twice),
//! the clock in words, the rules a record keeps (a late notification names its reasons,
//! a decision its rationale), the append-only history, and the AP draft's empty fields.

use inzage::paths;
use inzage::seed::DEMO_BREACH_REFERENCE;
use inzage::staff::breach;
use time::Duration;

use crate::accounts::csrf_of;
use crate::helpers::TestApp;
use crate::staff_requests::{client, hidden, mail_about, page, sanne, seeded, staff};

async fn history_length(app: &TestApp, reference: &str) -> usize {
    breach::find(app.store.as_ref(), &app.vault.keys, reference)
        .await
        .unwrap()
        .unwrap()
        .1
        .len()
}

/// A whole edit form as a browser sends it: every field, `changes` on top of a plain
/// record of the demo breach, with the version the form was shown.
async fn edit_form(
    app: &TestApp,
    browser: &reqwest::Client,
    reference: &str,
    changes: &[(&str, &str)],
) -> reqwest::Response {
    let path = paths::staff_breach_page(reference, "edit");
    let (status, html) = page(browser, app, &path).await;
    assert_eq!(status, 200, "{html}");
    let csrf = csrf_of(&html);
    let version = hidden(&html, "version");
    let mut fields: Vec<(&str, &str)> = vec![
        ("csrf", &csrf),
        ("version", &version),
        ("status", "assessing"),
        ("title", "Laptop kwijt in de trein"),
        ("what_happened", "Laptop blijven liggen."),
        ("aware_at", "02-11-2026 10:00"),
        ("nature", "confidentiality"),
        ("categories", "identity"),
    ];
    for (name, value) in changes {
        fields.retain(|(n, _)| n != name);
        fields.push((name, value));
    }
    browser
        .post(app.url(&path))
        .form(&fields)
        .send()
        .await
        .unwrap()
}

crate::on_both_backends! {
    async fn an_agent_may_report_but_not_read_and_outsiders_get_the_staff_entrance(app: TestApp) {
        seeded(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let admin = staff(&app, "beheer@example.nl").await;
        let officer = staff(&app, "fg@example.nl").await;
        let record = paths::staff_breach(DEMO_BREACH_REFERENCE);
        for (who, browser) in [("agent", &agent), ("administrator", &admin)] {
            assert_eq!(page(browser, &app, paths::STAFF_BREACH_REPORT).await.0, 200, "{who} may report");
            for path in [paths::STAFF_BREACHES.to_string(), record.clone()] {
                assert_eq!(page(browser, &app, &path).await.0, 403, "{who} on {path}");
            }
            let (_, home) = page(browser, &app, paths::STAFF_HOME).await;
            assert!(home.contains(paths::STAFF_BREACH_REPORT), "{who}'s menu offers reporting");
            assert!(!home.contains(r#"href="/staff/breaches""#), "{who}'s menu has no register");
            // Nor may they change a record by posting to it.
            let token = csrf_of(&home);
            let edit = paths::staff_breach_page(DEMO_BREACH_REFERENCE, "edit");
            let response = browser.post(app.url(&edit)).form(&[("csrf", token.as_str()), ("version", "2"), ("status", "closed")]).send().await.unwrap();
            assert_eq!(response.status(), 403, "{who} posting {edit}");
        }
        assert_eq!(history_length(&app, DEMO_BREACH_REFERENCE).await, 2, "nothing was written");
        let (_, home) = page(&officer, &app, paths::STAFF_HOME).await;
        assert!(home.contains(r#"href="/staff/breaches""#), "the officer's menu has the register");
        let customer = sanne(&app).await;
        let visitor = client();
        for (who, browser) in [("customer", &customer), ("visitor", &visitor)] {
            for path in [paths::STAFF_BREACH_REPORT.to_string(), paths::STAFF_BREACHES.to_string(), record.clone()] {
                let response = browser.get(app.url(&path)).send().await.unwrap();
                assert_eq!(response.status(), 303, "{who} on {path}");
                assert_eq!(response.headers()["location"], paths::STAFF_SIGN_IN, "{who} on {path}");
            }
        }
    }

    async fn a_report_is_kept_as_typed_when_wrong_mailed_to_the_officer_and_recorded_once(app: TestApp) {
        seeded(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let (_, form) = page(&agent, &app, paths::STAFF_BREACH_REPORT).await;
        let csrf = csrf_of(&form);
        let id = hidden(&form, "id");
        let bad = agent.post(app.url(paths::STAFF_BREACH_REPORT))
            .form(&[("csrf", csrf.as_str()), ("id", &id), ("title", ""), ("what_happened", "USB-stick kwijt"), ("noticed_at", "gisteren")])
            .send().await.unwrap();
        assert_eq!(bad.status(), 400);
        let html = bad.text().await.unwrap();
        assert!(html.contains("Fout:") && html.contains("Geef een korte titel."), "{html}");
        assert!(html.contains("USB-stick kwijt") && html.contains(r#"value="gisteren""#), "what was typed is kept");
        let good = [("csrf", csrf.as_str()), ("id", &id), ("title", "USB-stick kwijt"), ("what_happened", "Op het station verloren."), ("noticed_at", "")];
        for _ in 0..2 {
            let response = agent.post(app.url(paths::STAFF_BREACH_REPORT)).form(&good).send().await.unwrap();
            assert_eq!(response.status(), 303);
            assert_eq!(response.headers()["location"], paths::STAFF_BREACH_REPORT);
        }
        let (_, done) = page(&agent, &app, paths::STAFF_BREACH_REPORT).await;
        let at = done.find("als DL-").expect("the reference is shown") + "als ".len();
        let reference: String = done[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        assert_eq!(reference, format!("DL-{}-0001", app.clock.now().year()), "the year's first, the demo's own aside");
        assert_eq!(app.store.breaches().await.unwrap().len(), 3, "the two demo breaches and this one, once");
        let mail = mail_about(&app, &reference).await;
        assert!(mail.contains("fg@example.nl"), "{mail}");
        assert!(mail.contains(&paths::staff_breach(&reference)), "the mail links the record");
        assert!(!mail.contains("station"), "the mail carries no details");
        // The register: open first, then the closest deadline; the clock in words.
        let officer = staff(&app, "fg@example.nl").await;
        let (status, register) = page(&officer, &app, paths::STAFF_BREACHES).await;
        assert_eq!(status, 200);
        assert!(register.contains("3 open datalekken"), "{register}");
        let demo = register.find(DEMO_BREACH_REFERENCE).unwrap();
        assert!(demo < register.find(&reference).unwrap(), "the closer deadline first");
        assert!(register.contains("nog 45 uur") && register.contains("nog 71 uur"), "{register}");
        app.clock.advance(Duration::hours(50));
        // The session has run out by then: the officer signs in again.
        let officer = staff(&app, "fg@example.nl").await;
        let (_, later) = page(&officer, &app, paths::STAFF_BREACHES).await;
        assert!(later.contains("4 uur te laat") && later.contains("nog 21 uur"), "{later}");
    }

    async fn a_late_notification_names_its_reasons_a_decision_its_rationale_and_history_only_grows(app: TestApp) {
        seeded(&app).await;
        let officer = staff(&app, "fg@example.nl").await;
        let reference = DEMO_BREACH_REFERENCE;
        // 96 hours after the moment of awareness, without reasons for the delay.
        let late = edit_form(&app, &officer, reference, &[("ap_notified_at", "06-11-2026 10:00"), ("decision", "risk"), ("rationale", "Uit voorzorg.")]).await;
        assert_eq!(late.status(), 400);
        let html = late.text().await.unwrap();
        assert!(html.contains("Schrijf op waarom het later was."), "{html}");
        assert!(html.contains(r#"value="06-11-2026 10:00""#), "what was typed is kept");
        let no_risk = edit_form(&app, &officer, reference, &[("decision", "no-risk"), ("rationale", " ")]).await;
        assert_eq!(no_risk.status(), 400);
        assert!(no_risk.text().await.unwrap().contains("Als u niet meldt, moet u zeggen waarom."));
        assert_eq!(history_length(&app, reference).await, 2, "refused forms write nothing");
        let changes = [("status", "notified"), ("ap_notified_at", "06-11-2026 10:00"), ("ap_reference", "AP-12345"), ("delay_reasons", "De verwerker meldde het laat."), ("decision", "risk"), ("rationale", "Uit voorzorg.")];
        let path = paths::staff_breach_page(reference, "edit");
        let (_, form) = page(&officer, &app, &path).await;
        let saved = edit_form(&app, &officer, reference, &changes).await;
        assert_eq!(saved.status(), 303);
        assert_eq!(saved.headers()["location"], paths::staff_breach(reference).as_str());
        let (_, record) = page(&officer, &app, &paths::staff_breach(reference)).await;
        assert!(record.contains("Gemeld bij de Autoriteit") && record.contains("AP-12345"), "{record}");
        assert!(record.contains("24 uur te laat gemeld"), "late is measured from the notification: {record}");
        assert!(record.contains("fg@example.nl") && record.contains("agent@example.nl"), "who, in the history");
        assert_eq!(history_length(&app, reference).await, 3);
        // The same form sent again (a double click, the back button): nothing is written.
        let mut again: Vec<(&str, String)> = changes.iter().map(|(n, v)| (*n, v.to_string())).collect();
        again.push(("csrf", csrf_of(&form)));
        again.push(("version", hidden(&form, "version")));
        let twice = officer.post(app.url(&path)).form(&again).send().await.unwrap();
        assert_eq!(twice.status(), 409);
        assert_eq!(history_length(&app, reference).await, 3);
        // There is no way to delete: no route takes it, and the history stands.
        let token = csrf_of(&record);
        for url in [paths::staff_breach_page(reference, "delete"), paths::staff_breach(reference)] {
            let posted = officer.post(app.url(&url)).form(&[("csrf", token.as_str())]).send().await.unwrap();
            assert!(matches!(posted.status().as_u16(), 404 | 405), "POST {url}: {}", posted.status());
            let deleted = officer.delete(app.url(&url)).send().await.unwrap();
            assert!(matches!(deleted.status().as_u16(), 403..=405), "DELETE {url}: {}", deleted.status());
        }
        let (_, events) = breach::find(app.store.as_ref(), &app.vault.keys, reference).await.unwrap().unwrap();
        assert_eq!(events.iter().map(|e| e.number).collect::<Vec<_>>(), [1, 2, 3]);
        assert!(events[0].facts.decision.is_none() && events[0].facts.ap_notified_at.is_none(), "the report is as it was");
    }

    async fn the_draft_is_dutch_and_lists_the_fields_still_empty(app: TestApp) {
        seeded(&app).await;
        let officer = staff(&app, "fg@example.nl").await;
        let draft = paths::staff_breach_page(DEMO_BREACH_REFERENCE, "draft");
        let response = officer.get(app.url(&draft)).header("accept-language", "en").send().await.unwrap();
        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        assert!(html.contains(r#"lang="nl""#) && html.contains("Nog in te vullen"), "{html}");
        for section in ["Melding", "Contact", "Tijdlijn", "Het datalek", "Persoonsgegevens", "Betrokkenen", "Maatregelen", "Gevolgen en besluit", "Vervolg"] {
            assert!(html.contains(&format!("<h2>{section}</h2>")), "section {section}");
        }
        let todo = &html[html.find("Nog in te vullen").unwrap()..html.find("<h2>Melding</h2>").unwrap()];
        assert!(todo.contains("edit#consequences") && todo.contains("edit#severity"), "{todo}");
        assert!(!todo.contains("edit#aware_at") && !todo.contains("edit#measures"), "filled ones are not listed: {todo}");
        let saved = edit_form(&app, &officer, DEMO_BREACH_REFERENCE, &[("consequences", "Mogelijk phishing."), ("severity", "Middel")]).await;
        assert_eq!(saved.status(), 303);
        let (_, after) = page(&officer, &app, &draft).await;
        let todo = &after[after.find("Nog in te vullen").unwrap()..after.find("<h2>Melding</h2>").unwrap()];
        assert!(!todo.contains("edit#consequences") && !todo.contains("edit#severity"), "{todo}");
        assert!(after.contains("Mogelijk phishing."));
    }
}

crate::on_both_backends! {
    async fn a_closed_breach_goes_five_years_after_closing_with_its_notices(app: TestApp) {
        seeded(&app).await;
        let store = app.store.as_ref();
        let keys = &app.vault.keys;
        let handled = inzage::seed::DEMO_NOTIFIED_BREACH_REFERENCE;
        let (current, _) = breach::find(store, keys, handled).await.unwrap().unwrap();
        let officer = inzage::staff::find_by_email(store, keys, "fg@example.nl").await.unwrap().unwrap().id;
        let closed_at = app.clock.now();
        let close = |version, at| breach::Change {
            version,
            kind: breach::EventKind::Updated,
            facts: breach::BreachFacts { status: breach::Status::Closed, ..current.facts.clone() },
            by: officer,
            at,
        };
        breach::change(store, keys, &current, close(current.version, closed_at)).await.unwrap();
        // Saved again a year later, still closed: the five years count from the first close.
        let (later, _) = breach::find(store, keys, handled).await.unwrap().unwrap();
        let mut facts = later.facts.clone();
        facts.measures.push_str(" Nagekeken.");
        let change = breach::Change { facts, ..close(later.version, closed_at + Duration::days(365)) };
        breach::change(store, keys, &later, change).await.unwrap();
        let register = inzage::privacy::register::Register::embedded().unwrap();
        let run = |at| inzage::retention::run_by_register(store, &register, at, false, |_, _| {});
        let purged = |report: &inzage::retention::RetentionReport| {
            report.categories.iter().find(|c| c.category == "breach-records").map(|c| c.rows)
        };
        let report = run(closed_at + Duration::days(5 * 365)).await.unwrap();
        assert_eq!(purged(&report), Some(0), "not yet five years");
        assert_eq!(store.breaches().await.unwrap().len(), 2);
        let report = run(closed_at + Duration::days(5 * 366)).await.unwrap();
        assert_eq!(purged(&report), Some(1), "{report:?}");
        let left: Vec<_> = store.breaches().await.unwrap().into_iter().map(|b| b.reference).collect();
        assert_eq!(left, vec![DEMO_BREACH_REFERENCE.to_string()], "the open one stays");
        assert!(store.notice(inzage::seed::DEMO_NOTICE).await.unwrap().is_none(), "its notice went with it");
        let sanne = app.vault.find_by_customer_number("100200300").await.unwrap().unwrap();
        assert!(store.notices_of_customer(sanne).await.unwrap().is_empty(), "and the customers' copies");
        assert!(store.breach_events(current.id).await.unwrap().is_empty(), "and its history");
    }
}
