//! The edit form and the record, both ways: the stored state formatted for typing, and
//! what was typed parsed into a new state, with every problem named at its field.

use jiff::tz::TimeZone;

use crate::privacy::register::Register;
use crate::staff::breach::{BreachFacts, Decision, FollowUp, Status};
use crate::staff::breach_rules::{format_moment, parse_moment, problems};
use crate::views::pages::staff::breaches::{BreachForm, NATURE, NATURE_HOW, yes_no_code};

/// The longest free text the form takes.
const TEXT_MAX_CHARS: usize = 10_000;

/// The form as the stored state fills it in.
pub fn from_facts(facts: &BreachFacts, version: i64, zone: &TimeZone) -> BreachForm {
    let m = |at| format_moment(at, zone);
    let n = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    BreachForm {
        version: version.to_string(),
        status: facts.status.code().into(),
        title: facts.title.clone(),
        what_happened: facts.what_happened.clone(),
        how_noticed: facts.how_noticed.clone(),
        affected: facts.affected.clone(),
        noticed_at: m(facts.noticed_at),
        occurred_from: m(facts.occurred_from),
        occurred_to: m(facts.occurred_to),
        ongoing: yes_no_code(facts.ongoing).into(),
        discovered_at: m(facts.discovered_at),
        aware_at: m(facts.aware_at),
        processor_told_at: m(facts.processor_told_at),
        ap_notified_at: m(facts.ap_notified_at),
        ap_reference: facts.ap_reference.clone(),
        delay_reasons: facts.delay_reasons.clone(),
        nature: facts.nature.clone(),
        nature_how: facts.nature_how.clone(),
        categories: facts.categories.clone(),
        people_min: n(facts.people_min),
        people_max: n(facts.people_max),
        records_min: n(facts.records_min),
        records_max: n(facts.records_max),
        special_categories: yes_no_code(facts.special_categories).into(),
        encryption: facts.encryption.clone(),
        subject_categories: facts.subject_categories.clone(),
        vulnerable: yes_no_code(facts.vulnerable).into(),
        consequences: facts.consequences.clone(),
        severity: facts.severity.clone(),
        decision: facts.decision.map(|d| d.code().into()).unwrap_or_default(),
        rationale: facts.rationale.clone(),
        measures: facts.measures.clone(),
        follow_up: String::new(),
    }
}

/// The form as posted; fields not on the form are ignored (mass assignment).
pub fn from_pairs(pairs: &[(String, String)]) -> BreachForm {
    let mut form = BreachForm::default();
    for (name, value) in pairs {
        let value = value.clone();
        match name.as_str() {
            "version" => form.version = value,
            "status" => form.status = value,
            "title" => form.title = value,
            "what_happened" => form.what_happened = value,
            "how_noticed" => form.how_noticed = value,
            "affected" => form.affected = value,
            "noticed_at" => form.noticed_at = value,
            "occurred_from" => form.occurred_from = value,
            "occurred_to" => form.occurred_to = value,
            "ongoing" => form.ongoing = value,
            "discovered_at" => form.discovered_at = value,
            "aware_at" => form.aware_at = value,
            "processor_told_at" => form.processor_told_at = value,
            "ap_notified_at" => form.ap_notified_at = value,
            "ap_reference" => form.ap_reference = value,
            "delay_reasons" => form.delay_reasons = value,
            "nature" => form.nature.push(value),
            "nature_how" => form.nature_how.push(value),
            "categories" => form.categories.push(value),
            "people_min" => form.people_min = value,
            "people_max" => form.people_max = value,
            "records_min" => form.records_min = value,
            "records_max" => form.records_max = value,
            "special_categories" => form.special_categories = value,
            "encryption" => form.encryption = value,
            "subject_categories" => form.subject_categories = value,
            "vulnerable" => form.vulnerable = value,
            "consequences" => form.consequences = value,
            "severity" => form.severity = value,
            "decision" => form.decision = value,
            "rationale" => form.rationale = value,
            "measures" => form.measures = value,
            "follow_up" => form.follow_up = value,
            _ => {}
        }
    }
    form
}

fn yes_no(raw: &str) -> Option<bool> {
    match raw {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// The new state the form describes, on top of `current` (which keeps who decided, and
/// the earlier follow-ups), or the problems as (field, message id).
pub fn parse(
    form: &BreachForm,
    current: &BreachFacts,
    register: &Register,
    zone: &TimeZone,
    now: time::OffsetDateTime,
) -> Result<BreachFacts, Vec<(&'static str, &'static str)>> {
    let mut bad: Vec<(&'static str, &'static str)> = Vec::new();
    let mut moment = |field: &'static str, raw: &str| match parse_moment(raw, zone) {
        Ok(at) => at,
        Err(()) => {
            bad.push((field, "breach-error-moment"));
            None
        }
    };
    let mut facts = current.clone();
    facts.noticed_at = moment("noticed_at", &form.noticed_at);
    facts.occurred_from = moment("occurred_from", &form.occurred_from);
    facts.occurred_to = moment("occurred_to", &form.occurred_to);
    facts.discovered_at = moment("discovered_at", &form.discovered_at);
    facts.aware_at = moment("aware_at", &form.aware_at);
    facts.processor_told_at = moment("processor_told_at", &form.processor_told_at);
    facts.ap_notified_at = moment("ap_notified_at", &form.ap_notified_at);
    let mut number = |field: &'static str, raw: &str| {
        let raw = raw.trim().replace(['.', ' '], "");
        if raw.is_empty() {
            return None;
        }
        match raw.parse::<i64>() {
            Ok(n) if n >= 0 => Some(n),
            _ => {
                bad.push((field, "breach-error-number"));
                None
            }
        }
    };
    facts.people_min = number("people_min", &form.people_min);
    facts.people_max = number("people_max", &form.people_max);
    facts.records_min = number("records_min", &form.records_min);
    facts.records_max = number("records_max", &form.records_max);
    match Status::from_code(&form.status) {
        Some(status) => facts.status = status,
        None => bad.push(("status", "breach-error-status")),
    }
    facts.decision = Decision::from_code(&form.decision);
    facts.ongoing = yes_no(&form.ongoing);
    facts.special_categories = yes_no(&form.special_categories);
    facts.vulnerable = yes_no(&form.vulnerable);
    facts.nature = NATURE
        .iter()
        .filter(|c| form.nature.iter().any(|n| n == *c))
        .map(|c| c.to_string())
        .collect();
    facts.nature_how = NATURE_HOW
        .iter()
        .filter(|c| form.nature_how.iter().any(|n| n == *c))
        .map(|c| c.to_string())
        .collect();
    facts.categories = register
        .categories()
        .iter()
        .filter(|c| form.categories.iter().any(|n| n == c.id))
        .map(|c| c.id.to_string())
        .collect();
    let texts: [(&'static str, &String, &mut String); 13] = [
        ("title", &form.title, &mut facts.title),
        (
            "what_happened",
            &form.what_happened,
            &mut facts.what_happened,
        ),
        ("how_noticed", &form.how_noticed, &mut facts.how_noticed),
        ("affected", &form.affected, &mut facts.affected),
        ("ap_reference", &form.ap_reference, &mut facts.ap_reference),
        (
            "delay_reasons",
            &form.delay_reasons,
            &mut facts.delay_reasons,
        ),
        ("encryption", &form.encryption, &mut facts.encryption),
        (
            "subject_categories",
            &form.subject_categories,
            &mut facts.subject_categories,
        ),
        ("consequences", &form.consequences, &mut facts.consequences),
        ("severity", &form.severity, &mut facts.severity),
        ("rationale", &form.rationale, &mut facts.rationale),
        ("measures", &form.measures, &mut facts.measures),
        ("follow_up", &form.follow_up, &mut String::new()),
    ];
    for (field, typed, stored) in texts {
        if typed.chars().count() > TEXT_MAX_CHARS {
            bad.push((field, "breach-error-too-long"));
        }
        *stored = typed.trim().to_string();
    }
    if !form.follow_up.trim().is_empty() {
        facts.follow_ups.push(FollowUp {
            at: now,
            text: form.follow_up.trim().to_string(),
        });
    }
    for problem in problems(&facts) {
        if !bad.iter().any(|(field, _)| *field == problem.0) {
            bad.push(problem);
        }
    }
    if bad.is_empty() { Ok(facts) } else { Err(bad) }
}
