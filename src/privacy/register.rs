//! The processing register: `register.toml`, compiled in, parsed and checked at start-up.

use serde::Deserialize;
use time::{Date, Duration, Month, OffsetDateTime};

use crate::i18n::{Lang, try_t};

const REGISTER: &str = include_str!("register.toml");

/// A register entry that makes no sense, in one line naming the category and the field.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("register: {0}")]
pub struct RegisterError(String);

/// The legal bases of GDPR Art. 6(1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegalBasis {
    A,
    B,
    C,
    D,
    E,
    F,
}

impl LegalBasis {
    /// Read from the register's own spelling, so a wrong letter is named with its category.
    fn from_letter(letter: &str) -> Option<LegalBasis> {
        [
            LegalBasis::A,
            LegalBasis::B,
            LegalBasis::C,
            LegalBasis::D,
            LegalBasis::E,
            LegalBasis::F,
        ]
        .into_iter()
        .find(|basis| basis.letter() == letter)
    }

    pub fn letter(self) -> &'static str {
        match self {
            LegalBasis::A => "a",
            LegalBasis::B => "b",
            LegalBasis::C => "c",
            LegalBasis::D => "d",
            LegalBasis::E => "e",
            LegalBasis::F => "f",
        }
    }
}

/// How long a category is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    /// A fixed period after an event (`counted_from`, a register event id).
    Period {
        months: u32,
        days: u32,
        counted_from: &'static str,
    },
    /// As long as the customer has an account; erasure ends it.
    WhileAccountExists,
    /// Until the customer withdraws consent.
    UntilConsentWithdrawn,
}

impl Retention {
    /// The day data whose event happened on `event` expires; `None` without a fixed period.
    pub fn expires_on(&self, event: Date) -> Option<Date> {
        match *self {
            Retention::Period { months, days, .. } => {
                Some(add_months(event, months as i32) + Duration::days(days as i64))
            }
            _ => None,
        }
    }

    /// Data whose event happened before this moment has expired at `now`. Counted in whole
    /// days, exactly as `expires_on` tells the customer: on its expiry date data is gone,
    /// the day before it is still there, also where month ends are clamped (31 August plus
    /// six months is 28 February).
    pub fn cutoff(&self, now: OffsetDateTime) -> Option<OffsetDateTime> {
        let Retention::Period { months, days, .. } = *self else {
            return None;
        };
        let today = now.date();
        // Start a few days early (clamping moves at most three days), then find the first
        // event date that has not expired yet: everything before it has.
        let mut first_kept =
            add_months(today - Duration::days(days as i64), -(months as i32)) - Duration::days(4);
        while self.expires_on(first_kept)? <= today {
            first_kept = first_kept.next_day()?;
        }
        Some(first_kept.midnight().assume_utc())
    }
}

/// Whether erasure deletes a category or the law keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnErasure {
    Delete,
    /// Kept until its own period ends, because of this law (a register law id).
    Keep {
        because: &'static str,
    },
}

/// One category of personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub id: &'static str,
    pub fields: Vec<&'static str>,
    /// Whom the data is about (Art. 30(1)(c)), as register subject ids.
    pub data_subjects: Vec<&'static str>,
    pub purposes: Vec<&'static str>,
    pub legal_basis: LegalBasis,
    /// The law behind a (c) basis, as a register law id.
    pub legal_basis_note: Option<&'static str>,
    pub source: &'static str,
    pub recipients: Vec<&'static str>,
    /// Transfers outside the EU (Art. 30(1)(e)), as register transfer ids; empty: none.
    pub transfers_outside_eu: Vec<&'static str>,
    pub retention: Retention,
    pub on_erasure: OnErasure,
    pub automated_decisions: bool,
    /// Set when the portal offers a consent choice for this category's one purpose: the
    /// version of the consent text the customer agrees to (it goes on every receipt).
    pub consent_text_version: Option<&'static str>,
    /// A consent for direct marketing (offers): it cannot stand beside an objection to
    /// direct marketing (Art. 21(2)), so the consent page refuses the two together.
    pub direct_marketing: bool,
}

/// The whole register, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Register {
    categories: Vec<Category>,
    /// The technical and organisational measures (Art. 30(1)(g)), as register measure ids.
    security_measures: Vec<&'static str>,
}

impl Register {
    /// The register compiled into this binary.
    pub fn embedded() -> Result<Register, RegisterError> {
        Self::parse(REGISTER)
    }

    /// Parses and checks a register; the texts of every id must exist in both languages.
    pub fn parse(source: &str) -> Result<Register, RegisterError> {
        let file: File = toml_parse(source)?;
        let mut categories: Vec<Category> = Vec::new();
        for raw in file.category {
            let category = raw.check()?;
            if categories.iter().any(|c| c.id == category.id) {
                return Err(RegisterError(format!(
                    "category \"{}\" appears twice",
                    category.id
                )));
            }
            category.check_texts()?;
            categories.push(category);
        }
        if categories.is_empty() {
            return Err(RegisterError("no categories".into()));
        }
        let security_measures: Vec<&'static str> = match file.security_measures {
            None => {
                return Err(RegisterError(
                    "security_measures is missing: list the security measures (Art. 30(1)(g))"
                        .into(),
                ));
            }
            Some(measures) if measures.is_empty() => {
                return Err(RegisterError(
                    "security_measures must list at least one measure".into(),
                ));
            }
            Some(measures) => measures.into_iter().map(leak).collect(),
        };
        for measure in &security_measures {
            check_text(&format!("register-measure-{measure}"), "security_measures")?;
        }
        Ok(Register {
            categories,
            security_measures,
        })
    }

    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The security measures, as register measure ids (texts: `register-measure-{id}`).
    pub fn security_measures(&self) -> &[&'static str] {
        &self.security_measures
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The categories whose one purpose rests on consent the customer can give and
    /// withdraw in the portal, in file order.
    pub fn consent_choices(&self) -> impl Iterator<Item = &Category> {
        self.categories
            .iter()
            .filter(|c| c.consent_text_version.is_some())
    }
}

fn toml_parse(source: &str) -> Result<File, RegisterError> {
    config::Config::builder()
        .add_source(config::File::from_str(source, config::FileFormat::Toml))
        .build()
        .and_then(|c| c.try_deserialize())
        .map_err(|e| RegisterError(e.to_string()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    security_measures: Option<Vec<String>>,
    category: Vec<RawCategory>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: String,
    fields: Vec<String>,
    /// Optional here, so that a missing one is named with its category.
    data_subjects: Option<Vec<String>>,
    purposes: Vec<String>,
    legal_basis: String,
    legal_basis_note: Option<String>,
    source: String,
    recipients: Vec<String>,
    transfers_outside_eu: Option<Vec<String>>,
    retention: RawRetention,
    on_erasure: String,
    kept_because: Option<String>,
    automated_decisions: bool,
    consent_text_version: Option<String>,
    #[serde(default)]
    direct_marketing: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRetention {
    years: Option<u32>,
    months: Option<u32>,
    days: Option<u32>,
    counted_from: Option<String>,
    rule: Option<String>,
}

/// The register is read once per process; leaking its strings gives `&'static str` ids
/// that the rest of the code can hold without lifetimes.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

impl RawCategory {
    fn check(self) -> Result<Category, RegisterError> {
        let id = leak(self.id);
        let bad = |field: &str, why: &str| {
            Err(RegisterError(format!("category \"{id}\": {field} {why}")))
        };
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return bad("id", "must be lower-case words joined by hyphens");
        }
        if self.fields.is_empty() {
            return bad("fields", "must list at least one field");
        }
        let data_subjects = match self.data_subjects {
            None => {
                return bad(
                    "data_subjects",
                    "is missing (Art. 30(1)(c): whom the data is about)",
                );
            }
            Some(subjects) if subjects.is_empty() => {
                return bad("data_subjects", "must list at least one group of people");
            }
            Some(subjects) => subjects,
        };
        let Some(transfers_outside_eu) = self.transfers_outside_eu else {
            return bad(
                "transfers_outside_eu",
                "is missing (Art. 30(1)(e)): write [] when the data stays in the EU",
            );
        };
        if self.purposes.is_empty() {
            return bad("purposes", "must list at least one purpose");
        }
        let Some(legal_basis) = LegalBasis::from_letter(&self.legal_basis) else {
            return bad(
                "legal_basis",
                "must be one of a, b, c, d, e, f (GDPR Art. 6(1))",
            );
        };
        if legal_basis == LegalBasis::C && self.legal_basis_note.is_none() {
            return bad("legal_basis_note", "must name the law for basis (c)");
        }
        let r = self.retention;
        // A unit that is written down must count: `years = 0` is a slip, not "no years".
        for (unit, value) in [("years", r.years), ("months", r.months), ("days", r.days)] {
            if value == Some(0) {
                return bad(&format!("retention.{unit}"), "must be at least 1");
            }
        }
        let retention = match (r.rule.as_deref(), r.years, r.months, r.days) {
            (Some("while-account-exists"), None, None, None) => Retention::WhileAccountExists,
            (Some("until-consent-withdrawn"), None, None, None) => Retention::UntilConsentWithdrawn,
            (Some(_), None, None, None) => {
                return bad(
                    "retention.rule",
                    "must be while-account-exists or until-consent-withdrawn",
                );
            }
            (Some(_), ..) => return bad("retention", "has both a rule and a period"),
            (None, years, months, days) => {
                let months = years.unwrap_or(0) * 12 + months.unwrap_or(0);
                let days = days.unwrap_or(0);
                if months == 0 && days == 0 {
                    return bad("retention", "needs a period of at least one day, or a rule");
                }
                let Some(from) = r.counted_from else {
                    return bad("retention.counted_from", "is missing");
                };
                Retention::Period {
                    months,
                    days,
                    counted_from: leak(from),
                }
            }
        };
        let on_erasure = match (self.on_erasure.as_str(), self.kept_because) {
            ("delete", None) => OnErasure::Delete,
            ("delete", Some(_)) => {
                return bad("kept_because", "only belongs with on_erasure = \"keep\"");
            }
            ("keep", Some(law)) => OnErasure::Keep { because: leak(law) },
            ("keep", None) => {
                return bad("kept_because", "must name the law that requires keeping it");
            }
            _ => return bad("on_erasure", "must be \"delete\" or \"keep\""),
        };
        if matches!(on_erasure, OnErasure::Keep { .. })
            && !matches!(retention, Retention::Period { .. })
        {
            return bad(
                "retention",
                "of kept data must be a period, so that it ends",
            );
        }
        if self.consent_text_version.is_some()
            && (legal_basis != LegalBasis::A || self.purposes.len() != 1)
        {
            return bad(
                "consent_text_version",
                "only belongs with legal_basis = \"a\" and exactly one purpose",
            );
        }
        if self.direct_marketing && self.consent_text_version.is_none() {
            return bad(
                "direct_marketing",
                "only belongs with a consent choice (consent_text_version)",
            );
        }
        Ok(Category {
            id,
            fields: self.fields.into_iter().map(leak).collect(),
            data_subjects: data_subjects.into_iter().map(leak).collect(),
            purposes: self.purposes.into_iter().map(leak).collect(),
            legal_basis,
            legal_basis_note: self.legal_basis_note.map(leak),
            source: leak(self.source),
            recipients: self.recipients.into_iter().map(leak).collect(),
            transfers_outside_eu: transfers_outside_eu.into_iter().map(leak).collect(),
            retention,
            on_erasure,
            automated_decisions: self.automated_decisions,
            consent_text_version: self.consent_text_version.map(leak),
            direct_marketing: self.direct_marketing,
        })
    }
}

impl Category {
    /// Every text id this category needs, in both languages.
    pub fn text_ids(&self) -> Vec<String> {
        let mut ids = vec![
            format!("register-category-{}", self.id),
            format!("register-category-{}-description", self.id),
            format!("register-source-{}", self.source),
            format!("register-basis-{}", self.legal_basis.letter()),
        ];
        ids.extend(self.fields.iter().map(|f| format!("register-field-{f}")));
        ids.extend(
            self.purposes
                .iter()
                .map(|p| format!("register-purpose-{p}")),
        );
        ids.extend(
            self.recipients
                .iter()
                .map(|r| format!("register-recipient-{r}")),
        );
        ids.extend(
            self.data_subjects
                .iter()
                .map(|s| format!("register-subject-{s}")),
        );
        ids.extend(
            self.transfers_outside_eu
                .iter()
                .map(|t| format!("register-transfer-{t}")),
        );
        ids.extend(
            self.legal_basis_note
                .iter()
                .map(|l| format!("register-law-{l}")),
        );
        if let Retention::Period { counted_from, .. } = self.retention {
            ids.push(format!("register-event-{counted_from}"));
        }
        if let OnErasure::Keep { because } = self.on_erasure {
            ids.push(format!("register-law-{because}"));
        }
        ids
    }

    fn check_texts(&self) -> Result<(), RegisterError> {
        for id in self.text_ids() {
            check_text(&id, &format!("category \"{}\"", self.id))?;
        }
        Ok(())
    }
}

/// The text `id` exists in both languages; else an error naming `whose` it is.
fn check_text(id: &str, whose: &str) -> Result<(), RegisterError> {
    for lang in Lang::ALL {
        if try_t(lang, id).is_none() {
            return Err(RegisterError(format!(
                "{whose}: text {id} is missing in locales/{}",
                lang.code()
            )));
        }
    }
    Ok(())
}

/// `date` moved by `months`, clamped to the end of a shorter month (31 Jan + 1 = 28/29 Feb).
/// Retention periods and request deadlines (`domain::request`) both count months this way.
pub(crate) fn add_months(date: Date, months: i32) -> Date {
    let total = date.year() * 12 + (date.month() as i32 - 1) + months;
    let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u8 + 1);
    let month = Month::try_from(month).expect("1..=12");
    let day = date.day().min(time::util::days_in_month(month, year));
    Date::from_calendar_date(year, month, day).expect("a clamped day exists")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn the_embedded_register_is_valid() {
        let register = Register::embedded().unwrap();
        // Other code refers to these ids; renaming one is a change of contract.
        for id in [
            "identity",
            "contact-details",
            "preferences",
            "account",
            "contact-calls",
            "call-recordings",
            "contact-chats",
            "contact-emails",
            "contact-letters",
            "invoices",
            "payments",
            "consents",
            "marketing",
            "do-not-call",
            "requests",
            "audit-trail",
        ] {
            let category = register
                .category(id)
                .unwrap_or_else(|| panic!("{id} is missing"));
            assert!(!category.automated_decisions, "{id}");
        }
        let invoices = register.category("invoices").unwrap();
        assert_eq!(invoices.on_erasure, OnErasure::Keep { because: "awr-52" });
        assert_eq!(
            register.category("call-recordings").unwrap().retention,
            Retention::Period {
                months: 6,
                days: 0,
                counted_from: "contact"
            }
        );
    }

    #[test]
    fn months_clamp_to_the_end_of_the_month() {
        assert_eq!(add_months(date!(2026 - 01 - 31), 1), date!(2026 - 02 - 28));
        assert_eq!(add_months(date!(2028 - 01 - 31), 1), date!(2028 - 02 - 29));
        assert_eq!(add_months(date!(2026 - 03 - 31), -1), date!(2026 - 02 - 28));
        assert_eq!(
            add_months(date!(2026 - 11 - 15), -12),
            date!(2025 - 11 - 15)
        );
    }

    #[test]
    fn expiry_is_exactly_at_the_boundary() {
        let six_months = Retention::Period {
            months: 6,
            days: 0,
            counted_from: "contact",
        };
        assert_eq!(
            six_months.expires_on(date!(2026 - 01 - 10)),
            Some(date!(2026 - 07 - 10))
        );
        let now = datetime!(2026 - 07 - 10 12:00 UTC);
        assert_eq!(
            six_months.cutoff(now),
            Some(datetime!(2026 - 01 - 11 0:00 UTC)),
            "events of 10 January are gone on 10 July"
        );
        assert_eq!(
            six_months.expires_on(date!(2026 - 08 - 31)),
            Some(date!(2027 - 02 - 28))
        );
        assert_eq!(
            six_months.cutoff(datetime!(2027 - 02 - 28 08:00 UTC)),
            Some(datetime!(2026 - 09 - 01 0:00 UTC)),
            "31 August goes on 28 February, as the customer was told"
        );
        assert_eq!(Retention::WhileAccountExists.cutoff(now), None);
        assert_eq!(
            Retention::UntilConsentWithdrawn.expires_on(date!(2026 - 01 - 10)),
            None
        );
    }

    /// What the customer is told (`expires_on`) and what the retention job deletes
    /// (`cutoff`) agree: kept all through the day before, gone on the day itself.
    #[test]
    fn kept_until_the_day_before_expiry_and_not_longer() {
        let register = Register::embedded().unwrap();
        let event = datetime!(2026 - 01 - 10 09:30 UTC);
        for id in ["call-recordings", "contact-calls", "invoices"] {
            let retention = register.category(id).unwrap().retention;
            let expiry = retention.expires_on(event.date()).unwrap();
            let day_before = event.replace_date(expiry.previous_day().unwrap());
            let on_the_day = event.replace_date(expiry) + Duration::minutes(1);
            assert!(
                retention.cutoff(day_before).unwrap() <= event,
                "{id} kept the day before"
            );
            assert!(
                retention.cutoff(on_the_day).unwrap() > event,
                "{id} gone on {expiry}"
            );
        }
    }

    fn error_of(source: &str) -> String {
        Register::parse(&format!("{HEAD}{source}"))
            .unwrap_err()
            .to_string()
    }

    const GOOD: &str = r#"id = "identity"
fields = ["name"]
data_subjects = ["customers"]
purposes = ["contract"]
legal_basis = "b"
source = "customer"
recipients = []
transfers_outside_eu = []
automated_decisions = false
"#;

    /// The register's head, before its categories.
    const HEAD: &str = "security_measures = [\"encryption\"]\n";

    #[test]
    fn bad_entries_give_one_clear_line() {
        let cases: [(String, &str); 8] = [
            (
                format!(
                    "[[category]]\n{GOOD}retention = {{ years = 0, counted_from = \"contact\" }}\non_erasure = \"delete\"\n"
                ),
                "category \"identity\": retention.years must be at least 1",
            ),
            (
                format!(
                    "[[category]]\n{GOOD}retention = {{ counted_from = \"contact\" }}\non_erasure = \"delete\"\n"
                ),
                "category \"identity\": retention needs a period",
            ),
            (
                format!(
                    "[[category]]\n{GOOD}retention = {{ rule = \"while-account-exists\" }}\non_erasure = \"forget\"\n"
                ),
                "category \"identity\": on_erasure must be",
            ),
            (
                format!(
                    "[[category]]\n{GOOD}retention = {{ rule = \"forever\" }}\non_erasure = \"delete\"\n"
                ),
                "retention.rule must be",
            ),
            (
                format!(
                    "[[category]]\n{GOOD}retention = {{ years = 7, counted_from = \"invoice-date\" }}\non_erasure = \"keep\"\n"
                ),
                "kept_because must name the law",
            ),
            (
                format!(
                    "[[category]]\n{GOOD}retention = {{ years = 1 }}\non_erasure = \"delete\"\n"
                ),
                "retention.counted_from is missing",
            ),
            (
                format!(
                    "[[category]]\n{GOOD}retention = {{ rule = \"while-account-exists\" }}\non_erasure = \"delete\"\n[[category]]\n{GOOD}retention = {{ rule = \"while-account-exists\" }}\non_erasure = \"delete\"\n"
                ),
                "appears twice",
            ),
            (
                format!(
                    "[[category]]\n{}retention = {{ rule = \"while-account-exists\" }}\non_erasure = \"delete\"\n",
                    GOOD.replace("\"b\"", "\"g\"")
                ),
                "category \"identity\": legal_basis must be one of a, b, c, d, e, f",
            ),
        ];
        for (source, expected) in cases {
            let error = error_of(&source);
            assert!(error.starts_with("register: "), "{error}");
            assert!(
                error.contains(expected),
                "{error} should mention {expected}"
            );
            assert_eq!(error.lines().count(), 1, "{error}");
        }
    }

    #[test]
    fn a_missing_text_is_named() {
        let source = format!(
            "[[category]]\n{}retention = {{ rule = \"while-account-exists\" }}\non_erasure = \"delete\"\n",
            GOOD.replace("\"name\"", "\"shoe-size\"")
        );
        let error = error_of(&source);
        assert!(
            error.contains("register-field-shoe-size is missing in locales/"),
            "{error}"
        );
    }

    /// The Art. 30 items that have no default: leaving one out stops start-up with one
    /// line that names it (and its category).
    #[test]
    fn a_missing_art_30_item_gives_one_clear_line() {
        let tail = "retention = { rule = \"while-account-exists\" }\non_erasure = \"delete\"\n";
        let cases = [
            (
                format!(
                    "[[category]]\n{}{tail}",
                    GOOD.replace("data_subjects = [\"customers\"]\n", "")
                ),
                "category \"identity\": data_subjects is missing",
            ),
            (
                format!(
                    "[[category]]\n{}{tail}",
                    GOOD.replace("data_subjects = [\"customers\"]", "data_subjects = []")
                ),
                "category \"identity\": data_subjects must list at least one",
            ),
            (
                format!(
                    "[[category]]\n{}{tail}",
                    GOOD.replace("transfers_outside_eu = []\n", "")
                ),
                "category \"identity\": transfers_outside_eu is missing",
            ),
            (
                format!(
                    "[[category]]\n{}{tail}",
                    GOOD.replace(
                        "transfers_outside_eu = []",
                        "transfers_outside_eu = [\"moon\"]"
                    )
                ),
                "register-transfer-moon is missing in locales/",
            ),
        ];
        for (source, expected) in cases {
            let error = error_of(&source);
            assert!(
                error.contains(expected),
                "{error} should mention {expected}"
            );
            assert_eq!(error.lines().count(), 1, "{error}");
        }
        let without_measures = format!("[[category]]\n{GOOD}{tail}");
        let error = Register::parse(&without_measures).unwrap_err().to_string();
        assert_eq!(
            error,
            "register: security_measures is missing: list the security measures (Art. 30(1)(g))"
        );
        let unknown_measure =
            format!("security_measures = [\"magic\"]\n[[category]]\n{GOOD}{tail}");
        let error = Register::parse(&unknown_measure).unwrap_err().to_string();
        assert!(
            error.contains("register-measure-magic is missing"),
            "{error}"
        );
    }

    #[test]
    fn the_embedded_register_has_every_art_30_item() {
        let register = Register::embedded().unwrap();
        assert!(register.security_measures().contains(&"encryption"));
        for category in register.categories() {
            assert!(!category.data_subjects.is_empty(), "{}", category.id);
            assert!(
                category.transfers_outside_eu.is_empty(),
                "{}: nothing leaves the EU",
                category.id
            );
        }
    }
}
