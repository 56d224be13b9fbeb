//! Telling customers about a breach (Art. 34) over HTTP, on both databases, on the demo
//! data: only the chosen customers get the notice and one e-mail each, in their own
//! language; numbers that find nobody come back and the rest go ahead; a sender that
//! stopped halfway never sends twice; a customer sees only their own notice and marks it
//! read; a breach that is not "high risk" cannot notify anyone.

use std::collections::HashMap;
use std::time::Duration;

use inzage::paths;
use inzage::seed::{DEMO_BREACH_REFERENCE, DEMO_NOTICE, DEMO_NOTIFIED_BREACH_REFERENCE};
use inzage::staff::breach;
use inzage::staff::breach_notice::{self, Audience, Draft, NoticeMessage, NoticeText};
use inzage::staff::notice_sender::NoticeSender;
use uuid::Uuid;

use crate::accounts::{csrf_of, outbox_files};
use crate::helpers::TestApp;
use crate::staff_requests::{client, hidden, page, sanne, seeded, staff};

const SUBJECT_NL: &str = "Subject: Belangrijk bericht van";
const SUBJECT_EN: &str = "Subject: Important notice from";

/// Breach notice e-mails in the outbox, by recipient.
fn notice_mails() -> impl Fn(&TestApp) -> HashMap<String, Vec<String>> {
    |app| {
        let mut by_recipient: HashMap<String, Vec<String>> = HashMap::new();
        for file in outbox_files(app) {
            let mail = std::fs::read_to_string(file).unwrap();
            if !(mail.contains(SUBJECT_NL) || mail.contains(SUBJECT_EN)) {
                continue;
            }
            let to = mail
                .lines()
                .find_map(|l| l.strip_prefix("To: "))
                .unwrap()
                .to_string();
            by_recipient.entry(to).or_default().push(mail);
        }
        by_recipient
    }
}

/// Waits until the notice's e-mails are all confirmed or claimed.
async fn sent(app: &TestApp, notice: Uuid) -> inzage::db::NoticeProgress {
    for _ in 0..300 {
        let progress = app.store.notice_progress(notice).await.unwrap();
        if progress.waiting() == 0 && progress.unconfirmed() == 0 {
            return progress;
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
    panic!("the notice's e-mails were not sent");
}

fn text(words: &str) -> NoticeText {
    NoticeText {
        what_happened: format!("{words}: wat er gebeurde"),
        which_data: "Uw naam".into(),
        consequences: "Phishing".into(),
        what_we_did: "Gemeld".into(),
        what_you_can_do: "Opletten".into(),
    }
}

/// A notice of the handled demo breach, written and sent through the library (not the
/// pages), so a test decides what happens before the sender runs.
async fn draft_of(app: &TestApp, audience: Audience, numbers: &str, words: &str) -> Uuid {
    let (current, _) = breach::find(
        app.store.as_ref(),
        &app.vault.keys,
        DEMO_NOTIFIED_BREACH_REFERENCE,
    )
    .await
    .unwrap()
    .unwrap();
    let officer =
        inzage::staff::find_by_email(app.store.as_ref(), &app.vault.keys, "fg@example.nl")
            .await
            .unwrap()
            .unwrap()
            .id;
    let id = Uuid::new_v4();
    let draft = Draft {
        id,
        audience,
        message: NoticeMessage {
            nl: text(words),
            en: text(words),
            numbers: numbers.into(),
            not_used: vec![],
        },
        by: officer,
        at: app.clock.now(),
    };
    breach_notice::save_draft(app.store.as_ref(), &app.vault.keys, &current, draft)
        .await
        .unwrap();
    id
}

fn sender(app: &TestApp) -> NoticeSender {
    NoticeSender {
        vault: app.vault.clone(),
        mailer: inzage::email::Mailer::from_settings(&app.settings).unwrap(),
        organisation: std::sync::Arc::new(app.settings.organisation.clone()),
        public_base: app.address.clone(),
    }
}

/// The notify form with every part filled in, and `changes` on top.
fn notify_fields<'a>(
    csrf: &'a str,
    notice: &'a str,
    changes: &[(&'a str, &'a str)],
) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = vec![
        ("csrf".into(), csrf.into()),
        ("notice".into(), notice.into()),
    ];
    for lang in ["nl", "en"] {
        for part in [
            "what_happened",
            "which_data",
            "consequences",
            "what_we_did",
            "what_you_can_do",
        ] {
            fields.push((format!("{part}_{lang}"), format!("{part} in {lang}")));
        }
    }
    for (name, value) in changes {
        fields.retain(|(n, _)| n != name);
        fields.push((name.to_string(), value.to_string()));
    }
    fields
}

crate::on_both_backends! {
    async fn only_the_chosen_customers_are_told_each_once_and_unknown_numbers_come_back(app: TestApp) {
        seeded(&app).await;
        let officer = staff(&app, "fg@example.nl").await;
        let notify = paths::STAFF_BREACH_NOTIFY.replace("{reference}", DEMO_NOTIFIED_BREACH_REFERENCE);
        let (status, form) = page(&officer, &app, &notify).await;
        assert_eq!(status, 200, "{form}");
        let csrf = csrf_of(&form);
        let id = hidden(&form, "notice");
        // Sanne and Henk, a number of nobody, and Sanne again written differently.
        let numbers = "100200300\n999 999 999, 100200302;100 200 300";
        // A part left empty: the form comes back with everything as typed.
        let bad = notify_fields(&csrf, &id, &[("audience", "list"), ("numbers", numbers), ("consequences_en", " ")]);
        let response = officer.post(app.url(&notify)).form(&bad).send().await.unwrap();
        assert_eq!(response.status(), 400);
        let html = response.text().await.unwrap();
        assert!(html.contains("Schrijf dit deel van het bericht."), "{html}");
        assert!(html.contains("999 999 999") && html.contains("what_we_did in en"), "what was typed is kept");
        let good = notify_fields(&csrf, &id, &[("audience", "list"), ("numbers", numbers)]);
        let response = officer.post(app.url(&notify)).form(&good).send().await.unwrap();
        assert_eq!(response.status(), 303);
        let check = paths::staff_breach_notice(DEMO_NOTIFIED_BREACH_REFERENCE, &id);
        assert_eq!(response.headers()["location"], check.as_str());
        // The check page: two customers, the unknown number back, worded without saying
        // whether such a customer ever existed, and the text as the customer sees it.
        let (_, html) = page(&officer, &app, &check).await;
        assert!(html.contains("Verstuur naar 2 klanten"), "{html}");
        assert!(html.contains("999 999 999") && html.contains("vonden we geen klant om te informeren"), "{html}");
        assert!(html.contains("what_happened in nl") && html.contains("what_happened in en"));
        let mails = notice_mails();
        assert!(mails(&app).is_empty(), "nothing is mailed before sending");
        // Send, twice (a double click).
        let send = format!("{check}/send");
        for _ in 0..2 {
            let response = officer.post(app.url(&send)).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
            assert_eq!(response.status(), 303);
        }
        let notice = Uuid::parse_str(&id).unwrap();
        let progress = sent(&app, notice).await;
        assert_eq!((progress.customers, progress.mailed), (2, 2));
        // Another round finds nothing to do.
        assert_eq!(sender(&app).round().await.unwrap().mailed, 0);
        let by_recipient = mails(&app);
        assert_eq!(by_recipient.len(), 2, "{:?}", by_recipient.keys());
        for (to, got) in &by_recipient {
            assert_eq!(got.len(), 1, "{to} got one e-mail");
        }
        let sanne_mail = &by_recipient["sanne.devries@example.nl"][0];
        assert!(sanne_mail.contains(SUBJECT_NL) && sanne_mail.contains("what_happened in nl"), "{sanne_mail}");
        assert!(sanne_mail.contains(&paths::account_notice(&id)), "the mail links the notice");
        assert!(sanne_mail.contains("privacy@example.nl"), "and names whom to ask");
        assert!(by_recipient.contains_key("henk.jansen@example.nl"));
        assert!(!by_recipient.contains_key("m.elamrani@example.nl"), "Mohammed was not chosen");
        // The progress page says so in words; the history has the step.
        let (_, html) = page(&officer, &app, &check).await;
        assert!(html.contains("Klaar: 2 van 2 e-mails verstuurd."), "{html}");
        let (_, events) = breach::find(app.store.as_ref(), &app.vault.keys, DEMO_NOTIFIED_BREACH_REFERENCE).await.unwrap().unwrap();
        let told = events.iter().filter(|e| e.kind == breach::EventKind::CustomersNotified).count();
        assert_eq!(told, 2, "the demo's notice and this one, once despite two clicks");
        // Each e-mail's address read is on the customer's record, with the reference.
        let henk = app.vault.find_by_customer_number("100200302").await.unwrap().unwrap();
        let trail = app.store.audit_for_customer(henk, 100).await.unwrap();
        let emailed: Vec<_> = trail.iter().filter(|a| a.entry.action == "customer.breach-notice.emailed").collect();
        assert_eq!(emailed.len(), 1);
        assert_eq!(emailed[0].entry.reason.as_deref(), Some(DEMO_NOTIFIED_BREACH_REFERENCE));
        // Sanne sees it at the top of her start page.
        let customer = sanne(&app).await;
        let (_, home) = page(&customer, &app, paths::ACCOUNT).await;
        assert!(home.contains(&paths::account_notice(&id)), "{home}");
    }

    async fn a_sender_that_stopped_halfway_sends_nothing_twice(app: TestApp) {
        seeded(&app).await;
        let notice = draft_of(&app, Audience::All, "", "Alle klanten").await;
        let everyone = app.store.count_customers().await.unwrap();
        assert!(everyone >= 3);
        let officer = inzage::staff::find_by_email(app.store.as_ref(), &app.vault.keys, "fg@example.nl").await.unwrap().unwrap().id;
        assert!(app.store.send_notice(notice, officer, app.clock.now()).await.unwrap());
        assert!(!app.store.send_notice(notice, officer, app.clock.now()).await.unwrap(), "sent once");
        // A sender claimed one customer and stopped before its e-mail went out. (The
        // app's own sender was not woken: only the page wakes it.)
        let stopped = app.store.claim_notice_mail(notice, 1, app.clock.now()).await.unwrap();
        assert_eq!(stopped.len(), 1);
        // Two senders (a restarted portal and a second instance) go at it together.
        let (first, second) = (sender(&app), sender(&app));
        let (a, b) = tokio::join!(first.round(), second.round());
        let mailed = a.unwrap().mailed + b.unwrap().mailed;
        let progress = app.store.notice_progress(notice).await.unwrap();
        assert_eq!(progress.customers, everyone);
        assert_eq!(progress.unconfirmed(), 1, "the stopped one stays unconfirmed, not resent");
        assert_eq!(progress.waiting(), 0);
        // The app's own sender may have run a round too; together they mailed each once.
        let by_recipient = notice_mails()(&app);
        let total: usize = by_recipient.values().map(Vec::len).sum();
        assert_eq!(total as i64, everyone - 1, "everyone but the stopped one, and this round mailed {mailed}");
        assert!(by_recipient.values().all(|mails| mails.len() == 1), "nobody got two");
        assert_eq!(sender(&app).round().await.unwrap().mailed, 0, "a third round finds nothing");
        let row = app.store.notice(notice).await.unwrap().unwrap();
        assert_eq!(row.state, "sent", "nothing unclaimed is left");
    }

    async fn a_customer_sees_only_their_own_notice_and_marks_it_read(app: TestApp) {
        seeded(&app).await;
        // A notice to Henk alone.
        let henks = draft_of(&app, Audience::List, "100200302", "Alleen Henk").await;
        let officer = inzage::staff::find_by_email(app.store.as_ref(), &app.vault.keys, "fg@example.nl").await.unwrap().unwrap().id;
        app.store.send_notice(henks, officer, app.clock.now()).await.unwrap();
        let customer = sanne(&app).await;
        let sanne_id = app.vault.find_by_customer_number("100200300").await.unwrap().unwrap();
        let (status, _) = page(&customer, &app, &paths::account_notice(&henks.to_string())).await;
        assert_eq!(status, 404, "Henk's notice is not Sanne's");
        for id in ["not-a-uuid", &Uuid::new_v4().to_string()] {
            assert_eq!(page(&customer, &app, &paths::account_notice(id)).await.0, 404);
        }
        let trail = app.store.audit_for_customer(sanne_id, 200).await.unwrap();
        assert_eq!(trail.iter().filter(|a| a.entry.action == "customer.notice.denied").count(), 3, "each attempt on record");
        // Her own: the page, then "read", then the start page no longer leads with it.
        let own = paths::account_notice(&DEMO_NOTICE.to_string());
        let (status, html) = page(&customer, &app, &own).await;
        assert_eq!(status, 200);
        assert!(html.contains("Wat is er gebeurd?") && html.contains("verkeerde klanten"), "{html}");
        assert!(!html.contains("Alleen Henk"));
        let (_, home) = page(&customer, &app, paths::ACCOUNT).await;
        assert!(home.contains("Belangrijk bericht over uw gegevens") && home.contains(&own), "{home}");
        assert!(!home.contains(&henks.to_string()));
        let csrf = csrf_of(&html);
        let read = format!("{own}/read");
        let henks_read = format!("{}/read", paths::account_notice(&henks.to_string()));
        let response = customer.post(app.url(&henks_read)).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
        assert_eq!(response.status(), 404, "nor can she mark Henk's read");
        for _ in 0..2 {
            let response = customer.post(app.url(&read)).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
            assert_eq!(response.status(), 303);
            assert_eq!(response.headers()["location"], paths::ACCOUNT);
        }
        let (_, home) = page(&customer, &app, paths::ACCOUNT).await;
        assert!(!home.contains("Belangrijk bericht over uw gegevens"), "read: no longer at the top");
        assert!(home.contains("U vindt het terug bij Mijn gegevens"), "and the page says where it went");
        let (_, html) = page(&customer, &app, &own).await;
        assert!(html.contains("U las dit bericht op"), "{html}");
        let (_, mine) = page(&customer, &app, paths::MY_DATA).await;
        assert!(mine.contains(&own), "my data links it");
        let henk = app.vault.find_by_customer_number("100200302").await.unwrap().unwrap();
        let henks_notices = app.store.notices_of_customer(henk).await.unwrap();
        assert!(henks_notices.iter().all(|n| n.read_at.is_none()), "Sanne's click changed nothing of Henk's");
        // Signed out: to the sign-in page.
        let visitor = client();
        let response = visitor.get(app.url(&own)).send().await.unwrap();
        assert_eq!(response.status(), 303);
    }

    async fn a_breach_that_is_not_high_risk_notifies_nobody(app: TestApp) {
        seeded(&app).await;
        let officer = staff(&app, "fg@example.nl").await;
        let notify = paths::STAFF_BREACH_NOTIFY.replace("{reference}", DEMO_BREACH_REFERENCE);
        let (status, html) = page(&officer, &app, &notify).await;
        assert_eq!(status, 200);
        assert!(html.contains("alleen zo informeren als het besluit"), "{html}");
        assert!(!html.contains(r#"name="numbers""#), "no form to fill in");
        let csrf = csrf_of(&html);
        let id = Uuid::new_v4().to_string();
        let fields = notify_fields(&csrf, &id, &[("audience", "all")]);
        let response = officer.post(app.url(&notify)).form(&fields).send().await.unwrap();
        assert_eq!(response.status(), 409);
        let (current, _) = breach::find(app.store.as_ref(), &app.vault.keys, DEMO_BREACH_REFERENCE).await.unwrap().unwrap();
        assert!(app.store.notices_of_breach(current.id).await.unwrap().is_empty(), "nothing saved");
        let (_, record) = page(&officer, &app, &paths::staff_breach(DEMO_BREACH_REFERENCE)).await;
        assert!(record.contains("Bij een hoog risico schrijft u hier een bericht"), "{record}");
        assert!(!record.contains(&notify), "no link to the form");
    }
}
