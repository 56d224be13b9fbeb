//! `seed-demo --customers N`: many generated customers for the benchmarks, inserted in
//! batches (one transaction each), with progress on standard error.

use std::io::Write;
use std::time::Instant;

use time::OffsetDateTime;

use super::history::{HistoryPlan, history_for};
use crate::db::CustomerBundle;
use crate::domain::{NewProfile, PostalAddress};
use crate::i18n::Lang;
use crate::vault::{CustomerSealer, Vault};

const FIRST_NAMES: [&str; 12] = [
    "Daan", "Emma", "Lucas", "Julia", "Sem", "Mila", "Noah", "Tess", "Finn", "Zoë", "Levi", "Sara",
];
const LAST_NAMES: [&str; 12] = [
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "Yılmaz",
];
const CITIES: [(&str, &str); 6] = [
    ("1011", "Amsterdam"),
    ("3011", "Rotterdam"),
    ("2511", "Den Haag"),
    ("3511", "Utrecht"),
    ("5611", "Eindhoven"),
    ("9711", "Groningen"),
];

/// Customers per transaction.
const BATCH: usize = 500;

/// Adds `count` generated customers with `contacts` contact moments each.
pub async fn seed_bulk(
    vault: &Vault,
    count: u64,
    contacts: u32,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    // Numbers continue after what is there, so the command can be run again.
    let offset = vault.store.count_customers().await? as u64;
    let started = Instant::now();
    let mut done = 0u64;
    while done < count {
        let size = (count - done).min(BATCH as u64);
        let mut bundle = CustomerBundle::default();
        let mut audit = Vec::with_capacity(size as usize);
        for i in done..done + size {
            let profile = generated(offset + i);
            let (customer, sealer) = CustomerSealer::new_customer(&vault.keys, &profile, now);
            history_for(
                &mut bundle,
                &sealer,
                &vault.keys,
                &profile,
                HistoryPlan::Contacts(contacts),
                now,
                i,
            );
            bundle.customers.push(customer);
            audit.push(super::created(sealer.id, now));
        }
        vault.store.insert_bundle(&bundle).await?;
        vault.store.append_audit(&audit).await?;
        done += size;
        let rate = done as f64 / started.elapsed().as_secs_f64().max(0.001);
        eprint!("\rseed-demo: {done}/{count} customers ({rate:.0}/s)   ");
        let _ = std::io::stderr().flush();
    }
    eprintln!();
    Ok(())
}

fn generated(n: u64) -> NewProfile {
    let first = FIRST_NAMES[(n % 12) as usize];
    let last = LAST_NAMES[((n / 12) % 12) as usize];
    let (postcode, city) = CITIES[(n % 6) as usize];
    NewProfile {
        customer_number: format!("{}", 500_000_000 + n),
        name: format!("{first} {last}"),
        email: format!("klant{n}@example.nl"),
        phone: Some(format!("06 {:08}", 10_000_000 + n % 89_999_999)),
        address: Some(PostalAddress {
            street: "Dorpsstraat".into(),
            house_number: format!("{}", 1 + n % 200),
            addition: None,
            postcode: format!(
                "{postcode} {}{}",
                (b'A' + (n % 26) as u8) as char,
                (b'A' + ((n / 26) % 26) as u8) as char
            ),
            city: city.into(),
            country: "NL".into(),
        }),
        birth_date: None,
        language: if n % 5 == 0 { Lang::En } else { Lang::Nl },
        do_not_call: n % 7 == 0,
    }
}
