//! The breach register's pages (issue 12): the report form every staff member may use,
//! and the privacy officer's register, record, edit form and AP notification draft. The
//! words for statuses, decisions and the clock are here, once, for all of them.

pub mod draft;
pub mod edit;
pub mod notice;
pub mod notify;
pub mod record;
pub mod register;
pub mod report;

use time::OffsetDateTime;

use crate::i18n::moment_in_words;
use crate::staff::breach::{Breach, Decision, Status};
use crate::staff::breach_deadline::{self, ClockState};
use crate::views::PageContext;

/// The kinds of nature a breach can have (Art. 33(3)(a)): what it broke, and how.
pub const NATURE: [&str; 3] = ["confidentiality", "integrity", "availability"];
pub const NATURE_HOW: [&str; 5] = ["read", "copied", "changed", "deleted", "stolen"];

pub fn status_id(status: Status) -> &'static str {
    match status {
        Status::Reported => "breach-status-reported",
        Status::Assessing => "breach-status-assessing",
        Status::Notified => "breach-status-notified",
        Status::Closed => "breach-status-closed",
    }
}

pub fn decision_id(decision: Option<Decision>) -> &'static str {
    match decision {
        None => "breach-decision-none",
        Some(Decision::NoRisk) => "breach-decision-no-risk",
        Some(Decision::Risk) => "breach-decision-risk",
        Some(Decision::HighRisk) => "breach-decision-high-risk",
    }
}

pub fn nature_id(code: &str) -> &'static str {
    match code {
        "confidentiality" => "breach-nature-confidentiality",
        "integrity" => "breach-nature-integrity",
        "availability" => "breach-nature-availability",
        "read" => "breach-how-read",
        "copied" => "breach-how-copied",
        "changed" => "breach-how-changed",
        "deleted" => "breach-how-deleted",
        _ => "breach-how-stolen",
    }
}

pub fn yes_no_id(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "breach-yes",
        Some(false) => "breach-no",
        None => "breach-unknown",
    }
}

/// A moment in words, or "not known yet".
pub fn moment_or_unknown(ctx: &PageContext, at: Option<OffsetDateTime>) -> String {
    at.map(|at| moment_in_words(ctx.lang, &ctx.organisation.time_zone, at))
        .unwrap_or_else(|| ctx.t("breach-not-known"))
}

/// "41 hours left", "5 hours overdue", "notified in time": in text, never colour alone.
pub fn clock_text(ctx: &PageContext, breach: &Breach, now: OffsetDateTime) -> String {
    let start = breach.facts.clock_start(breach.reported_at);
    match breach_deadline::clock(start, breach.facts.ap_notified_at, now) {
        ClockState::Left(hours) => ctx.t_with_number("breach-clock-left", "hours", hours),
        ClockState::Overdue(hours) => ctx.t_with_number("breach-clock-overdue", "hours", hours),
        ClockState::NotifiedInTime => ctx.t("breach-clock-in-time"),
        ClockState::NotifiedLate(hours) => {
            ctx.t_with_number("breach-clock-notified-late", "hours", hours)
        }
    }
}

/// The deadline in words, with a note when it still counts from the report because the
/// moment of awareness has not been recorded.
pub fn deadline_text(ctx: &PageContext, breach: &Breach) -> String {
    let start = breach.facts.clock_start(breach.reported_at);
    let words = moment_in_words(
        ctx.lang,
        &ctx.organisation.time_zone,
        breach_deadline::deadline(start),
    );
    if breach.facts.aware_at.is_some() {
        words
    } else {
        ctx.t_args("breach-deadline-provisional", &[("deadline", &words)])
    }
}

/// The edit form's values as typed (or as stored, formatted for typing).
#[derive(Debug, Clone, Default)]
pub struct BreachForm {
    pub version: String,
    pub status: String,
    pub title: String,
    pub what_happened: String,
    pub how_noticed: String,
    pub affected: String,
    pub noticed_at: String,
    pub occurred_from: String,
    pub occurred_to: String,
    pub ongoing: String,
    pub discovered_at: String,
    pub aware_at: String,
    pub processor_told_at: String,
    pub ap_notified_at: String,
    pub ap_reference: String,
    pub delay_reasons: String,
    pub nature: Vec<String>,
    pub nature_how: Vec<String>,
    pub categories: Vec<String>,
    pub people_min: String,
    pub people_max: String,
    pub records_min: String,
    pub records_max: String,
    pub special_categories: String,
    pub encryption: String,
    pub subject_categories: String,
    pub vulnerable: String,
    pub consequences: String,
    pub severity: String,
    pub decision: String,
    pub rationale: String,
    pub measures: String,
    pub follow_up: String,
}

/// `yes`, `no` or `unknown`, as the radios send it.
pub fn yes_no_code(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    }
}

/// One line of a breach's record: its label and its value, `None` while still empty.
pub struct Line {
    pub label_id: &'static str,
    /// The form field that fills it in, for the "still to fill in" links.
    pub field: &'static str,
    pub value: Option<String>,
}

/// The record in the sections of the AP's notification form, in `ctx`'s language.
/// `who` names a staff member by id.
pub fn sections(
    ctx: &PageContext,
    breach: &Breach,
    categories: &crate::privacy::register::Register,
    who: &dyn Fn(uuid::Uuid) -> String,
) -> Vec<(&'static str, Vec<Line>)> {
    let f = &breach.facts;
    let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    let moment = |at: Option<OffsetDateTime>| {
        at.map(|at| moment_in_words(ctx.lang, &ctx.organisation.time_zone, at))
    };
    let number = |n: Option<i64>| n.map(|n| n.to_string());
    let flag = |b: Option<bool>| b.map(|b| ctx.t(yes_no_id(Some(b))));
    let list = |codes: &[String]| {
        (!codes.is_empty()).then(|| {
            codes
                .iter()
                .map(|c| ctx.t(nature_id(c)))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let category_names = (!f.categories.is_empty()).then(|| {
        f.categories
            .iter()
            .filter_map(|id| categories.category(id))
            .map(|c| crate::privacy::texts::name(ctx.lang, c))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let line = |label_id, field, value| Line {
        label_id,
        field,
        value,
    };
    let officer = &ctx.organisation.privacy_officer;
    vec![
        (
            "breach-section-notification",
            vec![
                line("breach-col-reference", "", Some(breach.reference.clone())),
                line("breach-field-title", "title", text(&f.title)),
                line(
                    "breach-col-status",
                    "status",
                    Some(ctx.t(status_id(f.status))),
                ),
                line(
                    "breach-field-ap-reference",
                    "ap_reference",
                    text(&f.ap_reference),
                ),
            ],
        ),
        (
            "breach-section-contact",
            vec![
                line("breach-contact-name", "", text(&officer.name)),
                line("breach-contact-email", "", text(&officer.email)),
                line("breach-contact-phone", "", text(&officer.phone)),
            ],
        ),
        (
            "breach-section-timeline",
            vec![
                line(
                    "breach-field-occurred-from",
                    "occurred_from",
                    moment(f.occurred_from),
                ),
                line(
                    "breach-field-occurred-to",
                    "occurred_to",
                    moment(f.occurred_to),
                ),
                line("breach-field-ongoing", "ongoing", flag(f.ongoing)),
                line(
                    "breach-field-noticed-at",
                    "noticed_at",
                    moment(f.noticed_at),
                ),
                line(
                    "breach-field-discovered-at",
                    "discovered_at",
                    moment(f.discovered_at),
                ),
                line("breach-field-aware-at", "aware_at", moment(f.aware_at)),
                line(
                    "breach-field-processor-told-at",
                    "processor_told_at",
                    moment(f.processor_told_at),
                ),
                line(
                    "breach-col-deadline",
                    "aware_at",
                    f.aware_at.map(|_| deadline_text(ctx, breach)),
                ),
                line(
                    "breach-field-ap-notified-at",
                    "ap_notified_at",
                    moment(f.ap_notified_at),
                ),
                line(
                    "breach-field-delay-reasons",
                    "delay_reasons",
                    text(&f.delay_reasons),
                ),
            ],
        ),
        (
            "breach-section-breach",
            vec![
                line(
                    "breach-field-what-happened",
                    "what_happened",
                    text(&f.what_happened),
                ),
                line(
                    "breach-field-how-noticed",
                    "how_noticed",
                    text(&f.how_noticed),
                ),
                line("breach-field-nature", "nature", list(&f.nature)),
                line("breach-field-nature-how", "nature_how", list(&f.nature_how)),
            ],
        ),
        (
            "breach-section-data",
            vec![
                line("breach-field-affected", "affected", text(&f.affected)),
                line("breach-field-categories", "categories", category_names),
                line(
                    "breach-field-records-min",
                    "records_min",
                    number(f.records_min),
                ),
                line(
                    "breach-field-records-max",
                    "records_max",
                    number(f.records_max),
                ),
                line(
                    "breach-field-special",
                    "special_categories",
                    flag(f.special_categories),
                ),
                line("breach-field-encryption", "encryption", text(&f.encryption)),
            ],
        ),
        (
            "breach-section-people",
            vec![
                line(
                    "breach-field-subject-categories",
                    "subject_categories",
                    text(&f.subject_categories),
                ),
                line(
                    "breach-field-people-min",
                    "people_min",
                    number(f.people_min),
                ),
                line(
                    "breach-field-people-max",
                    "people_max",
                    number(f.people_max),
                ),
                line("breach-field-vulnerable", "vulnerable", flag(f.vulnerable)),
            ],
        ),
        (
            "breach-section-measures",
            vec![line("breach-field-measures", "measures", text(&f.measures))],
        ),
        (
            "breach-section-consequences",
            vec![
                line(
                    "breach-field-consequences",
                    "consequences",
                    text(&f.consequences),
                ),
                line("breach-field-severity", "severity", text(&f.severity)),
                line(
                    "breach-field-decision",
                    "decision",
                    f.decision.map(|d| ctx.t(decision_id(Some(d)))),
                ),
                line("breach-field-rationale", "rationale", text(&f.rationale)),
                line("breach-decided-by", "decision", f.decided_by.map(who)),
                line("breach-decided-at", "decision", moment(f.decided_at)),
            ],
        ),
        (
            "breach-section-follow-up",
            vec![line(
                "breach-field-follow-ups",
                "follow_up",
                (!f.follow_ups.is_empty()).then(|| {
                    f.follow_ups
                        .iter()
                        .map(|u| {
                            format!(
                                "{}: {}",
                                moment_in_words(ctx.lang, &ctx.organisation.time_zone, u.at),
                                u.text
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                }),
            )],
        ),
    ]
}
