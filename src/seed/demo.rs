//! The demo customers listed in the README. Names and addresses are invented; the
//! e-mail domain `example.nl` cannot receive mail.

use time::OffsetDateTime;
use time::macros::date;

use super::demo_requests::{DemoTeam, demo_requests};
use super::history::{HistoryPlan, history_for};
use crate::auth::password::Passwords;
use crate::db::CustomerBundle;
use crate::domain::{NewProfile, PostalAddress};
use crate::i18n::Lang;
use crate::vault::{CustomerSealer, Vault};
use secrecy::SecretString;

/// A demo customer as the README lists them.
pub struct DemoCustomer {
    pub customer_number: &'static str,
    pub name: &'static str,
    pub email: &'static str,
    pub phone: &'static str,
    pub street: &'static str,
    pub house_number: &'static str,
    pub postcode: &'static str,
    pub city: &'static str,
    pub birth_date: time::Date,
    pub language: Lang,
    pub do_not_call: bool,
    /// How much history to give them: the first one has everything.
    pub plan: HistoryPlan,
    /// Whether portal access is already activated, with `DEMO_PASSWORD`. One customer is
    /// left without, to try the activation by e-mail.
    pub activated: bool,
}

/// The password of the activated demo customers (printed in the README).
pub const DEMO_PASSWORD: &str = "tulpen fiets regenjas 42";

pub const DEMO_CUSTOMERS: [DemoCustomer; 3] = [
    DemoCustomer {
        customer_number: "100200300",
        name: "Sanne de Vries",
        email: "sanne.devries@example.nl",
        phone: "06 12 34 56 78",
        street: "Oudegracht",
        house_number: "112",
        postcode: "3511 AX",
        city: "Utrecht",
        birth_date: date!(1986 - 04 - 17),
        language: Lang::Nl,
        do_not_call: false,
        plan: HistoryPlan::Full,
        activated: true,
    },
    DemoCustomer {
        customer_number: "100200301",
        name: "Mohammed El Amrani",
        email: "m.elamrani@example.nl",
        phone: "06 98 76 54 32",
        street: "Bilderdijkstraat",
        house_number: "47",
        postcode: "1053 KN",
        city: "Amsterdam",
        birth_date: date!(1972 - 11 - 02),
        language: Lang::En,
        do_not_call: true,
        plan: HistoryPlan::Some,
        activated: true,
    },
    DemoCustomer {
        customer_number: "100200302",
        name: "Henk Jansen",
        email: "henk.jansen@example.nl",
        phone: "050 312 45 67",
        street: "Vismarkt",
        house_number: "8",
        postcode: "9711 KS",
        city: "Groningen",
        birth_date: date!(1949 - 07 - 23),
        language: Lang::Nl,
        do_not_call: false,
        plan: HistoryPlan::Little,
        activated: false,
    },
];

impl DemoCustomer {
    fn profile(&self) -> NewProfile {
        NewProfile {
            customer_number: self.customer_number.into(),
            name: self.name.into(),
            email: self.email.into(),
            phone: Some(self.phone.into()),
            address: Some(PostalAddress {
                street: self.street.into(),
                house_number: self.house_number.into(),
                addition: None,
                postcode: self.postcode.into(),
                city: self.city.into(),
                country: "NL".into(),
            }),
            birth_date: Some(self.birth_date),
            language: self.language,
            do_not_call: self.do_not_call,
        }
    }
}

/// Inserts the demo staff and the demo customers that are not there yet; returns how
/// many customers were added.
pub async fn seed_demo(
    vault: &Vault,
    passwords: &Passwords,
    now: OffsetDateTime,
) -> anyhow::Result<usize> {
    super::seed_demo_staff(vault, passwords, now).await?;
    let team = demo_team(vault).await?;
    let mut added = 0;
    for demo in &DEMO_CUSTOMERS {
        if vault
            .find_by_customer_number(demo.customer_number)
            .await?
            .is_some()
        {
            continue;
        }
        let profile = demo.profile();
        let (customer, sealer) = CustomerSealer::new_customer(&vault.keys, &profile, now);
        let mut bundle = CustomerBundle {
            customers: vec![customer],
            ..Default::default()
        };
        history_for(
            &mut bundle,
            &sealer,
            &vault.keys,
            &profile,
            demo.plan,
            now,
            added as u64,
        );
        let mut audit = vec![super::created(sealer.id, now)];
        if demo.plan == HistoryPlan::Full {
            let staff_views = demo_requests(&mut bundle, &sealer, &vault.keys, &profile, team, now);
            audit.extend(staff_views);
        }
        vault.store.insert_bundle(&bundle).await?;
        vault.store.append_audit(&audit).await?;
        if demo.activated {
            let hash = passwords
                .hash(&SecretString::from(DEMO_PASSWORD))
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            vault.store.set_password(sealer.id, &hash, now).await?;
        }
        added += 1;
    }
    super::seed_request_history(vault, now).await?;
    super::seed_demo_breach(vault, now).await?;
    super::seed_demo_notified_breach(vault, now).await?;
    Ok(added)
}

/// The demo staff's ids (they were just added, or were there already).
async fn demo_team(vault: &Vault) -> anyhow::Result<DemoTeam> {
    let id = |email: &'static str| async move {
        super::demo_staff_id(vault, email)
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo staff member {email} is missing"))
    };
    Ok(DemoTeam {
        agent: id("agent@example.nl").await?,
        agent2: id("agent2@example.nl").await?,
        officer: id("fg@example.nl").await?,
    })
}
