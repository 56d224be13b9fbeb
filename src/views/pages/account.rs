//! The signed-in start page: every right in plain words, each with what it concerns now
//! ("3 open requests", "next deletion: 12 March 2027") and a link to it.

use maud::{Markup, html};

use crate::i18n::{date_in_words, local};
use crate::paths;
use crate::privacy::register::Register;
use crate::privacy::texts;
use crate::vault::Holdings;
use crate::views::components::{FlashKind, flash};
use crate::views::{Page, PageContext, render};

/// One card: heading (a link), what it says now, what it is for.
struct Card {
    path: &'static str,
    title_id: &'static str,
    now: String,
    about_id: &'static str,
}

/// Notices about a data breach not read yet, at the top (the GOV.UK notification banner:
/// a region with its own heading, so a screen reader lists it among the landmarks).
fn breach_notices(ctx: &PageContext, holdings: &Holdings) -> Markup {
    let zone = &ctx.organisation.time_zone;
    html! {
        @for (i, n) in holdings.unread_notices().enumerate() {
            @let date = n.sent_at.map(|at| date_in_words(ctx.lang, local(zone, at).date())).unwrap_or_default();
            @let heading = format!("breach-notice-banner-{i}");
            div class="notice-banner" role="region" aria-labelledby=(heading) {
                h2 id=(heading) class="notice-banner__title" { (ctx.t("breach-notice-banner-heading")) }
                p { (ctx.t_args("breach-notice-banner-text", &[("date", &date)])) }
                p class="link-line" { a href=(paths::account_notice(&n.id.to_string())) { (ctx.t_args("breach-notice-banner-link", &[("date", &date)])) } }
            }
        }
    }
}

/// `notice`: what was just done (a message id), shown once after the redirect.
pub fn account(
    ctx: &PageContext,
    holdings: &Holdings,
    register: &Register,
    notice: Option<&str>,
) -> Markup {
    let count = |id: &str, n: usize| ctx.t_with_number(id, "count", n as i64);
    let consent_total = register.consent_choices().count();
    let consent_given = register
        .consent_choices()
        .filter(|c| holdings.consent_given(c.purposes[0]) == Some(true))
        .count();
    let next_deletion = match holdings.first_deletion(register) {
        Some((date, category)) => ctx.t_args(
            "overview-next-deletion",
            &[
                ("date", &date_in_words(ctx.lang, date)),
                ("category", &texts::name(ctx.lang, category)),
            ],
        ),
        None => ctx.t("overview-no-deletion"),
    };
    let cards = [
        Card {
            path: paths::MY_DATA,
            title_id: "rights-nav-my-data",
            now: count("overview-categories", register.categories().len()),
            about_id: "overview-my-data-about",
        },
        Card {
            path: paths::CONTACTS,
            title_id: "rights-nav-contacts",
            now: format!(
                "{} {}",
                count("overview-contacts", holdings.contact_count as usize),
                next_deletion
            ),
            about_id: "overview-contacts-about",
        },
        Card {
            path: paths::REQUESTS,
            title_id: "rights-nav-requests",
            now: count("overview-open-requests", holdings.open_requests()),
            about_id: "overview-requests-about",
        },
        Card {
            path: paths::CONSENT,
            title_id: "rights-nav-consent",
            now: ctx.t_args(
                "overview-consents",
                &[
                    ("given", &consent_given.to_string()),
                    ("total", &consent_total.to_string()),
                ],
            ),
            about_id: "overview-consent-about",
        },
        Card {
            path: paths::WHO_SAW,
            title_id: "rights-nav-who-saw",
            now: count("overview-audit-records", holdings.audit_records as usize),
            about_id: "overview-who-saw-about",
        },
        Card {
            path: paths::CORRECT,
            title_id: "rights-nav-correct",
            now: String::new(),
            about_id: "overview-correct-about",
        },
        Card {
            path: paths::DOWNLOAD,
            title_id: "rights-nav-download",
            now: String::new(),
            about_id: "overview-download-about",
        },
        Card {
            path: paths::SESSIONS,
            title_id: "rights-nav-sessions",
            now: String::new(),
            about_id: "overview-sessions-about",
        },
        Card {
            path: paths::DELETE_ACCOUNT,
            title_id: "rights-nav-delete",
            now: String::new(),
            about_id: "overview-delete-about",
        },
    ];
    let body = html! {
        h1 { (ctx.t("account-title")) }
        @if let Some(notice) = notice {
            (flash(ctx, FlashKind::Success, &ctx.t(notice)))
        }
        (breach_notices(ctx, holdings))
        p class="lead" { (ctx.t_args("account-welcome", &[("name", &holdings.profile.name)])) }
        p { (ctx.t("overview-intro")) }
        ul class="overview-list" {
            @for card in &cards {
                li {
                    h2 { a href=(card.path) { (ctx.t(card.title_id)) } }
                    @if !card.now.is_empty() { p { strong { (card.now) } } }
                    p { (ctx.t(card.about_id)) }
                }
            }
        }
        h2 { (ctx.t("account-security-heading")) }
        ul class="list list--links" {
            li { a href=(paths::CHANGE_PASSWORD) { (ctx.t("change-password-title")) } }
            li { a href=(paths::CHANGE_EMAIL) { (ctx.t("change-email-title")) } }
        }
    };
    render(ctx, Page::new("account-title", body))
}
