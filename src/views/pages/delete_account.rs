//! Delete my account and data (Art. 17): what goes and what the law keeps, the explicit
//! confirmation, and the page after it (signed out).

use maud::{Markup, html};
use time::OffsetDateTime;

use crate::auth::csrf;
use crate::i18n::{date_in_words, moment_in_words};
use crate::paths;
use crate::privacy::erasure::Kept;
use crate::privacy::register::{Category, Register};
use crate::privacy::texts;
use crate::views::components::{ButtonStyle, Table, button, data_table, hidden};
use crate::views::{Page, PageContext, render};

/// What the law keeps: category, why (the law), and the date it goes.
fn kept_table(ctx: &PageContext, register: &Register, kept: &[Kept]) -> Markup {
    if kept.is_empty() {
        return html! { p { (ctx.t("erasure-kept-none")) } };
    }
    let rows = kept
        .iter()
        .filter_map(|k| {
            let category = register.category(k.category)?;
            Some(vec![
                html! { (texts::name(ctx.lang, category)) },
                html! { (ctx.t(&format!("register-law-{}", k.because))) },
                html! { (date_in_words(ctx.lang, k.until)) },
            ])
        })
        .collect();
    data_table(&Table {
        id: "kept",
        caption: ctx.t("erasure-kept-caption"),
        headers: vec![
            ctx.t("erasure-kept-category"),
            ctx.t("erasure-kept-reason"),
            ctx.t("erasure-kept-until"),
        ],
        rows,
    })
}

pub fn overview(
    ctx: &PageContext,
    register: &Register,
    deleted: &[&Category],
    kept: &[Kept],
) -> Markup {
    let body = html! {
        h1 { (ctx.t("erasure-title")) }
        p { (ctx.t("erasure-intro")) }
        h2 { (ctx.t("erasure-deleted-heading")) }
        p { (ctx.t("erasure-deleted-text")) }
        ul class="list list--bullet" {
            @for category in deleted {
                li { (texts::name(ctx.lang, category)) }
            }
        }
        h2 { (ctx.t("erasure-kept-heading")) }
        p { (ctx.t("erasure-kept-text")) }
        (kept_table(ctx, register, kept))
        h2 { (ctx.t("erasure-other-heading")) }
        ul class="list list--bullet" {
            li { (ctx.t_args("erasure-other-contract", &[("phone", &ctx.organisation.customer_service_phone)])) }
            li {
                (ctx.t("erasure-other-requests")) " "
                a href=(paths::REQUESTS) { (ctx.t("erasure-other-requests-link")) }
            }
            li { (ctx.t("erasure-other-invoices")) }
        }
        h2 { (ctx.t("erasure-before-heading")) }
        p {
            (ctx.t("erasure-before-text")) " "
            a href=(paths::DOWNLOAD) { (ctx.t("erasure-before-link")) }
        }
        ul class="list list--links" {
            li { a href=(paths::DELETE_ACCOUNT_CONFIRM) { (ctx.t("erasure-continue")) } }
            li { a href=(paths::ACCOUNT) { (ctx.t("erasure-back")) } }
        }
    };
    render(ctx, Page::new("erasure-title", body))
}

pub fn confirm(ctx: &PageContext, csrf_token: &str) -> Markup {
    let body = html! {
        h1 { (ctx.t("erasure-confirm-title")) }
        p { (ctx.t("erasure-confirm-what")) }
        ul class="list list--bullet" {
            li { (ctx.t("erasure-confirm-point-data")) }
            li { (ctx.t("erasure-confirm-point-sessions")) }
            li { (ctx.t("erasure-confirm-point-kept")) }
            li { (ctx.t("erasure-confirm-point-contract")) }
            li { (ctx.t("erasure-confirm-point-email")) }
        }
        p { strong { (ctx.t("erasure-confirm-final")) } }
        form method="post" action=(paths::DELETE_ACCOUNT_CONFIRM) {
            (hidden(csrf::FIELD, csrf_token))
            (button(&ctx.t("erasure-confirm-button"), ButtonStyle::Warning))
        }
        ul class="list list--links" {
            li { a href=(paths::ACCOUNT) { (ctx.t("erasure-confirm-back")) } }
            li { a href=(paths::DELETE_ACCOUNT) { (ctx.t("erasure-confirm-review")) } }
        }
    };
    render(ctx, Page::new("erasure-confirm-title", body))
}

pub fn deleted(
    ctx: &PageContext,
    register: &Register,
    reference: &str,
    erased_at: OffsetDateTime,
    kept: &[Kept],
) -> Markup {
    let org = &ctx.organisation;
    let body = html! {
        h1 { (ctx.t("erasure-done-title")) }
        p { (ctx.t("erasure-done-reference")) " " strong { (reference) } }
        p { (ctx.t_args("erasure-done-when", &[("when", &moment_in_words(ctx.lang, &ctx.organisation.time_zone, erased_at))])) }
        h2 { (ctx.t("erasure-done-what-heading")) }
        p { (ctx.t("erasure-done-what-text")) }
        h2 { (ctx.t("erasure-kept-heading")) }
        p { (ctx.t("erasure-done-kept-text")) }
        (kept_table(ctx, register, kept))
        h2 { (ctx.t("erasure-complain-heading")) }
        p { (ctx.t_args("erasure-complain-text", &[("authority", &org.supervisory_authority_name)])) }
        ul class="list list--links" {
            li { a href=(org.supervisory_authority_url.as_str()) { (org.supervisory_authority_name) } }
            li { a href=(paths::HOME) { (ctx.t("erasure-done-home")) } }
        }
    };
    render(ctx, Page::new("erasure-done-title", body))
}
