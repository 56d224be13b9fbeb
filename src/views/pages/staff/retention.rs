//! The retention reports: each run with its date and, per category, how many records
//! were deleted and how many a law keeps, with the law in words.

use maud::{Markup, html};

use crate::db::{RetentionRunLine, RetentionRunRow};
use crate::i18n::{date_in_words, moment_in_words, try_t};
use crate::paths;
use crate::views::components::{Table, data_table, page_count, pagination};
use crate::views::{Page, PageContext, render};

/// One run and its report lines.
pub struct Run {
    pub run: RetentionRunRow,
    pub lines: Vec<RetentionRunLine>,
}

pub fn retention(ctx: &PageContext, runs: &[Run], total: i64, page: i64, per_page: i64) -> Markup {
    let pages = page_count(total, per_page);
    let body = html! {
        h1 { (ctx.t("staff-retention-title")) }
        p class="lead" { (ctx.t("staff-retention-intro")) }
        p { (ctx.t_with_number("staff-retention-found", "count", total)) }
        @for (index, run) in runs.iter().enumerate() {
            (report(ctx, index, run))
        }
        (pagination(ctx, page, pages, |n| format!("{}?page={n}", paths::STAFF_RETENTION)))
    };
    render(ctx, Page::new("staff-retention-title", body))
}

fn report(ctx: &PageContext, index: usize, run: &Run) -> Markup {
    let zone = &ctx.organisation.time_zone;
    let when = moment_in_words(ctx.lang, zone, run.run.ran_at);
    let deleted: i64 = run.lines.iter().map(|l| l.deleted).sum();
    let rows = run
        .lines
        .iter()
        .map(|line| {
            vec![
                html! { (category_name(ctx, &line.category)) },
                html! { (date_in_words(ctx.lang, line.cutoff.date())) },
                html! { (line.deleted) },
                html! {
                    @match line.kept {
                        Some(kept) => (kept),
                        None => (ctx.t("staff-retention-kept-none")),
                    }
                },
                html! {
                    @match &line.kept_because {
                        Some(law) => (ctx.t(&format!("register-law-{law}"))),
                        None => (ctx.t("staff-retention-law-none")),
                    }
                },
            ]
        })
        .collect();
    let id = format!("retention-run-{index}");
    html! {
        section class="retention-run" aria-labelledby=(id) {
            h2 id=(id) { (ctx.t_args("staff-retention-run-heading", &[("moment", &when)])) }
            p { (ctx.t_with_number("staff-retention-run-deleted", "count", deleted)) }
            (data_table(&Table {
                id: &format!("retention-table-{index}"),
                caption: ctx.t_args("staff-retention-caption", &[("moment", &when)]),
                headers: vec![
                    ctx.t("staff-retention-category"),
                    ctx.t("staff-retention-cutoff"),
                    ctx.t("staff-retention-deleted"),
                    ctx.t("staff-retention-kept"),
                    ctx.t("staff-retention-law"),
                ],
                rows,
            }))
        }
    }
}

/// A register category by its name; the housekeeping lines by their own.
fn category_name(ctx: &PageContext, id: &str) -> String {
    try_t(ctx.lang, &format!("register-category-{id}"))
        .or_else(|| try_t(ctx.lang, &format!("staff-retention-housekeeping-{id}")))
        .unwrap_or_else(|| id.to_string())
}
