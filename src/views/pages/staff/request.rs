//! `GET /staff/requests/{reference}`: the request as the customer wrote it, where it
//! stands, the parts of the customer's data its kind needs (each behind a button, each
//! opening on record), the actions this staff member may take, and the full history.

use maud::{Markup, html};
use time::Date;

use super::common::{StaffNames, assignee_text, deadline_text, kind_text, state_text};
use crate::auth::csrf;
use crate::domain::need_to_know::Section;
use crate::domain::{ProposalKind, Request, RequestEvent};
use crate::i18n::{date_in_words, euros, moment_in_words};
use crate::paths;
use crate::staff::workflow::ActionKind;
use crate::vault::{SectionData, StaffRequest};
use crate::views::components::{ButtonStyle, FlashKind, Table, button, data_table, flash, hidden};
use crate::views::{Page, PageContext, render};

pub struct RequestView<'a> {
    pub request: &'a Request,
    /// What the customer wrote, the history and the notes: `None` for an agent looking
    /// at a colleague's request.
    pub full: Option<&'a StaffRequest>,
    pub names: &'a StaffNames,
    pub today: Date,
    /// The actions this staff member may take now, in page order.
    pub actions: Vec<ActionKind>,
    /// Whether this staff member may open the customer's data (assigned and open, or FG).
    pub may_open_data: bool,
    /// A part just opened, and what it holds (`None`: the customer is gone).
    pub opened: Option<(Section, Option<SectionData>)>,
    /// A message id after an action ("The customer was asked.").
    pub done: Option<&'a str>,
    pub csrf_token: &'a str,
}

pub fn request(ctx: &PageContext, view: &RequestView) -> Markup {
    let r = view.request;
    let h = &r.handling;
    let state = state_text(
        ctx,
        r.status,
        r.waits_for_customer(),
        h.proposal.is_some(),
        h.assigned_to.is_some(),
    );
    let body = html! {
        h1 { (ctx.t_args("staff-request-title", &[("reference", &r.reference)])) }
        @if let Some(done) = view.done {
            (flash(ctx, FlashKind::Success, &ctx.t(done)))
        }
        dl class="summary-list" {
            (row(ctx.t("staff-request-kind"), html! { (kind_text(ctx, r.kind)) }))
            (row(ctx.t("staff-request-state"), html! { (state) }))
            (row(ctx.t("staff-request-received"), html! { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, r.received_at)) }))
            (row(ctx.t("staff-request-due"), html! { (deadline_text(ctx, r.answer_by(), view.today, r.status.is_open())) }))
            @if r.extended_until.is_some() {
                (row(ctx.t("staff-request-original-due"), html! { (date_in_words(ctx.lang, r.due_on)) }))
            }
            (row(ctx.t("staff-request-assignee"), html! { (assignee_text(ctx, view.names, h.assigned_to)) }))
            @if let Some(since) = h.waiting_since.filter(|_| r.status.is_open()) {
                (row(ctx.t("staff-request-waiting-since"), html! { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, since)) " " (ctx.t("staff-request-clock-runs")) }))
            }
            @if let Some(closed) = r.closed_at {
                (row(ctx.t("staff-request-closed"), html! { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, closed)) }))
            }
        }
        @if let Some(proposal) = &h.proposal {
            div class="callout" role="region" aria-labelledby="proposal-heading" {
                h2 id="proposal-heading" { (ctx.t("staff-proposal-heading")) }
                p {
                    @match proposal.kind {
                        ProposalKind::Extend { months } => (ctx.t_with_number("staff-proposal-extend", "months", i64::from(months))),
                        ProposalKind::Refuse { reason } => (ctx.t_args("staff-proposal-refuse", &[("reason", &ctx.t(&format!("staff-refusal-reason-{}", reason.code())))])),
                    }
                }
                p class="text-kept" { (proposal.text) }
                p { (ctx.t_args("staff-proposal-by", &[("who", &assignee_text(ctx, view.names, Some(proposal.by))), ("when", &moment_in_words(ctx.lang, &ctx.organisation.time_zone, proposal.at))])) }
            }
        }
        @match view.full {
            Some(full) => {
                h2 { (ctx.t("staff-request-details-heading")) }
                @match &full.request.details {
                    Some(details) => p class="text-kept" { (details) },
                    None => p { (ctx.t("staff-request-no-details")) },
                }
                @if let Some(reason) = &full.request.extension_reason {
                    h3 { (ctx.t("staff-request-extension-reason")) }
                    p class="text-kept" { (reason) }
                }
            }
            None => {
                p { (ctx.t("staff-request-colleagues")) }
            }
        }
        @if !view.actions.is_empty() {
            h2 { (ctx.t("staff-actions-heading")) }
            ul class="list list--links" {
                @for action in &view.actions {
                    li { a href=(paths::staff_request_action(&r.reference, action.code())) { (ctx.t(&format!("staff-action-{}-link", action.code()))) } }
                }
            }
        } @else if !r.status.is_open() {
            p { (ctx.t("staff-request-read-only")) }
        }
        @if view.full.is_some() {
            (data_sections(ctx, view))
        }
        @if let Some(full) = view.full {
            (history(ctx, view.names, &full.events))
            h2 { (ctx.t("staff-notes-heading")) }
            p class="field__hint" { (ctx.t("staff-notes-hint")) }
            @if full.notes.is_empty() {
                p { (ctx.t("staff-notes-none")) }
            } @else {
                ul class="list" {
                    @for note in &full.notes {
                        li {
                            p { strong { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, note.at)) ", " (assignee_text(ctx, view.names, Some(note.staff_id))) } }
                            p class="text-kept" { (note.text) }
                        }
                    }
                }
            }
        }
        ul class="list list--links" { li { a href=(paths::STAFF_REQUESTS) { (ctx.t("staff-back-to-queue")) } } }
    };
    render(ctx, Page::new("staff-request-page-title", body))
}

fn row(term: String, value: Markup) -> Markup {
    html! { div class="summary-list__row" { dt { (term) } dd { (value) } } }
}

/// The parts of the customer's data this kind of request needs, each behind a button.
fn data_sections(ctx: &PageContext, view: &RequestView) -> Markup {
    let r = view.request;
    html! {
        h2 { (ctx.t("staff-data-heading")) }
        @if r.customer_id.is_none() {
            p { (ctx.t("staff-data-erased")) }
        } @else if !view.may_open_data {
            p { (ctx.t("staff-data-not-yours")) }
        } @else {
            p { (ctx.t_args("staff-data-intro", &[("reference", &r.reference)])) }
            @for section in Section::for_kind(r.kind) {
                section class="data-part" aria-labelledby=(format!("part-{}", section.code())) {
                    h3 id=(format!("part-{}", section.code())) { (ctx.t(&format!("staff-part-{}", section.code()))) }
                    @match &view.opened {
                        Some((opened, data)) if *opened == section => {
                            @match data {
                                Some(data) => (section_data(ctx, data)),
                                None => p { (ctx.t("staff-data-erased")) },
                            }
                        }
                        _ => {
                            form method="post" action=(paths::staff_request_action(&r.reference, "show")) novalidate {
                                (hidden(csrf::FIELD, view.csrf_token))
                                (hidden("section", section.code()))
                                (button(&ctx.t(&format!("staff-part-{}-show", section.code())), ButtonStyle::Secondary))
                            }
                        }
                    }
                }
            }
        }
    }
}

fn section_data(ctx: &PageContext, data: &SectionData) -> Markup {
    let zone = &ctx.organisation.time_zone;
    match data {
        SectionData::Identity(p) => html! {
            dl class="summary-list" {
                (row(ctx.t("staff-field-customer-number"), html! { (p.customer_number) }))
                (row(ctx.t("staff-field-name"), html! { (p.name) }))
                (row(ctx.t("staff-field-email"), html! { (p.email) }))
                (row(ctx.t("staff-field-phone"), html! { (p.phone.clone().unwrap_or_default()) }))
                (row(ctx.t("staff-field-address"), html! {
                    @if let Some(a) = &p.address {
                        (a.street) " " (a.house_number) @if let Some(x) = &a.addition { " " (x) } br; (a.postcode) " " (a.city)
                    }
                }))
                (row(ctx.t("staff-field-birth-date"), html! { (p.birth_date.map(|d| date_in_words(ctx.lang, d)).unwrap_or_default()) }))
                (row(ctx.t("staff-field-language"), html! { (ctx.t(&format!("staff-language-{}", p.language.code()))) }))
            }
        },
        SectionData::ContactHistory { newest, total } => html! {
            p { (ctx.t_with_number("staff-contacts-count", "count", *total)) }
            @if !newest.is_empty() {
                (data_table(&Table {
                    id: "part-contacts",
                    caption: ctx.t("staff-contacts-caption"),
                    headers: vec![ctx.t("staff-contacts-when"), ctx.t("staff-contacts-how"), ctx.t("staff-contacts-subject")],
                    rows: newest.iter().map(|m| vec![
                        html! { (moment_in_words(ctx.lang, zone, m.occurred_at)) },
                        html! { (ctx.t(&format!("contacts-channel-{}", m.channel))) },
                        html! { (m.subject) },
                    ]).collect(),
                }))
            }
        },
        SectionData::Consents {
            receipts,
            do_not_call,
            marketing_objection,
            restricted_since,
        } => html! {
            dl class="summary-list" {
                (row(ctx.t("staff-consents-do-not-call"), html! { (ctx.t(if *do_not_call { "staff-yes" } else { "staff-no" })) }))
                (row(ctx.t("staff-consents-objection"), html! {
                    @match marketing_objection { Some(at) => (moment_in_words(ctx.lang, zone, *at)), None => (ctx.t("staff-no")) }
                }))
                (row(ctx.t("staff-consents-restricted"), html! {
                    @match restricted_since { Some(at) => (moment_in_words(ctx.lang, zone, *at)), None => (ctx.t("staff-no")) }
                }))
            }
            @if !receipts.is_empty() {
                (data_table(&Table {
                    id: "part-consents",
                    caption: ctx.t("staff-consents-caption"),
                    headers: vec![ctx.t("staff-consents-when"), ctx.t("staff-consents-purpose"), ctx.t("staff-consents-choice")],
                    rows: receipts.iter().map(|c| vec![
                        html! { (moment_in_words(ctx.lang, zone, c.at)) },
                        html! { (c.purpose) },
                        html! { (ctx.t(if c.granted { "staff-consents-given" } else { "staff-consents-withdrawn" })) },
                    ]).collect(),
                }))
            }
        },
        SectionData::Billing { invoices, payments } => html! {
            (data_table(&Table {
                id: "part-invoices",
                caption: ctx.t_with_number("staff-invoices-caption", "count", invoices.len() as i64),
                headers: vec![ctx.t("staff-invoices-number"), ctx.t("staff-invoices-date"), ctx.t("staff-invoices-amount")],
                rows: invoices.iter().map(|i| vec![
                    html! { (i.number) },
                    html! { (date_in_words(ctx.lang, i.issued_on)) },
                    html! { (euros(ctx.lang, i.amount_cents)) },
                ]).collect(),
            }))
            p { (ctx.t_with_number("staff-payments-count", "count", payments.len() as i64)) }
        },
    }
}

/// Every step, who took it and what they wrote, oldest first.
fn history(ctx: &PageContext, names: &StaffNames, events: &[RequestEvent]) -> Markup {
    let rows = events
        .iter()
        .map(|e| {
            let who = match e.actor_kind.as_str() {
                "staff" => uuid::Uuid::parse_str(&e.actor_id)
                    .ok()
                    .and_then(|id| names.get(&id).cloned())
                    .unwrap_or_else(|| ctx.t("staff-assignee-unknown")),
                "customer" => ctx.t("staff-history-customer"),
                _ => ctx.t("staff-history-system"),
            };
            vec![
                html! { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, e.at)) },
                html! { (who) },
                html! {
                    (ctx.t(&format!("staff-event-{}", e.kind.code())))
                    @if !e.kind.shown_to_customer() { " " span class="tag" { (ctx.t("staff-event-internal")) } }
                    @if let Some(note) = &e.note { br; span class="text-kept" { (note) } }
                },
            ]
        })
        .collect();
    html! {
        h2 { (ctx.t("staff-history-heading")) }
        (data_table(&Table {
            id: "history",
            caption: ctx.t("staff-history-caption"),
            headers: vec![ctx.t("staff-history-when"), ctx.t("staff-history-who"), ctx.t("staff-history-what")],
            rows,
        }))
    }
}
