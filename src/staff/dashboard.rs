//! The dashboard's figures, counted from the requests' dates alone (no personal data):
//! what is open, overdue and due this week; requests received per month by kind; and per
//! month of answering, how many answers came within the lawful deadline.
//!
//! The lawful deadline is `due_on` (one month after the day of receipt), or
//! `extended_until` when the extension was made in time: it took effect on or before
//! `due_on` (Art. 12(3) GDPR allows an extension only within the first month). An
//! extension made after `due_on` does not move the deadline; such an answer counts as a
//! late extension, apart from the plainly late ones. Withdrawn requests were not answered,
//! so they are not counted. Every day is a day where the organisation is (`zone`).

use jiff::tz::TimeZone;
use time::{Date, Duration, Month, OffsetDateTime, Time};
use uuid::Uuid;

use crate::db::RequestFigureRow;
use crate::domain::{RequestKind, RequestStatus, received_on};

/// How many months the dashboard shows, this month included.
pub const MONTHS: usize = 12;

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: i32,
    pub month: Month,
}

impl YearMonth {
    pub fn of(date: Date) -> YearMonth {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn previous(self) -> YearMonth {
        let year = if self.month == Month::January {
            self.year - 1
        } else {
            self.year
        };
        YearMonth {
            year,
            month: self.month.previous(),
        }
    }

    pub fn first_day(self) -> Date {
        Date::from_calendar_date(self.year, self.month, 1).expect("every month has a first day")
    }

    /// `2026-03`, for data attributes and tests.
    pub fn code(self) -> String {
        format!("{}-{:02}", self.year, u8::from(self.month))
    }
}

/// The months shown, oldest first, ending with `today`'s month.
pub fn months_ending(today: Date) -> Vec<YearMonth> {
    let mut months = vec![YearMonth::of(today)];
    while months.len() < MONTHS {
        let earlier = months.last().expect("not empty").previous();
        months.push(earlier);
    }
    months.reverse();
    months
}

/// A moment before every request the figures of `today` count, apart from the open ones:
/// a day before the first month shown, so no time zone can move a request out of reach.
pub fn counted_since(today: Date) -> OffsetDateTime {
    let first = months_ending(today)[0].first_day() - Duration::days(1);
    first.with_time(Time::MIDNIGHT).assume_utc()
}

/// How an answered request (completed or refused) met its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timeliness {
    OnTime,
    /// Extended after the first month had passed: the extension did not count.
    LateExtension,
    Late,
}

fn is_proper_extension(row: &RequestFigureRow, zone: &TimeZone) -> bool {
    match (row.extended_until, row.extended_at) {
        (Some(_), Some(at)) => received_on(zone, at) <= row.due_on,
        // Without the moment it took effect, an extension is not shown to be in time.
        _ => false,
    }
}

/// The last day to answer: `due_on`, or `extended_until` after an extension made in time.
pub fn lawful_deadline(row: &RequestFigureRow, zone: &TimeZone) -> Date {
    match row.extended_until {
        Some(until) if is_proper_extension(row, zone) => until,
        _ => row.due_on,
    }
}

fn status(row: &RequestFigureRow) -> Option<RequestStatus> {
    RequestStatus::parse(&row.status)
}

/// How `row` was answered; `None` when it was not (open, or withdrawn).
pub fn timeliness(row: &RequestFigureRow, zone: &TimeZone) -> Option<Timeliness> {
    let answered = matches!(
        status(row)?,
        RequestStatus::Completed | RequestStatus::Refused
    );
    let closed = received_on(zone, row.closed_at.filter(|_| answered)?);
    Some(
        if row.extended_at.is_some() && !is_proper_extension(row, zone) {
            Timeliness::LateExtension
        } else if closed <= lawful_deadline(row, zone) {
            Timeliness::OnTime
        } else {
            Timeliness::Late
        },
    )
}

/// The answers of one month.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Answered {
    pub on_time: u32,
    pub late_extension: u32,
    pub late: u32,
}

impl Answered {
    pub fn total(self) -> u32 {
        self.on_time + self.late_extension + self.late
    }

    /// The share answered on time, in whole percents rounded down (so 100 means all);
    /// `None` in a month without answers.
    pub fn on_time_percent(self) -> Option<u32> {
        let total = self.total();
        (total > 0).then(|| self.on_time * 100 / total)
    }

    fn add(&mut self, timeliness: Timeliness) {
        match timeliness {
            Timeliness::OnTime => self.on_time += 1,
            Timeliness::LateExtension => self.late_extension += 1,
            Timeliness::Late => self.late += 1,
        }
    }

    fn sum(self, other: Answered) -> Answered {
        Answered {
            on_time: self.on_time + other.on_time,
            late_extension: self.late_extension + other.late_extension,
            late: self.late + other.late,
        }
    }
}

/// One month of the dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthFigures {
    pub month: YearMonth,
    /// Requests received that month, in the order of `RequestKind::ALL`.
    pub received: [u32; RequestKind::ALL.len()],
    /// Requests answered (closed) that month.
    pub answered: Answered,
}

impl MonthFigures {
    pub fn received_total(&self) -> u32 {
        self.received.iter().sum()
    }
}

/// Everything the dashboard shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub open: u32,
    /// Open, and the lawful deadline has passed.
    pub overdue: u32,
    /// Open, with the deadline today or in the six days after.
    pub due_this_week: u32,
    /// `MONTHS` months, oldest first.
    pub months: Vec<MonthFigures>,
}

impl Figures {
    /// All answers of the months shown.
    pub fn answered(&self) -> Answered {
        self.months
            .iter()
            .fold(Answered::default(), |all, m| all.sum(m.answered))
    }

    pub fn received_total(&self) -> u32 {
        self.months.iter().map(MonthFigures::received_total).sum()
    }
}

fn is_open(row: &RequestFigureRow) -> bool {
    status(row).is_some_and(RequestStatus::is_open)
}

/// Counts `rows` as the dashboard shows them on `today`.
pub fn figures(rows: &[RequestFigureRow], today: Date, zone: &TimeZone) -> Figures {
    let mut months: Vec<MonthFigures> = months_ending(today)
        .into_iter()
        .map(|month| MonthFigures {
            month,
            received: [0; RequestKind::ALL.len()],
            answered: Answered::default(),
        })
        .collect();
    let index_of = |date: Date| {
        let month = YearMonth::of(date);
        months.iter().position(|m| m.month == month)
    };
    let mut found = Vec::new();
    let (mut open, mut overdue, mut due_this_week) = (0, 0, 0);
    let week_end = today + Duration::days(6);
    for row in rows {
        if is_open(row) {
            open += 1;
            let deadline = lawful_deadline(row, zone);
            if deadline < today {
                overdue += 1;
            } else if deadline <= week_end {
                due_this_week += 1;
            }
        }
        let kind = RequestKind::ALL
            .iter()
            .position(|k| Some(*k) == RequestKind::parse(&row.kind));
        let received = index_of(received_on(zone, row.received_at));
        let answered = timeliness(row, zone).and_then(|t| {
            let closed = row.closed_at.map(|at| received_on(zone, at))?;
            Some((index_of(closed)?, t))
        });
        found.push((received.zip(kind), answered));
    }
    for (received, answered) in found {
        if let Some((month, kind)) = received {
            months[month].received[kind] += 1;
        }
        if let Some((month, timeliness)) = answered {
            months[month].answered.add(timeliness);
        }
    }
    Figures {
        open,
        overdue,
        due_this_week,
        months,
    }
}

/// What an agent's start page counts: the queue, not the dashboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    /// Open and assigned to the agent.
    pub mine: u32,
    /// Open and assigned to nobody.
    pub unassigned: u32,
    /// Open and past the lawful deadline, whoever has it.
    pub overdue: u32,
}

/// The queue on `today`, for staff member `me`.
pub fn queue_counts(
    rows: &[RequestFigureRow],
    me: Uuid,
    today: Date,
    zone: &TimeZone,
) -> QueueCounts {
    let mut counts = QueueCounts::default();
    for row in rows.iter().filter(|row| is_open(row)) {
        match row.assigned_to {
            Some(staff) if staff == me => counts.mine += 1,
            None => counts.unassigned += 1,
            Some(_) => {}
        }
        if lawful_deadline(row, zone) < today {
            counts.overdue += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn amsterdam() -> TimeZone {
        TimeZone::get("Europe/Amsterdam").unwrap()
    }

    /// A request received 10 March 2026 (due 10 April), closed at `closed` with `status`.
    fn answered(status: &str, closed: OffsetDateTime) -> RequestFigureRow {
        RequestFigureRow {
            kind: "access".into(),
            status: status.into(),
            received_at: datetime!(2026-03-10 09:00 UTC),
            due_on: date!(2026 - 04 - 10),
            extended_until: None,
            extended_at: None,
            closed_at: Some(closed),
            assigned_to: None,
        }
    }

    fn extended(row: RequestFigureRow, at: OffsetDateTime) -> RequestFigureRow {
        RequestFigureRow {
            status: row.status.clone(),
            extended_until: Some(date!(2026 - 06 - 10)),
            extended_at: Some(at),
            ..row
        }
    }

    #[test]
    fn answered_on_the_due_day_in_the_organisations_zone_is_on_time() {
        let zone = amsterdam();
        // 23:30 UTC on 9 April is 01:30 on 10 April in Amsterdam: still the due day.
        let row = answered("completed", datetime!(2026-04-09 23:30 UTC));
        assert_eq!(timeliness(&row, &zone), Some(Timeliness::OnTime));
        let refused = answered("refused", datetime!(2026-04-10 21:59 UTC));
        assert_eq!(timeliness(&refused, &zone), Some(Timeliness::OnTime));
    }

    #[test]
    fn answered_after_the_due_day_is_late() {
        let zone = amsterdam();
        // 22:30 UTC on 10 April is 00:30 on 11 April in Amsterdam.
        let row = answered("completed", datetime!(2026-04-10 22:30 UTC));
        assert_eq!(timeliness(&row, &zone), Some(Timeliness::Late));
    }

    #[test]
    fn an_extension_made_in_time_moves_the_deadline() {
        let zone = amsterdam();
        let row = extended(
            answered("completed", datetime!(2026-06-01 10:00 UTC)),
            datetime!(2026-04-10 12:00 UTC),
        );
        assert_eq!(lawful_deadline(&row, &zone), date!(2026 - 06 - 10));
        assert_eq!(timeliness(&row, &zone), Some(Timeliness::OnTime));
        let after_the_extension = extended(
            answered("completed", datetime!(2026-06-11 10:00 UTC)),
            datetime!(2026-04-10 12:00 UTC),
        );
        assert_eq!(
            timeliness(&after_the_extension, &zone),
            Some(Timeliness::Late)
        );
    }

    #[test]
    fn an_extension_made_after_the_due_day_counts_apart() {
        let zone = amsterdam();
        let row = extended(
            answered("completed", datetime!(2026-05-01 10:00 UTC)),
            datetime!(2026-04-11 08:00 UTC),
        );
        assert_eq!(lawful_deadline(&row, &zone), date!(2026 - 04 - 10));
        assert_eq!(timeliness(&row, &zone), Some(Timeliness::LateExtension));
    }

    #[test]
    fn withdrawn_and_open_requests_are_not_answers() {
        let zone = amsterdam();
        let withdrawn = answered("withdrawn", datetime!(2026-03-20 10:00 UTC));
        assert_eq!(timeliness(&withdrawn, &zone), None);
        let open = RequestFigureRow {
            closed_at: None,
            ..answered("in-progress", datetime!(2026-03-20 10:00 UTC))
        };
        assert_eq!(timeliness(&open, &zone), None);
        let rows = [withdrawn, open];
        let figures = figures(&rows, date!(2026 - 04 - 01), &zone);
        assert_eq!(figures.answered(), Answered::default());
        assert_eq!(figures.open, 1);
        let march = figures.months.iter().find(|m| m.month.code() == "2026-03");
        assert_eq!(march.unwrap().received[0], 2, "both were received");
    }

    #[test]
    fn twelve_months_by_kind_and_by_month_of_answering() {
        let zone = amsterdam();
        let today = date!(2026 - 04 - 15);
        let mut erasure = answered("refused", datetime!(2026-04-11 10:00 UTC));
        erasure.kind = "erasure".into();
        // Received 30 April 2025 at 23:30 in Amsterdam: outside the twelve months (May
        // 2025 to April 2026).
        let mut too_old = answered("completed", datetime!(2025-05-02 10:00 UTC));
        too_old.received_at = datetime!(2025-04-30 21:30 UTC);
        // Received 1 May 2025 at 00:30 in Amsterdam: the first month shown.
        let mut oldest = too_old.clone();
        oldest.received_at = datetime!(2025-04-30 22:30 UTC);
        let rows = [
            answered("completed", datetime!(2026-04-01 10:00 UTC)),
            erasure,
            too_old,
            oldest,
        ];
        let figures = figures(&rows, today, &zone);
        assert_eq!(figures.months.len(), MONTHS);
        let codes: Vec<String> = figures.months.iter().map(|m| m.month.code()).collect();
        assert_eq!(codes.first().unwrap(), "2025-05");
        assert_eq!(codes.last().unwrap(), "2026-04");
        assert_eq!(figures.months[0].received, [1, 0, 0, 0, 0, 0]);
        assert_eq!(
            figures.months[0].answered.on_time, 2,
            "both answered in May 2025"
        );
        let april = figures.months.last().unwrap();
        assert_eq!(
            april.answered,
            Answered {
                on_time: 1,
                late_extension: 0,
                late: 1
            }
        );
        assert_eq!(april.answered.on_time_percent(), Some(50));
        let march = &figures.months[MONTHS - 2];
        assert_eq!(march.received, [1, 0, 1, 0, 0, 0]);
        assert_eq!(
            figures.received_total(),
            3,
            "the April 2025 one falls outside"
        );
        assert!(counted_since(today) < datetime!(2025-05-01 00:00 UTC));
    }

    #[test]
    fn open_overdue_and_due_this_week() {
        let zone = amsterdam();
        let today = date!(2026 - 04 - 15);
        let open = |due: Date, assigned: Option<Uuid>| RequestFigureRow {
            status: "received".into(),
            due_on: due,
            closed_at: None,
            assigned_to: assigned,
            ..answered("received", datetime!(2026-03-10 09:00 UTC))
        };
        let me = Uuid::new_v4();
        let rows = [
            open(date!(2026 - 04 - 14), Some(me)),
            open(date!(2026 - 04 - 15), None),
            open(date!(2026 - 04 - 21), Some(Uuid::new_v4())),
            open(date!(2026 - 04 - 22), None),
            answered("completed", datetime!(2026-04-01 10:00 UTC)),
        ];
        let figures = figures(&rows, today, &zone);
        assert_eq!(
            (figures.open, figures.overdue, figures.due_this_week),
            (4, 1, 2)
        );
        assert_eq!(
            queue_counts(&rows, me, today, &zone),
            QueueCounts {
                mine: 1,
                unassigned: 2,
                overdue: 1
            }
        );
    }
}
