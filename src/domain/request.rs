//! A customer's GDPR request: its kind, its status, and its deadline.
//!
//! The deadline is one calendar month after receipt (Art. 12(3) GDPR), counted as EU law
//! counts periods in months (Regulation 1182/71, Art. 3(2)(c)): the same day number in
//! the next month, or that month's last day when the day does not exist there. 31 January
//! gives 28 February (29 in a leap year), 31 March gives 30 April. The day of receipt is
//! the day in the Netherlands, not in UTC: a request sent at 00:30 on 1 February is a
//! February request.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::{EventKind, Handling};
use crate::privacy::register::add_months;

/// What the customer asks for; the codes are those of the `requests.kind` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestKind {
    /// Art. 15: see the data held.
    Access,
    /// Art. 16: correct it.
    Rectification,
    /// Art. 17: delete it.
    Erasure,
    /// Art. 18: use it less for a while.
    Restriction,
    /// Art. 21: stop a use of it.
    Objection,
    /// A complaint about how the organisation handles personal data.
    Complaint,
}

impl RequestKind {
    /// In the order the form offers them.
    pub const ALL: [RequestKind; 6] = [
        RequestKind::Access,
        RequestKind::Rectification,
        RequestKind::Erasure,
        RequestKind::Restriction,
        RequestKind::Objection,
        RequestKind::Complaint,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RequestKind::Access => "access",
            RequestKind::Rectification => "rectification",
            RequestKind::Erasure => "erasure",
            RequestKind::Restriction => "restriction",
            RequestKind::Objection => "objection",
            RequestKind::Complaint => "complaint",
        }
    }

    pub fn parse(code: &str) -> Option<RequestKind> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// Whether the customer must say what the request is about. Asking to see one's data
    /// needs no explanation (Art. 15 asks for none), the others do.
    pub fn needs_details(self) -> bool {
        self != RequestKind::Access
    }
}

/// Where a request stands; the codes are those of the `requests.status` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestStatus {
    Received,
    InProgress,
    /// The deadline was moved on (Art. 12(3)), with a reason.
    Extended,
    Completed,
    /// Not granted; the customer may complain to the supervisory authority.
    Refused,
    /// Cancelled by the customer.
    Withdrawn,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 6] = [
        RequestStatus::Received,
        RequestStatus::InProgress,
        RequestStatus::Extended,
        RequestStatus::Completed,
        RequestStatus::Refused,
        RequestStatus::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RequestStatus::Received => "received",
            RequestStatus::InProgress => "in-progress",
            RequestStatus::Extended => "extended",
            RequestStatus::Completed => "completed",
            RequestStatus::Refused => "refused",
            RequestStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(code: &str) -> Option<RequestStatus> {
        Self::ALL.into_iter().find(|status| status.code() == code)
    }

    /// Still being handled: it has a deadline and the customer may cancel it.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            RequestStatus::Received | RequestStatus::InProgress | RequestStatus::Extended
        )
    }

    /// The statuses that may still be cancelled, as column codes (for the SQL guard).
    pub const OPEN_CODES: [&'static str; 3] = ["received", "in-progress", "extended"];
}

/// The most an answer may be put off beyond the first month (Art. 12(3)).
pub const MAX_EXTENSION_MONTHS: u8 = 2;

/// The day a request was received, as a day where the organisation is (`zone`).
pub fn received_on(zone: &jiff::tz::TimeZone, received_at: OffsetDateTime) -> Date {
    crate::i18n::local(zone, received_at).date()
}

/// The last day to answer: one calendar month after the day of receipt.
pub fn due_on(received_on: Date) -> Date {
    add_months(received_on, 1)
}

/// The last day to answer after an extension by `months` (1 or 2) more months. The whole
/// period is counted from receipt, as one period of `1 + months` months, so a month end
/// is clamped once: received 31 January, extended by two, gives 30 April.
pub fn extended_due_on(received_on: Date, months: u8) -> Option<Date> {
    (1..=MAX_EXTENSION_MONTHS)
        .contains(&months)
        .then(|| add_months(received_on, 1 + i32::from(months)))
}

/// The characters of a reference: no 0/O, 1/I/L, 5/S, 8/B or 2/Z to mix up when it is
/// read out over the phone.
const REFERENCE_ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";

/// A new random reference for a request received in `year`, like `AVG-2026-7KQ4MX`. It
/// carries no personal data and says nothing about how many requests there are. Unique
/// by the database's constraint: the caller draws again when one is taken.
pub fn new_reference(year: i32) -> String {
    let random = Uuid::new_v4();
    let code: String = random.as_bytes()[..6]
        .iter()
        .map(|byte| REFERENCE_ALPHABET[usize::from(*byte) % REFERENCE_ALPHABET.len()] as char)
        .collect();
    format!("AVG-{year}-{code}")
}

/// Whether a path segment can be a reference at all; anything else is not looked up.
pub fn looks_like_reference(text: &str) -> bool {
    (1..=40).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// A request as the customer sees it, opened.
#[derive(Debug, Clone)]
pub struct Request {
    pub id: Uuid,
    /// Like `AVG-2026-7KQ4MX`: no personal data, safe in URLs and e-mails.
    pub reference: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub received_at: OffsetDateTime,
    pub due_on: Date,
    pub extended_until: Option<Date>,
    pub extension_reason: Option<String>,
    /// What the customer wrote.
    pub details: Option<String>,
    pub closed_at: Option<OffsetDateTime>,
    /// The customer it is about, while they exist (gone after their erasure).
    pub customer_id: Option<Uuid>,
    /// The staff side: who works it, what it waits for.
    pub handling: Handling,
}

impl Request {
    /// The deadline in force: the extended one if there is one.
    pub fn answer_by(&self) -> Date {
        self.extended_until.unwrap_or(self.due_on)
    }

    /// Staff asked the customer for information, and work waits for the answer.
    pub fn waits_for_customer(&self) -> bool {
        self.status.is_open() && self.handling.waiting_since.is_some()
    }
}

/// One step in a request's history.
#[derive(Debug, Clone)]
pub struct RequestEvent {
    pub at: OffsetDateTime,
    pub kind: EventKind,
    /// An explanation given with the step (the reason of a refusal, for example).
    pub note: Option<String>,
    /// Who took the step: `customer`, `staff` or `system`, and their id.
    pub actor_kind: String,
    pub actor_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn one_month_after_the_last_day_of_january_is_the_last_day_of_february() {
        assert_eq!(due_on(date!(2026 - 01 - 31)), date!(2026 - 02 - 28));
        assert_eq!(
            due_on(date!(2028 - 01 - 31)),
            date!(2028 - 02 - 29),
            "leap year"
        );
        assert_eq!(due_on(date!(2026 - 01 - 30)), date!(2026 - 02 - 28));
        assert_eq!(due_on(date!(2026 - 01 - 28)), date!(2026 - 02 - 28));
    }

    #[test]
    fn a_leap_day_gives_the_same_day_number_next_month() {
        assert_eq!(due_on(date!(2028 - 02 - 29)), date!(2028 - 03 - 29));
        assert_eq!(due_on(date!(2026 - 02 - 28)), date!(2026 - 03 - 28));
    }

    #[test]
    fn thirty_one_march_gives_thirty_april_and_december_rolls_the_year() {
        assert_eq!(due_on(date!(2026 - 03 - 31)), date!(2026 - 04 - 30));
        assert_eq!(due_on(date!(2026 - 12 - 31)), date!(2027 - 01 - 31));
        assert_eq!(due_on(date!(2026 - 11 - 24)), date!(2026 - 12 - 24));
    }

    #[test]
    fn an_extension_adds_at_most_two_months_counted_from_receipt() {
        assert_eq!(
            extended_due_on(date!(2026 - 01 - 31), 2),
            Some(date!(2026 - 04 - 30))
        );
        assert_eq!(
            extended_due_on(date!(2026 - 01 - 31), 1),
            Some(date!(2026 - 03 - 31))
        );
        assert_eq!(
            extended_due_on(date!(2027 - 12 - 31), 2),
            Some(date!(2028 - 03 - 31))
        );
        assert_eq!(
            extended_due_on(date!(2025 - 11 - 30), 2),
            Some(date!(2026 - 02 - 28))
        );
        assert_eq!(extended_due_on(date!(2026 - 01 - 31), 0), None);
        assert_eq!(extended_due_on(date!(2026 - 01 - 31), 3), None);
    }

    #[test]
    fn the_day_of_receipt_is_the_day_where_the_organisation_is() {
        let amsterdam = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap();
        // 00:30 in Amsterdam on 1 February is still 31 January in UTC.
        let at = datetime!(2026 - 01 - 31 23:30 UTC);
        assert_eq!(received_on(&amsterdam, at), date!(2026 - 02 - 01));
        assert_eq!(due_on(received_on(&amsterdam, at)), date!(2026 - 03 - 01));
        // Summer time: 22:30 UTC on 31 March is 00:30 on 1 April.
        assert_eq!(
            received_on(&amsterdam, datetime!(2026 - 03 - 31 22:30 UTC)),
            date!(2026 - 04 - 01)
        );
        // In Lisbon the same moment is 23:30 on 31 January.
        let lisbon = jiff::tz::TimeZone::get("Europe/Lisbon").unwrap();
        assert_eq!(received_on(&lisbon, at), date!(2026 - 01 - 31));
    }

    #[test]
    fn references_are_readable_and_differ() {
        let one = new_reference(2026);
        assert!(one.starts_with("AVG-2026-") && one.len() == 15, "{one}");
        assert!(looks_like_reference(&one));
        assert_ne!(one, new_reference(2026));
        for bad in ["", "avg-2026-1", "AVG/../x", "AVG 2026", &"A".repeat(41)] {
            assert!(!looks_like_reference(bad), "{bad:?}");
        }
    }

    #[test]
    fn codes_round_trip_and_only_open_requests_can_be_cancelled() {
        for kind in RequestKind::ALL {
            assert_eq!(RequestKind::parse(kind.code()), Some(kind));
        }
        for status in RequestStatus::ALL {
            assert_eq!(RequestStatus::parse(status.code()), Some(status));
            assert_eq!(
                status.is_open(),
                RequestStatus::OPEN_CODES.contains(&status.code())
            );
        }
        assert_eq!(RequestKind::parse("Access"), None);
        assert_eq!(RequestStatus::parse(""), None);
    }
}
