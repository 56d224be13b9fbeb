//! `GET /staff/requests`: the queue, closest deadline first, with no customer names on it
//! (data minimisation); filters kept in the URL; checkboxes to take several at once.

use maud::{Markup, html};
use time::Date;
use uuid::Uuid;

use super::common::{StaffNames, assignee_text, deadline_text, kind_text, state_text};
use crate::db::QueueState;
use crate::domain::RequestKind;
use crate::i18n::date_in_words;
use crate::paths;
use crate::vault::QueuePage;
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, Field, FieldError, FlashKind, InputKind, Select, Table,
    button, choices, data_table, error_summary, field, flash, page_count, pagination, select,
};
use crate::views::{Page, PageContext, render};

/// The filters as asked (kept as typed, for the form) and as understood.
#[derive(Debug, Clone, Default)]
pub struct QueueQuery {
    pub state: QueueState,
    pub kind: Option<RequestKind>,
    /// `mine`, `unassigned`, or empty for anyone.
    pub assigned: String,
    /// As typed: a number of days, or empty.
    pub due_within: String,
    pub page: i64,
}

impl QueueQuery {
    pub fn url(&self, page: i64) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        query.append_pair("state", self.state.code());
        if let Some(kind) = self.kind {
            query.append_pair("kind", kind.code());
        }
        if !self.assigned.is_empty() {
            query.append_pair("assigned", &self.assigned);
        }
        if !self.due_within.is_empty() {
            query.append_pair("due_within", &self.due_within);
        }
        query.append_pair("page", &page.to_string());
        format!("{}?{}", paths::STAFF_REQUESTS, query.finish())
    }
}

pub struct QueueView<'a> {
    pub query: &'a QueueQuery,
    pub errors: Vec<FieldError>,
    pub page: &'a QueuePage,
    pub per_page: i64,
    pub names: &'a StaffNames,
    pub me: Uuid,
    pub today: Date,
    /// After "assign to me": how many were assigned, and how many had changed.
    pub assigned: Option<(usize, usize)>,
}

pub fn queue(ctx: &PageContext, view: &QueueView) -> Markup {
    let q = view.query;
    let pages = page_count(view.page.found, view.per_page);
    let rows = view
        .page
        .items
        .iter()
        .map(|item| {
            let pick = format!("pick-{}", item.reference);
            vec![
                html! {
                    span class="pick" {
                        input class="pick__input" type="checkbox" id=(pick) name="reference" value=(item.reference);
                        label class="visually-hidden" for=(pick) { (ctx.t_args("staff-queue-pick", &[("reference", &item.reference)])) }
                    }
                    a class="nowrap" href=(paths::staff_request(&item.reference)) { (item.reference) }
                },
                html! { (kind_text(ctx, item.kind)) },
                html! { (state_text(ctx, item.status, item.waiting, item.proposal_pending, item.assigned_to.is_some())) },
                html! { (date_in_words(ctx.lang, crate::i18n::local(&ctx.organisation.time_zone, item.received_at).date())) },
                html! { (deadline_text(ctx, item.answer_by, view.today, item.status.is_open())) },
                html! {
                    @if item.assigned_to == Some(view.me) { (ctx.t("staff-assignee-you")) }
                    @else { (assignee_text(ctx, view.names, item.assigned_to)) }
                },
            ]
        })
        .collect();
    let states: Vec<(&str, String)> = QueueState::ALL
        .iter()
        .map(|s| (s.code(), ctx.t(&format!("staff-filter-state-{}", s.code()))))
        .collect();
    let mut kinds: Vec<(&str, String)> = vec![("", ctx.t("staff-filter-kind-all"))];
    kinds.extend(
        RequestKind::ALL
            .iter()
            .map(|k| (k.code(), kind_text(ctx, *k))),
    );
    let assigned_options = [
        ("", "staff-filter-assigned-anyone"),
        ("mine", "staff-filter-assigned-mine"),
        ("unassigned", "staff-filter-assigned-nobody"),
    ]
    .map(|(value, id)| Choice {
        value,
        label: ctx.t(id),
        hint: None,
        checked: q.assigned == value,
    });
    let mut due = Field::new(
        "due_within",
        ctx.t("staff-filter-due-within"),
        InputKind::Text,
        "off",
    );
    due.inputmode = Some("numeric");
    due.value = &q.due_within;
    due.hint = Some(ctx.t("staff-filter-due-within-hint"));
    due.error = view
        .errors
        .iter()
        .find(|e| e.field == "due_within")
        .map(|e| e.message.clone());
    let body = html! {
        h1 { (ctx.t("staff-queue-title")) }
        (error_summary(ctx, &view.errors))
        @if let Some((done, changed)) = view.assigned {
            (flash(ctx, FlashKind::Success, &ctx.t_with_number("staff-queue-assigned", "count", done as i64)))
            @if changed > 0 {
                (flash(ctx, FlashKind::Info, &ctx.t_with_number("staff-queue-assigned-changed", "count", changed as i64)))
            }
        }
        p class="lead" {
            (ctx.t_with_number("staff-queue-open", "count", view.page.open)) ", "
            (ctx.t_with_number("staff-queue-overdue", "count", view.page.overdue))
        }
        form method="get" action=(paths::STAFF_REQUESTS) class="filters" {
            (select(ctx, &Select {
                name: "state",
                label: ctx.t("staff-filter-state"),
                hint: None,
                error: None,
                options: states,
                selected: q.state.code(),
                autocomplete: "off",
                optional: false,
            }))
            (select(ctx, &Select {
                name: "kind",
                label: ctx.t("staff-filter-kind"),
                hint: None,
                error: None,
                options: kinds,
                selected: q.kind.map_or("", |k| k.code()),
                autocomplete: "off",
                optional: false,
            }))
            (choices(ctx, "assigned", &ctx.t("staff-filter-assigned"), None, None, ChoiceKind::Radio, &assigned_options))
            (field(ctx, &due))
            (button(&ctx.t("filter-button"), ButtonStyle::Secondary))
        }
        p { (ctx.t_with_number("staff-queue-found", "count", view.page.found)) }
        @if !view.page.items.is_empty() {
            form method="get" action=(paths::STAFF_REQUESTS_ASSIGN) {
                (data_table(&Table {
                    id: "queue",
                    caption: ctx.t_args("staff-queue-caption", &[("page", &q.page.to_string()), ("pages", &pages.to_string())]),
                    headers: vec![
                        ctx.t("staff-queue-reference"),
                        ctx.t("staff-queue-kind"),
                        ctx.t("staff-queue-state"),
                        ctx.t("staff-queue-received"),
                        ctx.t("staff-queue-due"),
                        ctx.t("staff-queue-assignee"),
                    ],
                    rows,
                }))
                p class="field__hint" { (ctx.t("staff-queue-pick-hint")) }
                (button(&ctx.t("staff-queue-assign-button"), ButtonStyle::Secondary))
            }
        }
        (pagination(ctx, q.page, pages, |n| q.url(n)))
    };
    let mut page = Page::new("staff-queue-title", body);
    page.has_errors = !view.errors.is_empty();
    render(ctx, page)
}

/// `GET /staff/requests/assign?reference=…`: the requests picked, and one button.
pub fn confirm_assign(ctx: &PageContext, csrf_token: &str, picked: &[(String, i64)]) -> Markup {
    let body = html! {
        h1 { (ctx.t("staff-assign-many-title")) }
        @if picked.is_empty() {
            p { (ctx.t("staff-assign-many-none")) }
        } @else {
            p class="lead" { (ctx.t_with_number("staff-assign-many-lead", "count", picked.len() as i64)) }
            ul class="list" {
                @for (reference, _) in picked { li { (reference) } }
            }
            form method="post" action=(paths::STAFF_REQUESTS_ASSIGN) novalidate {
                (crate::views::components::hidden(crate::auth::csrf::FIELD, csrf_token))
                @for (reference, version) in picked {
                    (crate::views::components::hidden("item", &format!("{reference}:{version}")))
                }
                div class="button-group" {
                    (button(&ctx.t("staff-assign-many-button"), ButtonStyle::Primary))
                    a href=(paths::STAFF_REQUESTS) { (ctx.t("staff-back-to-queue")) }
                }
            }
        }
        @if picked.is_empty() {
            ul class="list list--links" { li { a href=(paths::STAFF_REQUESTS) { (ctx.t("staff-back-to-queue")) } } }
        }
    };
    render(ctx, Page::new("staff-assign-many-title", body))
}
