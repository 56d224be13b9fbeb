//! Staff accounts: activation by one-time link, the staff entrance, roles, the guard of
//! the staff area, and `inzage create-staff`; over HTTP, on both databases.

use inzage::paths;
use inzage::staff::Role;

use crate::accounts::{PASSWORD, activate, csrf_of, customer, outbox_files, post_form};
use crate::helpers::TestApp;

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let html = client
        .get(app.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf_of(&html);
    let mut all = vec![("csrf", token.as_str())];
    all.extend_from_slice(fields);
    client.post(app.url(path)).form(&all).send().await.unwrap()
}

/// A staff member with a password, signed in on a client of their own.
pub(crate) async fn staff_member(app: &TestApp, email: &str, role: Role) -> reqwest::Client {
    let (_, token) = inzage::staff::create(
        app.store.as_ref(),
        &app.vault.keys,
        email,
        role,
        app.clock.now(),
    )
    .await
    .unwrap();
    let browser = client();
    let link = paths::with_token(paths::STAFF_ACTIVATE_TOKEN, &token);
    let response = post(app, &browser, &link, &[("password", PASSWORD)]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], paths::STAFF_HOME);
    browser
}

crate::on_both_backends! {
    async fn staff_activate_sign_in_and_only_administrators_manage_staff(app: TestApp) {
        let admin = staff_member(&app, "beheer@example.nl", Role::Administrator).await;
        let home = admin.get(app.url(paths::STAFF_HOME)).send().await.unwrap();
        assert_eq!(home.status(), 200);
        assert!(home.text().await.unwrap().contains("U bent ingelogd als beheerder"));
        assert_eq!(admin.get(app.url(paths::STAFF_TEAM)).send().await.unwrap().status(), 200);

        let refused = post(&app, &admin, paths::STAFF_TEAM, &[("email", "nieuw@example.nl")]).await;
        assert_eq!(refused.status(), 400, "a role must be chosen");
        assert!(refused.text().await.unwrap().contains(r#"value="nieuw@example.nl""#), "what was typed is kept");
        let before = outbox_files(&app).len();
        let added = post(&app, &admin, paths::STAFF_TEAM, &[("email", "agent@example.nl"), ("role", "agent")]).await;
        assert_eq!(added.status(), 200);
        let html = added.text().await.unwrap();
        assert!(html.contains("agent@example.nl is toegevoegd"), "{html}");
        assert!(html.contains("Uitgenodigd"));
        let mut mail = String::new();
        for _ in 0..300 {
            if outbox_files(&app).len() > before {
                mail = std::fs::read_to_string(&outbox_files(&app)[before]).unwrap();
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(30)).await;
        }
        let link = mail.lines().find(|l| l.contains("/staff/activate/")).expect("an activation link").trim();
        let path = format!("/staff/activate/{}", link.rsplit('/').next().unwrap());

        let agent = client();
        assert_eq!(post(&app, &agent, &path, &[("password", PASSWORD)]).await.status(), 303);
        assert_eq!(agent.get(app.url(paths::STAFF_HOME)).send().await.unwrap().status(), 200);
        let forbidden = agent.get(app.url(paths::STAFF_TEAM)).send().await.unwrap();
        assert_eq!(forbidden.status(), 403, "only administrators manage staff");
        assert!(forbidden.text().await.unwrap().contains("Dit mag niet"));
        assert_eq!(post(&app, &agent, paths::STAFF_HOME, &[]).await.status(), 405);
        let token = csrf_of(&agent.get(app.url(paths::STAFF_HOME)).send().await.unwrap().text().await.unwrap());
        let posted = agent.post(app.url(paths::STAFF_TEAM)).form(&[("csrf", token.as_str()), ("email", "x@example.nl"), ("role", "administrator")]).send().await.unwrap();
        assert_eq!(posted.status(), 403, "nor by posting");
        assert_eq!(agent.get(app.url(paths::ACCOUNT)).send().await.unwrap().status(), 303, "a staff session is no customer session");

        // The same sign-in rules at the staff entrance.
        let fresh = client();
        let wrong = post(&app, &fresh, paths::STAFF_SIGN_IN, &[("email", "agent@example.nl"), ("password", "wrong wrong wrong")]).await;
        let unknown = post(&app, &fresh, paths::STAFF_SIGN_IN, &[("email", "nobody@example.nl"), ("password", "wrong wrong wrong")]).await;
        assert_eq!(wrong.status(), 400);
        assert_eq!(unknown.status(), 400);
        let ok = post(&app, &fresh, paths::STAFF_SIGN_IN, &[("email", "Agent@Example.nl"), ("password", PASSWORD)]).await;
        assert_eq!(ok.status(), 303);
        assert_eq!(ok.headers()["location"], paths::STAFF_HOME);
    }

    async fn a_customer_session_gets_nothing_under_the_staff_area(app: TestApp) {
        customer(&app, "557000111", "klant@example.nl").await;
        activate(&app, "557000111", "klant@example.nl").await;
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 200, "signed in as a customer");
        for path in [paths::STAFF_HOME, paths::STAFF_TEAM, "/staff/anything"] {
            let response = app.get(path).await;
            assert_eq!(response.status(), 303, "{path}");
            assert_eq!(response.headers()["location"], paths::STAFF_SIGN_IN);
            assert!(response.text().await.unwrap().is_empty());
        }
        let token = csrf_of(&app.get(paths::ACCOUNT).await.text().await.unwrap());
        let posted = post_form(&app, paths::STAFF_TEAM, &[("csrf", &token), ("email", "me@example.nl"), ("role", "administrator")]).await;
        assert_eq!(posted.status(), 303, "a valid POST from a customer is sent to the staff entrance");
        assert!(app.store.all_staff().await.unwrap().is_empty(), "and adds nobody");
    }
}

#[test]
fn create_staff_prints_a_one_time_activation_link() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_inzage"))
            .args(args)
            .current_dir(dir.path())
            .env_clear()
            .output()
            .unwrap()
    };
    let output = run(&[
        "create-staff",
        "--role",
        "administrator",
        "--email",
        "baas@example.nl",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("http://127.0.0.1:8080/staff/activate/"),
        "{stdout}"
    );
    let again = run(&[
        "create-staff",
        "--role",
        "administrator",
        "--email",
        "BAAS@example.nl",
    ]);
    assert!(!again.status.success(), "one account per address");
    let bad = run(&["create-staff", "--role", "root", "--email", "x@example.nl"]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("agent, privacy_officer, administrator"));
}
