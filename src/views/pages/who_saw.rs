//! "Who saw my data": the audit trail about the customer in words.

use maud::{Markup, html};
use uuid::Uuid;

use crate::db::AuditEntry;
use crate::domain::Period;
use crate::domain::looks_like_reference;
use crate::i18n::{moment_in_words, try_t};
use crate::paths::{self, request_path};
use crate::vault::AccessLogPage;
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, Table, button, choices, page_count, pagination,
    period_choices, stacked_table,
};
use crate::views::{Page, PageContext, render};

/// The period and page asked for, already checked.
#[derive(Debug, Clone)]
pub struct WhoSawQuery {
    pub period: Option<Period>,
    /// Also what the customer did themselves (`who=everyone`); by default only others.
    pub everyone: bool,
    pub page: i64,
}

impl WhoSawQuery {
    fn url(&self, page: i64) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if let Some(period) = self.period {
            query.append_pair("period", period.code());
        }
        if self.everyone {
            query.append_pair("who", "everyone");
        }
        query.append_pair("page", &page.to_string());
        format!("{}?{}", paths::WHO_SAW, query.finish())
    }
}

pub fn who_saw(
    ctx: &PageContext,
    customer: Uuid,
    query: &WhoSawQuery,
    log: &AccessLogPage,
    per_page: i64,
) -> Markup {
    let pages = page_count(log.total, per_page);
    let rows = log
        .records
        .iter()
        .map(|row| {
            let r = &row.entry;
            vec![
                html! { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, r.at)) },
                html! { (actor(ctx, customer, r)) },
                html! { (action(ctx, &r.action)) },
                html! { (reason(ctx, r.reason.as_deref())) },
            ]
        })
        .collect();
    let body = html! {
        h1 { (ctx.t("who-saw-title")) }
        p class="lead" { (ctx.t("who-saw-intro")) }
        form method="get" action=(paths::WHO_SAW) class="filters filters--choices" {
            (choices(ctx, "who", &ctx.t("who-saw-filter-who"), None, None, ChoiceKind::Radio, &[
                Choice { value: "others", label: ctx.t("who-saw-filter-others"), hint: None, checked: !query.everyone },
                Choice { value: "everyone", label: ctx.t("who-saw-filter-everyone"), hint: None, checked: query.everyone },
            ]))
            (period_choices(ctx, query.period))
            div class="filters__actions" { (button(&ctx.t("filter-button"), ButtonStyle::Secondary)) }
        }
        @if log.total == 0 && !query.everyone && query.period.is_none() {
            p { (ctx.t("who-saw-none-but-you")) }
        } @else {
            p { (ctx.t_with_number("who-saw-found", "count", log.total)) }
        }
        @if !log.records.is_empty() {
            (stacked_table(&Table {
                id: "access-log",
                caption: ctx.t_args("who-saw-caption", &[("page", &query.page.to_string()), ("pages", &pages.to_string())]),
                headers: vec![ctx.t("who-saw-when"), ctx.t("who-saw-who"), ctx.t("who-saw-what"), ctx.t("who-saw-why")],
                rows,
            }))
        }
        (pagination(ctx, query.page, pages, |n| query.url(n)))
        p { (ctx.t("who-saw-question")) " " a href=(paths::REQUEST_NEW) { (ctx.t("who-saw-question-link")) } }
    };
    render(ctx, Page::new("who-saw-title", body))
}

/// Who acted: you, a staff role, or one of the portal's own jobs. A staff member's own id
/// is not shown: the role and the reason are what the customer can check.
fn actor(ctx: &PageContext, customer: Uuid, r: &AuditEntry) -> String {
    match r.actor_kind.as_str() {
        "customer" if r.actor_id == customer.to_string() => ctx.t("who-saw-you"),
        "staff" => try_t(ctx.lang, &format!("who-saw-role-{}", r.actor_role))
            .unwrap_or_else(|| ctx.t("who-saw-staff")),
        "system" => ctx.t("who-saw-system"),
        _ => ctx.t("who-saw-someone-else"),
    }
}

/// Why: staff name the request they work on, which the customer can open.
fn reason(ctx: &PageContext, reason: Option<&str>) -> Markup {
    match reason {
        Some(reference) if looks_like_reference(reference) => html! {
            a href=(request_path(paths::REQUEST, reference)) {
                (ctx.t_args("who-saw-for-request", &[("reference", reference)]))
            }
        },
        // The sender of a breach notice names the breach; the customer knows it as the
        // notice they got, not by the register's reference.
        Some(breach) if breach.starts_with("DL-") => html! { (ctx.t("who-saw-for-breach-notice")) },
        Some(other) => html! { (other) },
        None => html! { (ctx.t("who-saw-no-reason")) },
    }
}

/// The action code in words, or a general phrase for a code without its own text.
fn action(ctx: &PageContext, code: &str) -> String {
    try_t(
        ctx.lang,
        &format!("audit-action-{}", code.replace('.', "-")),
    )
    .unwrap_or_else(|| ctx.t("audit-action-other"))
}
