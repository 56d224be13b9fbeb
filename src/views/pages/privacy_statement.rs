//! The privacy statement, generated from the processing register and the configuration.

use maud::{Markup, html};

use crate::auth::sessions::{self, Limits};
use crate::i18n::{self, Arg, LANG_COOKIE};
use crate::paths;
use crate::privacy::register::{Category, Register};
use crate::privacy::texts;
use crate::views::components::{Table, data_table, register_rows};
use crate::views::{Page, PageContext, render};

/// The rights of GDPR Art. 15-22 and 7(3), in the order the statement explains them, each
/// with the portal page where the customer uses it themselves.
fn rights() -> [(&'static str, String); 7] {
    [
        ("access", paths::MY_DATA.to_string()),
        ("rectification", paths::CORRECT.to_string()),
        ("erasure", paths::DELETE_ACCOUNT.to_string()),
        ("restriction", paths::new_request_of_kind("restriction")),
        ("objection", paths::CONSENT.to_string()),
        ("portability", paths::DOWNLOAD.to_string()),
        ("withdraw-consent", paths::CONSENT.to_string()),
    ]
}

/// The sections, in order, for the table of contents: (id, heading's message id). The ids
/// have their own prefix, so none equals an id inside a section (the cookie table's).
const SECTIONS: [(&str, &str); 7] = [
    ("about-rights", "privacy-rights-heading"),
    ("about-controller", "privacy-controller-heading"),
    ("about-officer", "privacy-officer-heading"),
    ("about-data", "privacy-data-heading"),
    ("about-backups", "privacy-backups-heading"),
    ("about-complaint", "privacy-complaint-heading"),
    ("about-cookies", "privacy-cookies-heading"),
];

/// `limits` are the session limits in force, so the cookie table states them truly;
/// `backup_days` is how long a backup is kept (`retention.backup_days`).
pub fn privacy_statement(
    ctx: &PageContext,
    register: &Register,
    limits: &Limits,
    backup_days: u32,
) -> Markup {
    let org = &ctx.organisation;
    let officer = &org.privacy_officer;
    let body = html! {
        h1 { (ctx.t("privacy-title")) }
        p class="lead" { (ctx.t_args("privacy-intro", &[("organisation", &org.name)])) }
        nav class="contents" aria-labelledby="contents-heading" {
            h2 id="contents-heading" { (ctx.t("privacy-contents-heading")) }
            ul class="list list--links" {
                @for (id, heading) in SECTIONS {
                    li { a href={ "#" (id) } { (ctx.t(heading)) } }
                }
            }
        }

        // Your rights first: what a reader most often comes for, each with the page
        // where they use it themselves.
        h2 id="about-rights" { (ctx.t("privacy-rights-heading")) }
        p { (ctx.t("privacy-rights-intro")) }
        dl class="summary-list" {
            @for (right, page) in rights() {
                div class="summary-list__row" {
                    dt { (ctx.t(&format!("privacy-right-{right}"))) }
                    dd {
                        (ctx.t(&format!("privacy-right-{right}-text"))) " "
                        a href=(page) { (ctx.t(&format!("privacy-right-{right}-link"))) }
                    }
                }
            }
        }
        p {
            (ctx.t("privacy-rights-how")) " "
            a href=(paths::CONTACT) { (ctx.t("privacy-rights-how-link")) }
        }

        h2 id="about-controller" { (ctx.t("privacy-controller-heading")) }
        p { (ctx.t_args("privacy-controller-text", &[("organisation", &org.name), ("address", &org.postal_address)])) }

        h2 id="about-officer" { (ctx.t("privacy-officer-heading")) }
        p { (ctx.t("privacy-officer-text")) }
        dl class="summary-list" {
            div class="summary-list__row" { dt { (ctx.t("contact-name")) } dd { (officer.name) } }
            div class="summary-list__row" {
                dt { (ctx.t("contact-email")) }
                dd { a href={ "mailto:" (officer.email) } { (officer.email) } }
            }
            div class="summary-list__row" { dt { (ctx.t("contact-phone")) } dd { (officer.phone) } }
            div class="summary-list__row" { dt { (ctx.t("contact-post")) } dd { (officer.postal_address) } }
        }

        h2 id="about-data" { (ctx.t("privacy-data-heading")) }
        p { (ctx.t("privacy-data-intro")) }
        @for category in register.categories() {
            (category_section(ctx, category))
        }

        h2 id="about-backups" { (ctx.t("privacy-backups-heading")) }
        p { (backups(ctx, backup_days)) }

        h2 id="about-complaint" { (ctx.t("privacy-complaint-heading")) }
        p {
            (ctx.t_args("privacy-complaint-text", &[("authority", &org.supervisory_authority_name)])) " "
            a href=(org.supervisory_authority_url.as_str()) { (org.supervisory_authority_name) }
        }

        h2 id="about-cookies" { (ctx.t("privacy-cookies-heading")) }
        p { (ctx.t("privacy-cookies-intro")) }
        (data_table(&Table {
            id: "cookies",
            caption: ctx.t("privacy-cookies-caption"),
            headers: vec![ctx.t("privacy-cookie-name"), ctx.t("privacy-cookie-purpose"), ctx.t("privacy-cookie-lifetime")],
            rows: vec![
                vec![html! { code { (LANG_COOKIE) } }, html! { (ctx.t("privacy-cookie-language-purpose")) }, html! { (ctx.t("privacy-cookie-language-lifetime")) }],
                vec![html! { code { (sessions::COOKIE) } }, html! { (ctx.t("privacy-cookie-session-purpose")) }, html! { (session_lifetime(ctx, limits)) }],
                vec![html! { code { (crate::auth::form_token::COOKIE) } }, html! { (ctx.t("privacy-cookie-form-purpose")) }, html! { (ctx.t("privacy-cookie-form-lifetime")) }],
            ],
        }))
        p { (ctx.t("privacy-cookies-no-banner")) }
    };
    render(ctx, Page::new("privacy-title", body))
}

fn category_section(ctx: &PageContext, category: &Category) -> Markup {
    html! {
        section class="register-category" aria-labelledby={ "category-" (category.id) } {
            h3 id={ "category-" (category.id) } { (texts::name(ctx.lang, category)) }
            p { (texts::description(ctx.lang, category)) }
            dl class="summary-list" { (register_rows(ctx, category)) }
        }
    }
}

/// What an erasure means for the backups made before it.
fn backups(ctx: &PageContext, days: u32) -> String {
    i18n::t_with(
        ctx.lang,
        "privacy-backups-text",
        &[("days", Arg::Number(days.into()))],
    )
}

fn session_lifetime(ctx: &PageContext, limits: &Limits) -> String {
    i18n::t_with(
        ctx.lang,
        "privacy-cookie-session-lifetime",
        &[
            ("idle", Arg::Number(limits.idle.whole_minutes())),
            ("absolute", Arg::Number(limits.absolute.whole_hours())),
        ],
    )
}
