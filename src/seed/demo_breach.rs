//! One demo breach, so the register, a record with its history and the AP draft can be
//! seen (and tested) right after `seed-demo`: a lost laptop, reported by an agent a day
//! and a half ago and being assessed by the FG, with the 72-hour clock still running.

use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use super::demo_staff_id;
use crate::staff::breach::{self, BreachFacts, Change, Decision, EventKind, Report, Status};
use crate::vault::Vault;

/// Fixed, so seeding twice adds it once.
/// Its reference, as the README and the a11y pages name it.
pub const DEMO_BREACH_REFERENCE: &str = "DL-DEMO-0001";
const DEMO_BREACH: Uuid = Uuid::from_u128(0x0b5e_ac4e_0000_4000_8000_0000_0000_0001);

/// Adds the demo breach unless it is there already.
pub async fn seed_demo_breach(vault: &Vault, now: OffsetDateTime) -> anyhow::Result<()> {
    let store = vault.store.as_ref();
    if breach::exists(store, DEMO_BREACH).await? {
        return Ok(());
    }
    let missing = || anyhow::anyhow!("the demo staff are missing");
    let agent = demo_staff_id(vault, "agent@example.nl")
        .await?
        .ok_or_else(missing)?;
    let officer = demo_staff_id(vault, "fg@example.nl")
        .await?
        .ok_or_else(missing)?;
    let reported_at = now - Duration::hours(30);
    let noticed_at = now - Duration::hours(31);
    let reported = BreachFacts {
        title: "Laptop kwijt in de trein".into(),
        what_happened: "Een laptop van de klantenservice is blijven liggen in de trein van \
                        Utrecht naar Amsterdam."
            .into(),
        how_noticed: "De medewerker miste hem bij aankomst op kantoor.".into(),
        affected: "Misschien een export met klantnummers en namen.".into(),
        noticed_at: Some(noticed_at),
        ..Default::default()
    };
    let reference = breach::report(
        store,
        &vault.keys,
        Report {
            id: DEMO_BREACH,
            reference: Some(DEMO_BREACH_REFERENCE.into()),
            by: agent,
            facts: reported.clone(),
        },
        reported_at,
    )
    .await?;
    let Some((current, _)) = breach::find(store, &vault.keys, &reference).await? else {
        return Ok(());
    };
    let assessed = BreachFacts {
        status: Status::Assessing,
        discovered_at: Some(noticed_at),
        aware_at: Some(now - Duration::hours(26)),
        ongoing: Some(false),
        nature: vec!["confidentiality".into()],
        nature_how: vec!["stolen".into()],
        categories: vec!["identity".into()],
        people_min: Some(0),
        people_max: Some(1200),
        records_min: Some(0),
        records_max: Some(1200),
        special_categories: Some(false),
        encryption: "De schijf is versleuteld met BitLocker. Of de export ook op een \
                     USB-stick stond, weten we nog niet."
            .into(),
        subject_categories: "Klanten".into(),
        decision: Some(Decision::Risk),
        rationale: "Namen en klantnummers kunnen uitlekken; we melden uit voorzorg.".into(),
        measures: "Het account van de laptop is geblokkeerd en de wachtwoorden zijn \
                   gewijzigd."
            .into(),
        ..reported
    };
    let change = Change {
        version: current.version,
        kind: EventKind::Updated,
        facts: assessed,
        by: officer,
        at: now - Duration::hours(20),
    };
    breach::change(store, &vault.keys, &current, change).await?;
    Ok(())
}
