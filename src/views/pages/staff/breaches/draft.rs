//! `/staff/breaches/{reference}/draft`: the notification to the Autoriteit
//! Persoonsgegevens, always in Dutch, section by section as the AP's own form, to copy
//! into it. What is still empty is listed first, each a link to its field in the form.

use maud::{Markup, html};
use time::OffsetDateTime;
use uuid::Uuid;

use super::record::summary;
use super::sections;
use crate::i18n::Lang;
use crate::paths;
use crate::privacy::register::Register;
use crate::staff::breach::Breach;
use crate::staff::breach_deadline;
use crate::views::{Page, PageContext, render};

/// The fields the AP asks for that are still empty (label ids with their form field).
/// Only asked after notifying, or only when late, are left out until they apply.
pub fn still_empty(
    ctx: &PageContext,
    breach: &Breach,
    register: &Register,
    who: &dyn Fn(Uuid) -> String,
    now: OffsetDateTime,
) -> Vec<(&'static str, &'static str)> {
    let f = &breach.facts;
    let late = breach_deadline::is_late(
        f.clock_start(breach.reported_at),
        f.ap_notified_at.unwrap_or(now),
    );
    let mut empty: Vec<(&str, &str)> = Vec::new();
    for (_, lines) in sections(ctx, breach, register, who) {
        for l in lines {
            let later = matches!(
                l.field,
                "ap_reference" | "ap_notified_at" | "follow_up" | "processor_told_at" | ""
            ) || l.label_id == "breach-decided-by"
                || l.label_id == "breach-decided-at"
                || (l.field == "delay_reasons" && !late)
                || (l.field == "occurred_to" && f.ongoing == Some(true));
            if l.value.is_none() && !later && !empty.iter().any(|(id, _)| *id == l.label_id) {
                empty.push((l.label_id, l.field));
            }
        }
    }
    empty
}

pub fn draft(
    ctx: &PageContext,
    breach: &Breach,
    register: &Register,
    who: &dyn Fn(Uuid) -> String,
    now: OffsetDateTime,
) -> Markup {
    // The AP's form is in Dutch: so is the draft, whatever the page language.
    let nl = PageContext {
        lang: Lang::Nl,
        ..ctx.clone()
    };
    let ctx = &nl;
    let empty = still_empty(ctx, breach, register, who, now);
    let edit = paths::staff_breach_page(&breach.reference, "edit");
    let body = html! {
        h1 { (ctx.t_args("breach-draft-heading", &[("reference", &breach.reference)])) }
        p class="lead" { (ctx.t("breach-draft-intro")) }
        section class="breach-todo" aria-labelledby="breach-todo-title" {
            h2 id="breach-todo-title" { (ctx.t("breach-draft-todo")) }
            @if empty.is_empty() {
                p { (ctx.t("breach-draft-complete")) }
            } @else {
                p { (ctx.t_with_number("breach-draft-todo-count", "count", empty.len() as i64)) }
                ul class="list list--links" {
                    @for (label, field) in &empty {
                        li { a href=(format!("{edit}#{field}")) { (ctx.t(label)) } }
                    }
                }
            }
        }
        @for (heading, lines) in sections(ctx, breach, register, who) {
            h2 { (ctx.t(heading)) }
            (summary(&lines, ctx))
        }
        ul class="list list--links no-print" {
            li { a href=(paths::staff_breach(&breach.reference)) { (ctx.t("breach-back-to-record")) } }
        }
    };
    render(ctx, Page::new("breach-draft-title", body))
}
