//! The signed-in start page: who we think you are, and where to go next.

use maud::{Markup, html};

use crate::domain::Profile;
use crate::i18n::{date_in_words, t};
use crate::routes::paths;
use crate::views::components::{FlashKind, flash};
use crate::views::{Page, PageContext, render};

/// `notice`: what was just done (a message id), shown once after the redirect.
pub fn account(ctx: &PageContext, profile: &Profile, notice: Option<&str>) -> Markup {
    let not_known = ctx.t("account-not-known");
    let address = profile.address.as_ref().map(|a| {
        format!(
            "{} {}{}, {} {}",
            a.street,
            a.house_number,
            a.addition
                .as_deref()
                .map(|x| format!(" {x}"))
                .unwrap_or_default(),
            a.postcode,
            a.city
        )
    });
    let rows = [
        (
            ctx.t("register-field-customer-number"),
            profile.customer_number.clone(),
        ),
        (ctx.t("register-field-name"), profile.name.clone()),
        (ctx.t("register-field-email"), profile.email.clone()),
        (
            ctx.t("register-field-phone"),
            profile.phone.clone().unwrap_or_else(|| not_known.clone()),
        ),
        (
            ctx.t("register-field-postal-address"),
            address.unwrap_or_else(|| not_known.clone()),
        ),
        (
            ctx.t("register-field-birth-date"),
            profile
                .birth_date
                .map(|d| date_in_words(ctx.lang, d))
                .unwrap_or_else(|| not_known.clone()),
        ),
        (
            ctx.t("register-field-language"),
            t(profile.language, "language-name"),
        ),
    ];
    let body = html! {
        h1 { (ctx.t("account-title")) }
        @if let Some(notice) = notice {
            (flash(ctx, FlashKind::Success, &ctx.t(notice)))
        }
        p class="lead" { (ctx.t_args("account-welcome", &[("name", &profile.name)])) }
        h2 { (ctx.t("account-details-heading")) }
        dl class="summary-list" {
            @for (label, value) in rows {
                div class="summary-list__row" { dt { (label) } dd { (value) } }
            }
        }
        h2 { (ctx.t("account-security-heading")) }
        ul class="list list--links" {
            li { a href=(paths::SESSIONS) { (ctx.t("sessions-title")) } }
            li { a href=(paths::CHANGE_PASSWORD) { (ctx.t("change-password-title")) } }
            li { a href=(paths::CHANGE_EMAIL) { (ctx.t("change-email-title")) } }
            li { a href=(paths::DOWNLOAD) { (ctx.t("download-title")) } }
            li { a href=(paths::DELETE_ACCOUNT) { (ctx.t("erasure-title")) } }
        }
        p { (ctx.t("account-more-soon")) }
    };
    render(ctx, Page::new("account-title", body))
}
