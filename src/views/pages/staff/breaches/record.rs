//! `/staff/breaches/{reference}`: one breach's record in the sections of the AP's form,
//! the clock, and its whole history (each change with who, when and what it changed).

use maud::{Markup, html};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{Line, clock_text, deadline_text, sections, status_id};
use crate::i18n::moment_in_words;
use crate::paths;
use crate::privacy::register::Register;
use crate::staff::breach::{Breach, BreachEvent, Decision, EventKind};
use crate::staff::breach_notice::{Notice, NoticeState};
use crate::views::components::{FlashKind, Table, data_table, flash};
use crate::views::{Page, PageContext, render};

/// What the record page shows.
pub struct RecordView<'a> {
    pub breach: &'a Breach,
    pub events: &'a [BreachEvent],
    pub register: &'a Register,
    pub who: &'a dyn Fn(Uuid) -> String,
    pub now: OffsetDateTime,
    /// Set right after a save.
    pub saved: bool,
    /// Its notices to customers (Art. 34), oldest first.
    pub notices: &'a [Notice],
}

fn kind_id(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Reported => "breach-event-reported",
        EventKind::Updated => "breach-event-updated",
        EventKind::FollowUp => "breach-event-follow-up",
        EventKind::CustomersNotified => "breach-event-customers-notified",
    }
}

/// The lines whose value differs between two states, by label.
fn changed(ctx: &PageContext, before: &[(&str, Vec<Line>)], after: &[(&str, Vec<Line>)]) -> String {
    let mut labels = Vec::new();
    for ((_, old), (_, new)) in before.iter().zip(after) {
        for (a, b) in old.iter().zip(new) {
            if a.value != b.value {
                labels.push(ctx.t(b.label_id));
            }
        }
    }
    labels.dedup();
    labels.join(", ")
}

/// "Telling customers": the notices so far, and a link to write one when the risk is high.
fn notices(ctx: &PageContext, b: &Breach, notices: &[Notice]) -> Markup {
    let zone = &ctx.organisation.time_zone;
    let state_id = |state: NoticeState| match state {
        NoticeState::Draft => "breach-notices-state-draft",
        NoticeState::Sending => "breach-notices-state-sending",
        NoticeState::Sent => "breach-notices-state-sent",
    };
    let high_risk = b.facts.decision == Some(Decision::HighRisk);
    html! {
        h2 { (ctx.t("breach-notices-heading")) }
        @if notices.is_empty() {
            p { (ctx.t("breach-notices-none")) }
        } @else {
            ul class="list" {
                @for n in notices {
                    @let date = moment_in_words(ctx.lang, zone, n.sent_at.unwrap_or(n.created_at));
                    li {
                        a href=(paths::staff_breach_notice(&b.reference, &n.id.to_string())) {
                            (ctx.t_args("breach-notices-item", &[("date", &date)]))
                        }
                        " " span class="tag" { (ctx.t(state_id(n.state))) }
                    }
                }
            }
        }
        @if high_risk {
            p class="link-line" { a href=(paths::STAFF_BREACH_NOTIFY.replace("{reference}", &b.reference)) { (ctx.t("breach-notices-write")) } }
        } @else {
            p { (ctx.t("breach-notices-only-high-risk")) }
        }
    }
}

pub fn summary(lines: &[Line], ctx: &PageContext) -> Markup {
    html! {
        dl class="summary-list" {
            @for l in lines {
                div class="summary-list__row" {
                    dt { (ctx.t(l.label_id)) }
                    dd class="breach-text" {
                        @match &l.value { Some(v) => (v), None => span class="tag" { (ctx.t("breach-not-known")) } }
                    }
                }
            }
        }
    }
}

pub fn record(ctx: &PageContext, view: &RecordView) -> Markup {
    let b = view.breach;
    let parts = sections(ctx, b, view.register, view.who);
    let mut previous: Option<Vec<(&str, Vec<Line>)>> = None;
    let mut rows = Vec::new();
    for event in view.events {
        let state = Breach {
            facts: event.facts.clone(),
            ..b.clone()
        };
        let now = sections(ctx, &state, view.register, view.who);
        let what = match &previous {
            None => ctx.t("breach-event-first"),
            Some(before) => changed(ctx, before, &now),
        };
        rows.push(vec![
            html! { (event.number) },
            html! { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, event.at)) },
            html! { ((view.who)(event.actor)) },
            html! { (ctx.t(kind_id(event.kind))) },
            html! { (what) },
        ]);
        previous = Some(now);
    }
    let body = html! {
        h1 { (ctx.t_args("breach-record-heading", &[("reference", &b.reference), ("title", &b.facts.title)])) }
        @if view.saved {
            (flash(ctx, FlashKind::Success, &ctx.t("breach-saved")))
        }
        dl class="summary-list" {
            div class="summary-list__row" { dt { (ctx.t("breach-col-status")) } dd { span class="tag" { (ctx.t(status_id(b.facts.status))) } } }
            div class="summary-list__row" { dt { (ctx.t("breach-col-deadline")) } dd { (deadline_text(ctx, b)) } }
            div class="summary-list__row" { dt { (ctx.t("breach-col-clock")) } dd { (clock_text(ctx, b, view.now)) } }
        }
        ul class="list list--links" {
            li { a href=(paths::staff_breach_page(&b.reference, "edit")) { (ctx.t("breach-edit-link")) } }
            li { a href=(paths::staff_breach_page(&b.reference, "draft")) { (ctx.t("breach-draft-link")) } }
            li { a href=(paths::STAFF_BREACHES) { (ctx.t("breach-back-to-register")) } }
        }
        @for (heading, lines) in &parts {
            h2 { (ctx.t(heading)) }
            (summary(lines, ctx))
        }
        (notices(ctx, b, view.notices))
        h2 { (ctx.t("breach-history-heading")) }
        p { (ctx.t("breach-history-intro")) }
        (data_table(&Table {
            id: "breach_history",
            caption: ctx.t("breach-history-caption"),
            headers: vec![
                ctx.t("breach-history-number"),
                ctx.t("breach-history-when"),
                ctx.t("breach-history-who"),
                ctx.t("breach-history-what"),
                ctx.t("breach-history-changed"),
            ],
            rows,
        }))
    };
    render(ctx, Page::new("breach-record-title", body))
}
