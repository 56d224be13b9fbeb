//! `/staff/breaches`: the register, open breaches first, then the closest deadline. Each
//! row says its status, deadline and the time left or overdue in words.

use maud::{Markup, html};
use time::OffsetDateTime;

use super::{clock_text, deadline_text, decision_id, status_id};
use crate::paths;
use crate::staff::breach::Breach;
use crate::views::components::{Table, data_table};
use crate::views::{Page, PageContext, render};

pub fn register(ctx: &PageContext, breaches: &[Breach], now: OffsetDateTime) -> Markup {
    let open = breaches.iter().filter(|b| b.facts.status.is_open()).count();
    let rows: Vec<Vec<Markup>> = breaches
        .iter()
        .map(|b| {
            vec![
                html! { a href=(paths::staff_breach(&b.reference)) { (b.reference) } },
                html! { (b.facts.title) },
                html! { span class="tag" { (ctx.t(status_id(b.facts.status))) } },
                html! { (deadline_text(ctx, b)) },
                html! { (clock_text(ctx, b, now)) },
                html! { (ctx.t(decision_id(b.facts.decision))) },
            ]
        })
        .collect();
    let body = html! {
        h1 { (ctx.t("breach-register-title")) }
        p class="lead" { (ctx.t("breach-register-intro")) }
        p { (ctx.t_with_number("breach-register-open", "count", open as i64)) }
        ul class="list list--links" {
            li { a href=(paths::STAFF_BREACH_REPORT) { (ctx.t("breach-register-report-link")) } }
        }
        @if breaches.is_empty() {
            p { (ctx.t("breach-register-empty")) }
        } @else {
            (data_table(&Table {
                id: "breaches",
                caption: ctx.t("breach-register-caption"),
                headers: vec![
                    ctx.t("breach-col-reference"),
                    ctx.t("breach-field-title"),
                    ctx.t("breach-col-status"),
                    ctx.t("breach-col-deadline"),
                    ctx.t("breach-col-clock"),
                    ctx.t("breach-col-decision"),
                ],
                rows,
            }))
        }
    };
    render(ctx, Page::new("breach-register-title", body))
}
