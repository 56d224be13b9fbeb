//! A believable history for a seeded customer: calls, chats, e-mails and letters, invoices
//! and payments, and consent receipts. The demo requests are in `demo_requests`.

use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::crypto::Keyring;
use crate::db::{ConsentRow, ContactMomentRow, CustomerBundle, InvoiceRow, PaymentRow};
use crate::domain::NewProfile;
use crate::vault::CustomerSealer;

/// How much history a customer gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryPlan {
    /// Every kind of record, including a recorded call (and, from `seed_demo`, requests).
    Full,
    Some,
    /// One letter and two invoices.
    Little,
    /// `n` contact moments and nothing else, for the scale benchmarks.
    Contacts(u32),
}

/// (channel, subject, summary, transcript) — demo content, in the customers' language.
const CONTACTS: [(&str, &str, &str, Option<&str>); 6] = [
    (
        "phone",
        "Vraag over jaarafrekening",
        "Klant vroeg waarom het voorschot omhoog ging. Uitgelegd dat het verbruik hoger was.",
        Some(
            "Medewerker: Goedemiddag, u spreekt met de klantenservice. Klant: Ik heb een vraag over mijn jaarafrekening...",
        ),
    ),
    (
        "chat",
        "Meterstand doorgeven",
        "Meterstand doorgegeven via de chat. Bevestiging gestuurd.",
        Some("Chatbot: Hoi! Waarmee kan ik je helpen? Klant: Ik wil mijn meterstand doorgeven."),
    ),
    (
        "email",
        "Adreswijziging",
        "Klant meldt verhuizing per de eerste van de maand. Nieuw adres verwerkt.",
        None,
    ),
    (
        "letter",
        "Welkomstbrief",
        "Welkomstbrief met contractgegevens verstuurd.",
        None,
    ),
    (
        "phone",
        "Storing gemeld",
        "Klant meldde een storing. Doorverwezen naar de netbeheerder.",
        Some("Medewerker: Wat vervelend dat u geen stroom heeft. Klant: Sinds vanochtend..."),
    ),
    (
        "chat",
        "Betalingsregeling",
        "Klant vroeg om een betalingsregeling. Voorstel per e-mail gestuurd.",
        Some("Medewerker: Ik kijk even met u mee. Klant: Ik kan deze maand niet alles betalen."),
    ),
];

/// Adds the planned history for `sealer`'s customer to `bundle`. `salt` varies it a little
/// between customers without a random generator, so seeding is reproducible.
pub fn history_for(
    bundle: &mut CustomerBundle,
    sealer: &CustomerSealer,
    keys: &Keyring,
    profile: &NewProfile,
    plan: HistoryPlan,
    now: OffsetDateTime,
    salt: u64,
) {
    let (contacts, invoices, consents) = match plan {
        HistoryPlan::Full => (8, 12, true),
        HistoryPlan::Some => (4, 6, true),
        HistoryPlan::Little => (1, 2, false),
        HistoryPlan::Contacts(n) => (n, 0, false),
    };
    for i in 0..contacts {
        bundle
            .contact_moments
            .push(contact_moment(sealer, plan, i, now, salt));
    }
    for i in 0..invoices {
        invoice_with_payment(bundle, sealer.id, keys, profile, i, now, salt);
    }
    if consents {
        consent_history(bundle, sealer.id, keys, profile, now);
    }
}

fn contact_moment(
    sealer: &CustomerSealer,
    plan: HistoryPlan,
    i: u32,
    now: OffsetDateTime,
    salt: u64,
) -> ContactMomentRow {
    let index = if plan == HistoryPlan::Little {
        3
    } else {
        (i as usize + salt as usize) % CONTACTS.len()
    };
    let (channel, subject, summary, transcript) = CONTACTS[index];
    // Spread over the last 14 months, newest first; the first call is recent enough that
    // its recording is still within its six months. A long generated history (benchmark
    // B4: 100,000) is packed into the same 14 months instead of reaching back millennia.
    let spread = match plan {
        HistoryPlan::Contacts(n) if n > 9 => {
            Duration::minutes(420 * 24 * 60 * i64::from(i) / i64::from(n))
        }
        _ => Duration::days(i64::from(i) * 47),
    };
    let occurred_at = now - Duration::days(3 + (salt % 11) as i64) - spread;
    let id = Uuid::new_v4();
    let field = |part| CustomerSealer::contact_field(id, part);
    let recorded = channel == "phone" && i < 2;
    let by_bot = channel == "chat" && index == 1;
    ContactMomentRow {
        id,
        customer_id: sealer.id,
        channel: channel.into(),
        occurred_at,
        subject_sealed: sealer.seal(&field("subject"), subject),
        summary_sealed: sealer.seal(&field("summary"), summary),
        // A call's text is written out from its recording: no recording, no text (the
        // register keeps it with the recording, six months).
        transcript_sealed: transcript
            .filter(|_| channel != "phone" || recorded)
            .map(|t| sealer.seal(&field("transcript"), t)),
        agent: if by_bot {
            "bot".into()
        } else {
            format!("KS-{:04}", 100 + (salt + u64::from(i)) % 40)
        },
        by_bot,
        recorded,
        recording_notice: recorded.then(|| "opname-melding-v3".into()),
        recording_consent: recorded.then(|| format!("OPN-{}", 10_000 + salt * 10 + u64::from(i))),
        created_at: occurred_at,
    }
}

fn invoice_with_payment(
    bundle: &mut CustomerBundle,
    customer: Uuid,
    keys: &Keyring,
    profile: &NewProfile,
    i: u32,
    now: OffsetDateTime,
    salt: u64,
) {
    let issued_on = (now - Duration::days(30 * i64::from(i) + 5)).date();
    let id = Uuid::new_v4();
    let amount_cents = 8_000 + ((salt * 37 + u64::from(i) * 13) % 9_000) as i64;
    let billing = format!(
        "{}\n{}",
        profile.name,
        profile
            .address
            .as_ref()
            .map(|a| format!("{} {}, {} {}", a.street, a.house_number, a.postcode, a.city))
            .unwrap_or_default()
    );
    bundle.invoices.push(InvoiceRow {
        id,
        customer_id: Some(customer),
        number: format!("F{}-{:03}", profile.customer_number, i + 1),
        issued_on,
        amount_cents,
        // 21% VAT included in the amount.
        vat_cents: amount_cents * 21 / 121,
        billing_sealed: keys.kept_records.seal(id, "billing", &billing),
        created_at: now,
    });
    if i > 0 {
        bundle.payments.push(PaymentRow {
            id: Uuid::new_v4(),
            invoice_id: id,
            paid_on: issued_on + Duration::days(14),
            amount_cents,
            method: if i % 3 == 0 { "ideal" } else { "direct-debit" }.into(),
            created_at: now,
        });
    }
}

fn consent_history(
    bundle: &mut CustomerBundle,
    customer: Uuid,
    keys: &Keyring,
    profile: &NewProfile,
    now: OffsetDateTime,
) {
    let receipts = [
        ("newsletter", true, 400, "portal", "nieuwsbrief-v2"),
        ("newsletter", false, 90, "phone", "nieuwsbrief-v2"),
        ("customer-research", true, 200, "email", "onderzoek-v1"),
    ];
    for (purpose, granted, days_ago, channel, version) in receipts {
        let id = Uuid::new_v4();
        bundle.consents.push(ConsentRow {
            id,
            customer_id: Some(customer),
            subject_index: keys.blind_index.customer_number(&profile.customer_number),
            subject_sealed: keys
                .kept_records
                .seal(id, "subject", &profile.customer_number),
            purpose: purpose.into(),
            granted,
            at: now - Duration::days(days_ago),
            channel: channel.into(),
            text_version: version.into(),
        });
    }
}
