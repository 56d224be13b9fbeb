//! The demo customer's requests, one in every state the staff console knows: new,
//! assigned, waiting for the customer, extended, a refusal waiting for the privacy
//! officer, refused, answered, overdue and due today. Their references carry no date
//! (`AVG-DEMO-30003`), so links to them stay the same whatever day the demo is seeded:
//! the accessibility page list (a11y/pages.json) opens them.

use time::{Date, Duration, OffsetDateTime};
use uuid::Uuid;

use crate::crypto::Keyring;
use crate::db::{AuditEntry, CustomerBundle, RequestEventRow, RequestHandlingRow, RequestRow};
use crate::domain::{MAX_EXTENSION_MONTHS, NewProfile, due_on, extended_due_on, received_on};
use crate::vault::{
    CustomerSealer, seal_event_note, seal_extension_reason, seal_proposal, seal_request_details,
};

/// The demo staff who work the demo requests.
#[derive(Debug, Clone, Copy)]
pub struct DemoTeam {
    pub agent: Uuid,
    pub agent2: Uuid,
    pub officer: Uuid,
}

/// Who works a demo request.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Worker {
    Nobody,
    Agent,
    Agent2,
}

/// One demo request: what, when, its status, and its steps after `received`.
struct Demo {
    kind: &'static str,
    status: &'static str,
    /// Received this many days ago, or (`None`) exactly one month ago: due today.
    days_ago: Option<i64>,
    worker: Worker,
    /// The extension's reason, for an extended request.
    extension: Option<&'static str>,
    /// Waiting for the customer since the last step.
    waiting: bool,
    /// An agent's proposal to refuse, with its reason, waiting for the FG.
    refusal_proposal: Option<&'static str>,
    refusal_reason: Option<&'static str>,
    /// (event, days after receipt, note).
    steps: &'static [(&'static str, i64, Option<&'static str>)],
    details: &'static str,
}

const DEMOS: [Demo; 9] = [
    // An access request, answered in time.
    Demo {
        kind: "access",
        status: "completed",
        days_ago: Some(120),
        worker: Worker::Agent,
        extension: None,
        waiting: false,
        refusal_proposal: None,
        refusal_reason: None,
        steps: &[
            ("in-progress", 2, None),
            (
                "completed",
                12,
                Some("U kunt al uw gegevens downloaden op de pagina 'Mijn gegevens downloaden'."),
            ),
        ],
        details: "Ik wil weten welke gegevens u van mij heeft.",
    },
    // A rectification of the date of birth, extended with a reason.
    Demo {
        kind: "rectification",
        status: "extended",
        days_ago: Some(20),
        worker: Worker::Agent,
        extension: Some("Wij wachten op een kopie van een identiteitsbewijs."),
        waiting: false,
        refusal_proposal: None,
        refusal_reason: None,
        steps: &[
            ("in-progress", 3, None),
            (
                "extended",
                15,
                Some("Wij wachten op een kopie van een identiteitsbewijs."),
            ),
        ],
        details: "Mijn geboortedatum klopt niet.",
    },
    // An erasure the law does not allow yet: refused, with the reason.
    Demo {
        kind: "erasure",
        status: "refused",
        days_ago: Some(45),
        worker: Worker::Agent,
        extension: None,
        waiting: false,
        refusal_proposal: None,
        refusal_reason: Some("legal-exception"),
        steps: &[
            ("in-progress", 2, None),
            (
                "refused",
                9,
                Some(
                    "Wij moeten uw facturen 7 jaar bewaren. Dat staat in de belastingwet. \
                     Daarom kunnen wij ze nu nog niet verwijderen.",
                ),
            ),
        ],
        details: "Verwijder al mijn facturen.",
    },
    // New: nobody works on it yet.
    Demo {
        kind: "objection",
        status: "received",
        days_ago: Some(2),
        worker: Worker::Nobody,
        extension: None,
        waiting: false,
        refusal_proposal: None,
        refusal_reason: None,
        steps: &[],
        details: "Ik wil geen reclame meer van u krijgen, ook niet per post.",
    },
    // Taken on by the demo agent, and overdue.
    Demo {
        kind: "access",
        status: "in-progress",
        days_ago: Some(35),
        worker: Worker::Agent,
        extension: None,
        waiting: false,
        refusal_proposal: None,
        refusal_reason: None,
        steps: &[("in-progress", 1, None)],
        details: "Welke gesprekken van mij heeft u opgenomen?",
    },
    // Waiting for the customer's answer; the clock runs on.
    Demo {
        kind: "rectification",
        status: "in-progress",
        days_ago: Some(9),
        worker: Worker::Agent,
        extension: None,
        waiting: true,
        refusal_proposal: None,
        refusal_reason: None,
        steps: &[
            ("in-progress", 1, None),
            (
                "asked",
                3,
                Some("Welk adres klopt niet? Het woonadres of het factuuradres?"),
            ),
        ],
        details: "Mijn adres klopt niet.",
    },
    // An agent proposes to refuse; the privacy officer decides.
    Demo {
        kind: "access",
        status: "in-progress",
        days_ago: Some(4),
        worker: Worker::Agent,
        extension: None,
        waiting: false,
        refusal_proposal: Some(
            "Dit is het vierde gelijke verzoek in twee maanden. Er is sinds het vorige \
             antwoord niets veranderd.",
        ),
        refusal_reason: Some("unfounded-or-excessive"),
        steps: &[
            ("in-progress", 1, None),
            (
                "refusal-proposed",
                3,
                Some(
                    "Dit is het vierde gelijke verzoek in twee maanden. Er is sinds het \
                     vorige antwoord niets veranderd.",
                ),
            ),
        ],
        details: "Ik wil opnieuw al mijn gegevens zien.",
    },
    // Overdue: received 40 days ago, still open.
    Demo {
        kind: "restriction",
        status: "in-progress",
        days_ago: Some(40),
        worker: Worker::Agent2,
        extension: None,
        waiting: false,
        refusal_proposal: None,
        refusal_reason: None,
        steps: &[("in-progress", 5, None)],
        details: "Gebruik mijn gegevens niet meer zolang mijn klacht loopt.",
    },
    // Due today.
    Demo {
        kind: "complaint",
        status: "in-progress",
        days_ago: None,
        worker: Worker::Agent2,
        extension: None,
        waiting: false,
        refusal_proposal: None,
        refusal_reason: None,
        steps: &[("in-progress", 2, None)],
        details: "Een medewerker gaf mijn gegevens door aan mijn buurman.",
    },
];

/// Adds the demo requests to the demo customer's bundle, and returns the audit records of
/// the staff looking at their data for them (so "who saw my data" shows staff rows).
pub fn demo_requests(
    bundle: &mut CustomerBundle,
    sealer: &CustomerSealer,
    keys: &Keyring,
    profile: &NewProfile,
    team: DemoTeam,
    now: OffsetDateTime,
) -> Vec<AuditEntry> {
    // The demo customers are Dutch: their deadlines count from the day in Amsterdam,
    // whatever `organisation.time_zone` says (the seed does not read the configuration).
    let amsterdam = jiff::tz::TimeZone::get(crate::config::DEFAULT_TIME_ZONE)
        .expect("the bundled tz database holds the default zone");
    let today = received_on(&amsterdam, now);
    let mut audit = Vec::new();
    for (n, demo) in DEMOS.iter().enumerate() {
        let id = Uuid::new_v4();
        let reference = format!("AVG-DEMO-{}{:02}", &profile.customer_number[6..], n + 1);
        let received_at = match demo.days_ago {
            Some(days) => now - Duration::days(days),
            None => now - Duration::days((today - one_month_before(today)).whole_days()),
        };
        let received = received_on(&amsterdam, received_at);
        let step_at = |days: i64| (received_at + Duration::days(days)).min(now);
        let last = demo.steps.last();
        let closed_at = last
            .filter(|(event, _, _)| matches!(*event, "completed" | "refused"))
            .map(|(_, days, _)| step_at(*days));
        let worker = match demo.worker {
            Worker::Nobody => None,
            Worker::Agent => Some(team.agent),
            Worker::Agent2 => Some(team.agent2),
        };
        let handling = RequestHandlingRow {
            assigned_to: worker,
            waiting_since: last.filter(|_| demo.waiting).map(|(_, d, _)| step_at(*d)),
            proposal: demo.refusal_proposal.map(|_| "refuse".into()),
            proposal_reason: demo
                .refusal_proposal
                .and(demo.refusal_reason)
                .map(Into::into),
            proposal_sealed: demo.refusal_proposal.map(|t| seal_proposal(keys, id, t)),
            proposed_by: demo.refusal_proposal.and(worker),
            proposed_at: demo.refusal_proposal.and(last).map(|(_, d, _)| step_at(*d)),
            extended_at: demo.extension.and(last).map(|(_, d, _)| step_at(*d)),
            refusal_reason: (demo.status == "refused")
                .then_some(demo.refusal_reason)
                .flatten()
                .map(Into::into),
            ..Default::default()
        };
        bundle.requests.push(RequestRow {
            id,
            reference: reference.clone(),
            customer_id: Some(sealer.id),
            subject_index: keys.blind_index.customer_number(&profile.customer_number),
            subject_sealed: keys
                .kept_records
                .seal(id, "subject", &profile.customer_number),
            kind: demo.kind.into(),
            status: demo.status.into(),
            received_at,
            due_on: due_on(received),
            extended_until: demo
                .extension
                .and_then(|_| extended_due_on(received, MAX_EXTENSION_MONTHS)),
            extension_reason_sealed: demo
                .extension
                .map(|reason| seal_extension_reason(keys, id, reason)),
            details_sealed: Some(seal_request_details(keys, id, demo.details)),
            closed_at,
            handling,
        });
        let received_step: (&str, i64, Option<&str>) = ("received", 0, None);
        for &(event_kind, after_days, note) in std::iter::once(&received_step).chain(demo.steps) {
            let event = Uuid::new_v4();
            let by_customer = event_kind == "received";
            let actor = match worker {
                Some(staff) if !by_customer => staff.to_string(),
                _ => sealer.id.to_string(),
            };
            bundle.request_events.push(RequestEventRow {
                id: event,
                request_id: id,
                at: step_at(after_days),
                status: event_kind.into(),
                note_sealed: note.map(|note| seal_event_note(keys, event, note)),
                actor_kind: if by_customer { "customer" } else { "staff" }.into(),
                actor_id: actor,
            });
        }
        if let (Some(staff), Some((_, days, _))) = (worker, demo.steps.first()) {
            audit.push(AuditEntry {
                at: crate::audit::chain::truncate_to_micros(step_at(*days)),
                actor_kind: "staff".into(),
                actor_id: staff.to_string(),
                actor_role: "agent".into(),
                action: "staff.customer.identity.read".into(),
                customer_id: Some(sealer.id),
                reason: Some(reference),
                request_id: None,
            });
        }
    }
    audit.sort_by_key(|entry| entry.at);
    audit
}

/// The day whose one-month deadline is `today`, or the closest before it when none is
/// (on 30 March no day in February gives it).
fn one_month_before(today: Date) -> Date {
    (28..=31)
        .map(|days| today - Duration::days(days))
        .find(|day| due_on(*day) == today)
        .unwrap_or(today - Duration::days(30))
}
