//! Telling customers about a breach (Art. 34): the notice the privacy officer writes, in
//! plain language and in both languages, whom it goes to, and the rules it must meet
//! before it may be sent. Sending itself is `notice_sender`'s job.
//!
//! The text is no customer's personal data but says what leaked, so it is sealed with the
//! breach register's key, bound to the notice's id.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use super::breach::{Breach, Decision, sealing_key};
use crate::crypto::Keyring;
use crate::db::{CustomerNoticeRow, DraftSaved, NoticeRow, Store};
use crate::i18n::Lang;

/// Most characters in one part of the text: enough for a clear paragraph or two.
pub const MAX_PART: usize = 2000;

/// The parts of a notice, in the order the customer reads them. Art. 34(2) with 33(3)
/// asks for the nature of the breach, the likely consequences and the measures; we add
/// which data and what the customer can do, because that is what they will ask first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct NoticeText {
    pub what_happened: String,
    pub which_data: String,
    pub consequences: String,
    pub what_we_did: String,
    pub what_you_can_do: String,
}

impl NoticeText {
    /// Each part's form name and its value.
    pub fn parts(&self) -> [(Part, &str); 5] {
        [
            (Part::WhatHappened, &self.what_happened),
            (Part::WhichData, &self.which_data),
            (Part::Consequences, &self.consequences),
            (Part::WhatWeDid, &self.what_we_did),
            (Part::WhatYouCanDo, &self.what_you_can_do),
        ]
    }

    pub fn set(&mut self, part: Part, value: String) {
        match part {
            Part::WhatHappened => self.what_happened = value,
            Part::WhichData => self.which_data = value,
            Part::Consequences => self.consequences = value,
            Part::WhatWeDid => self.what_we_did = value,
            Part::WhatYouCanDo => self.what_you_can_do = value,
        }
    }
}

/// One part of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    WhatHappened,
    WhichData,
    Consequences,
    WhatWeDid,
    WhatYouCanDo,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::WhatHappened,
        Part::WhichData,
        Part::Consequences,
        Part::WhatWeDid,
        Part::WhatYouCanDo,
    ];

    /// The form field's name without its language (`what_happened`), and the message-id
    /// part of its heading (`breach-notice-part-what-happened`).
    pub fn code(self) -> &'static str {
        match self {
            Part::WhatHappened => "what_happened",
            Part::WhichData => "which_data",
            Part::Consequences => "consequences",
            Part::WhatWeDid => "what_we_did",
            Part::WhatYouCanDo => "what_you_can_do",
        }
    }

    /// The form field of this part in `lang`: `what_happened_nl`.
    pub fn field(self, lang: Lang) -> String {
        format!("{}_{}", self.code(), lang.code())
    }

    pub fn heading_id(self) -> String {
        format!("breach-notice-part-{}", self.code().replace('_', "-"))
    }
}

/// Whom a notice goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    /// The customers whose numbers the privacy officer listed.
    List,
    /// Every customer at the moment of sending.
    All,
}

impl Audience {
    pub fn code(self) -> &'static str {
        match self {
            Audience::List => "list",
            Audience::All => "all",
        }
    }

    pub fn from_code(code: &str) -> Option<Audience> {
        match code {
            "list" => Some(Audience::List),
            "all" => Some(Audience::All),
            _ => None,
        }
    }
}

/// What is sealed in a notice: the text in both languages, and for a list what was typed
/// (so a draft can be changed as it was written) and which numbers found nobody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct NoticeMessage {
    pub nl: NoticeText,
    pub en: NoticeText,
    pub numbers: String,
    pub not_used: Vec<String>,
}

impl NoticeMessage {
    pub fn text(&self, lang: Lang) -> &NoticeText {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    pub fn text_mut(&mut self, lang: Lang) -> &mut NoticeText {
        match lang {
            Lang::Nl => &mut self.nl,
            Lang::En => &mut self.en,
        }
    }
}

/// Where a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeState {
    Draft,
    Sending,
    Sent,
}

impl NoticeState {
    fn from_code(code: &str) -> NoticeState {
        match code {
            "draft" => NoticeState::Draft,
            "sending" => NoticeState::Sending,
            _ => NoticeState::Sent,
        }
    }
}

/// A notice, opened.
#[derive(Debug, Clone)]
pub struct Notice {
    pub id: Uuid,
    pub breach_id: Uuid,
    pub created_at: OffsetDateTime,
    pub audience: Audience,
    pub state: NoticeState,
    pub sent_at: Option<OffsetDateTime>,
    pub finished_at: Option<OffsetDateTime>,
    pub message: NoticeMessage,
}

/// A notice as one customer has it.
#[derive(Debug, Clone)]
pub struct CustomerNotice {
    pub id: Uuid,
    pub breach_id: Uuid,
    pub sent_at: Option<OffsetDateTime>,
    pub read_at: Option<OffsetDateTime>,
    pub message: NoticeMessage,
}

fn seal(keys: &Keyring, id: Uuid, message: &NoticeMessage) -> anyhow::Result<Vec<u8>> {
    Ok(sealing_key(keys).seal(id, "notice", &serde_json::to_string(message)?))
}

fn open(keys: &Keyring, id: Uuid, sealed: &[u8]) -> anyhow::Result<NoticeMessage> {
    let json = sealing_key(keys)
        .open(id, "notice", sealed)
        .map_err(|e| anyhow::anyhow!("breach notice: {e}"))?;
    Ok(serde_json::from_str(&json)?)
}

fn opened(keys: &Keyring, row: &NoticeRow) -> anyhow::Result<Notice> {
    Ok(Notice {
        id: row.id,
        breach_id: row.breach_id,
        created_at: row.created_at,
        audience: Audience::from_code(&row.audience).unwrap_or(Audience::List),
        state: NoticeState::from_code(&row.state),
        sent_at: row.sent_at,
        finished_at: row.finished_at,
        message: open(keys, row.id, &row.sealed)?,
    })
}

/// The numbers in what was pasted: one per line, or separated by commas or semicolons.
/// Spaces inside a number are kept (the lookup ignores them); each number once.
pub fn customer_numbers(pasted: &str) -> Vec<String> {
    let mut numbers: Vec<String> = Vec::new();
    for number in pasted
        .split(['\n', '\r', ',', ';', '\t'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let key = normalized(number);
        if !numbers.iter().any(|n| normalized(n) == key) {
            numbers.push(number.to_string());
        }
    }
    numbers
}

fn normalized(number: &str) -> String {
    number
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

/// What is wrong with a notice, as (form field, message id) pairs; empty when it may be
/// saved. Every part is needed in both languages: a customer reads it in theirs.
pub fn problems(
    breach: &Breach,
    audience: Option<Audience>,
    message: &NoticeMessage,
) -> Vec<(String, &'static str)> {
    let mut problems = Vec::new();
    if breach.facts.decision != Some(Decision::HighRisk) {
        problems.push(("decision".into(), "breach-notice-error-not-high-risk"));
    }
    match audience {
        None => problems.push(("audience".into(), "breach-notice-error-audience")),
        Some(Audience::List) if customer_numbers(&message.numbers).is_empty() => {
            problems.push(("numbers".into(), "breach-notice-error-numbers"))
        }
        Some(_) => {}
    }
    for lang in Lang::ALL {
        for (part, value) in message.text(lang).parts() {
            if value.trim().is_empty() {
                problems.push((part.field(lang), "breach-notice-error-empty"));
            } else if value.chars().count() > MAX_PART {
                problems.push((part.field(lang), "breach-notice-error-too-long"));
            }
        }
    }
    problems
}

/// A draft to save: the form's id (so the same form sent twice is one notice).
pub struct Draft {
    pub id: Uuid,
    pub audience: Audience,
    pub message: NoticeMessage,
    pub by: Uuid,
    pub at: OffsetDateTime,
}

/// Saves a draft; for a list, looks the numbers up through the blind index. Numbers that
/// find no customer are kept in the draft to show back, worded so that the page does not
/// tell whether such a customer ever existed.
pub async fn save_draft(
    store: &dyn Store,
    keys: &Keyring,
    breach: &Breach,
    mut draft: Draft,
) -> anyhow::Result<DraftSaved> {
    let mut recipients = Vec::new();
    draft.message.not_used.clear();
    if draft.audience == Audience::List {
        for number in customer_numbers(&draft.message.numbers) {
            let index = keys.blind_index.customer_number(&number);
            match store.find_customer_by_number_index(&index).await? {
                Some(customer) if !recipients.contains(&customer) => recipients.push(customer),
                Some(_) => {}
                None => draft.message.not_used.push(number),
            }
        }
    } else {
        draft.message.numbers.clear();
    }
    let row = NoticeRow {
        id: draft.id,
        breach_id: breach.id,
        created_at: draft.at,
        created_by: draft.by,
        audience: draft.audience.code().into(),
        sealed: seal(keys, draft.id, &draft.message)?,
        state: "draft".into(),
        sent_at: None,
        sent_by: None,
        finished_at: None,
    };
    store.save_notice_draft(&row, &recipients).await
}

/// One notice of this breach, or `None`.
pub async fn find(
    store: &dyn Store,
    keys: &Keyring,
    breach: &Breach,
    id: Uuid,
) -> anyhow::Result<Option<Notice>> {
    match store.notice(id).await? {
        Some(row) if row.breach_id == breach.id => Ok(Some(opened(keys, &row)?)),
        _ => Ok(None),
    }
}

/// Every notice of this breach, oldest first.
pub async fn of_breach(
    store: &dyn Store,
    keys: &Keyring,
    breach: &Breach,
) -> anyhow::Result<Vec<Notice>> {
    store
        .notices_of_breach(breach.id)
        .await?
        .iter()
        .map(|row| opened(keys, row))
        .collect()
}

/// The notices a customer has, newest first.
pub async fn of_customer(
    store: &dyn Store,
    keys: &Keyring,
    customer: Uuid,
) -> anyhow::Result<Vec<CustomerNotice>> {
    opened_for_customer(keys, &store.notices_of_customer(customer).await?)
}

/// A customer's notice rows, opened.
pub fn opened_for_customer(
    keys: &Keyring,
    rows: &[CustomerNoticeRow],
) -> anyhow::Result<Vec<CustomerNotice>> {
    rows.iter()
        .map(|row| {
            Ok(CustomerNotice {
                id: row.id,
                breach_id: row.breach_id,
                sent_at: row.sent_at,
                read_at: row.read_at,
                message: open(keys, row.id, &row.sealed)?,
            })
        })
        .collect()
}

/// The text of a sent notice, for the sender's e-mails.
pub async fn message_of(
    store: &dyn Store,
    keys: &Keyring,
    id: Uuid,
) -> anyhow::Result<Option<NoticeMessage>> {
    match store.notice(id).await? {
        Some(row) => Ok(Some(open(keys, row.id, &row.sealed)?)),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::staff::breach::BreachFacts;

    fn breach(decision: Option<Decision>) -> Breach {
        Breach {
            id: Uuid::nil(),
            reference: "DL-2026-0001".into(),
            reported_at: OffsetDateTime::UNIX_EPOCH,
            reported_by: Uuid::nil(),
            version: 1,
            facts: BreachFacts {
                decision,
                ..Default::default()
            },
        }
    }

    fn complete() -> NoticeMessage {
        let text = NoticeText {
            what_happened: "a".into(),
            which_data: "b".into(),
            consequences: "c".into(),
            what_we_did: "d".into(),
            what_you_can_do: "e".into(),
        };
        NoticeMessage {
            nl: text.clone(),
            en: text,
            numbers: "100200300".into(),
            not_used: vec![],
        }
    }

    #[test]
    fn numbers_are_split_on_lines_commas_and_semicolons_and_each_kept_once() {
        assert_eq!(
            customer_numbers("100200300\r\n100 200 301, 100200302;\n\n100200300\t 100200301 "),
            vec!["100200300", "100 200 301", "100200302"]
        );
        assert!(customer_numbers(" \n , ; ").is_empty());
    }

    #[test]
    fn only_a_high_risk_breach_may_notify_customers() {
        for decision in [None, Some(Decision::NoRisk), Some(Decision::Risk)] {
            let found = problems(&breach(decision), Some(Audience::All), &complete());
            assert_eq!(
                found,
                vec![("decision".into(), "breach-notice-error-not-high-risk")]
            );
        }
        assert!(
            problems(
                &breach(Some(Decision::HighRisk)),
                Some(Audience::All),
                &complete()
            )
            .is_empty()
        );
    }

    #[test]
    fn every_part_is_needed_in_both_languages_and_a_list_needs_numbers() {
        let high = breach(Some(Decision::HighRisk));
        let mut message = complete();
        message.en.consequences = "  ".into();
        message.nl.what_you_can_do = "x".repeat(MAX_PART + 1);
        message.numbers = " , ".into();
        let found = problems(&high, Some(Audience::List), &message);
        assert_eq!(
            found,
            vec![
                ("numbers".into(), "breach-notice-error-numbers"),
                ("what_you_can_do_nl".into(), "breach-notice-error-too-long"),
                ("consequences_en".into(), "breach-notice-error-empty"),
            ]
        );
        assert_eq!(
            problems(&high, None, &complete()),
            vec![("audience".into(), "breach-notice-error-audience")]
        );
    }

    #[test]
    fn a_sealed_notice_opens_only_under_its_own_id() {
        let keys = Keyring {
            master: crate::crypto::MasterKey::generate(),
            blind_index: crate::crypto::BlindIndexKey::new(crate::crypto::DataKey::from_bytes(
                [3; 32],
            )),
            kept_records: crate::crypto::DataKey::from_bytes([4; 32]),
        };
        let id = Uuid::from_u128(7);
        let sealed = seal(&keys, id, &complete()).unwrap();
        assert_eq!(open(&keys, id, &sealed).unwrap(), complete());
        assert!(open(&keys, Uuid::from_u128(8), &sealed).is_err());
    }
}
