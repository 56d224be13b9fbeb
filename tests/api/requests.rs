//! Requests over HTTP, on both databases: filing one of each kind (reference, confirmation
//! page, e-mail, one audit record), the list and one request in both languages, the
//! deadline at a month end, cancelling, someone else's reference, a refusal and the right
//! to complain, and the form with its errors.

use inzage::auth::password::Passwords;
use inzage::domain::{RequestKind, RequestStatus, due_on, received_on};
use inzage::i18n::{Lang, date_in_words, try_t};
use inzage::paths::{self, request_path};
use time::Duration;
use uuid::Uuid;

use crate::accounts::{activate, csrf_of, customer, outbox_files, post_form};
use crate::helpers::TestApp;

/// A customer with portal access, signed in on `app.client`.
async fn signed_in(app: &TestApp, number: &str, email: &str) -> Uuid {
    let id = customer(app, number, email).await;
    assert_eq!(activate(app, number, email).await.status(), 303);
    id
}

async fn audit_actions(app: &TestApp, customer: Uuid) -> Vec<String> {
    app.store
        .audit_for_customer(customer, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.entry.action)
        .collect()
}

async fn html(app: &TestApp, path: &str, lang: &str) -> (u16, String) {
    let response = app.get_in(path, lang).await;
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// Files a request through the form; returns the response (303 when it worked).
async fn file(app: &TestApp, kind: &str, details: &str) -> reqwest::Response {
    let token = csrf_of(&app.get(paths::REQUEST_NEW).await.text().await.unwrap());
    post_form(
        app,
        paths::REQUEST_NEW,
        &[("csrf", &token), ("kind", kind), ("details", details)],
    )
    .await
}

/// The reference in a `/account/requests/{reference}/sent` location.
fn reference_of(response: &reqwest::Response) -> String {
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap();
    let reference = location
        .strip_prefix("/account/requests/")
        .and_then(|rest| rest.strip_suffix("/sent"))
        .unwrap_or_else(|| panic!("the confirmation page: {location}"));
    reference.to_string()
}

/// Waits briefly for the e-mail (sent in the background, so perhaps half written yet)
/// that mentions `needle`, and returns its text.
async fn mail_about(app: &TestApp, needle: &str) -> String {
    for _ in 0..100 {
        for file in outbox_files(app) {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            if text.contains(needle) && text.trim_end().ends_with("--") {
                return text;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    }
    panic!("no e-mail about {needle} arrived");
}

fn today_in_nl(app: &TestApp) -> time::Date {
    received_on(&app.settings.organisation.time_zone, app.clock.now())
}

crate::on_both_backends! {
    async fn filing_each_kind_gives_a_reference_a_confirmation_an_email_and_one_audit_record(app: TestApp) {
        let id = signed_in(&app, "555100001", "file@example.nl").await;
        let mut references = Vec::new();
        for kind in RequestKind::ALL {
            let before_audit = audit_actions(&app, id).await.len();
            let response = file(&app, kind.code(), "Het gaat om mijn adres.").await;
            let reference = reference_of(&response);
            assert!(reference.starts_with("AVG-") && !references.contains(&reference), "{reference}");
            let actions = audit_actions(&app, id).await;
            assert_eq!(actions.len(), before_audit + 1, "{kind:?}: exactly one audit record");
            assert_eq!(actions[0], "customer.request.created");

            let mail = mail_about(&app, &format!("Subject: Wij hebben uw verzoek ontvangen ({reference})")).await;
            assert!(mail.contains("To: file@example.nl"));
            assert!(mail.contains(&format!("Subject: Wij hebben uw verzoek ontvangen ({reference})")), "{mail}");
            let due = date_in_words(Lang::Nl, due_on(today_in_nl(&app)));
            assert!(mail.contains(&format!("Wij antwoorden uiterlijk op {due}.")), "{mail}");
            assert!(mail.contains(&request_path(paths::REQUEST, &reference)), "the mail links to the request");
            let label = try_t(Lang::Nl, &format!("request-kind-{}", kind.code())).unwrap();
            assert!(mail.contains(&format!("Soort verzoek: {label}")));

            let (status, page) = html(&app, &request_path(paths::REQUEST_SENT, &reference), "nl").await;
            assert_eq!(status, 200);
            assert!(page.contains("<title>Uw verzoek is verstuurd"), "{page}");
            assert!(page.contains(&format!(r#"<p class="panel__reference">{reference}</p>"#)));
            assert!(page.contains(&format!("Wij antwoorden uiterlijk op {due}.")));
            assert_eq!(audit_actions(&app, id).await[0], "customer.request.read");
            references.push(reference);
        }
        let stored = app.store.requests(id).await.unwrap();
        assert_eq!(stored.len(), RequestKind::ALL.len());
        assert!(stored.iter().all(|r| r.status == "received" && r.details_sealed.is_some()));
    }

    async fn a_request_filed_in_the_english_pages_is_confirmed_in_english(app: TestApp) {
        // The profile says Dutch; the customer switches the pages to English while signed in.
        let id = signed_in(&app, "555100009", "switch@example.nl").await;
        let switched = app.client.get(app.url("/language/en?next=/account/requests/new")).send().await.unwrap();
        assert_eq!(switched.status(), 303);
        let profile = app.vault.read_profile(id, &inzage::domain::Access::by(inzage::domain::Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(profile.language, Lang::En, "the profile follows the switch");
        assert_eq!(audit_actions(&app, id).await[1], "customer.profile.corrected", "the change is on record");

        let reference = reference_of(&file(&app, "access", "").await);
        let mail = mail_about(&app, &reference).await;
        assert!(mail.contains(&format!("Subject: We have received your request ({reference})")), "{mail}");
        assert!(mail.contains("Your reference is"), "{mail}");

        // A link from another site switches the pages only, not the profile.
        let foreign = app.client.get(app.url("/language/nl?next=/")).header("Sec-Fetch-Site", "cross-site").send().await.unwrap();
        assert_eq!(foreign.status(), 303);
        let profile = app.vault.read_profile(id, &inzage::domain::Access::by(inzage::domain::Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(profile.language, Lang::En);

        // Signed out, a link e-mail goes in the profile's language too, whatever the page's.
        let visitor = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let form = visitor.get(app.url(paths::PASSWORD_FORGOTTEN)).header("Accept-Language", "nl").send().await.unwrap().text().await.unwrap();
        let token = csrf_of(&form);
        let asked = visitor.post(app.url(paths::PASSWORD_FORGOTTEN)).header("Accept-Language", "nl")
            .form(&[("csrf", token.as_str()), ("email", "switch@example.nl")]).send().await.unwrap();
        assert_eq!(asked.status(), 303);
        let mail = mail_about(&app, "Subject: A new password for My privacy").await;
        assert!(mail.contains("To: switch@example.nl"), "{mail}");
    }

    async fn the_deadline_over_http_is_one_calendar_month_at_a_month_end(app: TestApp) {
        // Move the portal's clock on to the next 31 January, 11:00 in the Netherlands.
        let now = app.clock.now();
        let mut year = now.year();
        let target = loop {
            let candidate = time::Date::from_calendar_date(year, time::Month::January, 31)
                .unwrap()
                .with_hms(10, 0, 0)
                .unwrap()
                .assume_utc();
            if candidate > now + Duration::minutes(1) {
                break candidate;
            }
            year += 1;
        };
        app.clock.advance(target - now);
        signed_in(&app, "555100002", "january@example.nl").await;
        let reference = reference_of(&file(&app, "access", "").await);
        let leap = time::util::is_leap_year(year);
        let expected = if leap { "29 februari" } else { "28 februari" };
        let (_, page) = html(&app, &request_path(paths::REQUEST, &reference), "nl").await;
        assert!(page.contains(&format!("<dd>31 januari {year}</dd>")), "{page}");
        assert!(page.contains(&format!("<dd>{expected} {year}</dd>")), "{page}");
    }

    async fn list_and_detail_render_in_both_languages_with_open_requests_first(app: TestApp) {
        let id = signed_in(&app, "555100003", "list@example.nl").await;
        let open = reference_of(&file(&app, "rectification", "Mijn huisnummer is 12, niet 21.").await);
        let done = reference_of(&file(&app, "complaint", "Te laat geantwoord.").await);
        let mut raw = app.raw().await;
        raw.execute(&format!("UPDATE requests SET status = 'completed' WHERE reference = '{done}'")).await;

        for (lang, caption, kind, header) in [
            ("nl", "Uw verzoeken. Open verzoeken staan bovenaan.", "Mijn gegevens wijzigen", "Antwoord uiterlijk op"),
            ("en", "Your requests. Open requests are at the top.", "Change my details", "Answer by"),
        ] {
            let before = audit_actions(&app, id).await.len();
            let (status, page) = html(&app, paths::REQUESTS, lang).await;
            assert_eq!(status, 200);
            assert!(page.contains(&format!("<html lang=\"{lang}\"")));
            assert!(page.contains(caption) && page.contains(kind), "{page}");
            assert!(page.contains(&format!(r#"<th scope="col">{header}</th>"#)));
            assert!(page.contains(&format!(r#"<th scope="row"><a href="/account/requests/{open}">{open}</a></th>"#)), "{page}");
            assert!(page.find(&open).unwrap() < page.find(&done).unwrap(), "open requests first, though newer ones are closed");
            let actions = audit_actions(&app, id).await;
            assert_eq!(actions.len(), before + 1);
            assert_eq!(actions[0], "customer.requests.read");
        }
        for (lang, received, history, status) in [
            ("nl", "Ontvangen op", "Wij hebben uw verzoek ontvangen.", "<dd>Ontvangen</dd>"),
            ("en", "Received on", "We received your request.", "<dd>Received</dd>"),
        ] {
            let before = audit_actions(&app, id).await.len();
            let (code, page) = html(&app, &request_path(paths::REQUEST, &open), lang).await;
            assert_eq!(code, 200);
            assert!(page.contains(received) && page.contains(history) && page.contains(status), "{page}");
            assert!(page.contains("Mijn huisnummer is 12, niet 21."), "what the customer wrote");
            assert!(page.contains(&date_in_words(Lang::from_code(lang).unwrap(), due_on(today_in_nl(&app)))));
            let actions = audit_actions(&app, id).await;
            assert_eq!(actions.len(), before + 1);
            assert_eq!(actions[0], "customer.request.read");
        }
        let response = app.get(&request_path(paths::REQUEST, &open)).await;
        assert_eq!(response.headers()["cache-control"], "no-store");
    }

    async fn signed_out_visitors_are_sent_to_sign_in(app: TestApp) {
        for path in [
            paths::REQUESTS.to_string(),
            paths::REQUEST_NEW.to_string(),
            request_path(paths::REQUEST, "AVG-2026-AAAAAA"),
            request_path(paths::REQUEST_SENT, "AVG-2026-AAAAAA"),
            request_path(paths::REQUEST_CANCEL, "AVG-2026-AAAAAA"),
        ] {
            let response = app.get(&path).await;
            assert_eq!(response.status(), 303, "{path}");
            let location = response.headers()["location"].to_str().unwrap().to_string();
            assert!(location.starts_with("/sign-in?next="), "{path}: {location}");
        }
    }

    async fn another_customers_reference_is_not_found_and_on_record(app: TestApp) {
        let owner = signed_in(&app, "555100004", "owner@example.nl").await;
        let reference = reference_of(&file(&app, "erasure", "Alles graag.").await);
        let intruder = signed_in(&app, "555100005", "intruder@example.nl").await;
        let owner_trail = audit_actions(&app, owner).await.len();
        for path in [
            request_path(paths::REQUEST, &reference),
            request_path(paths::REQUEST_SENT, &reference),
            request_path(paths::REQUEST_CANCEL, &reference),
            request_path(paths::REQUEST, "AVG-2026-NOSUCH"),
            request_path(paths::REQUEST, "not%20a%20reference"),
        ] {
            let before = audit_actions(&app, intruder).await.len();
            let (status, page) = html(&app, &path, "nl").await;
            assert_eq!(status, 404, "{path}");
            assert!(page.contains("Deze pagina bestaat niet"), "{path}: the 404 page");
            assert!(!page.contains("Alles graag."));
            let actions = audit_actions(&app, intruder).await;
            assert_eq!(actions.len(), before + 1, "{path}");
            assert_eq!(actions[0], "customer.request.denied");
        }
        let token = csrf_of(&app.get(paths::REQUEST_NEW).await.text().await.unwrap());
        let response = post_form(&app, &request_path(paths::REQUEST_CANCEL, &reference), &[("csrf", &token)]).await;
        assert_eq!(response.status(), 404);
        assert_eq!(audit_actions(&app, intruder).await[0], "customer.request.denied");
        let row = app.store.request_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(row.status, "received", "the owner's request is untouched");
        assert_eq!(audit_actions(&app, owner).await.len(), owner_trail, "nothing was read of the owner's");
    }

    async fn cancelling_works_once_and_a_second_try_does_no_harm(app: TestApp) {
        let id = signed_in(&app, "555100006", "cancel@example.nl").await;
        let reference = reference_of(&file(&app, "objection", "Geen reclame meer.").await);
        let cancel = request_path(paths::REQUEST_CANCEL, &reference);
        let (status, page) = html(&app, &cancel, "nl").await;
        assert_eq!(status, 200);
        assert!(page.contains("<h1>Wilt u uw verzoek intrekken?</h1>"));
        assert!(page.contains(r#"<button type="submit" class="button button--warning">Ja, trek mijn verzoek in</button>"#), "{page}");
        assert!(page.contains(&format!(r#"<a href="/account/requests/{reference}">Nee, terug naar mijn verzoek</a>"#)));

        let before = audit_actions(&app, id).await.len();
        let response = post_form(&app, &cancel, &[("csrf", &csrf_of(&page))]).await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], request_path(paths::REQUEST, &reference).as_str());
        let actions = audit_actions(&app, id).await;
        assert_eq!(actions.len(), before + 1);
        assert_eq!(actions[0], "customer.request.cancelled");
        let row = app.store.request_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(row.status, "withdrawn");
        assert!(row.closed_at.is_some());
        let events = app.store.request_events(row.id).await.unwrap();
        assert_eq!(events.iter().map(|e| e.status.as_str()).collect::<Vec<_>>(), ["received", "withdrawn"]);

        let (_, page) = html(&app, &request_path(paths::REQUEST, &reference), "nl").await;
        assert!(page.contains("U heeft uw verzoek ingetrokken. Wij doen er niets meer mee."), "the notice, once");
        assert!(page.contains("<dd>Ingetrokken</dd>"));
        assert!(!page.contains("Dit verzoek intrekken"), "no way to cancel a closed request");
        let (_, page) = html(&app, &request_path(paths::REQUEST, &reference), "nl").await;
        assert!(!page.contains("Wij doen er niets meer mee."), "the notice shows once");

        let again = post_form(&app, &cancel, &[("csrf", &csrf_of(&page))]).await;
        assert_eq!(again.status(), 409);
        assert!(again.text().await.unwrap().contains("Dit verzoek is al afgesloten"));
        let (status, _) = html(&app, &cancel, "en").await;
        assert_eq!(status, 409);
        let events = app.store.request_events(row.id).await.unwrap();
        assert_eq!(events.len(), 2, "nothing more happened");
    }

    async fn the_refused_demo_request_names_the_supervisory_authority(app: TestApp) {
        inzage::seed::seed_demo(&app.vault, &Passwords::new(1), app.clock.now()).await.unwrap();
        let sanne = signed_in_as_demo(&app).await;
        let authority = inzage::config::Organisation::default();
        let url = authority.supervisory_authority_url.as_str();
        for (lang, link, status) in [
            ("nl", "Een klacht indienen bij de Autoriteit Persoonsgegevens", "<dd>Afgewezen</dd>"),
            ("en", "Complain to the Autoriteit Persoonsgegevens", "<dd>Refused</dd>"),
        ] {
            let response = sanne.get(app.url(&request_path(paths::REQUEST, "AVG-DEMO-30003"))).header("Accept-Language", lang).send().await.unwrap();
            assert_eq!(response.status(), 200);
            let page = response.text().await.unwrap();
            assert!(page.contains(&format!(r#"<a href="{url}">{link}</a>"#)), "{page}");
            assert!(page.contains(status));
            assert!(page.contains("Wij moeten uw facturen 7 jaar bewaren."), "the reason of the refusal");
        }
        // The extended one shows its new date and the reason; all three are listed.
        let page = sanne.get(app.url(&request_path(paths::REQUEST, "AVG-DEMO-30002"))).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Nieuwe datum voor het antwoord") && page.contains("Wij wachten op een kopie van een identiteitsbewijs."), "{page}");
        let list = sanne.get(app.url(paths::REQUESTS)).send().await.unwrap().text().await.unwrap();
        for reference in ["AVG-DEMO-30001", "AVG-DEMO-30002", "AVG-DEMO-30003"] {
            assert!(list.contains(reference), "{reference}");
        }
        // Seeding again adds nothing.
        assert_eq!(inzage::seed::seed_demo(&app.vault, &Passwords::new(1), app.clock.now()).await.unwrap(), 0);
        assert_eq!(app.store.requests(sanne_id(&app).await).await.unwrap().len(), 9, "the demo requests, one per state");
    }

    async fn the_form_with_errors_answers_422_keeps_the_values_and_links_the_summary(app: TestApp) {
        let id = signed_in(&app, "555100007", "errors@example.nl").await;
        let before = audit_actions(&app, id).await.len();
        let token = csrf_of(&app.get(paths::REQUEST_NEW).await.text().await.unwrap());
        let post = |fields: Vec<(&'static str, String)>, lang: &'static str| {
            let (client, url, token) = (app.client.clone(), app.url(paths::REQUEST_NEW), token.clone());
            async move {
                let mut form = vec![("csrf", token)];
                form.extend(fields);
                let response = client.post(url).header("Accept-Language", lang).form(&form).send().await.unwrap();
                (response.status().as_u16(), response.text().await.unwrap())
            }
        };

        let (status, page) = post(vec![("details", "<script>alert(1)</script> mijn adres".into())], "nl").await;
        assert_eq!(status, 422);
        assert!(page.contains("<title>Fout: "));
        assert!(page.contains(r##"<a href="#kind">Kies wat u wilt vragen.</a>"##), "{page}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; mijn adres</textarea>"), "kept, escaped");
        assert!(page.contains(r#"aria-describedby="kind-error""#));
        assert!(!page.contains("checked"));

        let (status, page) = post(vec![("kind", "erasure".into()), ("details", "   ".into())], "en").await;
        assert_eq!(status, 422);
        assert!(page.contains("<title>Error: "));
        assert!(page.contains(r##"<a href="#details">Write what your request is about.</a>"##), "{page}");
        assert!(page.contains(r#"value="erasure" checked"#), "the choice is kept");
        assert!(page.contains(r#"aria-describedby="details-hint details-error""#));
        assert!(page.contains(r#"aria-invalid="true""#));

        let long = "é".repeat(2001);
        let (status, page) = post(vec![("kind", "complaint".into()), ("details", long.clone())], "nl").await;
        assert_eq!(status, 422);
        assert!(page.contains("Gebruik niet meer dan 2000 tekens. Nu zijn het er 2001."), "{page}");
        assert!(page.contains(&long), "all of it is kept");

        let (status, page) = post(vec![("kind", "access".into()), ("details", "bel\u{7} mij".into())], "nl").await;
        assert_eq!(status, 422);
        assert!(page.contains("Uw tekst bevat tekens die wij niet kunnen lezen."));

        // A kind that does not exist is no choice; emoji and line breaks are fine text.
        let (status, _) = post(vec![("kind", "everything".into()), ("details", "x".into())], "nl").await;
        assert_eq!(status, 422);
        assert!(app.store.requests(id).await.unwrap().is_empty(), "nothing was filed");
        assert_eq!(audit_actions(&app, id).await.len(), before, "no audit record for a refused form");
        let reference = reference_of(&file(&app, "access", "Alles graag 🙂\r\nook oude brieven").await);
        let (_, page) = html(&app, &request_path(paths::REQUEST, &reference), "nl").await;
        assert!(page.contains("Alles graag 🙂\nook oude brieven"), "{page}");
    }

    async fn a_request_typed_while_the_session_ran_out_is_given_back_after_sign_in(app: TestApp) {
        let id = signed_in(&app, "555100009", "slow.typist@example.nl").await;
        let token = csrf_of(&app.get(paths::REQUEST_NEW).await.text().await.unwrap());
        app.clock.advance(Duration::minutes(45));
        let posted = post_form(&app, paths::REQUEST_NEW, &[("csrf", &token), ("kind", "restriction"), ("details", "Niet gebruiken tot de controle klaar is.")]).await;
        assert_eq!(posted.status(), 303);
        assert_eq!(posted.headers()["location"], "/sign-in?next=%2Faccount%2Frequests%2Fnew&expired=1");
        assert!(app.store.requests(id).await.unwrap().is_empty(), "not filed without a sign-in");

        let token = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
        let back = post_form(&app, paths::SIGN_IN, &[("csrf", &token), ("email", "slow.typist@example.nl"), ("password", crate::accounts::PASSWORD)]).await;
        assert_eq!(back.headers()["location"], paths::REQUEST_NEW, "back to the same form");
        let (_, form) = html(&app, paths::REQUEST_NEW, "nl").await;
        assert!(form.contains("Wij hebben onthouden wat u had ingevuld"), "{form}");
        assert!(form.contains(r#"value="restriction" checked"#));
        assert!(form.contains("Niet gebruiken tot de controle klaar is.</textarea>"));
        let (_, again) = html(&app, paths::REQUEST_NEW, "nl").await;
        assert!(!again.contains("checked") && !again.contains("controle klaar"), "given back once");
    }

    async fn no_kind_is_chosen_unless_the_link_names_one(app: TestApp) {
        signed_in(&app, "555100008", "choose@example.nl").await;
        let (status, page) = html(&app, paths::REQUEST_NEW, "nl").await;
        assert_eq!(status, 200);
        assert!(!page.contains("checked"), "nothing pre-selected");
        assert!(page.contains("<legend class=\"fieldset__legend\">Wat wilt u vragen?</legend>"));
        for kind in RequestKind::ALL {
            let hint = try_t(Lang::Nl, &format!("request-kind-{}-hint", kind.code())).unwrap();
            assert!(page.contains(&hint), "{kind:?} is explained");
        }
        assert!(page.contains(r#"<textarea class="field__input field__textarea" id="details" name="details""#), "{page}");
        assert!(page.contains(r#"aria-describedby="details-hint""#));

        let (_, page) = html(&app, &paths::new_request_of_kind("rectification"), "en").await;
        assert_eq!(page.matches("checked").count(), 1);
        assert!(page.contains(r#"value="rectification" checked"#));
        let (_, page) = html(&app, &paths::new_request_of_kind("bogus"), "en").await;
        assert!(!page.contains("checked"));
        let (status, page) = html(&app, "/account/requests/new?kind=erasure&kind=access&x=%ZZ", "en").await;
        assert_eq!(status, 200, "a strange query still opens the form");
        assert!(page.contains(r#"value="erasure" checked"#));
    }
}

async fn sanne_id(app: &TestApp) -> Uuid {
    app.vault
        .find_by_customer_number("100200300")
        .await
        .unwrap()
        .unwrap()
}

/// A client signed in as the demo customer Sanne de Vries.
async fn signed_in_as_demo(app: &TestApp) -> reqwest::Client {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = client.get(app.url(paths::SIGN_IN)).send().await.unwrap();
    let token = csrf_of(&page.text().await.unwrap());
    let response = client
        .post(app.url(paths::SIGN_IN))
        .form(&[
            ("csrf", token.as_str()),
            ("email", "sanne.devries@example.nl"),
            ("password", inzage::seed::DEMO_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    client
}

#[test]
fn every_kind_and_status_has_its_words_in_both_languages() {
    for lang in Lang::ALL {
        for kind in RequestKind::ALL {
            for id in [
                format!("request-kind-{}", kind.code()),
                format!("request-kind-{}-hint", kind.code()),
            ] {
                assert!(try_t(lang, &id).is_some(), "{lang:?} {id}");
            }
        }
        for status in RequestStatus::ALL {
            for id in [
                format!("request-status-{}", status.code()),
                format!("request-event-{}", status.code()),
            ] {
                assert!(try_t(lang, &id).is_some(), "{lang:?} {id}");
            }
        }
    }
}
