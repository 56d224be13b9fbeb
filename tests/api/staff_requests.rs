//! The staff side of requests over HTTP, on both databases, on the demo data: who may
//! reach which staff route (the role matrix), the queue, need-to-know access on record,
//! the deadline rules, four eyes, every kind of answer, what the customer then sees and
//! receives, and that posting twice never applies anything twice.

use std::time::Duration;

use inzage::auth::password::Passwords;
use inzage::paths::{self, request_path};
use reqwest::Client;
use uuid::Uuid;

use crate::accounts::{csrf_of, outbox_files};
use crate::helpers::TestApp;

const SANNE: &str = "100200300";

pub(crate) fn client() -> Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub(crate) async fn seeded(app: &TestApp) {
    inzage::seed::seed_demo(&app.vault, &Passwords::new(1), app.clock.now())
        .await
        .unwrap();
}

/// Signs in through the real form at `entrance`.
async fn signed_in(app: &TestApp, entrance: &str, email: &str, password: &str) -> Client {
    let browser = client();
    let page = browser
        .get(app.url(entrance))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let response = browser
        .post(app.url(entrance))
        .form(&[
            ("csrf", csrf_of(&page).as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "{email} signs in");
    browser
}

pub(crate) async fn staff(app: &TestApp, email: &str) -> Client {
    signed_in(
        app,
        paths::STAFF_SIGN_IN,
        email,
        inzage::seed::DEMO_STAFF_PASSWORD,
    )
    .await
}

pub(crate) async fn sanne(app: &TestApp) -> Client {
    signed_in(
        app,
        paths::SIGN_IN,
        "sanne.devries@example.nl",
        inzage::seed::DEMO_PASSWORD,
    )
    .await
}

async fn sanne_id(app: &TestApp) -> Uuid {
    app.vault
        .find_by_customer_number(SANNE)
        .await
        .unwrap()
        .unwrap()
}

pub(crate) async fn page(browser: &Client, app: &TestApp, path: &str) -> (u16, String) {
    let response = browser.get(app.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The hidden `name` value of the first form on `html`.
pub(crate) fn hidden(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

/// Opens the action's page, fills its form, and posts it (with `confirm` when asked):
/// the answer to the POST.
async fn act(
    app: &TestApp,
    browser: &Client,
    reference: &str,
    action: &str,
    fields: &[(&str, &str)],
    confirm: bool,
) -> reqwest::Response {
    let path = paths::staff_request_action(reference, action);
    let (status, form) = page(browser, app, &path).await;
    assert_eq!(status, 200, "{path}: {form}");
    let (token, version) = (csrf_of(&form), hidden(&form, "version"));
    let mut all = vec![("csrf", token.as_str()), ("version", version.as_str())];
    all.extend_from_slice(fields);
    if confirm {
        all.push(("confirm", "yes"));
    }
    browser
        .post(app.url(&path))
        .form(&all)
        .send()
        .await
        .unwrap()
}

/// The e-mail whose text holds `subject`, once it has arrived (they are sent in the
/// background, so they may land in any order).
pub(crate) async fn mail_about(app: &TestApp, subject: &str) -> String {
    for _ in 0..300 {
        for file in outbox_files(app) {
            let mail = std::fs::read_to_string(file).unwrap();
            if mail.contains(subject) {
                return mail;
            }
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
    panic!("no e-mail about {subject:?} arrived");
}

async fn audit_with_reason(app: &TestApp, customer: Uuid, reason: &str) -> Vec<String> {
    app.store
        .audit_for_customer_page(customer, None, 1_000, 0)
        .await
        .unwrap()
        .into_iter()
        .filter(|row| row.entry.reason.as_deref() == Some(reason))
        .map(|row| row.entry.action)
        .collect()
}

/// Every staff URL constant in src/paths.rs, so a new staff route cannot be left out of
/// the matrix below.
fn staff_route_constants() -> Vec<String> {
    let source = std::fs::read_to_string("src/paths.rs").unwrap();
    source
        .lines()
        .filter_map(|line| line.strip_prefix("pub const STAFF_"))
        .filter_map(|rest| rest.split('"').nth(1).map(str::to_string))
        .collect()
}

crate::on_both_backends! {
    async fn every_staff_route_answers_each_role_exactly_as_the_permission_table_says(app: TestApp) {
        seeded(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let officer = staff(&app, "fg@example.nl").await;
        let admin = staff(&app, "beheer@example.nl").await;
        let customer = sanne(&app).await;
        let visitor = client();
        // (route pattern, a URL of it, agent, officer, administrator). Customers and
        // visitors are always sent to the staff entrance.
        let own = "AVG-DEMO-30005";
        let request = paths::staff_request(own);
        let ask = paths::staff_request_action(own, "ask");
        let decide = paths::staff_request_action("AVG-DEMO-30007", "decide");
        let matrix: Vec<(&str, String, u16, u16, u16)> = vec![
            (paths::STAFF_HOME, paths::STAFF_HOME.into(), 200, 200, 200),
            (paths::STAFF_TEAM, paths::STAFF_TEAM.into(), 403, 403, 200),
            (paths::STAFF_REQUESTS, paths::STAFF_REQUESTS.into(), 200, 200, 403),
            (paths::STAFF_REQUESTS_ASSIGN, format!("{}?reference=AVG-DEMO-30004", paths::STAFF_REQUESTS_ASSIGN), 200, 200, 403),
            (paths::STAFF_REQUEST, request.clone(), 200, 200, 403),
            (paths::STAFF_REQUEST_ACTION, ask.clone(), 200, 200, 403),
            (paths::STAFF_REQUEST_ACTION, decide.clone(), 403, 200, 403),
            (paths::STAFF_AUDIT, paths::STAFF_AUDIT.into(), 403, 200, 403),
            (paths::STAFF_AUDIT_CSV, paths::STAFF_AUDIT_CSV.into(), 403, 200, 403),
            (paths::STAFF_REGISTER, paths::STAFF_REGISTER.into(), 403, 200, 403),
            (paths::STAFF_RETENTION, paths::STAFF_RETENTION.into(), 403, 200, 403),
            (paths::STAFF_BREACH_REPORT, paths::STAFF_BREACH_REPORT.into(), 200, 200, 200),
            (paths::STAFF_BREACHES, paths::STAFF_BREACHES.into(), 403, 200, 403),
            (paths::STAFF_BREACH, paths::staff_breach("DL-DEMO-0001"), 403, 200, 403),
            (paths::STAFF_BREACH_EDIT, paths::staff_breach_page("DL-DEMO-0001", "edit"), 403, 200, 403),
            (paths::STAFF_BREACH_DRAFT, paths::staff_breach_page("DL-DEMO-0001", "draft"), 403, 200, 403),
            (paths::STAFF_BREACH_NOTIFY, paths::STAFF_BREACH_NOTIFY.replace("{reference}", "DL-DEMO-0002"), 403, 200, 403),
            (paths::STAFF_BREACH_NOTICE, paths::staff_breach_notice("DL-DEMO-0002", &inzage::seed::DEMO_NOTICE.to_string()), 403, 200, 403),
        ];
        let covered: Vec<&str> = matrix.iter().map(|(pattern, ..)| *pattern).collect();
        for route in staff_route_constants() {
            let door = route == paths::STAFF_SIGN_IN || route == paths::STAFF_ACTIVATE_TOKEN;
            // The buttons that only POST are walked below.
            let post_only = route == paths::STAFF_REQUEST_SHOW
                || route == paths::STAFF_AUDIT_VERIFY
                || route == paths::STAFF_BREACH_NOTICE_SEND;
            if !door && !post_only {
                assert!(covered.contains(&route.as_str()), "{route} is missing from the role matrix");
            }
        }
        let mut checked = 0;
        for (pattern, url, for_agent, for_officer, for_admin) in &matrix {
            for (who, browser, expected) in [("agent", &agent, *for_agent), ("officer", &officer, *for_officer), ("administrator", &admin, *for_admin)] {
                let response = browser.get(app.url(url)).send().await.unwrap();
                // A page a role may not have is 403; a page not built yet would be 404,
                // which fails here as it should.
                assert_eq!(response.status().as_u16(), expected, "{who} on {pattern} ({url})");
                checked += 1;
            }
            for (who, browser) in [("customer", &customer), ("visitor", &visitor)] {
                let response = browser.get(app.url(url)).send().await.unwrap();
                assert_eq!(response.status(), 303, "{who} on {url}");
                assert_eq!(response.headers()["location"], paths::STAFF_SIGN_IN, "{who} on {url}");
                checked += 1;
            }
        }
        // Opening customer data: a POST, refused to the administrator and to outsiders.
        let show = paths::staff_request_action(own, "show");
        for (who, browser, expected) in [("administrator", &admin, 403), ("customer", &customer, 303), ("visitor", &visitor, 303)] {
            let home = page(browser, &app, if who == "administrator" { paths::STAFF_HOME } else { paths::HOME }).await.1;
            // A visitor has no session, so no token to send.
            let token = if who == "visitor" { String::new() } else { csrf_of(&home) };
            let response = browser.post(app.url(&show)).form(&[("csrf", token.as_str()), ("section", "identity")]).send().await.unwrap();
            // Without a token the CSRF check refuses first (403).
            let expected = if who == "visitor" { 403 } else { expected };
            assert_eq!(response.status().as_u16(), expected, "{who} posting {show}");
            checked += 1;
        }
        // Sending a notice to customers: the privacy officer's alone.
        let send = format!("{}/send", paths::staff_breach_notice("DL-DEMO-0002", &inzage::seed::DEMO_NOTICE.to_string()));
        for (who, browser) in [("agent", &agent), ("administrator", &admin)] {
            let token = csrf_of(&page(browser, &app, paths::STAFF_HOME).await.1);
            let response = browser.post(app.url(&send)).form(&[("csrf", token.as_str())]).send().await.unwrap();
            assert_eq!(response.status(), 403, "{who} posting {send}");
            checked += 1;
        }
        // Checking the audit chain: the privacy officer's alone.
        for (who, browser) in [("agent", &agent), ("administrator", &admin)] {
            let token = csrf_of(&page(browser, &app, paths::STAFF_HOME).await.1);
            let response = browser.post(app.url(paths::STAFF_AUDIT_VERIFY)).form(&[("csrf", token.as_str())]).send().await.unwrap();
            assert_eq!(response.status(), 403, "{who} posting {}", paths::STAFF_AUDIT_VERIFY);
            checked += 1;
        }
        assert_eq!(checked, 97, "the matrix walked {checked} combinations");
        let (_, home) = page(&admin, &app, paths::STAFF_HOME).await;
        assert!(!home.contains(paths::STAFF_REQUESTS), "the administrator's menu offers no requests");
    }

    async fn the_queue_lists_no_names_sorts_by_deadline_and_filters_in_the_url(app: TestApp) {
        seeded(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let (status, html) = page(&agent, &app, paths::STAFF_REQUESTS).await;
        assert_eq!(status, 200);
        assert!(html.contains("7 open, 2 te laat"), "{html}");
        assert!(!html.contains("Sanne") && !html.contains("sanne.devries"), "no names or addresses on the list");
        let overdue = html.find("AVG-DEMO-30005").unwrap().min(html.find("AVG-DEMO-30008").unwrap());
        assert!(overdue < html.find("AVG-DEMO-30004").unwrap(), "overdue ones first");
        assert!(html.contains("dagen te laat") && html.contains("vandaag is de laatste dag"), "the deadline in words");
        let (_, mine) = page(&agent, &app, "/staff/requests?assigned=unassigned").await;
        assert!(mine.contains("AVG-DEMO-30004") && !mine.contains("AVG-DEMO-30005"), "{mine}");
        let (_, waiting) = page(&agent, &app, "/staff/requests?state=waiting").await;
        assert!(waiting.contains("AVG-DEMO-30006") && !waiting.contains("AVG-DEMO-30005"));
        let (status, bad) = page(&agent, &app, "/staff/requests?due_within=soon").await;
        assert_eq!(status, 400);
        assert!(bad.contains(r#"value="soon""#) && bad.contains("Vul een aantal dagen in"), "kept and explained");

        // Bulk: tick, confirm, post; posting the same form again changes nothing.
        let (_, confirm) = page(&agent, &app, "/staff/requests/assign?reference=AVG-DEMO-30004&reference=AVG-DEMO-30008").await;
        assert!(confirm.contains("<li>AVG-DEMO-30004</li>"), "{confirm}");
        assert!(!confirm.contains("<li>AVG-DEMO-30008</li>"), "a colleague's request is not offered");
        let item = hidden(&confirm, "item");
        let form = [("csrf", csrf_of(&confirm)), ("item", item)];
        let posted = agent.post(app.url(paths::STAFF_REQUESTS_ASSIGN)).form(&form).send().await.unwrap();
        assert_eq!(posted.status(), 303);
        let (_, after) = page(&agent, &app, paths::STAFF_REQUESTS).await;
        assert!(after.contains("1 verzoek is nu aan u toegewezen"), "{after}");
        agent.post(app.url(paths::STAFF_REQUESTS_ASSIGN)).form(&form).send().await.unwrap();
        let (_, again) = page(&agent, &app, paths::STAFF_REQUESTS).await;
        assert!(again.contains("1 verzoek was intussen veranderd"), "{again}");
        let row = app.store.request_by_reference("AVG-DEMO-30004").await.unwrap().unwrap();
        assert_eq!(row.status, "in-progress");
        assert_eq!(app.store.request_events(row.id).await.unwrap().len(), 2, "one step, not two");
    }

    async fn customer_data_opens_only_as_the_request_needs_and_each_opening_is_on_record(app: TestApp) {
        seeded(&app).await;
        let customer = sanne_id(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let colleague = staff(&app, "agent2@example.nl").await;
        let show = |reference: &str| paths::staff_request_action(reference, "show");
        let token = csrf_of(&page(&agent, &app, &paths::staff_request("AVG-DEMO-30005")).await.1);
        let before = audit_with_reason(&app, customer, "AVG-DEMO-30005").await.len();
        let opened = agent.post(app.url(&show("AVG-DEMO-30005"))).form(&[("csrf", token.as_str()), ("section", "billing")]).send().await.unwrap();
        assert_eq!(opened.status(), 200);
        let html = opened.text().await.unwrap();
        assert!(html.contains("facturen") && html.contains("<caption"), "{html}");
        let after = audit_with_reason(&app, customer, "AVG-DEMO-30005").await;
        // The page read (the request) and the part opened, each once, with the reference.
        assert_eq!(after.len(), before + 2, "{after:?}");
        assert_eq!(after.iter().filter(|a| *a == "staff.customer.billing.read").count(), 1);

        // A rectification does not need invoices; a colleague's request gives nothing.
        let token = csrf_of(&page(&agent, &app, &paths::staff_request("AVG-DEMO-30002")).await.1);
        let refused = agent.post(app.url(&show("AVG-DEMO-30002"))).form(&[("csrf", token.as_str()), ("section", "billing")]).send().await.unwrap();
        assert_eq!(refused.status(), 403);
        let token = csrf_of(&page(&colleague, &app, paths::STAFF_REQUESTS).await.1);
        let refused = colleague.post(app.url(&show("AVG-DEMO-30005"))).form(&[("csrf", token.as_str()), ("section", "identity")]).send().await.unwrap();
        assert_eq!(refused.status(), 403);
        let (_, colleagues) = page(&colleague, &app, &paths::staff_request("AVG-DEMO-30005")).await;
        assert!(!colleagues.contains("Welke gesprekken"), "what the customer wrote stays with the assignee");
        assert!(!audit_with_reason(&app, customer, "AVG-DEMO-30002").await.iter().any(|a| a.contains("billing")));
        let none: Vec<_> = audit_with_reason(&app, customer, "AVG-DEMO-30005").await;
        assert_eq!(none.len(), before + 2, "the refused attempts opened nothing");

        // The customer sees who, why and when.
        let sanne = sanne(&app).await;
        let (_, who_saw) = page(&sanne, &app, paths::WHO_SAW).await;
        assert!(who_saw.contains("Een medewerker van de klantenservice"), "{who_saw}");
        assert!(who_saw.contains("Voor uw verzoek AVG-DEMO-30005"));
        assert!(who_saw.contains("Heeft uw facturen en betalingen bekeken"));
    }

    async fn asking_keeps_the_clock_running_and_the_customer_answers(app: TestApp) {
        seeded(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let question = [("text", "Bedoelt u de opnames van 2025 of alle opnames?")];
        let check = act(&app, &agent, "AVG-DEMO-30005", "ask", &question, false).await;
        assert_eq!(check.status(), 200);
        assert!(check.text().await.unwrap().contains("Een vraag stelt de termijn niet uit"), "the check page says the clock runs");
        let done = act(&app, &agent, "AVG-DEMO-30005", "ask", &question, true).await;
        assert_eq!(done.status(), 303);
        // In Dutch, the language on the customer's profile.
        let mail = mail_about(&app, "Wij hebben informatie nodig voor uw verzoek AVG-DEMO-30005").await;
        assert!(mail.contains("Bedoelt u de opnames van 2025"));
        let row = app.store.request_by_reference("AVG-DEMO-30005").await.unwrap().unwrap();
        let due = row.due_on;
        assert!(row.handling.waiting_since.is_some());

        let sanne = sanne(&app).await;
        let path = request_path(paths::REQUEST, "AVG-DEMO-30005");
        let (_, mine) = page(&sanne, &app, &path).await;
        assert!(mine.contains("Wacht op uw antwoord") && mine.contains("Bedoelt u de opnames van 2025"), "{mine}");
        let reply = request_path(paths::REQUEST_REPLY, "AVG-DEMO-30005");
        let (_, form) = page(&sanne, &app, &reply).await;
        let empty = sanne.post(app.url(&reply)).form(&[("csrf", csrf_of(&form).as_str()), ("text", "  ")]).send().await.unwrap();
        assert_eq!(empty.status(), 400);
        let sent = sanne.post(app.url(&reply)).form(&[("csrf", csrf_of(&form).as_str()), ("text", "Alle opnames graag.")]).send().await.unwrap();
        assert_eq!(sent.status(), 303);
        let row = app.store.request_by_reference("AVG-DEMO-30005").await.unwrap().unwrap();
        assert_eq!(row.handling.waiting_since, None);
        assert_eq!(row.due_on, due, "the deadline never moved");
        let (_, staff_view) = page(&agent, &app, &paths::staff_request("AVG-DEMO-30005")).await;
        assert!(staff_view.contains("Alle opnames graag.") && staff_view.contains("De klant gaf antwoord."));
    }

    async fn an_agents_refusal_has_no_effect_until_the_privacy_officer_approves(app: TestApp) {
        seeded(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let officer = staff(&app, "fg@example.nl").await;
        let sanne = sanne(&app).await;
        let before = outbox_files(&app).len();
        let fields = [("reason", "identity-not-established"), ("text", "Het e-mailadres hoort bij iemand anders.")];
        let proposed = act(&app, &agent, "AVG-DEMO-30005", "refuse", &fields, true).await;
        assert_eq!(proposed.status(), 303);
        let path = request_path(paths::REQUEST, "AVG-DEMO-30005");
        let (_, mine) = page(&sanne, &app, &path).await;
        assert!(!mine.contains("Het e-mailadres hoort bij iemand anders") && !mine.contains("afgewezen"), "the customer sees nothing: {mine}");
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(outbox_files(&app).len(), before, "and gets no e-mail");
        assert_eq!(app.store.request_by_reference("AVG-DEMO-30005").await.unwrap().unwrap().status, "in-progress");
        let (status, _) = page(&agent, &app, &paths::staff_request_action("AVG-DEMO-30005", "decide")).await;
        assert_eq!(status, 403, "an agent cannot approve");
        let (status, _) = page(&agent, &app, &paths::staff_request_action("AVG-DEMO-30005", "complete")).await;
        assert_eq!(status, 409, "nor answer while the proposal waits");

        let approved = act(&app, &officer, "AVG-DEMO-30005", "decide", &[("decision", "approve")], true).await;
        assert_eq!(approved.status(), 303);
        let mail = mail_about(&app, "Wij hebben uw verzoek AVG-DEMO-30005 afgewezen").await;
        assert!(mail.contains("Autoriteit Persoonsgegevens") && mail.contains("rechter"), "{mail}");
        for (lang, refused, authority) in [("nl", "Wij hebben uw verzoek afgewezen", "Een klacht indienen bij de Autoriteit Persoonsgegevens"), ("en", "We have refused your request", "Complain to the Autoriteit Persoonsgegevens")] {
            let html = sanne.get(app.url(&path)).header("Accept-Language", lang).send().await.unwrap().text().await.unwrap();
            assert!(html.contains(refused) && html.contains(authority), "{lang}: {html}");
            assert!(html.contains("Het e-mailadres hoort bij iemand anders."));
        }
        // The other demo proposal, rejected: nothing changes for the customer.
        let rejected = act(&app, &officer, "AVG-DEMO-30007", "decide", &[("decision", "reject"), ("text", "Het vorige antwoord is te oud.")], true).await;
        assert_eq!(rejected.status(), 303);
        let row = app.store.request_by_reference("AVG-DEMO-30007").await.unwrap().unwrap();
        assert_eq!((row.status.as_str(), row.handling.proposal.as_deref()), ("in-progress", None));
    }

    async fn an_extension_is_made_once_before_the_due_date_and_approved_by_the_officer(app: TestApp) {
        seeded(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let colleague = staff(&app, "agent2@example.nl").await;
        let officer = staff(&app, "fg@example.nl").await;
        // The overdue one cannot be extended any more; the extended one not again.
        let (status, _) = page(&colleague, &app, &paths::staff_request_action("AVG-DEMO-30008", "extend")).await;
        assert_eq!(status, 200, "the form opens");
        let late = act(&app, &colleague, "AVG-DEMO-30008", "extend", &[("months", "1"), ("text", "Veel werk.")], false).await;
        assert_eq!(late.status(), 409);
        assert!(late.text().await.unwrap().contains("De eerste datum is voorbij"));
        let (status, _) = page(&agent, &app, &paths::staff_request_action("AVG-DEMO-30002", "extend")).await;
        assert_eq!(status, 409, "extended once already");
        let too_long = act(&app, &agent, "AVG-DEMO-30006", "extend", &[("months", "3"), ("text", "Veel werk.")], false).await;
        assert_eq!(too_long.status(), 400, "at most two more months");

        let proposed = act(&app, &agent, "AVG-DEMO-30006", "extend", &[("months", "2"), ("text", "Wij moeten drie afdelingen vragen.")], true).await;
        assert_eq!(proposed.status(), 303);
        let row = app.store.request_by_reference("AVG-DEMO-30006").await.unwrap().unwrap();
        assert_eq!(row.extended_until, None, "a proposal only");
        let approved = act(&app, &officer, "AVG-DEMO-30006", "decide", &[("decision", "approve")], true).await;
        assert_eq!(approved.status(), 303);
        let row = app.store.request_by_reference("AVG-DEMO-30006").await.unwrap().unwrap();
        let received = inzage::domain::received_on(&app.settings.organisation.time_zone, row.received_at);
        assert_eq!(row.extended_until, inzage::domain::extended_due_on(received, 2), "three months from receipt");
        assert_eq!(row.status, "extended");
        let mail = mail_about(&app, "Wij hebben meer tijd nodig voor uw verzoek AVG-DEMO-30006").await;
        assert!(mail.contains("Wij moeten drie afdelingen vragen."), "{mail}");
        let sanne = sanne(&app).await;
        let (_, mine) = page(&sanne, &app, &request_path(paths::REQUEST, "AVG-DEMO-30006")).await;
        assert!(mine.contains("Wij moeten drie afdelingen vragen."));
    }

    async fn each_kind_is_answered_with_its_own_effect_and_a_closed_request_is_read_only(app: TestApp) {
        seeded(&app).await;
        let customer = sanne_id(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let colleague = staff(&app, "agent2@example.nl").await;
        let officer = staff(&app, "fg@example.nl").await;
        // Objection: the agent takes the new one, answers; the marketing objection is set.
        let taken = act(&app, &agent, "AVG-DEMO-30004", "assign", &[("to", &staff_id(&app, "agent@example.nl").await)], false).await;
        assert_eq!(taken.status(), 303);
        assert_eq!(act(&app, &agent, "AVG-DEMO-30004", "complete", &[("text", "U krijgt geen reclame meer.")], true).await.status(), 303);
        assert!(app.store.marketing_objection(customer).await.unwrap().is_some());
        let mail = mail_about(&app, "Wij hebben uw verzoek AVG-DEMO-30004 beantwoord").await;
        assert!(mail.contains("U krijgt geen reclame meer."));
        // Restriction, by the colleague it is assigned to.
        assert_eq!(act(&app, &colleague, "AVG-DEMO-30008", "complete", &[("text", "Wij bewaren uw gegevens alleen nog.")], true).await.status(), 303);
        assert!(app.store.processing_restriction(customer).await.unwrap().is_some());
        // Rectification of the date of birth, which customers cannot do themselves.
        let wrong = act(&app, &agent, "AVG-DEMO-30002", "complete", &[("text", "Verbeterd."), ("birth_date", "2999-01-01")], true).await;
        assert_eq!(wrong.status(), 400);
        assert!(wrong.text().await.unwrap().contains(r#"value="2999-01-01""#), "kept as typed");
        assert_eq!(act(&app, &agent, "AVG-DEMO-30002", "complete", &[("text", "Verbeterd."), ("birth_date", "1986-04-18")], true).await.status(), 303);
        let profile = app.vault.read_profile(customer, &inzage::domain::Access::by(inzage::domain::Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(profile.birth_date, Some(time::macros::date!(1986 - 04 - 18)));
        // Access: the answer points to the download.
        assert_eq!(act(&app, &agent, "AVG-DEMO-30005", "complete", &[("text", "Hierbij uw gegevens.")], true).await.status(), 303);
        assert!(mail_about(&app, "Wij hebben uw verzoek AVG-DEMO-30005 beantwoord").await.contains(paths::DOWNLOAD));
        // A complaint, answered by the privacy officer.
        assert_eq!(act(&app, &officer, "AVG-DEMO-30009", "complete", &[("text", "Wij hebben de medewerker gesproken.")], true).await.status(), 303);
        let sanne = sanne(&app).await;
        let (_, mine) = page(&sanne, &app, &request_path(paths::REQUEST, "AVG-DEMO-30009")).await;
        assert!(mine.contains("Ons antwoord") && mine.contains("Wij hebben de medewerker gesproken."), "{mine}");

        // Closed means read-only: no actions offered, and none accepted.
        let (_, closed) = page(&officer, &app, &paths::staff_request("AVG-DEMO-30009")).await;
        assert!(closed.contains("Dit verzoek is afgesloten") && !closed.contains("/complete\""), "{closed}");
        let (status, _) = page(&officer, &app, &paths::staff_request_action("AVG-DEMO-30009", "ask")).await;
        assert_eq!(status, 409);

        // Erasure: the customer files it, the privacy officer answers, the data is gone
        // and the request stays, detached.
        let token = csrf_of(&page(&sanne, &app, paths::REQUEST_NEW).await.1);
        let filed = sanne.post(app.url(paths::REQUEST_NEW)).form(&[("csrf", token.as_str()), ("kind", "erasure"), ("details", "Wis alles wat mag.")]).send().await.unwrap();
        assert_eq!(filed.status(), 303);
        let reference = filed.headers()["location"].to_str().unwrap().split('/').nth(3).unwrap().to_string();
        assert_eq!(act(&app, &officer, &reference, "complete", &[("text", "Uw gegevens zijn gewist.")], true).await.status(), 303);
        assert!(app.store.customer(customer).await.unwrap().is_none(), "erased");
        let row = app.store.request_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!((row.status.as_str(), row.customer_id), ("completed", None));
    }

    async fn posting_an_action_twice_applies_it_once(app: TestApp) {
        seeded(&app).await;
        let agent = staff(&app, "agent@example.nl").await;
        let path = paths::staff_request_action("AVG-DEMO-30005", "note");
        let (_, form) = page(&agent, &app, &path).await;
        let fields = [("csrf", csrf_of(&form)), ("version", hidden(&form, "version")), ("text", "Gebeld, geen gehoor.".to_string())];
        let first = agent.post(app.url(&path)).form(&fields).send().await.unwrap();
        assert_eq!(first.status(), 303);
        let second = agent.post(app.url(&path)).form(&fields).send().await.unwrap();
        assert_eq!(second.status(), 409);
        assert!(second.text().await.unwrap().contains("Er is niets gedaan"));
        let row = app.store.request_by_reference("AVG-DEMO-30005").await.unwrap().unwrap();
        assert_eq!(app.store.request_notes(row.id).await.unwrap().len(), 1);

        let path = paths::staff_request_action("AVG-DEMO-30005", "complete");
        let (_, form) = page(&agent, &app, &path).await;
        let fields = [("csrf", csrf_of(&form)), ("version", hidden(&form, "version")), ("text", "Klaar.".to_string()), ("confirm", "yes".to_string())];
        assert_eq!(agent.post(app.url(&path)).form(&fields).send().await.unwrap().status(), 303);
        assert_eq!(agent.post(app.url(&path)).form(&fields).send().await.unwrap().status(), 409);
        let events = app.store.request_events(row.id).await.unwrap();
        assert_eq!(events.iter().filter(|e| e.status == "completed").count(), 1);

        // The note is not on the customer's page, but is in their download.
        let sanne = sanne(&app).await;
        let (_, mine) = page(&sanne, &app, &request_path(paths::REQUEST, "AVG-DEMO-30005")).await;
        assert!(!mine.contains("Gebeld, geen gehoor."));
        let records = app.vault.customer_records(sanne_id(&app).await, &inzage::domain::Access::by(inzage::domain::Actor::system("test")), "test.export").await.unwrap().unwrap();
        let notes = records.request_notes().await.unwrap();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].1.text, "Gebeld, geen gehoor.");
    }
}

async fn staff_id(app: &TestApp, email: &str) -> String {
    inzage::seed::demo_staff_id(&app.vault, email)
        .await
        .unwrap()
        .unwrap()
        .to_string()
}
