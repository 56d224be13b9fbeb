//! The record of processing activities (GDPR Art. 30(1)(a)-(g)), generated from the
//! processing register and the organisation's configuration; nothing is restated here.
//! Printable: the print stylesheet drops the menus.

use maud::{Markup, html};

use crate::privacy::register::{Category, Register};
use crate::privacy::texts;
use crate::views::components::{list, register_rows, summary_row};
use crate::views::{Page, PageContext, render};

pub fn register(ctx: &PageContext, register: &Register) -> Markup {
    let org = &ctx.organisation;
    let dpo = &org.privacy_officer;
    let transfers = register
        .categories()
        .iter()
        .any(|c| !c.transfers_outside_eu.is_empty());
    let measures = register
        .security_measures()
        .iter()
        .map(|m| ctx.t(&format!("register-measure-{m}")))
        .collect::<Vec<_>>();
    let body = html! {
        h1 { (ctx.t("staff-register-title")) }
        p class="lead" { (ctx.t("staff-register-intro")) }
        p class="no-print" { (ctx.t("staff-register-print")) }
        nav aria-labelledby="register-contents" class="register-contents no-print" {
            h2 id="register-contents" { (ctx.t("staff-register-contents")) }
            ul class="list list--links" {
                li { a href="#controller" { (ctx.t("staff-register-controller-heading")) } }
                li { a href="#activities" { (ctx.t("staff-register-activities-heading")) } }
                li { a href="#transfers" { (ctx.t("staff-register-transfers-heading")) } }
                li { a href="#measures" { (ctx.t("staff-register-measures-heading")) } }
            }
        }
        section aria-labelledby="controller" {
            h2 id="controller" { (ctx.t("staff-register-controller-heading")) }
            h3 { (ctx.t("staff-register-controller")) }
            dl class="summary-list" {
                (summary_row(ctx.t("staff-register-name"), html! { (org.name) }))
                (summary_row(ctx.t("staff-register-address"), html! { (org.postal_address) }))
                (summary_row(ctx.t("staff-register-email"), html! { a href={ "mailto:" (org.customer_service_email) } { (org.customer_service_email) } }))
                (summary_row(ctx.t("staff-register-phone"), html! { (org.customer_service_phone) }))
                (summary_row(ctx.t("staff-register-website"), html! { a href=(org.website) { (org.website) } }))
            }
            h3 { (ctx.t("staff-register-dpo")) }
            dl class="summary-list" {
                (summary_row(ctx.t("staff-register-name"), html! { (dpo.name) }))
                (summary_row(ctx.t("staff-register-address"), html! { (dpo.postal_address) }))
                (summary_row(ctx.t("staff-register-email"), html! { a href={ "mailto:" (dpo.email) } { (dpo.email) } }))
                (summary_row(ctx.t("staff-register-phone"), html! { (dpo.phone) }))
            }
        }
        section aria-labelledby="activities" {
            h2 id="activities" { (ctx.t("staff-register-activities-heading")) }
            p { (ctx.t_with_number("staff-register-activities-intro", "count", register.categories().len() as i64)) }
            @for category in register.categories() {
                (activity(ctx, category))
            }
        }
        section aria-labelledby="transfers" {
            h2 id="transfers" { (ctx.t("staff-register-transfers-heading")) }
            @if transfers {
                p { (ctx.t("staff-register-transfers-some")) }
            } @else {
                p { strong { (ctx.t("staff-register-transfers-none")) } }
            }
        }
        section aria-labelledby="measures" {
            h2 id="measures" { (ctx.t("staff-register-measures-heading")) }
            p { (ctx.t("staff-register-measures-intro")) }
            ul class="list list--bullet" { @for measure in measures { li { (measure) } } }
        }
    };
    render(ctx, Page::new("staff-register-title", body))
}

/// One category as one processing activity: (b) to (f) of Art. 30(1).
fn activity(ctx: &PageContext, category: &Category) -> Markup {
    let subjects = category
        .data_subjects
        .iter()
        .map(|s| ctx.t(&format!("register-subject-{s}")))
        .collect();
    let transfers: Vec<String> = category
        .transfers_outside_eu
        .iter()
        .map(|t| ctx.t(&format!("register-transfer-{t}")))
        .collect();
    let heading = format!("activity-{}", category.id);
    html! {
        section class="register-category" aria-labelledby=(heading) {
            h3 id=(heading) { (texts::name(ctx.lang, category)) }
            p { (texts::description(ctx.lang, category)) }
            dl class="summary-list" {
                (summary_row(ctx.t("staff-register-subjects"), list(subjects)))
                (register_rows(ctx, category))
                (summary_row(ctx.t("staff-register-transfers"), if transfers.is_empty() {
                    html! { (ctx.t("staff-register-transfers-category-none")) }
                } else { list(transfers) }))
            }
        }
    }
}
