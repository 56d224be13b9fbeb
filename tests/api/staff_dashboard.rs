//! The staff start page (`/staff`): the dashboard for the privacy officer and the
//! administrator, the queue's counts for an agent; the numbers in its tables come from
//! requests with known dates, and each chart shows the numbers of its table.

use time::Duration;
use uuid::Uuid;

use inzage::db::{RequestHandlingRow, RequestRow};
use inzage::domain::{due_on, extended_due_on, received_on};
use inzage::paths;
use inzage::staff::Role;

use crate::helpers::TestApp;
use crate::staff::staff_member;

/// One request, as the store takes it, with only the dates and status of interest.
struct Known {
    kind: &'static str,
    status: &'static str,
    received_days_ago: i64,
    /// Days ago the extension took effect, for an extended one.
    extended_days_ago: Option<i64>,
    closed_days_ago: Option<i64>,
    assigned_to: Option<Uuid>,
}

fn row(app: &TestApp, n: usize, known: &Known) -> RequestRow {
    let now = app.clock.now();
    let zone = &app.settings.organisation.time_zone;
    let received_at = now - Duration::days(known.received_days_ago);
    let received = received_on(zone, received_at);
    let id = Uuid::new_v4();
    RequestRow {
        id,
        reference: format!("AVG-TEST-{n:04}"),
        customer_id: None,
        subject_index: vec![n as u8],
        subject_sealed: vec![0],
        kind: known.kind.into(),
        status: known.status.into(),
        received_at,
        due_on: due_on(received),
        extended_until: known
            .extended_days_ago
            .and_then(|_| extended_due_on(received, 2)),
        extension_reason_sealed: None,
        details_sealed: None,
        closed_at: known.closed_days_ago.map(|d| now - Duration::days(d)),
        handling: RequestHandlingRow {
            extended_at: known.extended_days_ago.map(|d| now - Duration::days(d)),
            assigned_to: known.assigned_to,
            ..Default::default()
        },
    }
}

async fn insert(app: &TestApp, known: &[Known]) {
    let rows: Vec<RequestRow> = known
        .iter()
        .enumerate()
        .map(|(n, k)| row(app, n, k))
        .collect();
    assert!(app.store.insert_past_requests(&rows, &[]).await.unwrap());
    assert!(
        !app.store.insert_past_requests(&rows, &[]).await.unwrap(),
        "a second time adds nothing"
    );
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start} in the page"))
        + start.len();
    let to = text[from..].find(end).expect("the end") + from;
    &text[from..to]
}

/// Text without its tags.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The body rows of the table with this id, each a list of its cells' texts.
fn table(html: &str, id: &str) -> Vec<Vec<String>> {
    let table = between(
        html,
        &format!(r#"<table class="table" id="{id}">"#),
        "</table>",
    );
    let body = between(table, "<tbody>", "</tbody>");
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split(['<'])
                .filter(|part| part.starts_with("th scope=\"row\">") || part.starts_with("td>"))
                .map(|part| text_of(&format!("<{part}")))
                .collect()
        })
        .collect()
}

/// One row of a chart: its month code, its total, and (series, value) per segment.
type ChartRow = (String, u32, Vec<(String, u32)>);

/// The rows of the chart with this id.
fn chart(html: &str, id: &str) -> Vec<ChartRow> {
    let svg = between(html, &format!(r#"<svg id="{id}""#), "</svg>");
    assert!(svg.contains(&format!(
        r#"role="img" aria-labelledby="{id}-title {id}-desc""#
    )));
    assert!(
        !text_of(between(
            svg,
            &format!(r#"<title id="{id}-title">"#),
            "</title>"
        ))
        .is_empty()
    );
    assert!(
        !text_of(between(
            svg,
            &format!(r#"<desc id="{id}-desc">"#),
            "</desc>"
        ))
        .is_empty()
    );
    svg.split(r#"<g class="chart__row" "#)
        .skip(1)
        .map(|row| {
            let month = between(row, r#"data-category=""#, r#"""#).to_string();
            let total = between(row, r#"data-total=""#, r#"""#).parse().unwrap();
            let segments = row
                .split(r#"data-series=""#)
                .skip(1)
                .map(|s| {
                    let series = s[..s.find('"').unwrap()].to_string();
                    (
                        series,
                        between(s, r#"data-value=""#, r#"""#).parse().unwrap(),
                    )
                })
                .collect();
            (month, total, segments)
        })
        .collect()
}

fn number(cell: &str) -> u32 {
    cell.parse()
        .unwrap_or_else(|_| panic!("a number: {cell:?}"))
}

const KINDS: [&str; 6] = [
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "complaint",
];

crate::on_both_backends! {
    async fn the_dashboard_counts_known_requests_and_its_charts_match_its_tables(app: TestApp) {
        let officer = staff_member(&app, "fg@example.nl", Role::PrivacyOfficer).await;
        let admin = staff_member(&app, "beheer@example.nl", Role::Administrator).await;
        let agent = staff_member(&app, "agent@example.nl", Role::Agent).await;
        let agent_id = app.store.all_staff().await.unwrap().into_iter().find(|s| s.role == "agent").unwrap().id;
        let k = |kind, status, received_days_ago, extended_days_ago, closed_days_ago, assigned_to| Known {
            kind, status, received_days_ago, extended_days_ago, closed_days_ago, assigned_to,
        };
        insert(&app, &[
            // Open: one fresh, one overdue (the agent's), one due within days.
            k("access", "received", 3, None, None, None),
            k("erasure", "in-progress", 40, None, None, Some(agent_id)),
            k("objection", "received", 28, None, None, None),
            // Answered: on time, late, extended in time, extended too late.
            k("access", "completed", 20, None, Some(10), None),
            k("rectification", "completed", 75, None, Some(5), None),
            k("erasure", "refused", 60, Some(50), Some(2), None),
            k("complaint", "completed", 70, Some(5), Some(1), None),
            // Withdrawn: received, but never answered.
            k("restriction", "withdrawn", 15, None, Some(14), None),
            // Outside the twelve months.
            k("access", "completed", 400, None, Some(390), None),
        ]).await;

        for (who, client) in [("officer", &officer), ("administrator", &admin)] {
            let response = client.get(app.url(paths::STAFF_HOME)).send().await.unwrap();
            assert_eq!(response.status(), 200, "{who}");
            let html = response.text().await.unwrap();
            assert!(html.contains("<h1>Overzicht</h1>"), "{who}: {html}");
            let now = between(&html, r#"<dl class="figures">"#, "</dl>");
            let figures: Vec<String> = now.split("<dd class=\"figures__number\">").skip(1).map(|d| d[..d.find('<').unwrap()].to_string()).collect();
            assert_eq!(figures, ["3", "1", "1"], "{who}: open, overdue, due this week");

            let received = table(&html, "table-received");
            assert_eq!(received.len(), 12);
            let per_kind: Vec<u32> = (1..=6).map(|col| received.iter().map(|r| number(&r[col])).sum()).collect();
            assert_eq!(per_kind, [2, 1, 2, 1, 1, 1], "{who}: received in 12 months, by kind");
            assert_eq!(received.iter().map(|r| number(&r[7])).sum::<u32>(), 8);
            let bars = chart(&html, "chart-received");
            assert_eq!(bars.len(), received.len());
            for (row, (month, total, segments)) in received.iter().zip(&bars) {
                assert_eq!(number(&row[7]), *total, "{month}");
                for (col, kind) in KINDS.iter().enumerate() {
                    let bar = segments.iter().find(|(s, _)| s == kind).map_or(0, |(_, v)| *v);
                    assert_eq!(number(&row[col + 1]), bar, "{month} {kind}");
                }
            }

            let answered = table(&html, "table-on-time");
            let sum = |col: usize| answered.iter().map(|r| number(&r[col])).sum::<u32>();
            assert_eq!((sum(1), sum(2), sum(3), sum(4)), (4, 2, 1, 1), "{who}: answered, on time, extended too late, late");
            let rates = chart(&html, "chart-on-time");
            assert_eq!(rates.len(), answered.len());
            for (row, (month, _, segments)) in answered.iter().zip(&rates) {
                let bar = segments.first().map_or(0, |(_, v)| *v);
                if number(&row[1]) == 0 {
                    assert_eq!(row[5], "geen antwoorden", "{month}");
                    assert_eq!(bar, 0);
                } else {
                    assert_eq!(row[5], format!("{bar}%"), "{month}");
                    assert_eq!(bar, number(&row[2]) * 100 / number(&row[1]));
                }
            }
            assert!(html.contains("zijn 4 verzoeken beantwoord. Daarvan waren er 2 op tijd (50%)."), "{who}: the summary sentence");
            assert!(!html.contains("AVG-TEST-"), "{who}: no references, counts only");
        }

        let response = agent.get(app.url(paths::STAFF_HOME)).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        assert!(!html.contains("<svg"), "no charts for an agent");
        assert!(!html.contains("table-received"));
        let queue = between(&html, r#"<dl class="figures">"#, "</dl>");
        let figures: Vec<String> = queue.split("<dd class=\"figures__number\">").skip(1).map(|d| d[..d.find('<').unwrap()].to_string()).collect();
        assert_eq!(figures, ["1", "2", "1"], "mine, unassigned, overdue");
        assert!(html.contains(&format!(r#"href="{}""#, paths::STAFF_REQUESTS)));
    }

    async fn the_dashboard_is_in_english_too_and_says_when_there_is_nothing(app: TestApp) {
        let officer = staff_member(&app, "fg@example.nl", Role::PrivacyOfficer).await;
        let html = officer.get(app.url(paths::STAFF_HOME)).header("accept-language", "en").send().await.unwrap().text().await.unwrap();
        assert!(html.contains("<h1>Dashboard</h1>"), "{html}");
        assert!(html.contains("No requests came in during the last 12 months."));
        assert!(html.contains("No requests were answered in the last 12 months."));
        let months = table(&html, "table-received");
        let this_month = received_on(&app.settings.organisation.time_zone, app.clock.now());
        let name = inzage::i18n::t(inzage::i18n::Lang::En, &format!("month-{}", u8::from(this_month.month())));
        assert_eq!(months.last().unwrap()[0], format!("{name} {}", this_month.year()));
        assert_eq!(chart(&html, "chart-on-time").len(), 12);
    }

    async fn the_demo_history_is_added_once_and_fills_the_dashboard(app: TestApp) {
        let now = app.clock.now();
        let added = inzage::seed::seed_request_history(&app.vault, now).await.unwrap();
        assert!(added > 50, "{added}");
        let later = now + Duration::days(3);
        assert_eq!(inzage::seed::seed_request_history(&app.vault, later).await.unwrap(), 0, "a second seed adds nothing");
        let mut raw = app.raw().await;
        assert_eq!(raw.count("SELECT COUNT(*) FROM requests WHERE reference LIKE 'AVG-HIST-%' AND customer_id IS NULL AND closed_at IS NOT NULL").await, added as i64);
        assert!(raw.count("SELECT COUNT(*) FROM requests WHERE extended_at IS NOT NULL").await >= 4);
        assert_eq!(raw.count("SELECT COUNT(*) FROM requests WHERE status IN ('received', 'in-progress', 'extended')").await, 0, "all closed");
        assert!(raw.count("SELECT COUNT(*) FROM request_events").await > 2 * added as i64);

        let officer = staff_member(&app, "fg@example.nl", Role::PrivacyOfficer).await;
        let html = officer.get(app.url(paths::STAFF_HOME)).send().await.unwrap().text().await.unwrap();
        let answered = table(&html, "table-on-time");
        let sum = |col: usize| answered.iter().map(|r| number(&r[col])).sum::<u32>();
        assert!(sum(2) * 10 > sum(1) * 8, "mostly on time: {} of {}", sum(2), sum(1));
        assert_eq!((sum(3), sum(4)), (1, 1), "one extended too late, one late");
        let received = table(&html, "table-received");
        assert!(received.iter().filter(|r| number(&r[7]) > 0).count() >= 11, "a picture over the months");
    }
}
