//! A second demo breach, already handled: invoices e-mailed to the wrong customers, a
//! high risk, reported to the AP, and a notice sent to the two customers affected
//! (Sanne de Vries and Mohammed El Amrani). So the notice at the top of the start page,
//! its own page and the privacy officer's progress page can be seen (and tested) right
//! after `seed-demo`. Its e-mails count as sent three days ago: seeding sends no mail.

use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use super::demo_staff_id;
use crate::staff::breach::{self, BreachFacts, Change, Decision, EventKind, Report, Status};
use crate::staff::breach_notice::{self, Audience, Draft, NoticeMessage, NoticeText};
use crate::vault::Vault;

/// Its reference, as the README and the a11y pages name it.
pub const DEMO_NOTIFIED_BREACH_REFERENCE: &str = "DL-DEMO-0002";
const DEMO_NOTIFIED_BREACH: Uuid = Uuid::from_u128(0x0b5e_ac4e_0000_4000_8000_0000_0000_0002);
/// Fixed, so the a11y pages and the tests can open it.
pub const DEMO_NOTICE: Uuid = Uuid::from_u128(0x0b5e_ac4e_0000_4000_8000_0000_0001_0001);
/// The customers it went to.
pub const DEMO_NOTICE_CUSTOMERS: [&str; 2] = ["100200300", "100200301"];

fn message() -> NoticeMessage {
    NoticeMessage {
        nl: NoticeText {
            what_happened: "Op 24 november stuurden wij per ongeluk een e-mail met facturen \
                            naar de verkeerde klanten. Uw factuur zat daarbij."
                .into(),
            which_data: "Uw naam, uw adres, uw klantnummer en het bedrag van uw factuur.".into(),
            consequences: "Iemand anders kan uw naam en adres hebben gezien. Iemand kan die \
                           gebruiken om u een nep-factuur of een nep-e-mail te sturen."
                .into(),
            what_we_did: "We hebben de mensen die de e-mail kregen gevraagd hem te wissen. \
                          We hebben het gemeld bij de Autoriteit Persoonsgegevens. En we \
                          controleren nu elke e-mail met facturen twee keer."
                .into(),
            what_you_can_do: "Let op e-mails en brieven die om geld vragen. Twijfelt u? Bel ons \
                              dan eerst. Wij vragen u nooit om uw wachtwoord."
                .into(),
        },
        en: NoticeText {
            what_happened: "On 24 November we sent an e-mail with invoices to the wrong \
                            customers by mistake. Your invoice was in it."
                .into(),
            which_data: "Your name, your address, your customer number and the amount of your \
                         invoice."
                .into(),
            consequences: "Someone else may have seen your name and address. Someone could use \
                           them to send you a fake invoice or a fake e-mail."
                .into(),
            what_we_did: "We asked the people who got the e-mail to delete it. We reported it to \
                          the Dutch Data Protection Authority. And we now check every e-mail \
                          with invoices twice."
                .into(),
            what_you_can_do: "Watch out for e-mails and letters asking for money. In doubt? Call \
                              us first. We never ask for your password."
                .into(),
        },
        numbers: DEMO_NOTICE_CUSTOMERS.join("\n"),
        not_used: Vec::new(),
    }
}

/// Adds the handled demo breach and its sent notice unless they are there already.
pub async fn seed_demo_notified_breach(vault: &Vault, now: OffsetDateTime) -> anyhow::Result<()> {
    let store = vault.store.as_ref();
    if breach::exists(store, DEMO_NOTIFIED_BREACH).await? {
        return Ok(());
    }
    let missing = || anyhow::anyhow!("the demo staff are missing");
    let agent = demo_staff_id(vault, "agent2@example.nl")
        .await?
        .ok_or_else(missing)?;
    let officer = demo_staff_id(vault, "fg@example.nl")
        .await?
        .ok_or_else(missing)?;
    let noticed = now - Duration::days(7);
    let reported = BreachFacts {
        title: "Facturen naar de verkeerde klanten gemaild".into(),
        what_happened: "Een e-mail met twee facturen ging naar een verzendlijst in plaats van \
                        naar de klant."
            .into(),
        how_noticed: "Een klant belde dat hij facturen van anderen kreeg.".into(),
        affected: "Twee facturen: naam, adres, klantnummer, bedrag.".into(),
        noticed_at: Some(noticed),
        ..Default::default()
    };
    let reference = breach::report(
        store,
        &vault.keys,
        Report {
            id: DEMO_NOTIFIED_BREACH,
            reference: Some(DEMO_NOTIFIED_BREACH_REFERENCE.into()),
            by: agent,
            facts: reported.clone(),
        },
        noticed + Duration::hours(1),
    )
    .await?;
    let Some((current, _)) = breach::find(store, &vault.keys, &reference).await? else {
        return Ok(());
    };
    let decided = BreachFacts {
        status: Status::Notified,
        occurred_from: Some(noticed - Duration::hours(2)),
        occurred_to: Some(noticed - Duration::hours(2)),
        ongoing: Some(false),
        discovered_at: Some(noticed),
        aware_at: Some(noticed + Duration::hours(3)),
        ap_notified_at: Some(noticed + Duration::hours(30)),
        ap_reference: "AP-DEMO-4711".into(),
        nature: vec!["confidentiality".into()],
        nature_how: vec!["read".into()],
        categories: vec!["identity".into(), "invoices".into()],
        people_min: Some(2),
        people_max: Some(2),
        records_min: Some(2),
        records_max: Some(2),
        special_categories: Some(false),
        encryption: "Niet versleuteld: de facturen zaten als PDF bij de e-mail.".into(),
        subject_categories: "Klanten".into(),
        vulnerable: Some(false),
        consequences: "Phishing met echte namen, adressen en bedragen.".into(),
        severity: "Hoog voor de twee klanten.".into(),
        decision: Some(Decision::HighRisk),
        rationale: "Naam, adres en bedrag samen maken een nep-factuur geloofwaardig.".into(),
        measures: "Ontvangers gevraagd te wissen; vier-ogen-controle op factuurmails.".into(),
        ..reported
    };
    let change = Change {
        version: current.version,
        kind: EventKind::Updated,
        facts: decided,
        by: officer,
        at: noticed + Duration::hours(26),
    };
    breach::change(store, &vault.keys, &current, change).await?;
    let Some((current, _)) = breach::find(store, &vault.keys, &reference).await? else {
        return Ok(());
    };
    let sent_at = now - Duration::days(3);
    let draft = Draft {
        id: DEMO_NOTICE,
        audience: Audience::List,
        message: message(),
        by: officer,
        at: sent_at - Duration::hours(1),
    };
    breach_notice::save_draft(store, &vault.keys, &current, draft).await?;
    store.send_notice(DEMO_NOTICE, officer, sent_at).await?;
    // The bookkeeping of a sender that mailed both, without mailing anyone now.
    let customers = store.claim_notice_mail(DEMO_NOTICE, 10, sent_at).await?;
    store
        .mark_notice_mailed(DEMO_NOTICE, &customers, sent_at)
        .await?;
    store.finish_notice(DEMO_NOTICE, sent_at).await?;
    let change = Change {
        version: current.version,
        kind: EventKind::CustomersNotified,
        facts: current.facts.clone(),
        by: officer,
        at: sent_at,
    };
    breach::change(store, &vault.keys, &current, change).await?;
    Ok(())
}
