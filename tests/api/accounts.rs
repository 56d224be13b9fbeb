//! Activation, sign-in, sessions, sign-out and CSRF, over HTTP, on both databases.

use inzage::domain::{Access, Actor, NewProfile};
use inzage::i18n::Lang;
use inzage::paths;
use uuid::Uuid;

use crate::helpers::TestApp;

pub const PASSWORD: &str = "appelboom zonnebril kachel";

/// The CSRF token of the first form on a page.
pub fn csrf_of(html: &str) -> String {
    let marker = r#"name="csrf" value=""#;
    let start = html.find(marker).expect("a form with a CSRF token") + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

pub async fn customer(app: &TestApp, number: &str, email: &str) -> Uuid {
    app.vault
        .create_customer(
            &NewProfile {
                customer_number: number.into(),
                name: "Fleur Visser".into(),
                email: email.into(),
                phone: None,
                address: None,
                birth_date: Some(time::macros::date!(1990 - 05 - 04)),
                language: Lang::Nl,
                do_not_call: false,
            },
            &Access::by(Actor::system("test")),
        )
        .await
        .unwrap()
}

pub async fn post_form(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .form(fields)
        .send()
        .await
        .unwrap()
}

/// Requests activation and returns the link from the e-mail in the outbox.
async fn activation_link(app: &TestApp, number: &str, email: &str) -> Option<String> {
    let token = csrf_of(&app.get(paths::ACTIVATE).await.text().await.unwrap());
    let before = outbox_files(app);
    let response = post_form(
        app,
        paths::ACTIVATE,
        &[
            ("csrf", &token),
            ("customer_number", number),
            ("email", email),
        ],
    )
    .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], paths::ACTIVATE_SENT);
    // The e-mail is written in the background: wait for it, briefly.
    // Another e-mail (a request's confirmation, sent in the background too) may land in
    // between: look at every new one for the link.
    for _ in 0..50 {
        for file in outbox_files(app).iter().filter(|f| !before.contains(f)) {
            let text = std::fs::read_to_string(file).unwrap();
            if let Some(line) = text.lines().find(|l| l.contains("/activate/")) {
                return Some(line.trim().to_string());
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(40)).await;
    }
    None
}

pub fn outbox_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(app.settings.outbox_dir())
        .map(|dir| dir.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.retain(|path: &std::path::PathBuf| path.extension().is_some_and(|e| e == "eml"));
    files.sort();
    files
}

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("__Host-inzage="))
}

pub async fn activate(app: &TestApp, number: &str, email: &str) -> reqwest::Response {
    let link = activation_link(app, number, email)
        .await
        .expect("an activation e-mail");
    let path = link
        .split_once("127.0.0.1")
        .unwrap()
        .1
        .split_once('/')
        .map(|(_, p)| format!("/{p}"))
        .unwrap();
    let token = csrf_of(&app.get(&path).await.text().await.unwrap());
    post_form(app, &path, &[("csrf", &token), ("password", PASSWORD)]).await
}

crate::on_both_backends! {
    async fn a_customer_activates_signs_in_and_signs_out(app: TestApp) {
        let id = customer(&app, "555000111", "fleur@example.nl").await;
        let form = app.get(paths::SIGN_IN).await;
        assert!(session_cookie(&form).is_none(), "showing the form starts no session");
        let form_cookie = form.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string())
            .find(|c| c.starts_with("__Host-inzage-form=")).expect("the form's own cookie for its token");
        for flag in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
            assert!(form_cookie.contains(flag), "{flag} in {form_cookie}");
        }

        let response = activate(&app, "555000111", "Fleur@Example.nl ").await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], paths::ACCOUNT);
        let signed_in = session_cookie(&response).expect("a new session at sign-in");
        for flag in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
            assert!(signed_in.contains(flag), "{flag} in {signed_in}");
        }
        assert!(!signed_in.contains("Domain"), "__Host- cookies have no Domain");

        let hash = app.store.password_hash(id).await.unwrap().unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");

        // The start page confirms, once, that the access is active now.
        let start = app.get(paths::ACCOUNT).await.text().await.unwrap();
        assert!(start.contains("Uw toegang is nu actief en u bent ingelogd."), "{start}");
        let again = app.get(paths::ACCOUNT).await.text().await.unwrap();
        assert!(!again.contains("Uw toegang is nu actief"), "only once");
        // Signing in again, in the same browser, gives the session a new id (no fixation).
        let value = |c: &str| c.split(';').next().unwrap().to_string();
        let token = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
        let second = post_form(&app, paths::SIGN_IN, &[("csrf", &token), ("email", "fleur@example.nl"), ("password", PASSWORD)]).await;
        assert_eq!(second.status(), 303);
        let renewed = session_cookie(&second).expect("a new session at the second sign-in");
        assert_ne!(value(&renewed), value(&signed_in), "the session id changes at sign-in");

        let page = app.get(paths::MY_DATA).await;
        assert_eq!(page.status(), 200);
        assert_eq!(page.headers()["cache-control"], "no-store");
        let html = page.text().await.unwrap();
        assert!(html.contains("Fleur Visser") && html.contains("4 mei 1990"), "{html}");
        let trail = app.store.audit_for_customer(id, 10).await.unwrap();
        assert_eq!(trail[0].entry.action, "customer.data.read");
        assert!(trail[0].entry.request_id.is_some(), "the audit record carries the request id");

        // Sign out: the server forgets the session; the old cookie is worth nothing.
        let token = csrf_of(&html);
        let response = post_form(&app, paths::SIGN_OUT, &[("csrf", &token)]).await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["clear-site-data"], "\"cookies\", \"storage\"");
        assert_eq!(response.headers()["location"], paths::SIGNED_OUT);
        let said = app.get(paths::SIGNED_OUT).await.text().await.unwrap();
        assert!(said.contains("<h1>U bent uitgelogd</h1>"), "the page says so: {said}");
        let replay = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
            .get(app.url(paths::ACCOUNT)).header("Cookie", value(&signed_in)).send().await.unwrap();
        assert_eq!(replay.status(), 303);
        assert!(replay.headers()["location"].to_str().unwrap().starts_with(paths::SIGN_IN));

        // And in again with the password.
        let token = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
        let response = post_form(&app, paths::SIGN_IN, &[("csrf", &token), ("email", "fleur@example.nl"), ("password", PASSWORD)]).await;
        assert_eq!(response.status(), 303);
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 200);

        // Erasure ends every session.
        app.vault.erase_customer(id, &Access::by(Actor::customer(id))).await.unwrap();
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 303);
    }

    async fn a_password_of_the_own_name_is_refused_at_activation_and_at_change(app: TestApp) {
        customer(&app, "555000333", "fleur.visser@example.nl").await;
        let link = activation_link(&app, "555000333", "fleur.visser@example.nl").await.unwrap();
        let path = format!("/{}", link.split_once("127.0.0.1").unwrap().1.split_once('/').unwrap().1);
        let token = csrf_of(&app.get(&path).await.text().await.unwrap());
        for own in ["fleur visser", "FleurVisser!", "visser fleur 1990", "fleur.visser@example.nl"] {
            let response = post_form(&app, &path, &[("csrf", &token), ("password", own)]).await;
            assert_eq!(response.status(), 400, "{own}");
            let html = response.text().await.unwrap();
            assert!(html.contains("te makkelijk te raden"), "{own}: {html}");
        }
        // The link still works: a refused password does not use it up.
        let response = post_form(&app, &path, &[("csrf", &token), ("password", PASSWORD)]).await;
        assert_eq!(response.status(), 303);
        let html = app.get(paths::CHANGE_PASSWORD).await.text().await.unwrap();
        let token = csrf_of(&html);
        let response = post_form(&app, paths::CHANGE_PASSWORD, &[("csrf", &token), ("current_password", PASSWORD), ("password", "fleurvisser")]).await;
        assert_eq!(response.status(), 400, "nor when changing it");
    }

    async fn an_activation_link_works_once(app: TestApp) {
        customer(&app, "555000222", "tim@example.nl").await;
        let link = activation_link(&app, "555000222", "tim@example.nl").await.unwrap();
        let path = format!("/{}", link.splitn(4, '/').nth(3).unwrap());
        let token = csrf_of(&app.get(&path).await.text().await.unwrap());
        let weak = post_form(&app, &path, &[("csrf", &token), ("password", "password1")]).await;
        assert_eq!(weak.status(), 400, "a weak password is refused");
        let html = weak.text().await.unwrap();
        assert!(html.contains("<title>Fout: "), "the title says there is an error");
        assert!(html.contains("te makkelijk te raden"));
        assert_eq!(post_form(&app, &path, &[("csrf", &token), ("password", PASSWORD)]).await.status(), 303, "the refusal did not use up the link");
        // Signed in now, under a new session with a token of its own.
        let token = csrf_of(&app.get(paths::ACCOUNT).await.text().await.unwrap());
        let again = post_form(&app, &path, &[("csrf", &token), ("password", PASSWORD)]).await;
        assert_eq!(again.status(), 410);
        assert!(again.text().await.unwrap().contains("Deze link werkt niet meer"));
    }

    async fn a_wrong_pair_gets_the_same_answer_and_no_e_mail(app: TestApp) {
        customer(&app, "555000333", "anna@example.nl").await;
        assert!(activation_link(&app, "555000333", "someone.else@example.nl").await.is_none());
        assert!(activation_link(&app, "999999999", "anna@example.nl").await.is_none());
    }

    async fn unknown_account_and_wrong_password_look_the_same(app: TestApp) {
        let id = customer(&app, "555000444", "known@example.nl").await;
        let hash = app.vault.store.password_hash(id).await.unwrap();
        assert!(hash.is_none());
        activate(&app, "555000444", "known@example.nl").await;
        app.client.post(app.url(paths::SIGN_OUT)).send().await.unwrap();
        let fresh = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let attempt = |email: &'static str| {
            let (fresh, url) = (fresh.clone(), app.url(paths::SIGN_IN));
            async move {
                let html = fresh.get(&url).send().await.unwrap().text().await.unwrap();
                let token = csrf_of(&html);
                let response = fresh.post(&url).form(&[("csrf", token.as_str()), ("email", email), ("password", "not the password at all")]).send().await.unwrap();
                let status = response.status();
                let body = response.text().await.unwrap();
                // Each form token carries the time it was made.
                (status, body.replace(&csrf_of(&body), "TOKEN").replace(email, "EMAIL"))
            }
        };
        let (known_status, known_body) = attempt("known@example.nl").await;
        let (unknown_status, unknown_body) = attempt("nobody@example.nl").await;
        assert_eq!(known_status, 400);
        assert_eq!(known_status, unknown_status);
        assert_eq!(known_body, unknown_body);
        // The message belongs to the pair: both fields are marked and point to it, so
        // neither the address nor the password sounds right on its own; it is listed once.
        for field in ["email", "password"] {
            let input = known_body.split(&format!(r#"id="{field}""#)).nth(1).unwrap().split('>').next().unwrap();
            assert!(input.contains(r#"aria-invalid="true""#), "{field}: {input}");
            assert!(input.contains(&format!("{field}-error")), "{field} points to its message: {input}");
        }
        assert_eq!(known_body.matches("klopt niet").count(), 3, "in the summary once, at each field once");
    }

    async fn every_post_route_refuses_a_missing_or_wrong_token(app: TestApp) {
        // A session with a token exists, so "wrong" is really wrong, not just absent.
        let real = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
        for path in paths::POST_ROUTES {
            let missing = post_form(&app, path, &[("email", "x@example.nl")]).await;
            assert_eq!(missing.status(), 403, "{path} without a token");
            assert!(missing.text().await.unwrap().contains("Dit mag niet"), "{path}: the localized 403 page");
            let wrong = post_form(&app, path, &[("csrf", "0123456789abcdef")]).await;
            assert_eq!(wrong.status(), 403, "{path} with a wrong token");
            let foreign = app.client.post(app.url(path)).header("Origin", "https://evil.example").form(&[("csrf", real.as_str())]).send().await.unwrap();
            assert_eq!(foreign.status(), 403, "{path} from another origin");
        }
    }

    async fn signed_in_pages_send_visitors_to_sign_in(app: TestApp) {
        let response = app.get(paths::ACCOUNT).await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], "/sign-in?next=%2Faccount");
    }

    async fn forms_keep_what_was_typed_and_list_the_errors(app: TestApp) {
        let token = csrf_of(&app.get_in(paths::ACTIVATE, "en").await.text().await.unwrap());
        let response = app.client.post(app.url(paths::ACTIVATE)).header("Accept-Language", "en")
            .form(&[("csrf", token.as_str()), ("customer_number", "12 34"), ("email", "not-an-address")]).send().await.unwrap();
        assert_eq!(response.status(), 400);
        let html = response.text().await.unwrap();
        assert!(html.contains("<title>Error: "));
        assert!(html.contains(r##"<a href="#email">Enter an e-mail address like name@example.com</a>"##));
        assert!(html.contains(r#"value="12 34""#) && html.contains(r#"value="not-an-address""#), "what was typed is kept");
        assert!(html.contains(r#"aria-invalid="true""#));
    }
}

crate::on_both_backends! {
    async fn fetch_metadata_from_another_site_is_refused(app: TestApp) {
        let token = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
        let cross = app.client.post(app.url(paths::SIGN_IN)).header("Sec-Fetch-Site", "cross-site")
            .form(&[("csrf", token.as_str()), ("email", "a@example.nl"), ("password", "x")]).send().await.unwrap();
        assert_eq!(cross.status(), 403);
        // What browsers send for our own forms under Referrer-Policy: no-referrer.
        let own = app.client.post(app.url(paths::SIGN_IN)).header("Origin", "null").header("Sec-Fetch-Site", "same-origin")
            .form(&[("csrf", token.as_str()), ("email", "a@example.nl"), ("password", "x")]).send().await.unwrap();
        assert_eq!(own.status(), 400, "our own form gets through to the password check");
    }
}

async fn try_password(
    app: &TestApp,
    email: &str,
    password: &str,
    forwarded_for: &str,
) -> reqwest::Response {
    let token = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
    app.client
        .post(app.url(paths::SIGN_IN))
        .header("X-Forwarded-For", forwarded_for)
        .form(&[
            ("csrf", token.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn failed_sign_ins_are_throttled_and_the_backoff_lifts() {
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |s| {
        s.sessions.throttle_base_seconds = 1
    })
    .await
    .unwrap();
    customer(&app, "555000555", "slow@example.nl").await;
    activate(&app, "555000555", "slow@example.nl").await;
    for _ in 0..5 {
        assert_eq!(
            try_password(&app, "slow@example.nl", "wrong wrong wrong", "10.0.0.1")
                .await
                .status(),
            400
        );
    }
    let refused = try_password(&app, "slow@example.nl", PASSWORD, "10.0.0.1").await;
    assert_eq!(refused.status(), 429, "even the right password waits");
    assert_eq!(refused.headers()["retry-after"], "1");
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Probeer het over 1 minuut opnieuw")
    );
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(
        try_password(&app, "slow@example.nl", PASSWORD, "10.0.0.1")
            .await
            .status(),
        303,
        "the wait is over"
    );
}

#[tokio::test]
async fn a_forwarded_address_is_not_believed_from_an_untrusted_peer() {
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |s| {
        s.sessions.throttle_base_seconds = 60
    })
    .await
    .unwrap();
    // Twenty failures, each for another account and claiming another address: they all
    // come from the same peer, so that address is throttled.
    for n in 0..20 {
        let response = try_password(
            &app,
            &format!("guess{n}@example.nl"),
            "wrong wrong wrong",
            &format!("192.0.2.{n}"),
        )
        .await;
        assert_eq!(response.status(), 400);
    }
    let response = try_password(
        &app,
        "fresh@example.nl",
        "wrong wrong wrong",
        "198.51.100.7",
    )
    .await;
    assert_eq!(response.status(), 429);
}

/// A fresh cookie-keeping client that does not follow redirects.
pub fn fresh_client(user_agent: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .user_agent(user_agent)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Signs in on `client` through the real form (token first); the answer to the POST.
pub async fn sign_in_with(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let html = client
        .get(app.url(paths::SIGN_IN))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf_of(&html);
    client
        .post(app.url(paths::SIGN_IN))
        .form(&[
            ("csrf", token.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
}

pub async fn signed_in_client(app: &TestApp, email: &str, user_agent: &str) -> reqwest::Client {
    let client = fresh_client(user_agent);
    let response = sign_in_with(app, &client, email, PASSWORD).await;
    assert_eq!(response.status(), 303);
    client
}

crate::on_both_backends! {
    async fn the_sessions_page_lists_devices_and_signs_out_the_others(app: TestApp) {
        let id = customer(&app, "555000666", "multi@example.nl").await;
        activate(&app, "555000666", "multi@example.nl").await;
        let phone = signed_in_client(&app, "multi@example.nl", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1").await;
        let laptop = signed_in_client(&app, "multi@example.nl", "Mozilla/5.0 (Windows NT 10.0) Gecko/20100101 Firefox/128.0").await;
        // Someone else's sessions never show.
        customer(&app, "555000777", "other@example.nl").await;
        let token = csrf_of(&app.get(paths::SIGN_IN).await.text().await.unwrap());
        post_form(&app, paths::SIGN_IN, &[("csrf", &token), ("email", "multi@example.nl"), ("password", "wrong wrong wrong")]).await;

        let html = laptop.get(app.url(paths::SESSIONS)).header("Accept-Language", "en").send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Firefox on Windows <strong>(this device)</strong>"), "{html}");
        assert!(html.contains("Safari on iPhone or iPad"));
        assert!(html.contains("It did not work: wrong password"), "the failed attempt is listed");
        assert_eq!(app.store.audit_for_customer(id, 1).await.unwrap()[0].entry.action, "customer.sessions.read");

        let token = csrf_of(&html);
        let response = laptop.post(app.url(paths::SIGN_OUT_OTHERS)).form(&[("csrf", token.as_str())]).send().await.unwrap();
        assert_eq!(response.status(), 303);
        let html = laptop.get(app.url(paths::SESSIONS)).header("Accept-Language", "en").send().await.unwrap().text().await.unwrap();
        assert!(html.contains("You have been signed out on 2 other devices."), "{html}");
        assert!(html.contains("You are only signed in on this device."));
        assert_eq!(phone.get(app.url(paths::ACCOUNT)).send().await.unwrap().status(), 303, "the phone is signed out");
        assert_eq!(laptop.get(app.url(paths::ACCOUNT)).send().await.unwrap().status(), 200, "this device stays");
    }
}
