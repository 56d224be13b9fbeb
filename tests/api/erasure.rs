//! Delete my account and data (Art. 17) over HTTP, on both databases: the two lists, the
//! confirmation, crypto-shredding, sessions ended, the receipt page and its e-mail, and a
//! second POST that does no harm.

use inzage::db::{CustomerBundle, InvoiceRow};
use inzage::domain::{Access, Actor, NewProfile};
use inzage::i18n::Lang;
use inzage::paths;
use uuid::Uuid;

use crate::accounts::{
    PASSWORD, activate, csrf_of, fresh_client, outbox_files, post_form, sign_in_with,
    signed_in_client,
};
use crate::helpers::TestApp;

/// A customer with a marker in the name, an account, and one invoice (kept by law).
async fn customer_with_invoice(app: &TestApp, marker: &str, email: &str) -> (Uuid, String) {
    let number = format!("8{}", &Uuid::new_v4().as_u128().to_string()[..8]);
    let id = app
        .vault
        .create_customer(
            &NewProfile {
                customer_number: number.clone(),
                name: format!("Anna {marker}"),
                email: email.into(),
                phone: None,
                address: None,
                birth_date: None,
                language: Lang::Nl,
                do_not_call: false,
            },
            &Access::by(Actor::system("test")),
        )
        .await
        .unwrap();
    let invoice = Uuid::new_v4();
    let invoice_number = format!("F{number}-001");
    let issued_on = app.clock.now().date() - time::Duration::days(10);
    app.store
        .insert_bundle(&CustomerBundle {
            invoices: vec![InvoiceRow {
                id: invoice,
                customer_id: Some(id),
                number: invoice_number.clone(),
                issued_on,
                amount_cents: 12_100,
                vat_cents: 2_100,
                billing_sealed: app.vault.keys.kept_records.seal(
                    invoice,
                    "billing",
                    &format!("Anna {marker}"),
                ),
                created_at: app.clock.now(),
            }],
            ..Default::default()
        })
        .await
        .unwrap();
    let response = activate(app, &number, email).await;
    assert_eq!(response.status(), 303, "activated and signed in");
    (id, invoice_number)
}

/// The sign-in answer for `email` with the old password, made comparable.
async fn sign_in_attempt(app: &TestApp, email: &str) -> (u16, String) {
    let response = sign_in_with(app, &fresh_client("test"), email, PASSWORD).await;
    let status = response.status().as_u16();
    let html = response.text().await.unwrap();
    // The page carries its session's own token: equal pages differ only there.
    let token = csrf_of(&html);
    (
        status,
        html.replace(&token, "TOKEN").replace(email, "EMAIL"),
    )
}

/// The database file and its WAL after a checkpoint, as text (SQLite only).
async fn sqlite_bytes(app: &TestApp) -> String {
    let mut raw = app.raw().await;
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").await;
    let mut text = String::new();
    for suffix in ["", "-wal"] {
        if let Ok(bytes) = std::fs::read(format!("{}{suffix}", app.sqlite_file().display())) {
            text.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
    text
}

crate::on_both_backends! {
    async fn a_customer_deletes_the_account_and_only_what_the_law_keeps_stays(app: TestApp) {
        let marker = format!("Zqx{}", &Uuid::new_v4().simple().to_string()[..12]);
        let email = format!("{}@example.nl", marker.to_lowercase());
        let (id, invoice_number) = customer_with_invoice(&app, &marker, &email).await;
        let other_device = signed_in_client(&app, &email, "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0").await;

        // The two lists, from the register, with the law and the date.
        let overview = app.client.get(app.url(paths::DELETE_ACCOUNT)).header("Accept-Language", "en").send().await.unwrap();
        assert_eq!(overview.status(), 200);
        let html = overview.text().await.unwrap();
        assert!(html.contains("We delete this at once") && html.contains("What the law says we must keep"), "{html}");
        for said in ["Your contract: deleting is not the same as ending your contract.", "Requests that are still open:", "Bills you have not paid yet: you still have to pay them."] {
            assert!(html.contains(said), "{said}: {html}");
        }
        assert!(html.contains("<caption"), "the kept list is a table with a caption");
        let issued_on = app.clock.now().date() - time::Duration::days(10);
        let until = inzage::i18n::date_in_words(Lang::En, issued_on.replace_year(issued_on.year() + 7).unwrap());
        assert!(html.contains(&until), "invoices kept until seven years after the newest: {until}");
        let trail = app.store.audit_for_customer(id, 50).await.unwrap();
        assert_eq!(trail[0].entry.action, "customer.erasure.read");

        // The explicit confirmation: what happens, a labelled button, a way back.
        let confirm = app.client.get(app.url(paths::DELETE_ACCOUNT_CONFIRM)).header("Accept-Language", "en").send().await.unwrap().text().await.unwrap();
        assert!(confirm.contains(r#"<button type="submit" class="button button--warning">Delete my account and data</button>"#), "{confirm}");
        assert!(confirm.contains(&format!(r#"href="{}""#, paths::ACCOUNT)));
        assert!(confirm.contains("What the law says we must keep") && confirm.contains("This does not end your contract."), "{confirm}");
        assert!(!confirm.to_lowercase().contains("everything"), "not everything goes: {confirm}");
        let token = csrf_of(&confirm);

        let done = app.client.post(app.url(paths::DELETE_ACCOUNT_CONFIRM)).header("Accept-Language", "en").form(&[("csrf", token.as_str())]).send().await.unwrap();
        assert_eq!(done.status(), 303);
        let location = done.headers()["location"].to_str().unwrap().to_string();
        assert!(location.starts_with("/deleted/DEL-"), "{location}");
        let reference = location.trim_start_matches("/deleted/").to_string();

        // Signed out here: the receipt page is for anyone holding the reference.
        let receipt = app.client.get(app.url(&location)).header("Accept-Language", "en").send().await.unwrap();
        assert_eq!(receipt.status(), 200);
        let html = receipt.text().await.unwrap();
        assert!(html.contains(&reference) && html.contains("Autoriteit Persoonsgegevens") && html.contains(&until), "{html}");
        assert!(!html.contains(&marker));
        assert_eq!(app.get(paths::ACCOUNT).await.status(), 303, "this browser is signed out");
        assert_eq!(app.get("/deleted/DEL-2026-NOSUCH00").await.status(), 404);

        // Posting again does no harm.
        let again = app.client.post(app.url(paths::DELETE_ACCOUNT_CONFIRM)).form(&[("csrf", token.as_str())]).send().await.unwrap();
        assert_eq!(again.status(), 303, "the second POST is sent to sign in");
        assert!(again.headers()["location"].to_str().unwrap().starts_with(paths::SIGN_IN));

        // Every session is gone, also on the other device.
        assert_eq!(other_device.get(app.url(paths::ACCOUNT)).send().await.unwrap().status(), 303);
        let now = app.clock.now();
        assert!(app.store.customer_sessions(id, now, now - time::Duration::days(1)).await.unwrap().is_empty());

        // Signing in with the old password looks exactly like an unknown account.
        let old = sign_in_attempt(&app, &email).await;
        let unknown = sign_in_attempt(&app, "nobody-at-all@example.nl").await;
        assert_eq!(old.0, 400);
        assert_eq!(old, unknown);

        // The data key and the customer are gone; the invoice stays, detached.
        assert!(app.store.customer_key(id).await.unwrap().is_none());
        assert!(app.store.customer(id).await.unwrap().is_none());
        let mut raw = app.raw().await;
        assert_eq!(raw.count(&format!("SELECT COUNT(*) FROM invoices WHERE number = '{invoice_number}' AND customer_id IS NULL")).await, 1);
        let trail = app.store.audit_for_customer(id, 50).await.unwrap();
        assert_eq!(trail.iter().filter(|a| a.entry.action == "customer.erased").count(), 1);
        if app.backend() == inzage::db::Backend::Sqlite {
            let disk = sqlite_bytes(&app).await;
            assert!(!disk.contains(&marker), "the marker is in neither the database file nor its WAL");
        }

        // The same confirmation went to the old address.
        let mut mail = None;
        for _ in 0..50 {
            mail = outbox_files(&app).into_iter().map(|f| std::fs::read_to_string(f).unwrap()).find(|m| m.contains(&reference));
            if mail.is_some() { break; }
            tokio::time::sleep(std::time::Duration::from_millis(40)).await;
        }
        let mail = mail.expect("the confirmation e-mail");
        assert!(mail.contains(&email) && mail.contains("Autoriteit Persoonsgegevens"), "{mail}");
    }

    async fn deleting_needs_a_recent_password(app: TestApp) {
        let marker = format!("Zqx{}", &Uuid::new_v4().simple().to_string()[..12]);
        let email = format!("{}@example.nl", marker.to_lowercase());
        let (id, _) = customer_with_invoice(&app, &marker, &email).await;
        let confirm = app.client.get(app.url(paths::DELETE_ACCOUNT_CONFIRM)).send().await.unwrap().text().await.unwrap();
        let token = csrf_of(&confirm);
        app.clock.advance(time::Duration::minutes(16));
        for path in [paths::DELETE_ACCOUNT, paths::DELETE_ACCOUNT_CONFIRM] {
            let response = app.get(path).await;
            assert_eq!(response.status(), 303, "{path}");
            assert!(response.headers()["location"].to_str().unwrap().starts_with(paths::CONFIRM_IDENTITY));
        }
        let post = post_form(&app, paths::DELETE_ACCOUNT_CONFIRM, &[("csrf", &token)]).await;
        assert_eq!(post.status(), 303);
        assert!(post.headers()["location"].to_str().unwrap().starts_with(paths::CONFIRM_IDENTITY));
        assert!(app.store.customer(id).await.unwrap().is_some(), "nothing was deleted");
    }
}
