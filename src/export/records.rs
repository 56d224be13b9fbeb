//! The export's sections and records: each record is a flat list of named values in a fixed
//! order, so that the JSON object and the CSV row hold exactly the same thing. The
//! sections, their columns and what they mean are documented in `docs/export.md`.

use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::db::{AuditRow, ConsentRow, PaymentRow, RequestEventRow};
use crate::domain::{ContactMoment, Profile};
use crate::i18n::Lang;
use crate::privacy::register::{Category, OnErasure, Register, Retention};
use crate::privacy::texts;
use crate::staff::breach_notice::CustomerNotice;
use crate::vault::{OpenedInvoice, OpenedRequest, StaffNote};

/// A record: its values by column, in the section's column order.
pub type Record = Vec<(&'static str, Value)>;

/// One object (the profile) or a list of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    One,
    Many,
}

/// A part of the export: a key in the JSON, a CSV file in the ZIP.
#[derive(Debug)]
pub struct Section {
    pub name: &'static str,
    pub shape: Shape,
    pub columns: &'static [&'static str],
}

impl Section {
    pub fn csv_file(&self) -> String {
        format!("{}.csv", self.name)
    }
}

pub const REGISTER: Section = Section {
    name: "register",
    shape: Shape::Many,
    columns: &[
        "category",
        "name",
        "description",
        "fields",
        "purposes",
        "legal_basis",
        "source",
        "recipients",
        "retention",
        "on_erasure",
        "kept_because",
        "automated_decisions",
        "data_sections",
    ],
};

pub const PROFILE: Section = Section {
    name: "profile",
    shape: Shape::One,
    columns: &[
        "customer_number",
        "name",
        "email",
        "phone",
        "street",
        "house_number",
        "house_number_addition",
        "postcode",
        "city",
        "country",
        "birth_date",
        "language",
        "do_not_call",
        "objects_to_direct_marketing_since",
        "has_password",
        "created_at",
        "updated_at",
    ],
};

pub const SESSIONS: Section = Section {
    name: "sessions",
    shape: Shape::Many,
    columns: &["device", "signed_in_at", "last_active_at"],
};

pub const SIGN_IN_ATTEMPTS: Section = Section {
    name: "sign_in_attempts",
    shape: Shape::Many,
    columns: &["at", "succeeded"],
};

pub const CONTACT_MOMENTS: Section = Section {
    name: "contact_moments",
    shape: Shape::Many,
    columns: &[
        "id",
        "channel",
        "occurred_at",
        "subject",
        "summary",
        "transcript",
        "agent",
        "answered_by_bot",
        "recorded",
        "recording_notice",
        "recording_consent",
    ],
};

pub const INVOICES: Section = Section {
    name: "invoices",
    shape: Shape::Many,
    columns: &[
        "number",
        "issued_on",
        "amount_cents",
        "vat_cents",
        "billing_name_and_address",
    ],
};

pub const PAYMENTS: Section = Section {
    name: "payments",
    shape: Shape::Many,
    columns: &["invoice_number", "paid_on", "amount_cents", "method"],
};

pub const CONSENTS: Section = Section {
    name: "consents",
    shape: Shape::Many,
    columns: &["purpose", "given", "at", "channel", "text_version"],
};

pub const REQUESTS: Section = Section {
    name: "requests",
    shape: Shape::Many,
    columns: &[
        "reference",
        "kind",
        "status",
        "received_at",
        "due_on",
        "extended_until",
        "extension_reason",
        "details",
        "closed_at",
    ],
};

pub const REQUEST_EVENTS: Section = Section {
    name: "request_events",
    shape: Shape::Many,
    columns: &["request_reference", "at", "status", "by"],
};

/// Staff notes about the customer's requests: notes about a person are their data.
pub const REQUEST_NOTES: Section = Section {
    name: "request_notes",
    shape: Shape::Many,
    columns: &["request_reference", "at", "note"],
};

/// Notices about a data breach (Art. 34), in the customer's language.
pub const BREACH_NOTICES: Section = Section {
    name: "breach_notices",
    shape: Shape::Many,
    columns: &[
        "sent_at",
        "read_at",
        "what_happened",
        "which_data",
        "consequences",
        "what_we_did",
        "what_you_can_do",
    ],
};

pub const AUDIT_TRAIL: Section = Section {
    name: "audit_trail",
    shape: Shape::Many,
    columns: &["at", "actor_kind", "actor_role", "action", "reason"],
};

/// Every section in the order written (the register first).
pub const SECTIONS: [&Section; 13] = [
    &REGISTER,
    &PROFILE,
    &SESSIONS,
    &SIGN_IN_ATTEMPTS,
    &CONTACT_MOMENTS,
    &INVOICES,
    &PAYMENTS,
    &CONSENTS,
    &REQUESTS,
    &REQUEST_EVENTS,
    &REQUEST_NOTES,
    &BREACH_NOTICES,
    &AUDIT_TRAIL,
];

/// Categories that hold no records of any one customer, so have no data section: the
/// breach register asks for no customer's name or number (the export still names the
/// category in its register section). Notices to customers (Art. 34) are `breach-notices`.
pub const WITHOUT_CUSTOMER_RECORDS: [&str; 1] = ["breach-records"];

/// Where a register category's values are in the export.
pub fn sections_of(category: &Category) -> &'static [&'static str] {
    match category.id {
        "identity" | "contact-details" | "preferences" | "do-not-call" => &["profile"],
        "account" => &["profile", "sessions", "sign_in_attempts"],
        "sign-in-attempts" => &["sign_in_attempts"],
        "contact-calls" | "contact-chats" | "contact-emails" | "contact-letters"
        | "call-recordings" => &["contact_moments"],
        "invoices" => &["invoices"],
        "payments" => &["payments"],
        "consents" | "marketing" | "research" => &["consents"],
        "requests" => &["requests", "request_events", "request_notes"],
        "audit-trail" => &["audit_trail"],
        "breach-notices" => &["breach_notices"],
        _ => &[],
    }
}

/// Whether `column` holds a moment written by `moment`: `at`, `..._at` and `..._since`.
pub fn is_moment(column: &str) -> bool {
    column == "at" || column.ends_with("_at") || column.ends_with("_since")
}

pub fn moment(at: OffsetDateTime) -> Value {
    Value::String(at.format(&Rfc3339).unwrap_or_default())
}

fn day(date: time::Date) -> Value {
    Value::String(date.to_string())
}

fn opt<T: Into<Value>>(value: Option<T>) -> Value {
    value.map_or(Value::Null, Into::into)
}

/// One register category, in the customer's language, read from the register.
pub fn category(lang: Lang, category: &Category) -> Record {
    let retention_rule = match category.retention {
        Retention::Period {
            months,
            days,
            counted_from,
        } => json!({"months": months, "days": days, "counted_from": counted_from}),
        Retention::WhileAccountExists => json!("while-account-exists"),
        Retention::UntilConsentWithdrawn => json!("until-consent-withdrawn"),
    };
    let kept_because = match category.on_erasure {
        OnErasure::Keep { because } => json!(because),
        OnErasure::Delete => Value::Null,
    };
    vec![
        ("category", json!(category.id)),
        ("name", json!(texts::name(lang, category))),
        ("description", json!(texts::description(lang, category))),
        ("fields", json!(texts::fields(lang, category))),
        ("purposes", json!(texts::purposes(lang, category))),
        ("legal_basis", json!(texts::legal_basis(lang, category))),
        ("source", json!(texts::source(lang, category))),
        ("recipients", json!(texts::recipients(lang, category))),
        (
            "retention",
            json!({"text": texts::retention(lang, category), "rule": retention_rule}),
        ),
        ("on_erasure", json!(texts::erasure(lang, category))),
        ("kept_because", kept_because),
        ("automated_decisions", json!(category.automated_decisions)),
        ("data_sections", json!(sections_of(category))),
    ]
}

/// The register, category by category.
pub fn register(lang: Lang, register: &Register) -> Vec<Record> {
    register
        .categories()
        .iter()
        .map(|c| category(lang, c))
        .collect()
}

/// `objection`: since when the customer objects to direct marketing, if they do.
pub fn profile(p: &Profile, has_password: bool, objection: Option<OffsetDateTime>) -> Record {
    let address = p.address.as_ref();
    let part = |f: fn(&crate::domain::PostalAddress) -> Option<String>| opt(address.and_then(f));
    vec![
        ("customer_number", json!(p.customer_number)),
        ("name", json!(p.name)),
        ("email", json!(p.email)),
        ("phone", opt(p.phone.clone())),
        ("street", part(|a| Some(a.street.clone()))),
        ("house_number", part(|a| Some(a.house_number.clone()))),
        ("house_number_addition", part(|a| a.addition.clone())),
        ("postcode", part(|a| Some(a.postcode.clone()))),
        ("city", part(|a| Some(a.city.clone()))),
        ("country", part(|a| Some(a.country.clone()))),
        ("birth_date", opt(p.birth_date.map(|d| d.to_string()))),
        ("language", json!(p.language.code())),
        ("do_not_call", json!(p.do_not_call)),
        (
            "objects_to_direct_marketing_since",
            objection.map_or(Value::Null, moment),
        ),
        ("has_password", json!(has_password)),
        ("created_at", moment(p.created_at)),
        ("updated_at", moment(p.updated_at)),
    ]
}

/// A live session: the coarse device label as stored ("browser on system" codes).
pub fn session(device: &str, signed_in_at: OffsetDateTime, last_seen: OffsetDateTime) -> Record {
    vec![
        ("device", json!(device)),
        ("signed_in_at", moment(signed_in_at)),
        ("last_active_at", moment(last_seen)),
    ]
}

pub fn sign_in(at: OffsetDateTime, succeeded: bool) -> Record {
    vec![("at", moment(at)), ("succeeded", json!(succeeded))]
}

pub fn contact(m: &ContactMoment) -> Record {
    vec![
        ("id", json!(m.id.to_string())),
        ("channel", json!(m.channel)),
        ("occurred_at", moment(m.occurred_at)),
        ("subject", json!(m.subject)),
        ("summary", json!(m.summary)),
        ("transcript", opt(m.transcript.clone())),
        ("agent", json!(m.agent)),
        ("answered_by_bot", json!(m.by_bot)),
        ("recorded", json!(m.recorded)),
        ("recording_notice", opt(m.recording_notice.clone())),
        ("recording_consent", opt(m.recording_consent.clone())),
    ]
}

pub fn invoice(i: &OpenedInvoice) -> Record {
    vec![
        ("number", json!(i.row.number)),
        ("issued_on", day(i.row.issued_on)),
        ("amount_cents", json!(i.row.amount_cents)),
        ("vat_cents", json!(i.row.vat_cents)),
        ("billing_name_and_address", json!(i.billing)),
    ]
}

pub fn payment(p: &PaymentRow, invoice_number: Option<&str>) -> Record {
    vec![
        ("invoice_number", opt(invoice_number)),
        ("paid_on", day(p.paid_on)),
        ("amount_cents", json!(p.amount_cents)),
        ("method", json!(p.method)),
    ]
}

pub fn consent(c: &ConsentRow) -> Record {
    vec![
        ("purpose", json!(c.purpose)),
        ("given", json!(c.granted)),
        ("at", moment(c.at)),
        ("channel", json!(c.channel)),
        ("text_version", json!(c.text_version)),
    ]
}

pub fn request(r: &OpenedRequest) -> Record {
    let row = &r.row;
    vec![
        ("reference", json!(row.reference)),
        ("kind", json!(row.kind)),
        ("status", json!(row.status)),
        ("received_at", moment(row.received_at)),
        ("due_on", day(row.due_on)),
        (
            "extended_until",
            opt(row.extended_until.map(|d| d.to_string())),
        ),
        ("extension_reason", opt(r.extension_reason.clone())),
        ("details", opt(r.details.clone())),
        ("closed_at", row.closed_at.map_or(Value::Null, moment)),
    ]
}

pub fn request_event(e: &RequestEventRow, reference: Option<&str>) -> Record {
    vec![
        ("request_reference", opt(reference)),
        ("at", moment(e.at)),
        ("status", json!(e.status)),
        ("by", json!(e.actor_kind)),
    ]
}

pub fn request_note(note: &StaffNote, reference: Option<&str>) -> Record {
    vec![
        ("request_reference", opt(reference)),
        ("at", moment(note.at)),
        ("note", json!(note.text)),
    ]
}

/// A notice about a data breach, in `lang` (both texts are the organisation's words).
pub fn breach_notice(notice: &CustomerNotice, lang: Lang) -> Record {
    let text = notice.message.text(lang);
    vec![
        ("sent_at", opt(notice.sent_at.map(moment))),
        ("read_at", opt(notice.read_at.map(moment))),
        ("what_happened", json!(text.what_happened)),
        ("which_data", json!(text.which_data)),
        ("consequences", json!(text.consequences)),
        ("what_we_did", json!(text.what_we_did)),
        ("what_you_can_do", json!(text.what_you_can_do)),
    ]
}

pub fn audit(row: &AuditRow) -> Record {
    let a = &row.entry;
    vec![
        ("at", moment(a.at)),
        ("actor_kind", json!(a.actor_kind)),
        ("actor_role", json!(a.actor_role)),
        ("action", json!(a.action)),
        ("reason", opt(a.reason.clone())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_explained_in_both_languages() {
        // The download page and the ZIP's README name each section by this message.
        for section in SECTIONS {
            for lang in Lang::ALL {
                let id = format!("export-section-{}", section.name);
                assert!(
                    crate::i18n::try_t(lang, &id).is_some(),
                    "{id} in {}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_register_category_has_its_place_in_the_export() {
        let register = Register::embedded().unwrap();
        for c in register.categories() {
            let without = WITHOUT_CUSTOMER_RECORDS.contains(&c.id);
            assert_eq!(
                sections_of(c).is_empty(),
                without,
                "{} has no section",
                c.id
            );
            for section in sections_of(c) {
                assert!(SECTIONS.iter().any(|s| s.name == *section), "{section}");
            }
            let record = category(Lang::En, c);
            let keys: Vec<_> = record.iter().map(|(k, _)| *k).collect();
            assert_eq!(keys, REGISTER.columns);
        }
    }
}
