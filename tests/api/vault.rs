//! Personal data at rest: sealed, never on disk in plaintext, gone after erasure, and every
//! read on the audit trail.

use inzage::db::{CustomerBundle, InvoiceRow};
use inzage::domain::{Access, Actor, NewProfile, PostalAddress};
use inzage::i18n::Lang;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::helpers::TestApp;

/// A marker that appears nowhere else, so a search for it finds only leaks.
fn marker() -> String {
    format!("Zqx{}", &Uuid::new_v4().simple().to_string()[..12])
}

fn profile(marker: &str) -> NewProfile {
    NewProfile {
        customer_number: format!("7{}", &Uuid::new_v4().as_u128().to_string()[..8]),
        name: format!("Anna {marker}"),
        email: format!("{}@example.nl", marker.to_lowercase()),
        phone: Some("06 11 22 33 44".into()),
        address: Some(PostalAddress {
            street: format!("{marker}straat"),
            house_number: "1".into(),
            addition: None,
            postcode: "1234 AB".into(),
            city: "Zwolle".into(),
            country: "NL".into(),
        }),
        birth_date: Some(time::macros::date!(1990 - 01 - 31)),
        language: Lang::En,
        do_not_call: false,
    }
}

fn staff() -> Access {
    Access {
        actor: inzage::domain::Actor {
            kind: inzage::domain::ActorKind::Staff,
            id: "KS-0001".into(),
            role: "agent".into(),
        },
        reason: Some("AVG-2026-0001".into()),
        request_id: Some("req-1".into()),
    }
}

/// The ways plaintext could show in a dump: as is, lower-cased (the e-mail), and as the
/// hex that PostgreSQL's JSON and SQLite's quote() use for bytes.
fn plaintext_forms(text: &str) -> Vec<String> {
    let hex = |t: &str| t.bytes().map(|b| format!("{b:02x}")).collect::<String>();
    vec![
        text.to_string(),
        text.to_lowercase(),
        hex(text),
        hex(&text.to_lowercase()),
        hex(text).to_uppercase(),
    ]
}

/// Every table, as text, plus (on SQLite) the raw bytes of the file and its WAL after a
/// checkpoint: wherever personal data could sit.
async fn everything_stored(app: &TestApp) -> String {
    let mut raw = app.raw().await;
    let mut text = String::new();
    for table in [
        "customers",
        "customer_keys",
        "contact_moments",
        "invoices",
        "consents",
        "requests",
        "audit_log",
        "settings",
    ] {
        text.push_str(&raw.dump(table).await.join("\n"));
    }
    if app.backend() == inzage::db::Backend::Sqlite {
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").await;
        for suffix in ["", "-wal"] {
            let path = format!("{}{suffix}", app.sqlite_file().display());
            if let Ok(bytes) = std::fs::read(&path) {
                text.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
    }
    text
}

crate::on_both_backends! {
    async fn personal_data_round_trips_sealed(app: TestApp) {
        let marker = marker();
        let new = profile(&marker);
        let id = app.vault.create_customer(&new, &Access::by(Actor::system("test"))).await.unwrap();
        let read = app.vault.read_profile(id, &Access::by(Actor::customer(id))).await.unwrap().unwrap();
        assert_eq!(read.name, new.name);
        assert_eq!(read.email, new.email);
        assert_eq!(read.address, new.address);
        assert_eq!(read.birth_date, new.birth_date);
        assert_eq!(read.language, Lang::En);
        assert_eq!(app.vault.find_by_email(&new.email.to_uppercase()).await.unwrap(), Some(id));
        assert_eq!(app.vault.find_by_customer_number(&new.customer_number).await.unwrap(), Some(id));

        let stored = everything_stored(&app).await;
        for form in plaintext_forms(&marker) {
            assert!(!stored.contains(&form), "the marker is stored readably ({form})");
        }
    }

    async fn a_ciphertext_moved_to_another_customer_does_not_open(app: TestApp) {
        let system = Access::by(Actor::system("test"));
        let a = app.vault.create_customer(&profile(&marker()), &system).await.unwrap();
        let b = app.vault.create_customer(&profile(&marker()), &system).await.unwrap();
        let mut raw = app.raw().await;
        // Copy A's sealed name over B's: B's key and id do not match it.
        let copy = match app.backend() {
            inzage::db::Backend::Sqlite => format!("UPDATE customers SET name_sealed = (SELECT name_sealed FROM customers WHERE id = x'{}') WHERE id = x'{}'", a.simple(), b.simple()),
            inzage::db::Backend::Postgres => format!("UPDATE customers SET name_sealed = (SELECT name_sealed FROM customers WHERE id = '{a}') WHERE id = '{b}'"),
        };
        assert_eq!(raw.execute(&copy).await, 1);
        assert!(app.vault.read_profile(b, &system).await.is_err());
    }

    async fn every_read_leaves_exactly_one_audit_record(app: TestApp) {
        let id = app.vault.create_customer(&profile(&marker()), &Access::by(Actor::system("test"))).await.unwrap();
        let before = app.store.audit_for_customer(id, 100).await.unwrap().len();
        assert_eq!(before, 1, "creation is on record");

        app.vault.read_profile(id, &staff()).await.unwrap().unwrap();
        let trail = app.store.audit_for_customer(id, 100).await.unwrap();
        assert_eq!(trail.len(), 2);
        let newest = &trail[0];
        assert_eq!(newest.entry.action, "customer.profile.read");
        assert_eq!((newest.entry.actor_kind.as_str(), newest.entry.actor_id.as_str(), newest.entry.actor_role.as_str()), ("staff", "KS-0001", "agent"));
        assert_eq!(newest.entry.reason.as_deref(), Some("AVG-2026-0001"));
        assert_eq!(newest.entry.request_id.as_deref(), Some("req-1"));

        app.vault.read_contact_moments(id, &Access::by(Actor::customer(id))).await.unwrap().unwrap();
        let trail = app.store.audit_for_customer(id, 100).await.unwrap();
        assert_eq!(trail.len(), 3);
        assert_eq!(trail[0].entry.action, "customer.contacts.read");
        assert_eq!(trail[0].entry.actor_id, id.to_string());
    }

    async fn erasure_shreds_the_key_and_keeps_what_the_law_keeps(app: TestApp) {
        let marker = marker();
        let new = profile(&marker);
        let system = Access::by(Actor::system("test"));
        let id = app.vault.create_customer(&new, &system).await.unwrap();
        // An invoice, kept seven years by tax law, sealed with the kept-records key.
        let invoice_id = Uuid::new_v4();
        let billing = format!("{} billing", new.name);
        app.store.insert_bundle(&CustomerBundle {
            invoices: vec![InvoiceRow {
                id: invoice_id,
                customer_id: Some(id),
                number: format!("F-{marker}"),
                issued_on: time::macros::date!(2026 - 01 - 31),
                amount_cents: 12_100,
                vat_cents: 2_100,
                billing_sealed: app.vault.keys.kept_records.seal(invoice_id, "billing", &billing),
                created_at: OffsetDateTime::now_utc(),
            }],
            ..Default::default()
        }).await.unwrap();
        let row = app.store.customer(id).await.unwrap().unwrap();
        let (wrapped, _) = app.store.customer_key(id).await.unwrap().unwrap();

        assert!(app.vault.erase_customer(id, &Access::by(Actor::customer(id))).await.unwrap());
        assert!(!app.vault.erase_customer(id, &Access::by(Actor::customer(id))).await.unwrap(), "erasing twice is harmless");

        assert!(app.store.customer(id).await.unwrap().is_none());
        assert!(app.store.customer_key(id).await.unwrap().is_none());
        assert!(app.vault.read_profile(id, &system).await.unwrap().is_none());
        // Even a saved copy of the sealed row cannot be opened without the shredded key.
        assert!(app.vault.sealer(id).await.unwrap().is_none());
        if app.backend() == inzage::db::Backend::Sqlite {
            // secure_delete zeroes freed pages: neither the wrapped key nor the sealed name
            // survives in the file or its WAL.
            let mut raw = app.raw().await;
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").await;
            let mut disk = std::fs::read(app.sqlite_file()).unwrap();
            disk.extend(std::fs::read(format!("{}-wal", app.sqlite_file().display())).unwrap_or_default());
            for secret in [&wrapped, &row.name_sealed] {
                assert!(!disk.windows(secret.len()).any(|w| w == secret.as_slice()), "bytes survived erasure");
            }
        }

        let stored = everything_stored(&app).await;
        // Only the invoice number, kept by tax law, may still carry the marker.
        let invoice_number = format!("F-{marker}");
        assert_eq!(stored.matches(&marker).count(), stored.matches(&invoice_number).count(), "the marker outlived erasure");
        for form in plaintext_forms(&format!("Anna {marker}")) {
            assert!(!stored.contains(&form), "the name outlived erasure ({form})");
        }

        // The invoice stays, detached, and still opens with the kept-records key.
        let mut raw = app.raw().await;
        let invoices = raw.dump("invoices").await;
        assert_eq!(invoices.len(), 1);
        let kept: Vec<u8> = match &mut raw {
            crate::helpers::Raw::Sqlite(c) => sqlx::query_scalar("SELECT billing_sealed FROM invoices").fetch_one(c).await.unwrap(),
            crate::helpers::Raw::Postgres(c) => sqlx::query_scalar("SELECT billing_sealed FROM invoices").fetch_one(c).await.unwrap(),
        };
        assert_eq!(app.vault.keys.kept_records.open(invoice_id, "billing", &kept).unwrap(), billing);
        let trail = app.store.audit_for_customer(id, 10).await.unwrap();
        assert_eq!(trail[0].entry.action, "customer.erased", "the erasure is on record, after the data is gone");
    }
}

crate::on_both_backends! {
    async fn sixty_four_concurrent_writers_all_succeed(app: TestApp) {
        let writers = (0..64).map(|n| {
            let vault = app.vault.clone();
            tokio::spawn(async move {
                let mut new = profile(&marker());
                new.customer_number = format!("6400000{n:02}");
                vault.create_customer(&new, &Access::by(Actor::system("test"))).await
            })
        });
        for writer in writers {
            writer.await.unwrap().expect("no write fails, none sees 'database is locked'");
        }
        assert_eq!(app.store.count_customers().await.unwrap(), 64);
    }
}
