//! The customer's rights pages built on the register and the audit trail: the start page,
//! my data, the contact history, who saw my data, consent and objection. Over HTTP, on
//! both databases.

use inzage::db::CustomerBundle;
use inzage::domain::NewProfile;
use inzage::i18n::Lang;
use inzage::paths;
use inzage::seed::{HistoryPlan, history_for};
use inzage::vault::CustomerSealer;
use uuid::Uuid;

use crate::accounts::{activate, csrf_of, post_form};
use crate::helpers::TestApp;

/// A customer with the demo history `plan`; returns the id and the e-mail address.
async fn with_history(app: &TestApp, number: &str, plan: HistoryPlan) -> (Uuid, String) {
    let email = format!("klant{number}@example.nl");
    let profile = NewProfile {
        customer_number: number.into(),
        name: "Marker Rechtenpagina".into(),
        email: email.clone(),
        phone: Some("+31 6 12345678".into()),
        address: None,
        birth_date: Some(time::macros::date!(1985 - 03 - 31)),
        language: Lang::Nl,
        do_not_call: false,
    };
    let now = app.clock.now();
    let (customer, sealer) = CustomerSealer::new_customer(&app.vault.keys, &profile, now);
    let mut bundle = CustomerBundle {
        customers: vec![customer],
        ..Default::default()
    };
    history_for(
        &mut bundle,
        &sealer,
        &app.vault.keys,
        &profile,
        plan,
        now,
        0,
    );
    app.store.insert_bundle(&bundle).await.unwrap();
    (sealer.id, email)
}

/// A customer with the demo history `plan`, signed in on `app.client`.
async fn signed_in_with_history(app: &TestApp, number: &str, plan: HistoryPlan) -> Uuid {
    let (customer, email) = with_history(app, number, plan).await;
    assert_eq!(activate(app, number, &email).await.status(), 303);
    let token = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
    let signed_in = post_form(
        app,
        paths::SIGN_IN,
        &[
            ("csrf", &token),
            ("email", &email),
            ("password", crate::accounts::PASSWORD),
        ],
    )
    .await;
    assert_eq!(signed_in.status(), 303);
    customer
}

/// Text nodes that are a bare message id ("marketing-preferences"): a text that is missing
/// in the locale files shows its id instead.
/// Codes shown as data (a consent text's version) are in `<code>` and left out.
fn bare_ids(html: &str) -> Vec<&str> {
    html.split('<')
        .filter(|element| !element.starts_with("code"))
        .filter_map(|element| element.split_once('>').map(|(_, text)| text))
        .map(str::trim)
        .filter(|text| {
            text.contains('-')
                && text
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect()
}

/// How many audit records are about `customer`.
async fn audit_count(app: &TestApp, customer: Uuid) -> i64 {
    app.store
        .count_audit_for_customer(customer, None)
        .await
        .unwrap()
}

/// The pages of this file that take no id.
const PAGES: [&str; 5] = [
    paths::ACCOUNT,
    paths::MY_DATA,
    paths::CONTACTS,
    paths::WHO_SAW,
    paths::CONSENT,
];

crate::on_both_backends! {
    async fn each_page_asks_visitors_to_sign_in(app: TestApp) {
        for path in PAGES.into_iter().chain([paths::CONTACT_MOMENT]) {
            let response = app.get(path).await;
            assert_eq!(response.status(), 303, "{path}");
            assert!(response.headers()["location"].to_str().unwrap().starts_with("/sign-in"), "{path}");
        }
    }

    async fn each_page_renders_in_both_languages_with_one_audit_record_per_view(app: TestApp) {
        let customer = signed_in_with_history(&app, "500600700", HistoryPlan::Full).await;
        for path in PAGES {
            for (lang, title) in [("nl", "Mijn privacy"), ("en", "My privacy")] {
                let before = audit_count(&app, customer).await;
                let response = app.get_in(path, lang).await;
                assert_eq!(response.status(), 200, "{path} {lang}");
                assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
                let html = response.text().await.unwrap();
                assert!(html.contains(&format!(r#"<html lang="{lang}">"#)), "{path} {lang}");
                assert!(html.contains(title), "{path} {lang}: the portal's name in the title");
                assert_eq!(bare_ids(&html), Vec::<&str>::new(), "{path} {lang}: texts missing");
                assert!(html.contains(r#"aria-current="page""#), "{path}: the menu shows where you are");
                assert_eq!(audit_count(&app, customer).await, before + 1, "{path} {lang}: one audit record");
            }
        }
    }

    async fn the_start_page_counts_in_plain_words(app: TestApp) {
        let customer = signed_in_with_history(&app, "500600701", HistoryPlan::Full).await;
        let zone = app.settings.organisation.time_zone.clone();
        let access = inzage::domain::Access::by(inzage::domain::Actor::customer(customer));
        app.vault.file_request(customer, inzage::domain::RequestKind::Access, None, app.clock.now(), &zone, &access).await.unwrap().unwrap();
        let html = app.get_in(paths::ACCOUNT, "en").await.text().await.unwrap();
        assert!(html.contains("8 contacts."), "{html}");
        assert!(html.contains("1 open request."), "the request just filed is open: {html}");
        assert!(html.contains("Next deletion: "), "{html}");
        assert!(html.contains("You give consent for 1 of 2 purposes."), "{html}");
    }

    async fn my_data_is_one_overview_with_a_fold_per_kind_and_no_link_said_twice(app: TestApp) {
        signed_in_with_history(&app, "500600712", HistoryPlan::Full).await;
        let html = app.get_in(paths::MY_DATA, "en").await.text().await.unwrap();
        let main = html.split("<main").nth(1).unwrap().split("</main>").next().unwrap();
        let register = inzage::privacy::register::Register::embedded().unwrap();
        let kinds = register.categories().len();
        // One table with a row per kind, then a closed fold per kind.
        assert_eq!(main.matches("<table").count(), 1);
        assert_eq!(main.matches("<tr>").count(), kinds + 1, "a header row and a row per kind");
        assert_eq!(main.matches(r#"<details class="register-category">"#).count(), kinds);
        assert!(!main.contains("<details class=\"register-category\" open"), "closed until asked");
        // A screen reader hears the page's own headings only (was 56), and one region (was 18).
        let headings = ["<h1", "<h2", "<h3"].iter().map(|h| main.matches(h).count()).sum::<usize>();
        assert_eq!(headings, 3, "{main}");
        assert_eq!(main.matches("role=\"region\"").count() + main.matches("<section").count(), 1);
        // Every link says where it goes on its own (WCAG 2.4.9): no text twice.
        let mut texts: Vec<String> = main
            .split("<a ")
            .skip(1)
            .map(|a| {
                let inner = a.split_once('>').unwrap().1.split("</a>").next().unwrap();
                inner.replace(r#"<span class="visually-hidden">"#, "").replace("</span>", "")
            })
            .collect();
        let all = texts.len();
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), all, "a link text is used twice: {texts:?}");
    }

    async fn my_data_shows_every_category_with_the_register_details(app: TestApp) {
        signed_in_with_history(&app, "500600702", HistoryPlan::Full).await;
        let html = app.get_in(paths::MY_DATA, "en").await.text().await.unwrap();
        for category in ["identity", "contact-details", "invoices", "consents", "audit-trail", "research"] {
            assert!(html.contains(&format!(r#"id="category-{category}""#)), "{category}");
        }
        assert!(html.contains("31 March 1985"), "the date of birth in words");
        assert!(html.contains("Marker Rechtenpagina"));
        assert!(html.contains("The Dutch Tax Administration, if it asks"), "recipients from the register");
        assert!(html.contains("General State Taxes Act"), "the law that keeps invoices");
        assert!(html.contains("We delete the oldest item on"), "a deletion date");
        assert!(html.contains("When you delete your account."));
    }

    async fn the_contact_history_filters_and_pages_with_plain_links(app: TestApp) {
        signed_in_with_history(&app, "500600703", HistoryPlan::Contacts(45)).await;
        let html = app.get_in(paths::CONTACTS, "en").await.text().await.unwrap();
        assert!(html.contains("45 contacts found."), "{html}");
        assert!(html.contains("Page 1 of 3"));
        assert!(html.contains(r#"href="/account/contacts?page=2" rel="next""#), "{html}");
        let last = app.get_in("/account/contacts?page=3", "en").await.text().await.unwrap();
        assert_eq!(last.matches("/account/contacts/").count(), 5, "the last page holds the last 5");
        assert!(last.contains(r#"rel="prev""#) && !last.contains(r#"rel="next""#));

        let phone = app.get_in("/account/contacts?channel=phone&period=", "en").await.text().await.unwrap();
        let phones = phone.matches("</span>Phone</td>").count();
        assert!(phones > 0 && phone.matches("</span>Chat</td>").count() == 0, "{phone}");
        assert!(phone.contains(r#"value="phone" checked"#), "the filter shows what was chosen");

        let rubbish = app.get_in("/account/contacts?channel=%3Cscript%3E&page=zero", "en").await;
        assert_eq!(rubbish.status(), 200, "an unknown filter shows everything");
    }

    async fn a_contact_moment_shows_its_detail_and_another_customers_is_404_and_audited(app: TestApp) {
        let customer = signed_in_with_history(&app, "500600704", HistoryPlan::Full).await;
        let moments = app.store.contact_moments(customer).await.unwrap();
        let recorded = moments.iter().find(|m| m.recorded).expect("the full plan has a recorded call");
        let html = app.get_in(&paths::CONTACT_MOMENT.replace("{id}", &recorded.id.to_string()), "en").await.text().await.unwrap();
        assert!(html.contains("What was said") && html.contains("Call recorded"), "{html}");
        assert!(html.contains("We delete the recording on"));
        // Its own title (kind and day), and what was heard and agreed in words, not codes.
        let title = |html: &str| html.split("<title>").nth(1).unwrap().split("</title>").next().unwrap().to_string();
        assert!(title(&html).starts_with("Phone call of "), "{}", title(&html));
        assert!(html.contains("At the start you heard that we recorded the call"), "{html}");
        assert!(!html.contains("opname-melding") && !html.contains("OPN-"), "no internal codes");
        let mut titles: Vec<String> = Vec::new();
        for m in moments.iter().take(6) {
            let page = app.get_in(&paths::CONTACT_MOMENT.replace("{id}", &m.id.to_string()), "en").await.text().await.unwrap();
            titles.push(title(&page));
        }
        let contact_page = title(&app.get_in(paths::CONTACT, "en").await.text().await.unwrap());
        assert!(!titles.contains(&contact_page), "not the Contact page's title: {titles:?}");
        let zone = &app.settings.organisation.time_zone;
        let days: std::collections::BTreeSet<_> = moments.iter().take(6).map(|m| (m.channel.clone(), inzage::i18n::local(zone, m.occurred_at).date())).collect();
        let distinct: std::collections::BTreeSet<_> = titles.iter().collect();
        assert_eq!(distinct.len(), days.len(), "one title per kind and day: {titles:?}");

        let (other, _) = with_history(&app, "500600799", HistoryPlan::Little).await;
        let other_moment = app.store.contact_moments(other).await.unwrap()[0].id;
        for id in [other_moment.to_string(), Uuid::new_v4().to_string(), "not-a-uuid".into()] {
            let before = audit_count(&app, customer).await;
            let response = app.get_in(&paths::CONTACT_MOMENT.replace("{id}", &id), "en").await;
            assert_eq!(response.status(), 404, "{id}");
            let trail = app.store.audit_for_customer(customer, 1).await.unwrap();
            assert_eq!(audit_count(&app, customer).await, before + 1);
            assert_eq!(trail[0].entry.action, "customer.contact.denied");
        }
    }

    async fn who_saw_my_data_lists_the_trail_in_words(app: TestApp) {
        signed_in_with_history(&app, "500600705", HistoryPlan::Little).await;
        app.get(paths::MY_DATA).await;
        // By default, what others did: the customer's own visits are one choice away.
        let html = app.get_in(paths::WHO_SAW, "en").await.text().await.unwrap();
        assert!(!html.contains("</span>You</td>"), "{html}");
        assert!(html.contains(r#"value="others" checked"#), "{html}");
        assert!(html.contains("Nobody but you looked at or changed your data"), "{html}");
        let everyone = app.get_in("/account/who-saw-my-data?who=everyone", "en").await.text().await.unwrap();
        assert!(everyone.contains("Looked at all your data"), "{everyone}");
        assert!(everyone.contains("</span>You</td>"), "{everyone}");
        assert!(everyone.contains(r#"value="everyone" checked"#));
        let old = app.get_in("/account/who-saw-my-data?period=month&who=everyone", "en").await.text().await.unwrap();
        assert!(old.contains("Looked at all your data"));
    }

    async fn consent_is_never_preselected_and_withdrawing_is_as_easy_as_giving(app: TestApp) {
        let customer = signed_in_with_history(&app, "500600706", HistoryPlan::Little).await;
        let html = app.get_in(paths::CONSENT, "en").await.text().await.unwrap();
        assert!(html.contains(r#"name="consent-newsletter" type="radio" value="yes">"#), "{html}");
        assert!(html.contains(r#"name="consent-newsletter" type="radio" value="no">"#), "neither is pre-selected");
        assert!(html.contains(r#"name="do-not-call" type="radio" value="no" checked"#), "a flag shows its state");
        assert!(html.contains("You have not made any choices yet."));

        let token = csrf_of(&html);
        let give = post_form(&app, paths::CONSENT, &[("csrf", &token), ("consent-newsletter", "yes")]).await;
        assert_eq!(give.status(), 303);
        let after = app.get_in(paths::CONSENT, "en").await.text().await.unwrap();
        assert!(after.contains("Saved. This applies from now on. You changed:"), "{after}");
        assert!(after.contains("<li>Newsletter and offers: Yes, you may</li>"), "says which choice: {after}");
        assert!(after.contains(r#"name="consent-newsletter" type="radio" value="yes" checked"#));
        assert!(after.contains("nieuwsbrief-v2"), "the receipt names the text version");

        let withdraw = post_form(&app, paths::CONSENT, &[("csrf", &token), ("consent-newsletter", "no"), ("do-not-call", "yes"), ("marketing-objection", "yes")]).await;
        assert_eq!(withdraw.status(), 303);
        let receipts = app.store.consents(customer).await.unwrap();
        assert_eq!(receipts.len(), 4, "one receipt per change, the objections too: {receipts:?}");
        assert!(receipts.iter().all(|r| r.channel == "portal"));
        let newest: Vec<(&str, bool)> = receipts[..3].iter().map(|r| (r.purpose.as_str(), r.granted)).collect();
        for change in [("newsletter", false), ("marketing-objection", true), ("do-not-call", true)] {
            assert!(newest.contains(&change), "{change:?} has its receipt: {newest:?}");
        }
        assert!(app.store.customer(customer).await.unwrap().unwrap().do_not_call);
        assert!(app.store.marketing_objection(customer).await.unwrap().is_some());
        let html = app.get_in(paths::CONSENT, "en").await.text().await.unwrap();
        for item in [
            "<li>Newsletter and offers: No, you may not</li>",
            "<li>Objection to advertising: Yes, I do not want advertising</li>",
            "<li>Calls with offers: No, do not call me</li>",
        ] {
            assert!(html.contains(item), "{item}: {html}");
        }
        let history = html.split(r#"id="receipts""#).nth(1).expect("the history table");
        assert_eq!(history.matches("<tr>").count() - 1, 4, "every receipt is in the history: {history}");
        // A cell's text follows its column's name (hidden from screen readers) in the stacked table.
        assert!(history.contains("Objection to advertising</td>") && history.contains("Calls with offers</td>"), "{history}");

        let again = post_form(&app, paths::CONSENT, &[("csrf", &token), ("consent-newsletter", "no"), ("do-not-call", "yes"), ("marketing-objection", "yes")]).await;
        assert_eq!(again.status(), 303);
        assert_eq!(app.store.consents(customer).await.unwrap().len(), 4, "no change, no receipt");
        let html = app.get_in(paths::CONSENT, "en").await.text().await.unwrap();
        assert!(html.contains("Saved. You did not change anything."), "{html}");
        let export = app.get(paths::DOWNLOAD_JSON).await.text().await.unwrap();
        let export: serde_json::Value = serde_json::from_str(&export).unwrap();
        let profile = export.pointer("/data/profile").expect("a profile section");
        assert!(profile["objects_to_direct_marketing_since"].is_string(), "{profile}");
        assert_eq!(profile["do_not_call"], true, "the export shows the new choices");
    }

    async fn every_consent_question_is_a_sentence_with_yes_first(app: TestApp) {
        signed_in_with_history(&app, "500600709", HistoryPlan::Little).await;
        for lang in ["nl", "en"] {
            let html = app.get_in(paths::CONSENT, lang).await.text().await.unwrap();
            let legends: Vec<&str> = html.split(r#"<legend class="fieldset__legend">"#).skip(1)
                .map(|rest| rest.split('<').next().unwrap()).collect();
            assert_eq!(legends.len(), 4, "{html}");
            for legend in &legends {
                assert!(legend.ends_with('?') && !legend.contains(':'), "a whole question: {legend}");
            }
            let (yes, no) = if lang == "nl" { ("Ja", "Nee") } else { ("Yes", "No") };
            for group in html.split(r#"<legend class="fieldset__legend">"#).skip(1) {
                let labels: Vec<&str> = group.split(r#"class="choices__label""#).skip(1)
                    .map(|rest| rest.split_once('>').unwrap().1.split('<').next().unwrap()).collect();
                assert_eq!(labels.len(), 2, "{group}");
                assert!(labels[0].starts_with(yes) && labels[1].starts_with(no), "yes first: {labels:?}");
            }
        }
        let html = app.get_in(paths::REQUEST_NEW, "nl").await.text().await.unwrap();
        assert!(!html.contains("artikel"), "no bare article numbers: {html}");
    }

    async fn an_objection_to_advertising_is_not_saved_beside_a_consent_to_offers(app: TestApp) {
        let customer = signed_in_with_history(&app, "500600710", HistoryPlan::Little).await;
        let token = csrf_of(&app.get(paths::CONSENT).await.text().await.unwrap());
        let both = app.client.post(app.url(paths::CONSENT)).header("Accept-Language", "en")
            .form(&[("csrf", token.as_str()), ("consent-newsletter", "yes"), ("marketing-objection", "yes"), ("do-not-call", "no")])
            .send().await.unwrap();
        assert_eq!(both.status(), 422);
        let html = both.text().await.unwrap();
        assert!(html.contains(r##"<a href="#consent-newsletter">You also object to advertising. Then we cannot send you our newsletter and offers."##), "{html}");
        assert!(html.contains(r##"<a href="#do-not-call">You also object to advertising. Then we do not call you with offers."##), "{html}");
        assert!(html.contains(r#"name="marketing-objection" type="radio" value="yes" checked"#), "kept: {html}");
        assert!(app.store.consents(customer).await.unwrap().is_empty(), "nothing saved");
        assert!(app.store.marketing_objection(customer).await.unwrap().is_none());

        let one = post_form(&app, paths::CONSENT, &[("csrf", &token), ("consent-newsletter", "no"), ("marketing-objection", "yes"), ("do-not-call", "yes")]).await;
        assert_eq!(one.status(), 303, "an objection with no and no is fine");
        // A consent to offers later, while the objection stands, is refused too.
        let later = post_form(&app, paths::CONSENT, &[("csrf", &token), ("consent-newsletter", "yes")]).await;
        assert_eq!(later.status(), 422);
        assert!(app.store.marketing_objection(customer).await.unwrap().is_some());
    }

    async fn only_optional_fields_are_marked_and_each_such_form_says_so_once(app: TestApp) {
        signed_in_with_history(&app, "500600711", HistoryPlan::Little).await;
        let forms = [
            paths::CORRECT_NAME, paths::CORRECT_PHONE, paths::CORRECT_ADDRESS, paths::CORRECT_LANGUAGE,
            paths::REQUEST_NEW, paths::CHANGE_EMAIL, paths::CHANGE_PASSWORD, paths::CONSENT,
            paths::SIGN_IN, paths::ACTIVATE, paths::PASSWORD_FORGOTTEN, paths::SIGN_IN_LINK,
        ];
        let mut marked = 0;
        for lang in ["nl", "en"] {
            let (marker, note) = if lang == "nl" { ("(optioneel)", "Vakken met (optioneel)") } else { ("(optional)", "You may leave boxes marked (optional)") };
            for path in forms {
                let html = app.get_in(path, lang).await.text().await.unwrap();
                assert!(!html.contains("(verplicht)") && !html.contains("(required)"), "{path}: required fields are not marked");
                for form in html.split("<form").skip(1) {
                    let form = form.split("</form>").next().unwrap();
                    let optional = form.matches(&format!(r#"<span class="field__optional">{marker}</span>"#)).count();
                    let notes = form.matches(note).count();
                    assert_eq!(notes, usize::from(optional > 0), "{path} ({lang}): the note once, only beside optional fields");
                    marked += optional;
                }
            }
        }
        assert_eq!(marked, 4, "phone and addition, in both languages");
    }

    async fn a_consent_answer_the_form_did_not_offer_is_refused_and_kept(app: TestApp) {
        let customer = signed_in_with_history(&app, "500600707", HistoryPlan::Little).await;
        let token = csrf_of(&app.get(paths::CONSENT).await.text().await.unwrap());
        let response = app.client.post(app.url(paths::CONSENT)).header("Accept-Language", "en")
            .form(&[("csrf", token.as_str()), ("consent-newsletter", "maybe"), ("do-not-call", "yes")])
            .send().await.unwrap();
        assert_eq!(response.status(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("<title>Error: "), "{html}");
        assert!(html.contains(r##"<a href="#consent-newsletter">Choose yes or no.</a>"##), "{html}");
        assert!(html.contains(r#"aria-describedby="consent-newsletter-hint consent-newsletter-error""#), "{html}");
        assert!(html.contains(r#"name="do-not-call" type="radio" value="yes" checked"#), "what was chosen is kept");
        assert!(app.store.consents(customer).await.unwrap().is_empty(), "nothing half-saved");
        assert!(!app.store.customer(customer).await.unwrap().unwrap().do_not_call);
    }

    async fn consent_choices_posted_after_the_session_expired_come_back_after_sign_in(app: TestApp) {
        let customer = signed_in_with_history(&app, "500600708", HistoryPlan::Little).await;
        let token = csrf_of(&app.get(paths::CONSENT).await.text().await.unwrap());
        app.clock.advance(time::Duration::minutes(45));
        let posted = post_form(&app, paths::CONSENT, &[("csrf", &token), ("consent-newsletter", "yes")]).await;
        assert_eq!(posted.status(), 303);
        assert_eq!(posted.headers()["location"], "/sign-in?next=%2Faccount%2Fconsent&expired=1");
        assert!(app.store.consents(customer).await.unwrap().is_empty(), "nothing saved while signed out");

        let token = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
        let back = post_form(&app, paths::SIGN_IN, &[
            ("csrf", &token),
            ("email", "klant500600708@example.nl"),
            ("password", crate::accounts::PASSWORD),
        ]).await;
        assert_eq!(back.headers()["location"], paths::CONSENT, "back to the same form");
        let html = app.get_in(paths::CONSENT, "en").await.text().await.unwrap();
        assert!(html.contains("You were signed out before your choices were saved."), "{html}");
        assert!(html.contains(r#"name="consent-newsletter" type="radio" value="yes" checked"#), "{html}");
        assert!(app.store.consents(customer).await.unwrap().is_empty(), "restored, not saved");
    }
}
