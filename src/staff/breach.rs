//! The breach register (Art. 33(5)): report a suspected breach, then the privacy officer
//! records what is known, decides, and notifies. A breach's history is append-only: each
//! change is an event holding the whole state after it, with who and when, so nothing is
//! ever lost and a mistake is corrected by a newer event.
//!
//! Breach texts are not customers' personal data but can be sensitive (what leaked, how,
//! who is affected), so every event is sealed with a key of its own purpose, derived from
//! the keyring like the staff e-mail key, and bound to its breach and event number.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use super::breach_deadline;
use crate::crypto::{DataKey, Keyring};
use crate::db::{Appended, BreachEventRow, BreachRow, Store};

/// Where a breach is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Status {
    #[default]
    Reported,
    Assessing,
    Notified,
    Closed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Reported,
        Status::Assessing,
        Status::Notified,
        Status::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Assessing => "assessing",
            Status::Notified => "notified",
            Status::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn is_open(self) -> bool {
        self != Status::Closed
    }
}

/// The risk decision of Art. 33 and 34.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    /// Record only (Art. 33(5)); the reason must be named.
    NoRisk,
    /// Notify the supervisory authority (Art. 33(1)).
    Risk,
    /// Also tell the people affected (Art. 34).
    HighRisk,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::NoRisk, Decision::Risk, Decision::HighRisk];

    pub fn code(self) -> &'static str {
        match self {
            Decision::NoRisk => "no-risk",
            Decision::Risk => "risk",
            Decision::HighRisk => "high-risk",
        }
    }

    pub fn from_code(code: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// What a breach says at one point in its history. Sealed as a whole in each event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct BreachFacts {
    pub status: Status,
    pub title: String,
    /// The report: what happened, how it was noticed, what is affected as far as known.
    pub what_happened: String,
    pub how_noticed: String,
    pub affected: String,
    pub noticed_at: Option<OffsetDateTime>,
    // Timeline.
    pub occurred_from: Option<OffsetDateTime>,
    pub occurred_to: Option<OffsetDateTime>,
    pub ongoing: Option<bool>,
    pub discovered_at: Option<OffsetDateTime>,
    /// The moment of reasonable certainty: the 72 hours count from here.
    pub aware_at: Option<OffsetDateTime>,
    pub processor_told_at: Option<OffsetDateTime>,
    pub ap_notified_at: Option<OffsetDateTime>,
    pub ap_reference: String,
    pub delay_reasons: String,
    // Nature: `confidentiality`, `integrity`, `availability`; `read`, `copied`, ...
    pub nature: Vec<String>,
    pub nature_how: Vec<String>,
    // Data: register category ids.
    pub categories: Vec<String>,
    pub people_min: Option<i64>,
    pub people_max: Option<i64>,
    pub records_min: Option<i64>,
    pub records_max: Option<i64>,
    pub special_categories: Option<bool>,
    pub encryption: String,
    // People.
    pub subject_categories: String,
    pub vulnerable: Option<bool>,
    // Consequences.
    pub consequences: String,
    pub severity: String,
    // Decision.
    pub decision: Option<Decision>,
    pub rationale: String,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<OffsetDateTime>,
    pub measures: String,
    /// Additions sent to the supervisory authority later (notification in phases).
    pub follow_ups: Vec<FollowUp>,
}

/// One addition sent to the supervisory authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub at: OffsetDateTime,
    pub text: String,
}

impl BreachFacts {
    pub fn deadline(&self) -> Option<OffsetDateTime> {
        self.aware_at.map(breach_deadline::deadline)
    }

    /// Until the FG records the moment of awareness, the clock runs from the moment the
    /// reporter noticed it (or the report itself): never later than the law allows.
    pub fn clock_start(&self, reported_at: OffsetDateTime) -> OffsetDateTime {
        self.aware_at.or(self.noticed_at).unwrap_or(reported_at)
    }
}

/// One event of a breach's history, opened.
#[derive(Debug, Clone)]
pub struct BreachEvent {
    pub number: i64,
    pub at: OffsetDateTime,
    pub actor: Uuid,
    pub kind: EventKind,
    pub facts: BreachFacts,
}

/// What an event did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Reported,
    Updated,
    FollowUp,
    /// The privacy officer sent a notice to customers (Art. 34).
    CustomersNotified,
}

impl EventKind {
    pub fn code(self) -> &'static str {
        match self {
            EventKind::Reported => "reported",
            EventKind::Updated => "updated",
            EventKind::FollowUp => "follow-up",
            EventKind::CustomersNotified => "customers-notified",
        }
    }

    fn from_code(code: &str) -> EventKind {
        match code {
            "reported" => EventKind::Reported,
            "follow-up" => EventKind::FollowUp,
            "customers-notified" => EventKind::CustomersNotified,
            _ => EventKind::Updated,
        }
    }
}

/// A breach with its current state (its newest event).
#[derive(Debug, Clone)]
pub struct Breach {
    pub id: Uuid,
    pub reference: String,
    pub reported_at: OffsetDateTime,
    pub reported_by: Uuid,
    /// The newest event's number: a form names it, so it is applied once.
    pub version: i64,
    pub facts: BreachFacts,
}

impl Breach {
    /// The register's order: open breaches first, then the closest deadline.
    pub fn sort_key(&self) -> (bool, OffsetDateTime) {
        (
            !self.facts.status.is_open(),
            breach_deadline::deadline(self.facts.clock_start(self.reported_at)),
        )
    }
}

/// The key that seals breach events, derived for this one purpose.
pub(super) fn sealing_key(keys: &Keyring) -> DataKey {
    let bytes: [u8; 32] = keys
        .blind_index
        .derive("breach_register")
        .try_into()
        .expect("an HMAC-SHA-256 is 32 bytes");
    DataKey::from_bytes(bytes)
}

fn field(number: i64) -> String {
    format!("event-{number}")
}

fn seal(keys: &Keyring, breach: Uuid, number: i64, facts: &BreachFacts) -> anyhow::Result<Vec<u8>> {
    let json = serde_json::to_string(facts)?;
    Ok(sealing_key(keys).seal(breach, &field(number), &json))
}

fn open(keys: &Keyring, row: &BreachEventRow) -> anyhow::Result<BreachEvent> {
    let json = sealing_key(keys)
        .open(row.breach_id, &field(row.number), &row.sealed)
        .map_err(|e| anyhow::anyhow!("breach event: {e}"))?;
    Ok(BreachEvent {
        number: row.number,
        at: row.at,
        actor: row.actor_id,
        kind: EventKind::from_code(&row.kind),
        facts: serde_json::from_str(&json)?,
    })
}

/// A new report. `id` comes from the form, so the same form sent twice is one breach.
pub struct Report {
    pub id: Uuid,
    /// A fixed reference (the demo's); `None` draws the next of the year.
    pub reference: Option<String>,
    pub by: Uuid,
    pub facts: BreachFacts,
}

/// Records a report and returns its reference; the same report sent twice returns the
/// reference it got the first time.
pub async fn report(
    store: &dyn Store,
    keys: &Keyring,
    report: Report,
    now: OffsetDateTime,
) -> anyhow::Result<String> {
    let prefix = format!("DL-{}-", now.year());
    for _ in 0..5 {
        if let Some(existing) = store.breach_by_id(report.id).await? {
            return Ok(existing.reference);
        }
        let count = store.count_breach_references(&prefix).await?;
        let row = BreachRow {
            id: report.id,
            reference: report
                .reference
                .clone()
                .unwrap_or_else(|| format!("{prefix}{:04}", count + 1)),
            reported_at: now,
            reported_by: report.by,
        };
        let first = BreachEventRow {
            breach_id: report.id,
            number: 1,
            at: now,
            actor_id: report.by,
            kind: EventKind::Reported.code().into(),
            sealed: seal(keys, report.id, 1, &report.facts)?,
        };
        if store.insert_breach(&row, &first).await? == Appended::Written {
            return Ok(row.reference);
        }
    }
    anyhow::bail!("no free breach reference after five tries")
}

/// What an append found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Saved,
    /// The form was for an older version: nothing was written.
    Stale,
}

/// A change made from a form that showed `version`.
pub struct Change {
    pub version: i64,
    pub kind: EventKind,
    pub facts: BreachFacts,
    pub by: Uuid,
    pub at: OffsetDateTime,
}

/// Appends a change. The decision's "who and when" follow whoever changes the decision
/// or its rationale.
pub async fn change(
    store: &dyn Store,
    keys: &Keyring,
    breach: &Breach,
    change: Change,
) -> anyhow::Result<Saved> {
    let Change {
        version,
        kind,
        mut facts,
        by,
        at: now,
    } = change;
    if version != breach.version {
        return Ok(Saved::Stale);
    }
    if facts.decision != breach.facts.decision || facts.rationale != breach.facts.rationale {
        facts.decided_by = facts.decision.map(|_| by);
        facts.decided_at = facts.decision.map(|_| now);
    }
    let number = version + 1;
    let event = BreachEventRow {
        breach_id: breach.id,
        number,
        at: now,
        actor_id: by,
        kind: kind.code().into(),
        sealed: seal(keys, breach.id, number, &facts)?,
    };
    let closed = facts.status == Status::Closed;
    Ok(match store.append_breach_event(&event, closed).await? {
        Appended::Written => Saved::Saved,
        Appended::Taken => Saved::Stale,
    })
}

/// One breach by reference, with its current state.
pub async fn find(
    store: &dyn Store,
    keys: &Keyring,
    reference: &str,
) -> anyhow::Result<Option<(Breach, Vec<BreachEvent>)>> {
    let Some(row) = store.breach_by_reference(reference).await? else {
        return Ok(None);
    };
    let events = store
        .breach_events(row.id)
        .await?
        .iter()
        .map(|e| open(keys, e))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let last = events
        .last()
        .ok_or_else(|| anyhow::anyhow!("breach {} has no events", row.reference))?;
    let breach = Breach {
        id: row.id,
        reference: row.reference,
        reported_at: row.reported_at,
        reported_by: row.reported_by,
        version: last.number,
        facts: last.facts.clone(),
    };
    Ok(Some((breach, events)))
}

/// The register: every breach in its current state, open first, then closest deadline.
pub async fn register(store: &dyn Store, keys: &Keyring) -> anyhow::Result<Vec<Breach>> {
    let latest = store.latest_breach_events().await?;
    let mut breaches = Vec::new();
    for row in store.breaches().await? {
        let Some(event) = latest.iter().find(|e| e.breach_id == row.id) else {
            continue;
        };
        let event = open(keys, event)?;
        breaches.push(Breach {
            id: row.id,
            reference: row.reference,
            reported_at: row.reported_at,
            reported_by: row.reported_by,
            version: event.number,
            facts: event.facts,
        });
    }
    breaches.sort_by_key(Breach::sort_key);
    Ok(breaches)
}

/// Whether a breach with this id was recorded (a report form sent before).
pub async fn exists(store: &dyn Store, id: Uuid) -> anyhow::Result<bool> {
    Ok(store.breach_by_id(id).await?.is_some())
}
