//! Correct my data (Art. 16), over HTTP, on both databases: the overview, every invalid
//! input class of every field, "check your answers", the save, and its audit record.

use inzage::domain::{Access, Actor, NewProfile, PostalAddress};
use inzage::i18n::Lang;
use inzage::paths;
use uuid::Uuid;

use crate::accounts::{activate, csrf_of, post_form};
use crate::helpers::TestApp;

const NUMBER: &str = "555000777";
const EMAIL: &str = "marit@example.nl";

/// A customer with phone and address, signed in on the app's client.
async fn signed_in(app: &TestApp) -> Uuid {
    let id = app
        .vault
        .create_customer(
            &NewProfile {
                customer_number: NUMBER.into(),
                name: "Marit Jansen".into(),
                email: EMAIL.into(),
                phone: Some("06 11 22 33 44".into()),
                address: Some(PostalAddress {
                    street: "Dorpsstraat".into(),
                    house_number: "7".into(),
                    addition: None,
                    postcode: "9711 AB".into(),
                    city: "Groningen".into(),
                    country: "NL".into(),
                }),
                birth_date: Some(time::macros::date!(1985 - 03 - 12)),
                language: Lang::Nl,
                do_not_call: false,
            },
            &Access::by(Actor::system("test")),
        )
        .await
        .unwrap();
    assert_eq!(activate(app, NUMBER, EMAIL).await.status(), 303);
    id
}

async fn token(app: &TestApp) -> String {
    csrf_of(&app.get(paths::CORRECT).await.text().await.unwrap())
}

async fn audit_actions(app: &TestApp, id: Uuid) -> Vec<String> {
    app.store
        .audit_for_customer(id, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.entry.action)
        .collect()
}

/// The opening tag of the element with this `id`.
fn tag_with_id<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!(r#" id="{id}""#))
        .unwrap_or_else(|| panic!("an element with id {id}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

/// As maud writes a value into an attribute.
fn escaped(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const ADDRESS: [(&str, &str); 6] = [
    ("street", "Keizersgracht"),
    ("house_number", "123"),
    ("addition", ""),
    ("postcode", "1015 CJ"),
    ("city", "Amsterdam"),
    ("country", "NL"),
];

/// (form, its valid fields, the field made bad, the bad value, what kind of bad).
type Case = (&'static str, Fields, &'static str, String, &'static str);
type Fields = Vec<(&'static str, &'static str)>;

fn invalid_cases() -> Vec<Case> {
    let long = |n: usize, c: &str| c.repeat(n);
    let mut cases = vec![];
    let mut add = |path, base: &[(&'static str, &'static str)], field, value: String, kind| {
        cases.push((path, base.to_vec(), field, value, kind));
    };
    let name: &[(&str, &str)] = &[("name", "")];
    add(paths::CORRECT_NAME, name, "name", String::new(), "empty");
    add(paths::CORRECT_NAME, name, "name", "   ".into(), "empty");
    add(
        paths::CORRECT_NAME,
        name,
        "name",
        long(101, "a"),
        "too long",
    );
    add(paths::CORRECT_NAME, name, "name", "Anna 2".into(), "format");
    add(
        paths::CORRECT_NAME,
        name,
        "name",
        "Anna\tBakker".into(),
        "control",
    );
    add(
        paths::CORRECT_NAME,
        name,
        "name",
        "Anna\u{7}".into(),
        "control",
    );
    add(
        paths::CORRECT_NAME,
        name,
        "name",
        "Anna\u{202E}rekkab".into(),
        "control",
    );
    add(
        paths::CORRECT_NAME,
        name,
        "name",
        "<script>alert(1)</script>".into(),
        "script",
    );
    add(
        paths::CORRECT_NAME,
        name,
        "name",
        "\"><b>x</b>".into(),
        "script",
    );
    add(paths::CORRECT_NAME, name, "name", "Anna 😀".into(), "emoji");
    let phone: &[(&str, &str)] = &[("phone", "")];
    add(
        paths::CORRECT_PHONE,
        phone,
        "phone",
        long(31, "0"),
        "too long",
    );
    add(
        paths::CORRECT_PHONE,
        phone,
        "phone",
        "12345".into(),
        "format",
    );
    add(
        paths::CORRECT_PHONE,
        phone,
        "phone",
        "06 1234".into(),
        "format",
    );
    add(
        paths::CORRECT_PHONE,
        phone,
        "phone",
        "06 1234\u{1b}5678".into(),
        "control",
    );
    add(
        paths::CORRECT_PHONE,
        phone,
        "phone",
        "<script>".into(),
        "script",
    );
    add(
        paths::CORRECT_PHONE,
        phone,
        "phone",
        "06 📞 12345678".into(),
        "emoji",
    );
    let texts = [
        ("street", 81, "Straat #1"),
        ("house_number", 11, "a12"),
        ("addition", 11, "#1"),
        ("postcode", 11, "1234"),
        ("city", 61, "Amsterdam!"),
    ];
    for (field, too_long, format) in texts {
        if field != "addition" {
            add(
                paths::CORRECT_ADDRESS,
                &ADDRESS,
                field,
                String::new(),
                "empty",
            );
        }
        add(
            paths::CORRECT_ADDRESS,
            &ADDRESS,
            field,
            long(too_long, "1"),
            "too long",
        );
        add(
            paths::CORRECT_ADDRESS,
            &ADDRESS,
            field,
            format.into(),
            "format",
        );
        add(
            paths::CORRECT_ADDRESS,
            &ADDRESS,
            field,
            "1\n2".into(),
            "control",
        );
        add(
            paths::CORRECT_ADDRESS,
            &ADDRESS,
            field,
            "<script>".into(),
            "script",
        );
        add(
            paths::CORRECT_ADDRESS,
            &ADDRESS,
            field,
            "12😀".into(),
            "emoji",
        );
    }
    let foreign: Vec<(&str, &str)> = ADDRESS
        .iter()
        .map(|&(f, v)| if f == "country" { (f, "BE") } else { (f, v) })
        .collect();
    add(
        paths::CORRECT_ADDRESS,
        &foreign,
        "postcode",
        "#1000".into(),
        "format",
    );
    add(
        paths::CORRECT_ADDRESS,
        &foreign,
        "house_number",
        "1 <b>".into(),
        "script",
    );
    add(
        paths::CORRECT_ADDRESS,
        &ADDRESS,
        "country",
        String::new(),
        "empty",
    );
    add(
        paths::CORRECT_ADDRESS,
        &ADDRESS,
        "country",
        "XX".into(),
        "format",
    );
    add(
        paths::CORRECT_ADDRESS,
        &ADDRESS,
        "country",
        "<script>".into(),
        "script",
    );
    add(
        paths::CORRECT_ADDRESS,
        &ADDRESS,
        "country",
        "NL\u{7}".into(),
        "control",
    );
    let language: &[(&str, &str)] = &[("language", "")];
    add(
        paths::CORRECT_LANGUAGE,
        language,
        "language",
        String::new(),
        "empty",
    );
    add(
        paths::CORRECT_LANGUAGE,
        language,
        "language",
        "de".into(),
        "format",
    );
    add(
        paths::CORRECT_LANGUAGE,
        language,
        "language",
        "nl-BE".into(),
        "format",
    );
    add(
        paths::CORRECT_LANGUAGE,
        language,
        "language",
        "<script>".into(),
        "script",
    );
    add(
        paths::CORRECT_LANGUAGE,
        language,
        "language",
        "😀".into(),
        "emoji",
    );
    cases
}

crate::on_both_backends! {
    async fn signed_out_visitors_are_sent_to_sign_in(app: TestApp) {
        for path in [
            paths::CORRECT, paths::CORRECT_NAME, paths::CORRECT_PHONE, paths::CORRECT_ADDRESS,
            paths::CORRECT_LANGUAGE, paths::CORRECT_NAME_CHECK, paths::CORRECT_PHONE_CHECK,
            paths::CORRECT_ADDRESS_CHECK, paths::CORRECT_LANGUAGE_CHECK,
        ] {
            let response = app.get(path).await;
            assert_eq!(response.status(), 303, "{path}");
            let location = response.headers()["location"].to_str().unwrap().to_string();
            assert!(location.starts_with("/sign-in?next="), "{path}: {location}");
        }
    }

    async fn the_overview_shows_every_group_in_both_languages(app: TestApp) {
        let id = signed_in(&app).await;
        let before = audit_actions(&app, id).await.len();
        let page = app.get(paths::CORRECT).await;
        assert_eq!(page.status(), 200);
        assert_eq!(page.headers()["cache-control"], "no-store");
        let html = page.text().await.unwrap();
        let actions = audit_actions(&app, id).await;
        assert_eq!(actions.len(), before + 1, "one audit record for the view");
        assert_eq!(actions[0], "customer.profile.read");
        assert!(html.contains("<title>Mijn gegevens wijzigen"), "{html}");
        for expected in [
            "Marit Jansen", EMAIL, "06 11 22 33 44", "Dorpsstraat 7", "9711 AB Groningen", "12 maart 1985",
            r#"<a href="/account/correct/phone">Wijzig<span class="visually-hidden"> telefoonnummer</span></a>"#,
            r#"<a href="/account/correct/name">"#, r#"<a href="/account/correct/address">"#,
            r#"<a href="/account/correct/language">"#, r#"<a href="/account/email">"#,
            r#"href="/account/requests/new?kind=rectification">Wijziging aanvragen<span class="visually-hidden">: geboortedatum</span></a>"#,
        ] {
            assert!(html.contains(expected), "{expected} in {html}");
        }
        let en = app.get_in(paths::CORRECT, "en").await.text().await.unwrap();
        assert!(en.contains("<title>Change my details"), "{en}");
        assert!(en.contains(r#"Change<span class="visually-hidden"> phone number</span>"#));
        assert!(en.contains("12 March 1985"));
        for (path, nl, en_title) in [
            (paths::CORRECT_NAME, "Uw naam wijzigen", "Change your name"),
            (paths::CORRECT_PHONE, "Uw telefoonnummer wijzigen", "Change your phone number"),
            (paths::CORRECT_ADDRESS, "Uw adres wijzigen", "Change your address"),
            (paths::CORRECT_LANGUAGE, "Uw taal wijzigen", "Change your language"),
        ] {
            let page = app.get(path).await;
            assert_eq!(page.status(), 200, "{path}");
            assert!(page.text().await.unwrap().contains(&format!("<h1>{nl}</h1>")), "{path}");
            let page = app.get_in(path, "en").await.text().await.unwrap();
            assert!(page.contains(&format!("<h1>{en_title}</h1>")), "{path}");
        }
        let form = app.get(paths::CORRECT_ADDRESS).await.text().await.unwrap();
        assert!(tag_with_id(&form, "street").contains(r#"value="Dorpsstraat""#), "the form holds what is stored");
        assert!(form.contains(r#"<option value="NL" selected>Nederland</option>"#));
        let form = app.get(paths::CORRECT_LANGUAGE).await.text().await.unwrap();
        assert!(tag_with_id(&form, "language").contains("checked"), "the current language is chosen");
    }

    async fn every_invalid_input_is_refused_and_kept(app: TestApp) {
        let id = signed_in(&app).await;
        let token = token(&app).await;
        let stored = app.vault.read_profile(id, &Access::by(Actor::system("test"))).await.unwrap().unwrap();
        for (path, base, field, value, kind) in invalid_cases() {
            let mut fields: Vec<(&str, &str)> = base.iter().filter(|(f, _)| *f != field).copied().collect();
            fields.push((field, &value));
            fields.push(("csrf", &token));
            let case = format!("{path} {field} {kind} {value:?}");
            let response = post_form(&app, path, &fields).await;
            assert_eq!(response.status(), 422, "{case}");
            let html = response.text().await.unwrap();
            assert!(html.contains("<title>Fout: "), "{case}: the title is prefixed");
            assert!(html.contains(&format!(r##"<li><a href="#{field}">"##)), "{case}: the summary links to the field");
            let summary = html.find("error-summary").unwrap();
            assert!(summary < html.find(&format!(r#"id="{field}-error""#)).unwrap(), "{case}: the summary comes first");
            // A radio group ties its error to the fieldset (GOV.UK); other fields to the input.
            let control = if field == "language" {
                let start = html.find(r#"<fieldset class="fieldset" aria-describedby="#).unwrap();
                &html[start..=start + html[start..].find('>').unwrap()]
            } else {
                tag_with_id(&html, field)
            };
            if field != "language" {
                assert!(control.contains(r#"aria-invalid="true""#), "{case}: {control}");
            }
            let described = control.split(r#"aria-describedby=""#).nth(1).unwrap().split('"').next().unwrap();
            assert!(described.split(' ').any(|id| id == format!("{field}-error")), "{case}: {control}");
            assert!(html.contains(&format!(r#"<p class="field__error" id="{field}-error">"#)), "{case}");
            match field {
                "country" | "language" => assert!(!html.contains(r#"<option value="XX""#), "{case}"),
                _ => assert!(control.contains(&format!(r#"value="{}""#, escaped(&value))), "{case}: the value is kept: {control}"),
            }
            for (other, kept) in base.iter().filter(|(f, v)| *f != field && !v.is_empty() && !["country", "language"].contains(f)) {
                assert!(tag_with_id(&html, other).contains(&format!(r#"value="{kept}""#)), "{case}: {other} kept");
            }
            assert!(!html.contains("<script>"), "{case}: nothing typed becomes markup");
        }
        let after = app.vault.read_profile(id, &Access::by(Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!((after.name, after.phone, after.address), (stored.name, stored.phone, stored.address), "nothing was saved");

        // And in English.
        let response = app.client.post(app.url(paths::CORRECT_NAME)).header("Accept-Language", "en")
            .form(&[("csrf", token.as_str()), ("name", "")]).send().await.unwrap();
        assert_eq!(response.status(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("<title>Error: "));
        assert!(html.contains(r##"<a href="#name">Enter your name</a>"##), "{html}");
        let too_long = post_form(&app, paths::CORRECT_NAME, &[("csrf", &token), ("name", &"a".repeat(120))]).await;
        assert!(too_long.text().await.unwrap().contains("Gebruik hoogstens 100 tekens. U gebruikte er 120."));
    }

    async fn a_change_is_checked_then_saved_once(app: TestApp) {
        let id = signed_in(&app).await;
        let token = token(&app).await;
        let response = post_form(&app, paths::CORRECT_PHONE, &[("csrf", &token), ("phone", "+31 (0)6-8765 4321")]).await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], paths::CORRECT_PHONE_CHECK);
        let check = app.get(paths::CORRECT_PHONE_CHECK).await;
        assert_eq!(check.status(), 200);
        let html = check.text().await.unwrap();
        assert!(html.contains("<title>Controleer uw wijziging"), "{html}");
        assert!(html.contains("+31687654321"), "the value as it will be stored");
        assert!(html.contains(r#"<a href="/account/correct/phone">Wijzig<span class="visually-hidden"> telefoonnummer</span></a>"#));
        assert!(html.contains(r#"<input type="hidden" name="phone" value="+31 (0)6-8765 4321">"#), "Save carries the answer, for an expired session");
        // "Change" brings back what was typed, not what is stored.
        let again = app.get(paths::CORRECT_PHONE).await.text().await.unwrap();
        assert!(tag_with_id(&again, "phone").contains(r#"value="+31 (0)6-8765 4321""#), "{again}");

        let stored = app.vault.read_profile(id, &Access::by(Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(stored.phone.as_deref(), Some("06 11 22 33 44"), "nothing saved before Save");
        let before = audit_actions(&app, id).await.len();
        let saved = post_form(&app, paths::CORRECT_PHONE_CHECK, &[("csrf", &token)]).await;
        assert_eq!(saved.status(), 303);
        assert_eq!(saved.headers()["location"], paths::CORRECT);
        let actions = audit_actions(&app, id).await;
        assert_eq!(actions.len(), before + 1, "exactly one audit record for the save");
        assert_eq!(actions[0], "customer.profile.corrected");
        let profile = app.vault.read_profile(id, &Access::by(Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(profile.phone.as_deref(), Some("+31687654321"));
        assert_eq!(profile.name, "Marit Jansen", "only the phone changed");
        assert!(profile.updated_at > profile.created_at);
        let overview = app.get(paths::CORRECT).await.text().await.unwrap();
        assert!(overview.contains("Uw telefoonnummer is gewijzigd."), "{overview}");
        assert!(!app.get(paths::CORRECT).await.text().await.unwrap().contains("is gewijzigd."), "the notice shows once");
        // The answer is used up: posting Save again saves nothing more.
        let twice = post_form(&app, paths::CORRECT_PHONE_CHECK, &[("csrf", &token)]).await;
        assert_eq!(twice.status(), 303);
        assert_eq!(twice.headers()["location"], paths::CORRECT_PHONE);
        assert_eq!(app.get(paths::CORRECT_PHONE_CHECK).await.headers()["location"], paths::CORRECT_PHONE);
    }

    async fn every_group_saves_through_the_vault(app: TestApp) {
        let id = signed_in(&app).await;
        let token = token(&app).await;
        let steps: [(&str, &str, Fields, &str); 4] = [
            (paths::CORRECT_NAME, paths::CORRECT_NAME_CHECK, vec![("name", "  Zoë  van 't Hoff-Ελένη ")], "Uw naam is gewijzigd."),
            (paths::CORRECT_ADDRESS, paths::CORRECT_ADDRESS_CHECK, vec![("street", "Rue de la Loi"), ("house_number", "16"), ("addition", ""), ("postcode", "b-1000"), ("city", "Bruxelles"), ("country", "BE")], "Uw adres is gewijzigd."),
            (paths::CORRECT_LANGUAGE, paths::CORRECT_LANGUAGE_CHECK, vec![("language", "en")], "Uw taal is gewijzigd."),
            (paths::CORRECT_PHONE, paths::CORRECT_PHONE_CHECK, vec![("phone", "")], "Uw telefoonnummer is verwijderd."),
        ];
        for (form, check, fields, notice) in steps {
            let mut posted = fields.clone();
            posted.push(("csrf", &token));
            let response = post_form(&app, form, &posted).await;
            assert_eq!(response.status(), 303, "{form}");
            assert_eq!(app.get(check).await.status(), 200, "{check}");
            let before = audit_actions(&app, id).await.len();
            assert_eq!(post_form(&app, check, &[("csrf", &token)]).await.status(), 303, "{check}");
            let actions = audit_actions(&app, id).await;
            assert_eq!((actions.len(), actions[0].as_str()), (before + 1, "customer.profile.corrected"), "{check}");
            assert!(app.get(paths::CORRECT).await.text().await.unwrap().contains(notice), "{notice}");
        }
        let profile = app.vault.read_profile(id, &Access::by(Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(profile.name, "Zoë van 't Hoff-Ελένη");
        assert_eq!(profile.phone, None);
        assert_eq!(profile.language, Lang::En);
        let address = profile.address.unwrap();
        assert_eq!((address.street.as_str(), address.postcode.as_str(), address.country.as_str()), ("Rue de la Loi", "B-1000", "BE"));
        assert_eq!(profile.email, EMAIL, "the e-mail address is not changed here");

        // A Dutch postcode is written one way.
        let posted = [("csrf", token.as_str()), ("street", "Keizersgracht"), ("house_number", "123"), ("addition", "bis"), ("postcode", "1015cj"), ("city", "Amsterdam"), ("country", "NL")];
        assert_eq!(post_form(&app, paths::CORRECT_ADDRESS, &posted).await.status(), 303);
        let check = app.get(paths::CORRECT_ADDRESS_CHECK).await.text().await.unwrap();
        assert!(check.contains("Keizersgracht 123 bis") && check.contains("1015 CJ Amsterdam"), "{check}");
    }

    async fn the_waiting_answer_and_the_saved_value_are_sealed(app: TestApp) {
        let id = signed_in(&app).await;
        let token = token(&app).await;
        post_form(&app, paths::CORRECT_NAME, &[("csrf", &token), ("name", "Marit Markeerstift")]).await;
        let mut raw = app.raw().await;
        let sessions = raw.dump("sessions").await.join("\n");
        assert!(sessions.contains("correction_pending"), "the answer waits in the session");
        assert!(!sessions.contains("Markeerstift"), "{sessions}");
        assert_eq!(post_form(&app, paths::CORRECT_NAME_CHECK, &[("csrf", &token)]).await.status(), 303);
        let customers = raw.dump("customers").await.join("\n");
        assert!(!customers.contains("Markeerstift"), "{customers}");
        let profile = app.vault.read_profile(id, &Access::by(Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(profile.name, "Marit Markeerstift");
        assert!(!raw.dump("sessions").await.join("\n").contains("correction_pending"), "used up");
    }

    async fn a_save_without_an_answer_changes_nothing(app: TestApp) {
        let id = signed_in(&app).await;
        let token = token(&app).await;
        let before = audit_actions(&app, id).await.len();
        let response = post_form(&app, paths::CORRECT_NAME_CHECK, &[("csrf", &token), ("name", "Mallory")]).await;
        assert_eq!(response.status(), 303, "fields posted to Save are ignored");
        assert_eq!(response.headers()["location"], paths::CORRECT_NAME);
        assert_eq!(audit_actions(&app, id).await.len(), before);
        // An answer for one group is not saved by another group's Save.
        post_form(&app, paths::CORRECT_NAME, &[("csrf", &token), ("name", "Marit de Boer")]).await;
        let other = post_form(&app, paths::CORRECT_PHONE_CHECK, &[("csrf", &token)]).await;
        assert_eq!(other.headers()["location"], paths::CORRECT_PHONE);
        let profile = app.vault.read_profile(id, &Access::by(Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(profile.name, "Marit Jansen");
    }

    async fn a_form_posted_after_the_session_expired_comes_back_after_sign_in(app: TestApp) {
        signed_in(&app).await;
        let token = token(&app).await;
        app.clock.advance(time::Duration::minutes(45));
        let posted = post_form(&app, paths::CORRECT_NAME, &[("csrf", &token), ("name", "Marit Bewaard")]).await;
        assert_eq!(posted.status(), 303);
        assert!(posted.headers()["location"].to_str().unwrap().starts_with("/sign-in?"));
        let sign_in = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
        let back = post_form(&app, paths::SIGN_IN, &[("csrf", &sign_in), ("email", EMAIL), ("password", crate::accounts::PASSWORD)]).await;
        assert_eq!(back.headers()["location"], paths::CORRECT_NAME, "back to the same form");
        let form = app.get(paths::CORRECT_NAME).await.text().await.unwrap();
        assert!(tag_with_id(&form, "name").contains(r#"value="Marit Bewaard""#), "{form}");
        assert!(form.contains("We hebben onthouden wat u had ingevuld"));
        let again = app.get(paths::CORRECT_NAME).await.text().await.unwrap();
        assert!(tag_with_id(&again, "name").contains(r#"value="Marit Jansen""#), "given back once");
    }

    async fn a_save_posted_after_the_session_expired_waits_for_the_sign_in(app: TestApp) {
        let id = signed_in(&app).await;
        let token = token(&app).await;
        post_form(&app, paths::CORRECT_NAME, &[("csrf", &token), ("name", "Marit Later")]).await;
        let check = app.get(paths::CORRECT_NAME_CHECK).await.text().await.unwrap();
        assert!(check.contains(r#"<input type="hidden" name="name" value="Marit Later">"#), "{check}");
        app.clock.advance(time::Duration::minutes(45));
        let posted = post_form(&app, paths::CORRECT_NAME_CHECK, &[("csrf", &token), ("name", "Marit Later")]).await;
        assert!(posted.headers()["location"].to_str().unwrap().starts_with("/sign-in?"));
        let sign_in = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
        let back = post_form(&app, paths::SIGN_IN, &[("csrf", &sign_in), ("email", EMAIL), ("password", crate::accounts::PASSWORD)]).await;
        assert_eq!(back.headers()["location"], paths::CORRECT_NAME_CHECK, "back to the check page");
        let check = app.get(paths::CORRECT_NAME_CHECK).await.text().await.unwrap();
        assert!(check.contains("Marit Later") && check.contains("klik opnieuw op Opslaan"), "{check}");
        let profile = app.vault.read_profile(id, &Access::by(Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(profile.name, "Marit Jansen", "not saved without a Save in the live session");
        let token = csrf_of(&check);
        assert_eq!(post_form(&app, paths::CORRECT_NAME_CHECK, &[("csrf", &token)]).await.status(), 303);
        let profile = app.vault.read_profile(id, &Access::by(Actor::system("test"))).await.unwrap().unwrap();
        assert_eq!(profile.name, "Marit Later");
    }

    async fn a_post_without_token_is_refused(app: TestApp) {
        signed_in(&app).await;
        for path in [paths::CORRECT_NAME, paths::CORRECT_NAME_CHECK, paths::CORRECT_ADDRESS, paths::CORRECT_LANGUAGE_CHECK] {
            let response = post_form(&app, path, &[("name", "Mallory")]).await;
            assert_eq!(response.status(), 403, "{path}");
        }
    }
}
