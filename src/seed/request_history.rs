//! Fourteen months of answered requests of former customers, so the staff dashboard has
//! a picture to show: a mix of kinds, mostly answered on time, some extended in time, one
//! answered late, one extended too late, a few refused and a few withdrawn.
//!
//! The customers were erased since (`customer_id` is NULL, as erasure leaves a kept
//! request), so each request holds only its kept record: the customer number sealed with
//! the kept-records key beside its blind index, as `vault::requests` files them. The
//! dates count back from `now`, and the mix comes from a fixed sequence, not a random
//! generator: seeding on the same day gives the same history. The references are fixed,
//! so a second `seed-demo` finds the first one taken and adds nothing.

use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::crypto::Keyring;
use crate::db::{RequestEventRow, RequestHandlingRow, RequestRow};
use crate::domain::{MAX_EXTENSION_MONTHS, RequestKind, due_on, extended_due_on, received_on};
use crate::vault::{Vault, seal_event_note, seal_extension_reason, seal_request_details};

/// How many requests; one every five days or so, over fourteen months.
const COUNT: u32 = 84;
/// The newest is this many days old, so every one of them was closed before `now`.
const NEWEST_DAYS_AGO: i64 = 12;

/// How a request of the history ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Answered after this many days, within the month.
    OnTime(i64),
    /// Extended in time (after 20 days), answered after this many days.
    Extended(i64),
    /// Answered a week after the deadline.
    Late,
    /// Extended only after the deadline had passed, answered later still.
    ExtendedTooLate,
    /// Refused after this many days, within the month.
    Refused(i64),
    /// The customer withdrew it after this many days.
    Withdrawn(i64),
}

/// Which kind request `n` is: about four in ten ask for access, then erasure and
/// rectification, a few object, restrict or complain.
fn kind(n: u32) -> RequestKind {
    match (n * 7 + 3) % 20 {
        0..=7 => RequestKind::Access,
        8..=11 => RequestKind::Erasure,
        12..=15 => RequestKind::Rectification,
        16 | 17 => RequestKind::Objection,
        18 => RequestKind::Restriction,
        _ => RequestKind::Complaint,
    }
}

/// When request `n` came in: one every five days, a day or two either way.
fn days_ago(n: u32) -> i64 {
    NEWEST_DAYS_AGO + i64::from(n) * 5 + i64::from((n * 3) % 4)
}

fn outcome(n: u32, kind: RequestKind) -> Outcome {
    let quick = 3 + i64::from((n * 5) % 21);
    let old_enough = days_ago(n) > 100;
    match n {
        23 => Outcome::Late,
        51 => Outcome::ExtendedTooLate,
        _ if n % 13 == 6 => Outcome::Withdrawn(1 + i64::from(n % 5)),
        _ if n % 9 == 4 && old_enough => Outcome::Extended(45 + i64::from(n % 30)),
        _ if n % 3 == 0 && matches!(kind, RequestKind::Erasure | RequestKind::Objection) => {
            Outcome::Refused(quick)
        }
        _ => Outcome::OnTime(quick),
    }
}

/// What the customer wrote, for the kinds that need it.
fn details(kind: RequestKind) -> Option<&'static str> {
    match kind {
        RequestKind::Access => None,
        RequestKind::Rectification => Some("Mijn adres klopt niet meer."),
        RequestKind::Erasure => Some("Verwijder mijn gegevens, ik ben geen klant meer."),
        RequestKind::Restriction => {
            Some("Gebruik mijn gegevens niet zolang u mijn klacht bekijkt.")
        }
        RequestKind::Objection => Some("Ik wil geen aanbiedingen meer ontvangen."),
        RequestKind::Complaint => Some("Ik kreeg een brief die niet voor mij was."),
    }
}

const EXTENSION_REASON: &str = "Het verzoek is ingewikkeld. Wij hebben meer tijd nodig.";
const REFUSAL_NOTE: &str = "Wij moeten deze gegevens bewaren. Dat staat in de wet.";
/// The staff number in the events, as in the demo customers' history.
const STAFF: &str = "KS-0107";

/// Request `n` of the history, with its events.
fn past_request(
    keys: &Keyring,
    n: u32,
    now: OffsetDateTime,
    events: &mut Vec<RequestEventRow>,
) -> RequestRow {
    let zone = jiff::tz::TimeZone::get(crate::config::DEFAULT_TIME_ZONE)
        .expect("the bundled tz database holds the default zone");
    let kind = kind(n);
    let outcome = outcome(n, kind);
    let id = Uuid::new_v4();
    let received_at =
        now - Duration::days(days_ago(n)) + Duration::minutes(i64::from(n * 37 % 600));
    let received = received_on(&zone, received_at);
    let customer_number = format!("1002{:05}", 10_000 + n * 7);
    let (status, closed_after, extended_after, note) = match outcome {
        Outcome::OnTime(days) => ("completed", days, None, None),
        Outcome::Extended(days) => ("completed", days, Some(20), None),
        Outcome::Late => ("completed", 38, None, None),
        Outcome::ExtendedTooLate => ("completed", 48, Some(34), None),
        Outcome::Refused(days) => ("refused", days, None, Some(REFUSAL_NOTE)),
        Outcome::Withdrawn(days) => ("withdrawn", days, None, None),
    };
    let extended_at = extended_after.map(|days| received_at + Duration::days(days));
    let at = |days: i64| received_at + Duration::days(days) + Duration::hours(2);
    let mut event = |status: &str, at: OffsetDateTime, by_customer: bool, note: Option<&str>| {
        let event = Uuid::new_v4();
        events.push(RequestEventRow {
            id: event,
            request_id: id,
            at,
            status: status.into(),
            note_sealed: note.map(|note| seal_event_note(keys, event, note)),
            actor_kind: if by_customer { "customer" } else { "staff" }.into(),
            actor_id: if by_customer {
                Uuid::new_v4().to_string()
            } else {
                STAFF.into()
            },
        });
    };
    event("received", received_at, true, None);
    if status != "withdrawn" {
        event("in-progress", at(1), false, None);
    }
    if let Some(extended) = extended_at {
        event("extended", extended, false, None);
    }
    event(status, at(closed_after), status == "withdrawn", note);
    RequestRow {
        id,
        reference: format!("AVG-HIST-{:03}", n + 1),
        customer_id: None,
        subject_index: keys.blind_index.customer_number(&customer_number),
        subject_sealed: keys.kept_records.seal(id, "subject", &customer_number),
        kind: kind.code().into(),
        status: status.into(),
        received_at,
        due_on: due_on(received),
        extended_until: extended_at.and_then(|_| extended_due_on(received, MAX_EXTENSION_MONTHS)),
        extension_reason_sealed: extended_at
            .map(|_| seal_extension_reason(keys, id, EXTENSION_REASON)),
        details_sealed: details(kind).map(|text| seal_request_details(keys, id, text)),
        closed_at: Some(at(closed_after)),
        handling: RequestHandlingRow {
            extended_at,
            ..Default::default()
        },
    }
}

/// Adds the history unless it is there already; returns how many requests were added.
pub async fn seed_request_history(vault: &Vault, now: OffsetDateTime) -> anyhow::Result<usize> {
    let mut events = Vec::new();
    let requests: Vec<RequestRow> = (0..COUNT)
        .map(|n| past_request(&vault.keys, n, now, &mut events))
        .collect();
    let added = vault.store.insert_past_requests(&requests, &events).await?;
    Ok(if added { requests.len() } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_believable_mix_all_closed_before_now() {
        let outcomes: Vec<Outcome> = (0..COUNT).map(|n| outcome(n, kind(n))).collect();
        let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
        let on_time = count(|o| matches!(o, Outcome::OnTime(_)));
        assert!(
            on_time * 10 > outcomes.len() * 6,
            "mostly on time: {on_time}"
        );
        assert!(count(|o| matches!(o, Outcome::Extended(_))) >= 4);
        assert_eq!(count(|o| matches!(o, Outcome::Late)), 1);
        assert_eq!(count(|o| matches!(o, Outcome::ExtendedTooLate)), 1);
        assert!((3..=8).contains(&count(|o| matches!(o, Outcome::Withdrawn(_)))));
        assert!(count(|o| matches!(o, Outcome::Refused(_))) >= 2);
        for kind in RequestKind::ALL {
            assert!((0..COUNT).any(|n| super::kind(n) == kind), "{kind:?}");
        }
        assert!(days_ago(COUNT - 1) > 14 * 30, "fourteen months");
        for n in 0..COUNT {
            let closed_after = match outcome(n, kind(n)) {
                Outcome::OnTime(d) | Outcome::Extended(d) => d,
                Outcome::Refused(d) | Outcome::Withdrawn(d) => d,
                Outcome::Late => 38,
                Outcome::ExtendedTooLate => 48,
            };
            assert!(closed_after < days_ago(n), "request {n} closed before now");
        }
    }
}
