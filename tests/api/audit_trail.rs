//! The audit trail is hash-chained: edits, deletions and reordering are detected.

use inzage::audit::verify::{Verdict, verify};
use inzage::db::AuditEntry;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::helpers::TestApp;

fn entry(n: usize) -> AuditEntry {
    AuditEntry {
        at: inzage::audit::chain::truncate_to_micros(OffsetDateTime::now_utc()),
        actor_kind: "staff".into(),
        actor_id: format!("KS-{n:04}"),
        actor_role: "agent".into(),
        action: "customer.profile.read".into(),
        customer_id: Some(Uuid::new_v4()),
        reason: Some(format!("AVG-2026-{n:04}")),
        request_id: None,
    }
}

async fn app_with_five_records(app: &TestApp) {
    let entries: Vec<_> = (1..=5).map(entry).collect();
    assert_eq!(
        app.store.append_audit(&entries[..2]).await.unwrap(),
        vec![1, 2]
    );
    assert_eq!(
        app.store.append_audit(&entries[2..]).await.unwrap(),
        vec![3, 4, 5]
    );
    assert_eq!(
        verify(app.store.as_ref()).await.unwrap(),
        Verdict::Intact { records: 5 }
    );
}

crate::on_both_backends! {
    async fn an_edited_record_is_detected(app: TestApp) {
        app_with_five_records(&app).await;
        app.raw().await.execute("UPDATE audit_log SET actor_id = 'KS-9999' WHERE seq = 3").await;
        assert_eq!(verify(app.store.as_ref()).await.unwrap(), Verdict::Broken { seq: 3, problem: "the record was changed" });
    }

    async fn a_deleted_record_is_detected(app: TestApp) {
        app_with_five_records(&app).await;
        app.raw().await.execute("DELETE FROM audit_log WHERE seq = 2").await;
        assert!(matches!(verify(app.store.as_ref()).await.unwrap(), Verdict::Broken { seq: 2, .. }));
    }

    async fn a_deleted_last_record_is_not_hidden_by_renumbering(app: TestApp) {
        app_with_five_records(&app).await;
        let mut raw = app.raw().await;
        raw.execute("DELETE FROM audit_log WHERE seq = 2").await;
        raw.execute("UPDATE audit_log SET seq = seq - 1 WHERE seq > 2").await;
        assert!(matches!(verify(app.store.as_ref()).await.unwrap(), Verdict::Broken { seq: 2, .. }));
    }

    async fn reordered_records_are_detected(app: TestApp) {
        app_with_five_records(&app).await;
        let mut raw = app.raw().await;
        raw.execute("UPDATE audit_log SET seq = 100 WHERE seq = 3").await;
        raw.execute("UPDATE audit_log SET seq = 3 WHERE seq = 4").await;
        raw.execute("UPDATE audit_log SET seq = 4 WHERE seq = 100").await;
        assert!(matches!(verify(app.store.as_ref()).await.unwrap(), Verdict::Broken { seq: 3, .. }));
    }

    async fn concurrent_reads_are_all_recorded_in_one_intact_chain(app: TestApp) {
        use inzage::domain::{Access, Actor, NewProfile};
        let id = app.vault.create_customer(&NewProfile {
            customer_number: "123456789".into(),
            name: "Group Commit".into(),
            email: "group@example.nl".into(),
            phone: None,
            address: None,
            birth_date: None,
            language: inzage::i18n::Lang::Nl,
            do_not_call: false,
        }, &Access::by(Actor::system("test"))).await.unwrap();
        let reads = (0..100).map(|_| {
            let vault = app.vault.clone();
            tokio::spawn(async move { vault.read_profile(id, &Access::by(Actor::customer(id))).await.unwrap().unwrap() })
        });
        for read in reads {
            read.await.unwrap();
        }
        assert_eq!(app.store.audit_for_customer(id, 1000).await.unwrap().len(), 101);
        assert_eq!(verify(app.store.as_ref()).await.unwrap(), Verdict::Intact { records: 101 });
    }
}
