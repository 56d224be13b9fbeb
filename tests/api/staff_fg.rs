//! The privacy officer's pages (issue 11): the audit search with its CSV export and the
//! chain check, the record of processing activities, and the retention reports. Only the
//! privacy officer opens them; over HTTP, on both databases.

use inzage::audit::chain::truncate_to_micros;
use inzage::db::{AuditEntry, AuditFilter};
use inzage::domain::{Access, Actor};
use inzage::paths;
use inzage::privacy::register::Register;
use inzage::retention::run_by_register;
use inzage::staff::Role;
use time::OffsetDateTime;
use time::macros::datetime;
use uuid::Uuid;

use crate::accounts::{activate, csrf_of, customer};
use crate::helpers::TestApp;
use crate::retention::customer_with_history;
use crate::staff::{client, staff_member};

const PAGES: [&str; 4] = [
    paths::STAFF_AUDIT,
    paths::STAFF_AUDIT_CSV,
    paths::STAFF_REGISTER,
    paths::STAFF_RETENTION,
];

async fn staff_id(app: &TestApp, role: Role) -> Uuid {
    app.store
        .all_staff()
        .await
        .unwrap()
        .into_iter()
        .find(|row| row.role == role.code())
        .expect("a staff member in this role")
        .id
}

/// Plants one audit record as if `actor` had done `action` on `customer`'s data.
async fn plant(app: &TestApp, actor: &Actor, action: &str, customer: Uuid, reason: &str) {
    app.store
        .append_audit(&[AuditEntry {
            at: truncate_to_micros(OffsetDateTime::now_utc()),
            actor_kind: actor.kind.code().into(),
            actor_id: actor.id.clone(),
            actor_role: actor.role.clone(),
            action: action.into(),
            customer_id: Some(customer),
            reason: Some(reason.into()),
            request_id: None,
        }])
        .await
        .unwrap();
}

async fn get(browser: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let response = browser.get(app.url(path)).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// The records a search wrote about itself.
async fn searches(app: &TestApp, action: &str) -> Vec<AuditEntry> {
    let filter = AuditFilter {
        action: Some(action.into()),
        ..Default::default()
    };
    app.store
        .search_audit(&filter, 100, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.entry)
        .collect()
}

crate::on_both_backends! {
    async fn only_the_privacy_officer_opens_the_fg_pages(app: TestApp) {
        let officer = staff_member(&app, "fg@example.nl", Role::PrivacyOfficer).await;
        let agent = staff_member(&app, "agent@example.nl", Role::Agent).await;
        let admin = staff_member(&app, "beheer@example.nl", Role::Administrator).await;
        customer(&app, "557000111", "klant@example.nl").await;
        activate(&app, "557000111", "klant@example.nl").await;
        let visitor = client();
        for path in PAGES {
            assert_eq!(officer.get(app.url(path)).send().await.unwrap().status(), 200, "officer: {path}");
            assert_eq!(agent.get(app.url(path)).send().await.unwrap().status(), 403, "agent: {path}");
            assert_eq!(admin.get(app.url(path)).send().await.unwrap().status(), 403, "administrator: {path}");
            for (who, browser) in [("customer", &app.client), ("visitor", &visitor)] {
                let response = browser.get(app.url(path)).send().await.unwrap();
                assert_eq!(response.status(), 303, "{who}: {path}");
                assert_eq!(response.headers()["location"], paths::STAFF_SIGN_IN, "{who}: {path}");
            }
        }
        // The staff menu offers the pages to the officer only.
        let (_, html) = get(&officer, &app, paths::STAFF_HOME).await;
        assert!(html.contains(r#"href="/staff/audit""#) && html.contains(r#"href="/staff/retention""#));
        let (_, html) = get(&agent, &app, paths::STAFF_HOME).await;
        assert!(!html.contains(r#"href="/staff/audit""#));

        // "Check now" is for the officer too, and needs a CSRF token (paths::POST_ROUTES).
        let token = csrf_of(&get(&agent, &app, paths::STAFF_HOME).await.1);
        let refused = agent.post(app.url(paths::STAFF_AUDIT_VERIFY)).form(&[("csrf", token.as_str())]).send().await.unwrap();
        assert_eq!(refused.status(), 403, "an agent may not");
        let no_token = officer.post(app.url(paths::STAFF_AUDIT_VERIFY)).form(&[("x", "1")]).send().await.unwrap();
        assert_eq!(no_token.status(), 403, "nor without a token");
        let (_, html) = get(&officer, &app, paths::STAFF_AUDIT).await;
        assert!(html.contains("Het logboek is nog niet gecontroleerd."), "{html}");
        let token = csrf_of(&html);
        let checked = officer.post(app.url(paths::STAFF_AUDIT_VERIFY)).form(&[("csrf", token.as_str())]).send().await.unwrap();
        assert_eq!(checked.status(), 303);
        let (_, html) = get(&officer, &app, paths::STAFF_AUDIT).await;
        assert!(html.contains("Heel.") && html.contains("regels gecontroleerd"), "{html}");
        assert!(html.contains("Laatst gecontroleerd: "));
        assert!(!html.contains("nog niet gecontroleerd"));
    }

    async fn the_audit_search_filters_and_is_itself_audited(app: TestApp) {
        let officer = staff_member(&app, "fg@example.nl", Role::PrivacyOfficer).await;
        staff_member(&app, "agent@example.nl", Role::Agent).await;
        let agent = Actor::staff(staff_id(&app, Role::Agent).await, Role::Agent.code());
        let officer_id = staff_id(&app, Role::PrivacyOfficer).await;
        let anne = customer(&app, "557000201", "anne@example.nl").await;
        let bram = customer(&app, "557000202", "bram@example.nl").await;
        plant(&app, &agent, "staff.request.opened", anne, "AVG-2026-AAAAAA").await;
        plant(&app, &agent, "staff.request.opened", bram, "AVG-2026-BBBBBB").await;

        // By customer number, through the blind index: only Anne's records.
        let (status, html) = get(&officer, &app, "/staff/audit?customer=557000201").await;
        assert_eq!(status, 200);
        assert!(html.contains(&anne.to_string()) && !html.contains(&bram.to_string()), "{html}");
        assert!(html.contains("AVG-2026-AAAAAA") && !html.contains("AVG-2026-BBBBBB"));
        assert!(html.contains("agent@example.nl (medewerker klantcontact)"), "who, by e-mail and role: {html}");
        assert!(html.contains(r#"value="557000201""#), "the filter is kept in the form");
        // The search is on the trail: by the officer, in their role, about Anne.
        let searched = searches(&app, "staff.audit.searched").await;
        assert_eq!(searched.len(), 1);
        assert_eq!(searched[0].actor_kind, "staff");
        assert_eq!(searched[0].actor_id, officer_id.to_string());
        assert_eq!(searched[0].actor_role, "privacy_officer");
        assert_eq!(searched[0].customer_id, Some(anne));

        // By request reference, by action, by staff member.
        let (_, html) = get(&officer, &app, "/staff/audit?reference=AVG-2026-BBBBBB").await;
        assert!(html.contains(&bram.to_string()) && !html.contains(&anne.to_string()));
        assert!(html.contains("1 regel gevonden."), "{html}");
        let (_, html) = get(&officer, &app, "/staff/audit?action=staff.request.opened").await;
        assert!(html.contains("2 regels gevonden."), "{html}");
        let by_agent = format!("/staff/audit?staff={}", agent.id);
        let (_, html) = get(&officer, &app, &by_agent).await;
        assert!(html.contains("2 regels gevonden."), "only the agent's two: {html}");
        assert!(html.contains(&format!(r#"<option value="{}" selected"#, agent.id)), "the choice is kept");
        let by_officer = format!("/staff/audit?staff={officer_id}&action=staff.audit.searched");
        let (_, html) = get(&officer, &app, &by_officer).await;
        assert!(html.contains("4 regels gevonden."), "the officer's four earlier searches: {html}");

        // A period: nothing from tomorrow on; everything up to today.
        let today = OffsetDateTime::now_utc().date();
        let tomorrow = today.next_day().unwrap().next_day().unwrap();
        let (_, html) = get(&officer, &app, &format!("/staff/audit?action=staff.request.opened&from={tomorrow}")).await;
        assert!(html.contains("Niets gevonden."), "{html}");
        let (_, html) = get(&officer, &app, &format!("/staff/audit?action=staff.request.opened&to={tomorrow}&period=month")).await;
        assert!(html.contains("2 regels gevonden."), "{html}");

        // Bad input: 400, a message in the form, what was typed kept, nothing searched.
        let before = searches(&app, "staff.audit.searched").await.len();
        let (status, html) = get(&officer, &app, "/staff/audit?from=2026-13-45&customer=557000201").await;
        assert_eq!(status, 400);
        assert!(html.contains("<title>Fout: "), "{html}");
        assert!(html.contains(r##"<a href="#from">"##) && html.contains("Vul de datum bij"));
        assert!(html.contains(r#"value="2026-13-45""#) && html.contains(r#"value="557000201""#));
        let (status, html) = get(&officer, &app, "/staff/audit?customer=999999999").await;
        assert_eq!(status, 400);
        assert!(html.contains("Er is geen klant met dit klantnummer"));
        let (status, html) = get(&officer, &app, "/staff/audit?customer=12a&from=2026-03-12&to=2026-03-01&staff=nobody").await;
        assert_eq!(status, 400);
        assert!(html.contains("alleen cijfers") && html.contains("mag niet voor") && html.contains("Kies een medewerker"));
        let (status, _) = get(&officer, &app, "/staff/audit.csv?to=gisteren").await;
        assert_eq!(status, 400, "the export refuses the same input");
        let (status, _) = get(&client(), &app, "/staff/audit?from=x").await;
        assert_eq!(status, 303, "no officer, no page, however bad the input");
        assert_eq!(searches(&app, "staff.audit.searched").await.len(), before);
        let english = officer.get(app.url("/staff/audit?from=2026-13-45")).header("Accept-Language", "en").send().await.unwrap();
        assert_eq!(english.status(), 400);
        let english = english.text().await.unwrap();
        assert!(english.contains("Enter the \"from\" date like 2026-03-12") || english.contains("Enter the &quot;from&quot; date"), "{english}");
    }

    async fn the_csv_export_is_formula_safe_and_audited(app: TestApp) {
        let officer = staff_member(&app, "fg@example.nl", Role::PrivacyOfficer).await;
        let anne = customer(&app, "557000301", "anne@example.nl").await;
        let mallory = Actor::system("=cmd|' /C calc'!A0");
        plant(&app, &mallory, "=HYPERLINK(\"https://evil.example\")", anne, "+SUM(1,2)").await;
        plant(&app, &Actor::system("retention"), "-2+3", anne, "@import").await;
        let response = officer.get(app.url("/staff/audit.csv?customer=557000301")).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        assert!(response.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
        let body = response.text().await.unwrap();
        let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(body.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 3, "the customer's creation and the two planted: {body}");
        for row in &rows {
            for cell in row.iter() {
                assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "cell {cell:?} in {body}");
            }
        }
        assert!(body.contains("'=HYPERLINK(\"\"https://evil.example\"\")"), "{body}");
        assert!(body.contains("'+SUM(1,2)") && body.contains("'-2+3") && body.contains("'@import"));
        assert!(body.contains("'=cmd|"));
        assert!(body.contains(&anne.to_string()));
        let exported = searches(&app, "staff.audit.exported").await;
        assert_eq!(exported.len(), 1);
        assert_eq!(exported[0].customer_id, Some(anne));
        assert_eq!(exported[0].actor_role, "privacy_officer");
    }

    async fn the_register_page_holds_the_items_of_article_30(app: TestApp) {
        let officer = staff_member(&app, "fg@example.nl", Role::PrivacyOfficer).await;
        let (status, html) = get(&officer, &app, paths::STAFF_REGISTER).await;
        assert_eq!(status, 200);
        let org = &app.settings.organisation;
        for item in [
            // (a) controller and DPO
            org.name.as_str(),
            org.postal_address.as_str(),
            org.privacy_officer.email.as_str(),
            org.privacy_officer.phone.as_str(),
            // (b) purposes, (c) subjects and categories, (d) recipients
            "Over wie",
            "Oud-klanten",
            "Telefoongesprekken",
            "Facturen",
            "De Belastingdienst, als die erom vraagt",
            // (e) transfers, stated explicitly
            "We geven geen persoonsgegevens door aan landen buiten de EU",
            "Deze gegevens blijven in de EU.",
            // (f) erasure periods
            "de belastingwet (Algemene wet inzake rijksbelastingen, artikel 52)",
            // (g) security measures
            "We slaan persoonsgegevens versleuteld op.",
        ] {
            assert!(html.contains(item), "{item} is missing");
        }
        let register = Register::embedded().unwrap();
        assert_eq!(html.matches(r#"class="register-category""#).count(), register.categories().len());
        let english = officer.get(app.url(paths::STAFF_REGISTER)).header("Accept-Language", "en").send().await.unwrap().text().await.unwrap();
        assert!(english.contains("Record of processing activities") && english.contains("Former customers"));
    }

    async fn a_retention_run_reports_what_went_and_what_the_law_keeps(app: TestApp) {
        let officer = staff_member(&app, "fg@example.nl", Role::PrivacyOfficer).await;
        let (_, html) = get(&officer, &app, paths::STAFF_RETENTION).await;
        assert!(html.contains("Er is nog niets opgeruimd."), "{html}");

        let id = customer_with_history(&app).await;
        let register = Register::embedded().unwrap();
        let dry = run_by_register(app.store.as_ref(), &register, datetime!(2021-01-31 10:00:01 UTC), true, |_, _| {}).await.unwrap();
        assert!(dry.ran);
        assert_eq!(app.store.count_retention_runs().await.unwrap(), 0, "a dry run leaves no report");
        // Twelve months on, the contact moments go; the customer is still there.
        run_by_register(app.store.as_ref(), &register, datetime!(2021-01-31 10:00:01 UTC), false, |_, _| {}).await.unwrap();
        let first = app.store.retention_runs(10, 0).await.unwrap();
        assert_eq!(first.len(), 1);
        let lines = app.store.retention_run_lines(first[0].id).await.unwrap();
        let calls = lines.iter().find(|l| l.category == "contact-calls").unwrap();
        assert_eq!((calls.deleted, calls.kept), (1, None));
        let invoices = lines.iter().find(|l| l.category == "invoices").unwrap();
        assert_eq!((invoices.deleted, invoices.kept), (0, Some(0)), "nothing detached yet");

        // Then the customer is erased; the next run reports what the law keeps of them.
        assert!(app.vault.erase_customer(id, &Access::by(Actor::customer(id))).await.unwrap());
        let report = run_by_register(app.store.as_ref(), &register, datetime!(2021-02-01 03:00 UTC), false, |_, _| {}).await.unwrap();
        assert!(report.ran);
        let runs = app.store.retention_runs(10, 0).await.unwrap();
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[1].id, first[0].id, "newest first");
        let lines = app.store.retention_run_lines(runs[0].id).await.unwrap();
        let line = |category: &str| lines.iter().find(|l| l.category == category).unwrap_or_else(|| panic!("{category}")).clone();
        assert_eq!(line("invoices").deleted, 0);
        assert_eq!(line("invoices").kept, Some(1), "the erased customer's invoice is kept");
        assert_eq!(line("invoices").kept_because.as_deref(), Some("awr-52"));
        assert_eq!(line("payments").kept, Some(1));
        assert_eq!(line("consents").kept_because.as_deref(), Some("gdpr-7-1"));
        assert_eq!(line("contact-chats").kept, None, "erasure deletes chats: nothing kept");
        assert!(lines.iter().any(|l| l.category == "expired-sessions"));

        let (status, html) = get(&officer, &app, paths::STAFF_RETENTION).await;
        assert_eq!(status, 200);
        assert!(html.contains("2 keer opgeruimd."), "{html}");
        assert!(html.contains("Opgeruimd op 31 januari 2021") && html.contains("Opgeruimd op 1 februari 2021"), "{html}");
        assert!(html.find("1 februari 2021") < html.find("31 januari 2021"), "newest first");
        assert!(html.contains("regels verwijderd."), "the contact moments: {html}");
        assert!(html.contains("<th scope=\"row\">Facturen</th>"), "{html}");
        assert!(html.contains("de belastingwet (Algemene wet inzake rijksbelastingen, artikel 52)"));
        assert!(html.contains("Verlopen sessies"));
        assert!(html.contains("Geen wet vraagt dit te bewaren"));
    }
}
