//! Sign-in by e-mailed link, forgotten password, changing the password and the e-mail
//! address, session limits on a controllable clock, forms kept across an expired session,
//! and "show password" without JavaScript; over HTTP, on both databases.

use inzage::paths;
use time::Duration;

use crate::accounts::{
    PASSWORD, activate, csrf_of, customer, outbox_files, post_form, signed_in_client,
};
use crate::helpers::TestApp;

const NEW_PASSWORD: &str = "kastanje regenboog fietsbel";

/// Waits for the e-mail written after `before` messages and returns it whole.
async fn next_mail(app: &TestApp, before: usize) -> String {
    for _ in 0..100 {
        let files = outbox_files(app);
        if files.len() > before {
            return std::fs::read_to_string(&files[before]).unwrap();
        }
        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    }
    panic!("no e-mail arrived");
}

/// The path of the first link to this portal in an e-mail.
fn link_path(mail: &str) -> String {
    let line = mail
        .lines()
        .find(|l| l.trim().starts_with("http://127.0.0.1"))
        .expect("a link in the e-mail");
    let after_host = line.trim().split_once("127.0.0.1:").unwrap().1;
    format!("/{}", after_host.split_once('/').unwrap().1)
}

/// Posts a one-field "send me a link" form and returns the e-mail that follows, if any.
async fn ask_for_link(app: &TestApp, path: &str, email: &str) -> Option<String> {
    let token = csrf_of(&app.get(path).await.text().await.unwrap());
    let before = outbox_files(app).len();
    let response = post_form(app, path, &[("csrf", &token), ("email", email)]).await;
    assert_eq!(response.status(), 303, "{path}");
    for _ in 0..30 {
        if outbox_files(app).len() > before {
            return Some(next_mail(app, before).await);
        }
        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    }
    None
}

async fn sign_out(app: &TestApp) {
    let html = app.get(paths::ACCOUNT).await.text().await.unwrap();
    let token = csrf_of(&html);
    post_form(app, paths::SIGN_OUT, &[("csrf", &token)]).await;
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    let token = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
    post_form(
        app,
        paths::SIGN_IN,
        &[("csrf", &token), ("email", email), ("password", password)],
    )
    .await
}

crate::on_both_backends! {
    async fn a_sign_in_link_signs_in_once_and_expires(app: TestApp) {
        customer(&app, "556000111", "link@example.nl").await;
        activate(&app, "556000111", "link@example.nl").await;
        sign_out(&app).await;
        assert!(ask_for_link(&app, paths::SIGN_IN_LINK, "nobody@example.nl").await.is_none(), "no mail for an unknown address");

        let mail = ask_for_link(&app, paths::SIGN_IN_LINK, "Link@Example.nl").await.expect("a link");
        assert!(mail.contains("Subject: Inloggen bij Mijn privacy"), "{mail}");
        let path = link_path(&mail);
        let page = app.get(&path).await;
        assert_eq!(page.status(), 200, "opening the link does not use it up (mail scanners)");
        let token = csrf_of(&page.text().await.unwrap());
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 303, "not signed in by opening it");
        let used = post_form(&app, &path, &[("csrf", &token)]).await;
        assert_eq!(used.status(), 303);
        assert_eq!(used.headers()["location"], paths::ACCOUNT);
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 200);
        let token = csrf_of(&app.get(paths::ACCOUNT).await.text().await.unwrap());
        assert_eq!(post_form(&app, &path, &[("csrf", &token)]).await.status(), 410, "only once");

        sign_out(&app).await;
        let path = link_path(&ask_for_link(&app, paths::SIGN_IN_LINK, "link@example.nl").await.unwrap());
        app.clock.advance(Duration::minutes(16));
        let late = app.get(&path).await;
        assert_eq!(late.status(), 410, "after 15 minutes the link is dead");
        assert!(late.text().await.unwrap().contains("Deze link werkt niet meer"));
    }

    async fn a_forgotten_password_link_is_replaced_used_once_and_ends_every_session(app: TestApp) {
        customer(&app, "556000222", "reset@example.nl").await;
        activate(&app, "556000222", "reset@example.nl").await;
        let other_device = signed_in_client(&app, "reset@example.nl", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0").await;
        sign_out(&app).await;

        let first = link_path(&ask_for_link(&app, paths::PASSWORD_FORGOTTEN, "reset@example.nl").await.unwrap());
        let second = link_path(&ask_for_link(&app, paths::PASSWORD_FORGOTTEN, "reset@example.nl").await.unwrap());
        assert_eq!(app.get(&first).await.status(), 410, "a newer link replaces the older one");
        let token = csrf_of(&app.get(&second).await.text().await.unwrap());
        let weak = post_form(&app, &second, &[("csrf", &token), ("password", "welkom01")]).await;
        assert_eq!(weak.status(), 400);
        let before = outbox_files(&app).len();
        let done = post_form(&app, &second, &[("csrf", &token), ("password", NEW_PASSWORD)]).await;
        assert_eq!(done.status(), 303, "the weak try did not use the link up");
        assert!(app.get(paths::ACCOUNT).await.text().await.unwrap().contains("Uw wachtwoord is gewijzigd"));
        assert!(next_mail(&app, before).await.contains("is gewijzigd op"), "the account's address is told");
        assert_eq!(other_device.get(app.url(paths::ACCOUNT)).send().await.unwrap().status(), 303, "the other device is signed out");
        let token = csrf_of(&app.get(paths::ACCOUNT).await.text().await.unwrap());
        assert_eq!(post_form(&app, &second, &[("csrf", &token), ("password", NEW_PASSWORD)]).await.status(), 410);

        sign_out(&app).await;
        assert_eq!(sign_in(&app, "reset@example.nl", PASSWORD).await.status(), 400, "the old password is gone");
        assert_eq!(sign_in(&app, "reset@example.nl", NEW_PASSWORD).await.status(), 303);

        sign_out(&app).await;
        let late = link_path(&ask_for_link(&app, paths::PASSWORD_FORGOTTEN, "reset@example.nl").await.unwrap());
        app.clock.advance(Duration::minutes(61));
        assert_eq!(app.get(&late).await.status(), 410, "after an hour the link is dead");
    }

    async fn changing_the_password_asks_for_the_current_one(app: TestApp) {
        customer(&app, "556000333", "change@example.nl").await;
        activate(&app, "556000333", "change@example.nl").await;
        let other_device = signed_in_client(&app, "change@example.nl", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0").await;
        let token = csrf_of(&app.get(paths::CHANGE_PASSWORD).await.text().await.unwrap());
        let wrong = post_form(&app, paths::CHANGE_PASSWORD, &[("csrf", &token), ("current_password", "not my password"), ("password", NEW_PASSWORD)]).await;
        assert_eq!(wrong.status(), 400);
        let html = wrong.text().await.unwrap();
        assert!(html.contains("Uw huidige wachtwoord klopt niet"), "{html}");
        assert!(html.contains(r##"<a href="#current_password">"##), "the summary links to the field");
        assert!(!html.contains(NEW_PASSWORD), "passwords are not shown again unless asked");

        let done = post_form(&app, paths::CHANGE_PASSWORD, &[("csrf", &token), ("current_password", PASSWORD), ("password", NEW_PASSWORD)]).await;
        assert_eq!(done.status(), 303);
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 200, "this device stays signed in");
        assert_eq!(other_device.get(app.url(paths::ACCOUNT)).send().await.unwrap().status(), 303, "others are signed out");
        sign_out(&app).await;
        assert_eq!(sign_in(&app, "change@example.nl", NEW_PASSWORD).await.status(), 303);
    }

    async fn changing_the_e_mail_address_confirms_the_new_and_tells_the_old(app: TestApp) {
        let id = customer(&app, "556000444", "old@example.nl").await;
        customer(&app, "556000445", "taken@example.nl").await;
        activate(&app, "556000444", "old@example.nl").await;
        let token = csrf_of(&app.get(paths::CHANGE_EMAIL).await.text().await.unwrap());
        let wrong = post_form(&app, paths::CHANGE_EMAIL, &[("csrf", &token), ("new_email", "new@example.nl"), ("current_password", "not it")]).await;
        assert_eq!(wrong.status(), 400);
        assert!(wrong.text().await.unwrap().contains(r#"value="new@example.nl""#), "the new address is kept");

        // An address that belongs to someone else: the same answer, and its owner is told.
        let before = outbox_files(&app).len();
        let taken = post_form(&app, paths::CHANGE_EMAIL, &[("csrf", &token), ("new_email", "taken@example.nl"), ("current_password", PASSWORD)]).await;
        assert_eq!(taken.headers()["location"], paths::CHANGE_EMAIL_SENT);
        let mail = next_mail(&app, before).await;
        assert!(mail.contains("To: taken@example.nl") && !mail.contains("/email/confirm/"), "{mail}");

        let before = outbox_files(&app).len();
        let sent = post_form(&app, paths::CHANGE_EMAIL, &[("csrf", &token), ("new_email", "New@Example.nl"), ("current_password", PASSWORD)]).await;
        assert_eq!(sent.headers()["location"], paths::CHANGE_EMAIL_SENT);
        let mail = next_mail(&app, before).await;
        assert!(mail.contains("To: New@Example.nl"), "{mail}");
        let path = link_path(&mail);
        assert_eq!(app.vault.find_by_email("old@example.nl").await.unwrap(), Some(id), "nothing changes before the link is used");

        let token = csrf_of(&app.get(&path).await.text().await.unwrap());
        let before = outbox_files(&app).len();
        let confirmed = post_form(&app, &path, &[("csrf", &token)]).await;
        assert_eq!(confirmed.status(), 303);
        assert!(app.get(paths::ACCOUNT).await.text().await.unwrap().contains("Uw e-mailadres is gewijzigd"));
        let notice = next_mail(&app, before).await;
        assert!(notice.contains("To: old@example.nl") && notice.contains("N…@Example.nl"), "{notice}");
        assert_eq!(app.vault.find_by_email("new@example.nl").await.unwrap(), Some(id));
        assert_eq!(app.vault.find_by_email("old@example.nl").await.unwrap(), None);
        assert_eq!(app.store.audit_for_customer(id, 5).await.unwrap().iter().filter(|r| r.entry.action == "customer.email.changed").count(), 1);
        let token = csrf_of(&app.get(paths::ACCOUNT).await.text().await.unwrap());
        assert_eq!(post_form(&app, &path, &[("csrf", &token)]).await.status(), 410, "only once");

        sign_out(&app).await;
        assert_eq!(sign_in(&app, "old@example.nl", PASSWORD).await.status(), 400);
        assert_eq!(sign_in(&app, "new@example.nl", PASSWORD).await.status(), 303);

        // A link left for a day is dead.
        let token = csrf_of(&app.get(paths::CHANGE_EMAIL).await.text().await.unwrap());
        let before = outbox_files(&app).len();
        post_form(&app, paths::CHANGE_EMAIL, &[("csrf", &token), ("new_email", "later@example.nl"), ("current_password", PASSWORD)]).await;
        let path = link_path(&next_mail(&app, before).await);
        app.clock.advance(Duration::hours(25));
        assert_eq!(app.get(&path).await.status(), 410);
    }

    async fn sessions_end_after_the_idle_and_the_absolute_limit(app: TestApp) {
        customer(&app, "556000555", "clock@example.nl").await;
        activate(&app, "556000555", "clock@example.nl").await;
        app.clock.advance(Duration::minutes(29));
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 200, "29 idle minutes are fine");
        app.clock.advance(Duration::minutes(31));
        let expired = app.get(paths::ACCOUNT).await;
        assert_eq!(expired.status(), 303, "31 idle minutes are not");
        let location = expired.headers()["location"].to_str().unwrap().to_string();
        assert_eq!(location, "/sign-in?next=%2Faccount&expired=1");
        let page = app.get(&location).await.text().await.unwrap();
        assert!(page.contains("U bent uitgelogd omdat u 30 minuten niets deed"), "{page}");
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 303, "the expired session stays ended");

        let back = sign_in(&app, "clock@example.nl", PASSWORD).await;
        assert_eq!(back.status(), 303);
        for _ in 0..28 {
            app.clock.advance(Duration::minutes(25));
            assert_eq!(app.get(paths::ACCOUNT).await.status(), 200, "active within the absolute limit");
        }
        app.clock.advance(Duration::minutes(25));
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 303, "after 12 hours the session ends, active or not");
    }

    async fn a_form_posted_after_the_session_expired_survives_the_sign_in(app: TestApp) {
        customer(&app, "556000666", "kept@example.nl").await;
        activate(&app, "556000666", "kept@example.nl").await;
        let token = csrf_of(&app.get(paths::CHANGE_EMAIL).await.text().await.unwrap());
        app.clock.advance(Duration::minutes(45));
        let posted = post_form(&app, paths::CHANGE_EMAIL, &[("csrf", &token), ("new_email", "bewaard.adres@example.nl"), ("current_password", PASSWORD)]).await;
        assert_eq!(posted.status(), 303);
        let location = posted.headers()["location"].to_str().unwrap().to_string();
        assert_eq!(location, "/sign-in?next=%2Faccount%2Femail&expired=1");

        // Kept sealed: neither the address nor the password is readable in the database.
        let mut raw = app.raw().await;
        let sessions = raw.dump("sessions").await.join("\n");
        assert!(sessions.contains("kept_form"), "the form is kept in the session");
        assert!(!sessions.contains("bewaard.adres") && !sessions.contains(PASSWORD), "{sessions}");

        let page = app.get(&location).await.text().await.unwrap();
        assert!(page.contains("We hebben onthouden wat u had ingevuld"), "{page}");
        let back = sign_in(&app, "kept@example.nl", PASSWORD).await;
        assert_eq!(back.status(), 303);
        assert_eq!(back.headers()["location"], paths::CHANGE_EMAIL, "back to the same form");
        let form = app.get(paths::CHANGE_EMAIL).await.text().await.unwrap();
        assert!(form.contains(r#"value="bewaard.adres@example.nl""#), "{form}");
        assert!(form.contains("Vul voor uw veiligheid uw wachtwoord opnieuw in"));
        assert!(!form.contains(PASSWORD), "the password is never kept");
        let again = app.get(paths::CHANGE_EMAIL).await.text().await.unwrap();
        assert!(!again.contains("bewaard.adres"), "given back once");
    }

    async fn a_kept_form_is_only_given_back_to_the_same_customer(app: TestApp) {
        customer(&app, "556000777", "first@example.nl").await;
        customer(&app, "556000778", "second@example.nl").await;
        activate(&app, "556000777", "first@example.nl").await;
        let token = csrf_of(&app.get(paths::CHANGE_EMAIL).await.text().await.unwrap());
        app.clock.advance(Duration::minutes(45));
        post_form(&app, paths::CHANGE_EMAIL, &[("csrf", &token), ("new_email", "geheim@example.nl")]).await;
        // Someone else signs in on the same browser.
        activate(&app, "556000778", "second@example.nl").await;
        let form = app.get(paths::CHANGE_EMAIL).await.text().await.unwrap();
        assert!(!form.contains("geheim@example.nl"), "{form}");
    }

    async fn show_password_works_without_javascript(app: TestApp) {
        let token = csrf_of(&app.get_in(paths::SIGN_IN, "en").await.text().await.unwrap());
        let shown = app.client.post(app.url(paths::SIGN_IN)).header("Accept-Language", "en")
            .form(&[("csrf", token.as_str()), ("email", "me@example.nl"), ("password", "zichtbaar wachtwoord"), ("show_password", "1")])
            .send().await.unwrap();
        assert_eq!(shown.status(), 200, "showing is not a sign-in attempt");
        let html = shown.text().await.unwrap();
        assert!(html.contains(r#"type="text" value="zichtbaar wachtwoord" autocomplete="current-password""#), "{html}");
        assert!(html.contains(r#"value="me@example.nl""#));
        assert!(html.contains(r#"name="show_password" value="0">Hide password"#));
        let hidden = app.client.post(app.url(paths::SIGN_IN))
            .form(&[("csrf", token.as_str()), ("email", "me@example.nl"), ("password", "zichtbaar wachtwoord"), ("show_password", "0")])
            .send().await.unwrap().text().await.unwrap();
        assert!(hidden.contains(r#"type="password""#) && !hidden.contains("zichtbaar wachtwoord"));
        let mut raw = app.raw().await;
        assert_eq!(raw.count("SELECT COUNT(*) FROM sign_in_attempts").await, 0, "no attempt was counted");
    }
}
