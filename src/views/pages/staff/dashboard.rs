//! What `/staff` shows: the dashboard for the roles that may see it (counts, two charts,
//! each with a sentence and a table of the same numbers), and the queue's counts for an
//! agent. Counts only: no name, reference or other personal data appears here.

use maud::{Markup, html};

use crate::domain::RequestKind;
use crate::i18n::{self, Arg};
use crate::paths;
use crate::staff::Role;
use crate::staff::dashboard::{Figures, MonthFigures, QueueCounts, YearMonth};
use crate::staff::permissions::{ManageStaff, WorkRequests};
use crate::views::components::{BarChart, Series, Table, bar_chart, data_table, legend};
use crate::views::{Page, PageContext, render};

const RECEIVED_CHART: &str = "chart-received";
const ON_TIME_CHART: &str = "chart-on-time";

fn month_short(ctx: &PageContext, month: YearMonth) -> String {
    ctx.t_args(
        "dashboard-month-short",
        &[
            (
                "month",
                &ctx.t(&format!("dashboard-month-short-{}", u8::from(month.month))),
            ),
            ("year", &month.year.to_string()),
        ],
    )
}

fn month_long(ctx: &PageContext, month: YearMonth) -> String {
    ctx.t_args(
        "dashboard-month-long",
        &[
            ("month", &ctx.t(&format!("month-{}", u8::from(month.month)))),
            ("year", &month.year.to_string()),
        ],
    )
}

fn kind_label(ctx: &PageContext, kind: RequestKind) -> String {
    ctx.t(&format!("dashboard-kind-{}", kind.code()))
}

fn number(ctx: &PageContext, id: &str, args: &[(&'static str, Arg)]) -> String {
    i18n::t_with(ctx.lang, id, args)
}

/// Big numbers with their labels, each a link's worth of meaning on its own.
fn counts(ctx: &PageContext, items: &[(String, u32)]) -> Markup {
    html! {
        dl class="figures" {
            @for (label, count) in items {
                div class="figures__item" {
                    dt class="figures__label" { (label) }
                    dd class="figures__number" { (i18n::count(ctx.lang, (*count).into())) }
                }
            }
        }
    }
}

fn links(ctx: &PageContext, role: Role) -> Markup {
    html! {
        @if role.may::<WorkRequests>() || role.may::<ManageStaff>() {
            ul class="list list--links" {
                @if role.may::<WorkRequests>() {
                    li { a href=(paths::STAFF_REQUESTS) { (ctx.t("dashboard-to-queue")) } }
                }
                @if role.may::<ManageStaff>() {
                    li { a href=(paths::STAFF_TEAM) { (ctx.t("staff-team-title")) } }
                }
            }
        }
    }
}

fn received_section(ctx: &PageContext, figures: &Figures) -> Markup {
    let months = &figures.months;
    let total = figures.received_total();
    let busiest = months
        .iter()
        .rev()
        .max_by_key(|m| m.received_total())
        .filter(|m| m.received_total() > 0);
    let summary = match busiest {
        Some(m) => number(
            ctx,
            "dashboard-received-summary",
            &[
                ("total", Arg::Number(total.into())),
                ("month", Arg::Text(&month_long(ctx, m.month))),
                ("count", Arg::Number(m.received_total().into())),
            ],
        ),
        None => ctx.t("dashboard-received-summary-none"),
    };
    let chart = BarChart {
        id: RECEIVED_CHART,
        title: ctx.t("dashboard-received-chart-title"),
        description: format!("{summary} {}", ctx.t("dashboard-chart-table-below")),
        categories: months.iter().map(|m| month_short(ctx, m.month)).collect(),
        category_codes: months.iter().map(|m| m.month.code()).collect(),
        series: RequestKind::ALL
            .iter()
            .enumerate()
            .map(|(n, kind)| Series {
                code: kind.code(),
                label: kind_label(ctx, *kind),
                values: months.iter().map(|m| m.received[n]).collect(),
            })
            .collect(),
        end_labels: months
            .iter()
            .map(|m| m.received_total().to_string())
            .collect(),
        scale_max: None,
    };
    let mut headers = vec![ctx.t("dashboard-month")];
    headers.extend(RequestKind::ALL.iter().map(|kind| kind_label(ctx, *kind)));
    headers.push(ctx.t("dashboard-total"));
    let row = |m: &MonthFigures| {
        let mut cells = vec![html! { (month_long(ctx, m.month)) }];
        cells.extend(m.received.iter().map(|n| html! { (n) }));
        cells.push(html! { (m.received_total()) });
        cells
    };
    let table = Table {
        id: "table-received",
        caption: ctx.t("dashboard-received-caption"),
        headers,
        rows: months.iter().map(row).collect(),
    };
    html! {
        section aria-labelledby="received-heading" {
            h2 id="received-heading" { (ctx.t("dashboard-received-heading")) }
            p id="received-summary" { (summary) }
            div class="chart-block" {
                (bar_chart(&chart))
                (legend(&chart))
            }
            (data_table(&table))
        }
    }
}

fn on_time_section(ctx: &PageContext, figures: &Figures) -> Markup {
    let months = &figures.months;
    let all = figures.answered();
    let summary = match all.on_time_percent() {
        Some(percent) => number(
            ctx,
            "dashboard-on-time-summary",
            &[
                ("answered", Arg::Number(all.total().into())),
                ("on_time", Arg::Number(all.on_time.into())),
                ("percent", Arg::Number(percent.into())),
            ],
        ),
        None => ctx.t("dashboard-on-time-summary-none"),
    };
    let percent_text = |percent: Option<u32>| match percent {
        Some(p) => ctx.t_args("dashboard-percent", &[("percent", &p.to_string())]),
        None => ctx.t("dashboard-no-answers"),
    };
    let chart = BarChart {
        id: ON_TIME_CHART,
        title: ctx.t("dashboard-on-time-chart-title"),
        description: format!("{summary} {}", ctx.t("dashboard-chart-table-below")),
        categories: months.iter().map(|m| month_short(ctx, m.month)).collect(),
        category_codes: months.iter().map(|m| m.month.code()).collect(),
        series: vec![Series {
            code: "on-time-percent",
            label: ctx.t("dashboard-on-time-rate"),
            values: months
                .iter()
                .map(|m| m.answered.on_time_percent().unwrap_or(0))
                .collect(),
        }],
        end_labels: months
            .iter()
            .map(|m| percent_text(m.answered.on_time_percent()))
            .collect(),
        scale_max: Some(100),
    };
    let table = Table {
        id: "table-on-time",
        caption: ctx.t("dashboard-on-time-caption"),
        headers: vec![
            ctx.t("dashboard-month"),
            ctx.t("dashboard-answered"),
            ctx.t("dashboard-on-time"),
            ctx.t("dashboard-late-extension"),
            ctx.t("dashboard-late"),
            ctx.t("dashboard-on-time-rate"),
        ],
        rows: months
            .iter()
            .map(|m| {
                let a = m.answered;
                vec![
                    html! { (month_long(ctx, m.month)) },
                    html! { (a.total()) },
                    html! { (a.on_time) },
                    html! { (a.late_extension) },
                    html! { (a.late) },
                    html! { (percent_text(a.on_time_percent())) },
                ]
            })
            .collect(),
    };
    html! {
        section aria-labelledby="on-time-heading" {
            h2 id="on-time-heading" { (ctx.t("dashboard-on-time-heading")) }
            p id="on-time-summary" { (summary) }
            p { (ctx.t("dashboard-on-time-rule")) }
            div class="chart-block" { (bar_chart(&chart)) }
            (data_table(&table))
        }
    }
}

/// The dashboard of the privacy officer and the administrator.
pub fn dashboard(ctx: &PageContext, role: Role, figures: &Figures) -> Markup {
    let body = html! {
        h1 { (ctx.t("dashboard-title")) }
        p class="lead" { (ctx.t_args("staff-home-role", &[("role", &ctx.t(role.name_id()))])) }
        p { (ctx.t("dashboard-intro")) }
        (links(ctx, role))
        section aria-labelledby="now-heading" {
            h2 id="now-heading" { (ctx.t("dashboard-now-heading")) }
            (counts(ctx, &[
                (ctx.t("dashboard-open"), figures.open),
                (ctx.t("dashboard-overdue"), figures.overdue),
                (ctx.t("dashboard-due-this-week"), figures.due_this_week),
            ]))
        }
        (received_section(ctx, figures))
        (on_time_section(ctx, figures))
    };
    render(ctx, Page::new("dashboard-title", body))
}

/// An agent's start page: the queue's counts and the way to it.
pub fn queue_start(ctx: &PageContext, role: Role, queue: &QueueCounts) -> Markup {
    let body = html! {
        h1 { (ctx.t("staff-home-title")) }
        p class="lead" { (ctx.t_args("staff-home-role", &[("role", &ctx.t(role.name_id()))])) }
        h2 { (ctx.t("dashboard-queue-heading")) }
        (counts(ctx, &[
            (ctx.t("dashboard-queue-mine"), queue.mine),
            (ctx.t("dashboard-queue-unassigned"), queue.unassigned),
            (ctx.t("dashboard-overdue"), queue.overdue),
        ]))
        (links(ctx, role))
    };
    render(ctx, Page::new("staff-home-title", body))
}
