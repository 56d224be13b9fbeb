//! The rules a breach's record must keep before it is saved, and the moments typed into
//! its form. Pure functions, so each rule has a unit test.
//!
//! Moments are typed as local time where the organisation is (`organisation.time_zone`),
//! `25-10-2026 01:30` or `2026-10-25 01:30`. In the hour the clocks go back a local time
//! happens twice; the first (summer time) is taken, the earlier and so stricter one.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use time::OffsetDateTime;

use super::breach::{BreachFacts, Decision, Status};
use super::breach_deadline;

/// A typed moment: empty is `Ok(None)`, anything unreadable is `Err(())`.
#[allow(clippy::result_unit_err)]
pub fn parse_moment(raw: &str, zone: &TimeZone) -> Result<Option<OffsetDateTime>, ()> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let (day, clock) = raw.split_once([' ', 'T']).ok_or(())?;
    let date = crate::domain::parse_day(day).ok_or(())?;
    let (hour, minute) = clock.trim().split_once([':', '.']).ok_or(())?;
    let hour: i8 = hour.parse().map_err(|_| ())?;
    let minute: i8 = minute.parse().map_err(|_| ())?;
    let civil = DateTime::new(
        date.year() as i16,
        u8::from(date.month()) as i8,
        date.day() as i8,
        hour,
        minute,
        0,
        0,
    )
    .map_err(|_| ())?;
    let stamp = zone
        .to_ambiguous_timestamp(civil)
        .earlier()
        .map_err(|_| ())?;
    OffsetDateTime::from_unix_timestamp(stamp.as_second())
        .map(Some)
        .map_err(|_| ())
}

/// A moment as the form shows it again: `25-10-2026 01:30`, local time.
pub fn format_moment(at: Option<OffsetDateTime>, zone: &TimeZone) -> String {
    at.map(|at| {
        let local = crate::i18n::local(zone, at);
        format!(
            "{:02}-{:02}-{} {:02}:{:02}",
            local.day(),
            u8::from(local.month()),
            local.year(),
            local.hour(),
            local.minute()
        )
    })
    .unwrap_or_default()
}

/// What is wrong with a record before it may be saved: (field, message id) pairs.
pub fn problems(facts: &BreachFacts) -> Vec<(&'static str, &'static str)> {
    let mut found = Vec::new();
    if facts.title.trim().is_empty() {
        found.push(("title", "breach-error-title"));
    }
    if let (Some(from), Some(to)) = (facts.occurred_from, facts.occurred_to)
        && to < from
    {
        found.push(("occurred_to", "breach-error-occurred-order"));
    }
    for (field, min, max) in [
        ("people_max", facts.people_min, facts.people_max),
        ("records_max", facts.records_min, facts.records_max),
    ] {
        if let (Some(min), Some(max)) = (min, max)
            && max < min
        {
            found.push((field, "breach-error-min-max"));
        }
    }
    if let Some(notified) = facts.ap_notified_at {
        match facts.aware_at {
            None => found.push(("aware_at", "breach-error-aware-needed")),
            Some(aware) => {
                if breach_deadline::is_late(aware, notified)
                    && facts.delay_reasons.trim().is_empty()
                {
                    found.push(("delay_reasons", "breach-error-delay-reasons"));
                }
            }
        }
    }
    if facts.decision.is_some() && facts.rationale.trim().is_empty() {
        found.push((
            "rationale",
            if facts.decision == Some(Decision::NoRisk) {
                "breach-error-no-risk-rationale"
            } else {
                "breach-error-rationale"
            },
        ));
    }
    if facts.status == Status::Notified && facts.ap_notified_at.is_none() {
        found.push(("ap_notified_at", "breach-error-notified-when"));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn amsterdam() -> TimeZone {
        TimeZone::get("Europe/Amsterdam").unwrap()
    }

    #[test]
    fn typed_local_moments_become_utc_and_back() {
        let zone = amsterdam();
        let at = parse_moment("27-11-2026 16:00", &zone).unwrap();
        assert_eq!(at, Some(datetime!(2026-11-27 15:00 UTC)));
        assert_eq!(parse_moment("2026-11-27 16:00", &zone).unwrap(), at);
        assert_eq!(format_moment(at, &zone), "27-11-2026 16:00");
        // The repeated hour: the first 02:30, in summer time.
        assert_eq!(
            parse_moment("25-10-2026 02:30", &zone).unwrap(),
            Some(datetime!(2026-10-25 00:30 UTC))
        );
        assert_eq!(parse_moment("  ", &zone), Ok(None));
        assert_eq!(parse_moment("gisteren", &zone), Err(()));
        assert_eq!(parse_moment("32-11-2026 10:00", &zone), Err(()));
        assert_eq!(parse_moment("27-11-2026 25:00", &zone), Err(()));
    }

    fn titled() -> BreachFacts {
        BreachFacts {
            title: "Lost laptop".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_late_notification_needs_reasons_for_the_delay() {
        let mut facts = titled();
        facts.aware_at = Some(datetime!(2026-11-27 15:00 UTC));
        facts.ap_notified_at = Some(datetime!(2026-11-30 15:00 UTC));
        assert!(problems(&facts).is_empty(), "in time needs no reasons");
        facts.ap_notified_at = Some(datetime!(2026-11-30 16:00 UTC));
        assert_eq!(
            problems(&facts),
            [("delay_reasons", "breach-error-delay-reasons")]
        );
        facts.delay_reasons = "The processor told us late.".into();
        assert!(problems(&facts).is_empty());
    }

    #[test]
    fn a_decision_needs_its_rationale_and_no_risk_says_so() {
        let mut facts = titled();
        facts.decision = Some(Decision::NoRisk);
        assert_eq!(
            problems(&facts),
            [("rationale", "breach-error-no-risk-rationale")]
        );
        facts.decision = Some(Decision::HighRisk);
        assert_eq!(problems(&facts), [("rationale", "breach-error-rationale")]);
        facts.rationale = "Encrypted disk, key not lost.".into();
        assert!(problems(&facts).is_empty());
    }

    #[test]
    fn ranges_run_forwards_and_notified_needs_a_time() {
        let mut facts = titled();
        facts.people_min = Some(10);
        facts.people_max = Some(5);
        facts.occurred_from = Some(datetime!(2026-11-27 15:00 UTC));
        facts.occurred_to = Some(datetime!(2026-11-26 15:00 UTC));
        facts.status = Status::Notified;
        let fields: Vec<_> = problems(&facts).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["occurred_to", "people_max", "ap_notified_at"]);
    }
}
