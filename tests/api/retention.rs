//! Retention with a controllable clock: each category goes exactly when its period in the
//! register ends, not a day before; what the law keeps survives erasure and goes later.

use inzage::audit::verify::{Verdict, verify};
use inzage::db::{
    AuditEntry, ConsentRow, ContactMomentRow, CustomerBundle, InvoiceRow, PaymentRow, RequestRow,
};
use inzage::domain::{Access, Actor, NewProfile};
use inzage::privacy::register::Register;
use inzage::retention::{RULES, run_by_register};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::helpers::TestApp;

/// Every event of the fixture happens at this moment.
const T0: OffsetDateTime = datetime!(2020-01-31 10:00 UTC);

#[test]
fn every_category_retention_uses_is_in_the_register() {
    let register = Register::embedded().unwrap();
    for (category, _) in RULES {
        let entry = register
            .category(category)
            .unwrap_or_else(|| panic!("{category} is not in the register"));
        assert!(
            entry.retention.cutoff(T0).is_some(),
            "{category} has a period"
        );
    }
}

pub(crate) async fn customer_with_history(app: &TestApp) -> Uuid {
    let id = app
        .vault
        .create_customer(
            &NewProfile {
                customer_number: "321000111".into(),
                name: "Retentie Test".into(),
                email: "retentie@example.nl".into(),
                phone: None,
                address: None,
                birth_date: None,
                language: inzage::i18n::Lang::Nl,
                do_not_call: false,
            },
            &Access::by(Actor::system("test")),
        )
        .await
        .unwrap();
    let sealer = app.vault.sealer(id).await.unwrap().unwrap();
    let keys = &app.vault.keys;
    let subject_index = keys.blind_index.customer_number("321000111");
    let mut bundle = CustomerBundle::default();
    for channel in ["phone", "chat", "email", "letter"] {
        let moment = Uuid::new_v4();
        bundle.contact_moments.push(ContactMomentRow {
            id: moment,
            customer_id: id,
            channel: channel.into(),
            occurred_at: T0,
            subject_sealed: sealer.seal("s", "subject"),
            summary_sealed: sealer.seal("s", "summary"),
            transcript_sealed: Some(sealer.seal("t", "transcript")),
            agent: "KS-0001".into(),
            by_bot: false,
            recorded: channel == "phone",
            recording_notice: None,
            recording_consent: None,
            created_at: T0,
        });
    }
    let invoice = Uuid::new_v4();
    bundle.invoices.push(InvoiceRow {
        id: invoice,
        customer_id: Some(id),
        number: "F-RET-1".into(),
        issued_on: T0.date(),
        amount_cents: 100,
        vat_cents: 17,
        billing_sealed: keys.kept_records.seal(invoice, "billing", "x"),
        created_at: T0,
    });
    bundle.payments.push(PaymentRow {
        id: Uuid::new_v4(),
        invoice_id: invoice,
        paid_on: T0.date(),
        amount_cents: 100,
        method: "ideal".into(),
        created_at: T0,
    });
    for (granted, at) in [(true, T0 - Duration::days(10)), (false, T0)] {
        let consent = Uuid::new_v4();
        bundle.consents.push(ConsentRow {
            id: consent,
            customer_id: Some(id),
            subject_index: subject_index.clone(),
            subject_sealed: keys.kept_records.seal(consent, "subject", "321000111"),
            purpose: "newsletter".into(),
            granted,
            at,
            channel: "portal".into(),
            text_version: "v1".into(),
        });
    }
    let request = Uuid::new_v4();
    bundle.requests.push(RequestRow {
        id: request,
        reference: "AVG-2020-0001".into(),
        customer_id: Some(id),
        subject_index,
        subject_sealed: keys.kept_records.seal(request, "subject", "321000111"),
        kind: "access".into(),
        status: "completed".into(),
        received_at: T0 - Duration::days(20),
        due_on: T0.date(),
        extended_until: None,
        extension_reason_sealed: None,
        details_sealed: None,
        closed_at: Some(T0),
        handling: Default::default(),
    });
    app.store.insert_bundle(&bundle).await.unwrap();
    id
}

/// Counts of (phone, chat, email, letter, transcripts of recorded calls, invoices,
/// payments, consents, requests).
async fn counts(app: &TestApp) -> Vec<i64> {
    let mut raw = app.raw().await;
    let mut out = Vec::new();
    for channel in ["phone", "chat", "email", "letter"] {
        out.push(
            raw.count(&format!(
                "SELECT COUNT(*) FROM contact_moments WHERE channel = '{channel}'"
            ))
            .await,
        );
    }
    out.push(raw.count("SELECT COUNT(*) FROM contact_moments WHERE recorded = TRUE AND transcript_sealed IS NOT NULL").await);
    for table in ["invoices", "payments", "consents", "requests"] {
        out.push(raw.count(&format!("SELECT COUNT(*) FROM {table}")).await);
    }
    out
}

async fn run_at(app: &TestApp, now: OffsetDateTime) {
    let register = Register::embedded().unwrap();
    let report = run_by_register(app.store.as_ref(), &register, now, false, |_, _| {})
        .await
        .unwrap();
    assert!(report.ran);
}

crate::on_both_backends! {
    async fn each_category_goes_exactly_when_its_period_ends(app: TestApp) {
        let id = customer_with_history(&app).await;
        assert_eq!(counts(&app).await, vec![1, 1, 1, 1, 1, 1, 1, 2, 1]);

        // Six months after 31 January is 31 July: the recording's transcript stays until then.
        run_at(&app, datetime!(2020-07-30 10:00 UTC)).await;
        assert_eq!(counts(&app).await, vec![1, 1, 1, 1, 1, 1, 1, 2, 1], "a day before: nothing");
        run_at(&app, datetime!(2020-07-31 10:00:01 UTC)).await;
        assert_eq!(counts(&app).await, vec![1, 1, 1, 1, 0, 1, 1, 2, 1], "the transcript of the recorded call goes; the call stays");

        run_at(&app, datetime!(2021-01-30 10:00 UTC)).await;
        assert_eq!(counts(&app).await, vec![1, 1, 1, 1, 0, 1, 1, 2, 1], "a day before twelve months");
        run_at(&app, datetime!(2021-01-31 10:00:01 UTC)).await;
        assert_eq!(counts(&app).await, vec![0, 0, 0, 0, 0, 1, 1, 2, 1], "contact moments go after twelve months");

        // The customer is erased; what the law keeps stays, detached.
        assert!(app.vault.erase_customer(id, &Access::by(Actor::customer(id))).await.unwrap());
        assert_eq!(counts(&app).await, vec![0, 0, 0, 0, 0, 1, 1, 2, 1], "kept by law after erasure");

        run_at(&app, datetime!(2022-01-30 10:00 UTC)).await;
        assert_eq!(counts(&app).await[7..], [2, 1], "a day before two years");
        run_at(&app, datetime!(2022-01-31 10:00:01 UTC)).await;
        assert_eq!(counts(&app).await[7..], [0, 0], "proof of consent and requests go after two years");

        // Invoices and payments count by date: kept through 30 January 2027, gone on the
        // 31st, the date the customer is told.
        run_at(&app, datetime!(2027-01-30 23:59 UTC)).await;
        assert_eq!(counts(&app).await[5..7], [1, 1], "seven years less a day");
        run_at(&app, datetime!(2027-01-31 00:00:01 UTC)).await;
        assert_eq!(counts(&app).await[5..7], [0, 0], "then they go");

        // The audit trail was purged from the front and still verifies from its anchor.
        assert!(matches!(verify(app.store.as_ref()).await.unwrap(), Verdict::Intact { .. }));
    }

    async fn each_customers_audit_count_follows_appends_and_purges(app: TestApp) {
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let entry = |at: OffsetDateTime, customer: Option<Uuid>| AuditEntry {
            at,
            actor_kind: "system".into(),
            actor_id: "test".into(),
            actor_role: "test".into(),
            action: "customer.data.read".into(),
            customer_id: customer,
            reason: None,
            request_id: None,
        };
        // One batch with both customers twice over, and one without a customer.
        let old = [Some(a), Some(b), Some(a), None, Some(b), Some(a)];
        let entries: Vec<_> = old.iter().map(|c| entry(T0, *c)).collect();
        app.store.append_audit(&entries).await.unwrap();
        let now = datetime!(2026-06-01 10:00 UTC);
        app.store.append_audit(&[entry(now, Some(a)), entry(now, Some(a))]).await.unwrap();

        let shown = |c: Uuid| {
            let store = app.store.clone();
            async move { store.count_audit_for_customer(c, None).await.unwrap() }
        };
        let counted = |c: Uuid| {
            let app = &app;
            async move {
                // SQLite keeps a uuid as 16 bytes.
                let literal = match app.backend() {
                    inzage::db::Backend::Sqlite => format!("X'{}'", c.simple()),
                    inzage::db::Backend::Postgres => format!("'{c}'"),
                };
                let sql = format!("SELECT COUNT(*) FROM audit_log WHERE customer_id = {literal}");
                app.raw().await.count(&sql).await
            }
        };
        assert_eq!((shown(a).await, shown(b).await), (5, 2));
        assert_eq!((counted(a).await, counted(b).await), (5, 2));

        // Two years after T0 the old records go; the counts lose exactly those.
        run_at(&app, datetime!(2022-06-01 10:00 UTC)).await;
        assert_eq!((counted(a).await, counted(b).await), (2, 0), "the old records were purged");
        assert_eq!((shown(a).await, shown(b).await), (2, 0));
        assert_eq!(shown(Uuid::new_v4()).await, 0, "no records, no count");
    }

    async fn a_dry_run_counts_and_changes_nothing(app: TestApp) {
        customer_with_history(&app).await;
        let register = Register::embedded().unwrap();
        let report = run_by_register(app.store.as_ref(), &register, datetime!(2030-01-01 0:00 UTC), true, |_, _| {}).await.unwrap();
        let chats = report.categories.iter().find(|c| c.category == "contact-chats").unwrap();
        assert_eq!(chats.rows, 1);
        assert_eq!(counts(&app).await, vec![1, 1, 1, 1, 1, 1, 1, 2, 1]);
    }

    async fn a_second_instance_does_not_run_while_the_lease_is_held(app: TestApp) {
        let now = OffsetDateTime::now_utc();
        assert!(app.store.take_lease("retention", "instance-a", now, now + Duration::hours(1)).await.unwrap());
        let register = Register::embedded().unwrap();
        let report = run_by_register(app.store.as_ref(), &register, now, false, |_, _| {}).await.unwrap();
        assert!(!report.ran, "instance B sees the lease and skips");
        app.store.release_lease("retention", "instance-a").await.unwrap();
        assert!(run_by_register(app.store.as_ref(), &register, now, false, |_, _| {}).await.unwrap().ran);
    }
}

crate::on_both_backends! {
    async fn expired_sessions_and_spent_links_are_cleaned_up(app: TestApp) {
        let now = OffsetDateTime::now_utc();
        let id = customer_with_history(&app).await;
        app.store.save_session(b"expired-session-key", None, None, "{}", now, now + Duration::minutes(30)).await.unwrap();
        app.store.insert_token(b"a-link", "activation", inzage::db::TokenOwner::Customer(id), None, now, now + Duration::hours(24)).await.unwrap();
        let mut raw = app.raw().await;
        let count = |table: &'static str| format!("SELECT COUNT(*) FROM {table}");

        run_at(&app, now + Duration::minutes(29)).await;
        assert_eq!(raw.count(&count("sessions")).await, 1, "a live session stays");
        run_at(&app, now + Duration::minutes(31)).await;
        assert_eq!(raw.count(&count("sessions")).await, 0, "an expired one goes");
        assert_eq!(raw.count(&count("tokens")).await, 1, "a link stays a day past its expiry");
        run_at(&app, now + Duration::hours(49)).await;
        assert_eq!(raw.count(&count("tokens")).await, 0);
    }
}

/// SQLite keeps its WAL file at the largest size it ever reached; a run that purged
/// something gives that space back (a purge beside a busy portal grew it to gigabytes).
#[tokio::test]
async fn a_run_that_purged_gives_the_wal_files_space_back() {
    let app = crate::helpers::spawn_app(inzage::db::Backend::Sqlite)
        .await
        .unwrap();
    customer_with_history(&app).await;
    let wal = format!("{}-wal", app.sqlite_file().display());
    let size = || std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert!(
        size() > 64 * 1024,
        "the migrations and the fixture filled the WAL: {}",
        size()
    );
    run_at(&app, datetime!(2030-01-01 0:00 UTC)).await;
    // Only what was written after the checkpoint (the lease's release) is left.
    assert!(
        size() < 64 * 1024,
        "the WAL holds {} bytes after the run",
        size()
    );
}
