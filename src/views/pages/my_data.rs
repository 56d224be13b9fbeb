//! "My data" (GDPR Art. 15): every register category with what is held in it, and for each
//! why, on which basis, from where, for whom, how long, and when it will be deleted. The
//! register's words come from `register_rows`; nothing here restates the register.

use maud::{Markup, html};

use crate::i18n::{date_in_words, euros, moment_in_words, t};
use crate::paths;
use crate::privacy::register::{Category, Register, Retention};
use crate::privacy::texts;
use crate::vault::Holdings;
use crate::views::components::{Table, data_table, list, register_rows, summary_row};
use crate::views::{Page, PageContext, render};

pub fn my_data(ctx: &PageContext, holdings: &Holdings, register: &Register) -> Markup {
    let lang = ctx.lang;
    // One overview first: each kind of data, what it is, why, and until when. The details
    // of each kind are one click away below it, so the page is short and a screen reader
    // hears one table and a list of closed sections, not 18 copies of the same headings.
    let rows = register
        .categories()
        .iter()
        .map(|category| {
            vec![
                html! { a href={ "#category-" (category.id) } { (texts::name(lang, category)) } },
                html! { (texts::fields(lang, category).join(", ")) },
                html! { (texts::purposes(lang, category).join(", ")) },
                html! { (deletion(ctx, holdings, category)) },
            ]
        })
        .collect();
    let body = html! {
        h1 { (ctx.t("my-data-title")) }
        p class="lead" { (ctx.t("my-data-intro")) }
        ul class="list list--links no-print" {
            li { a href=(paths::DOWNLOAD) { (ctx.t("my-data-download-all")) } }
        }
        p class="no-print" { (ctx.t("my-data-print-hint")) }
        h2 { (ctx.t("my-data-overview-heading")) }
        (data_table(&Table {
            id: "my_data",
            caption: ctx.t("my-data-overview-caption"),
            headers: vec![
                ctx.t("my-data-col-kind"),
                ctx.t("my-data-col-what"),
                ctx.t("my-data-col-why"),
                ctx.t("my-data-col-until"),
            ],
            rows,
        }))
        h2 { (ctx.t("my-data-details-heading")) }
        p { (ctx.t("my-data-details-intro")) }
        @for category in register.categories() {
            (category_details(ctx, holdings, category))
        }
    };
    render(ctx, Page::new("my-data-title", body))
}

/// One kind of data, folded: what is held now, the register's why and how long, and where
/// to act on it. Each link names its kind too, so "Correct" is never ambiguous.
fn category_details(ctx: &PageContext, holdings: &Holdings, category: &Category) -> Markup {
    let name = texts::name(ctx.lang, category);
    html! {
        // The overview links to the text inside, not to the fold itself: a browser opens
        // a closed fold to show the target of a link (HTML's ancestor-revealing rule).
        details class="register-category" {
            summary { (name) }
            p id={ "category-" (category.id) } { (texts::description(ctx.lang, category)) }
            p { strong { (ctx.t("my-data-held-heading")) } }
            dl class="summary-list" { (held(ctx, holdings, category.id)) }
            p { strong { (ctx.t("my-data-why-heading")) } }
            dl class="summary-list" {
                (register_rows(ctx, category))
                (summary_row(ctx.t("my-data-deleted-on"), html! { (deletion(ctx, holdings, category)) }))
            }
            @let links = actions(category.id);
            @if !links.is_empty() {
                ul class="list list--links no-print" {
                    @for (path, id) in links {
                        li { a href=(path) { (ctx.t(id)) span class="visually-hidden" { ": " (name) } } }
                    }
                }
            }
        }
    }
}

/// When this customer's data in `category` goes, in words.
fn deletion(ctx: &PageContext, holdings: &Holdings, category: &Category) -> String {
    match (category.retention, holdings.next_deletion(category)) {
        (_, Some(date)) => ctx.t_args(
            "my-data-oldest-deleted-on",
            &[("date", &date_in_words(ctx.lang, date))],
        ),
        (Retention::WhileAccountExists, None) => ctx.t("my-data-deleted-with-account"),
        (Retention::UntilConsentWithdrawn, None) => ctx.t("my-data-deleted-with-consent"),
        (Retention::Period { .. }, None) => ctx.t("my-data-deleted-per-record"),
    }
}

/// Where the customer can act on a category: correct, see in full, change a choice.
fn actions(category: &str) -> Vec<(&'static str, &'static str)> {
    match category {
        "identity" | "contact-details" | "preferences" => vec![(paths::CORRECT, "my-data-correct")],
        "account" => vec![(paths::SESSIONS, "rights-nav-sessions")],
        "contact-calls" | "call-recordings" | "contact-chats" | "contact-emails"
        | "contact-letters" => vec![(paths::CONTACTS, "my-data-see-contacts")],
        "consents" | "marketing" | "research" | "do-not-call" => {
            vec![(paths::CONSENT, "my-data-change-choice")]
        }
        "requests" => vec![(paths::REQUESTS, "rights-nav-requests")],
        "audit-trail" => vec![(paths::WHO_SAW, "rights-nav-who-saw")],
        _ => vec![],
    }
}

/// What is held in one category, as summary-list rows.
fn held(ctx: &PageContext, h: &Holdings, category: &str) -> Markup {
    let lang = ctx.lang;
    let p = &h.profile;
    let unknown = || ctx.t("account-not-known");
    let row = |id: &str, value: String| summary_row(ctx.t(id), html! { (value) });
    let count_row = |id: &str, n: usize| {
        summary_row(
            ctx.t("my-data-how-many"),
            html! { (ctx.t_with_number(id, "count", n as i64)) },
        )
    };
    let choice = |given: Option<bool>| {
        ctx.t(match given {
            Some(true) => "my-data-consent-given",
            Some(false) => "my-data-consent-withdrawn",
            None => "my-data-consent-never-asked",
        })
    };
    let contacts_in = |channel: &str, recorded_only: bool| {
        h.newest_contacts
            .iter()
            .filter(|m| m.channel == channel && (m.recorded || !recorded_only))
            .map(|m| {
                format!(
                    "{}: {}",
                    moment_in_words(lang, &ctx.organisation.time_zone, m.occurred_at),
                    m.subject
                )
            })
            .collect::<Vec<_>>()
    };
    let contacts = |channel: &str, recorded_only: bool| {
        let newest = contacts_in(channel, recorded_only);
        html! {
            (summary_row(ctx.t("my-data-newest"), if newest.is_empty() {
                html! { (ctx.t("my-data-none-among-newest")) }
            } else { list(newest) }))
        }
    };
    match category {
        "identity" => html! {
            (row("register-field-customer-number", p.customer_number.clone()))
            (row("register-field-name", p.name.clone()))
            (row("register-field-birth-date", p.birth_date.map(|d| date_in_words(lang, d)).unwrap_or_else(unknown)))
        },
        "contact-details" => {
            let address = p.address.as_ref().map(|a| a.in_one_line());
            html! {
                (row("register-field-email", p.email.clone()))
                (row("register-field-phone", p.phone.clone().unwrap_or_else(unknown)))
                (row("register-field-postal-address", address.unwrap_or_else(unknown)))
            }
        }
        "preferences" => row("register-field-language", t(p.language, "language-name")),
        "account" => html! {
            (row("register-field-sign-in-email", p.email.clone()))
            (row("register-field-password-hash", ctx.t("my-data-password-hashed")))
            (count_row("my-data-sign-ins", h.sign_ins.len()))
        },
        "contact-calls" => contacts("phone", false),
        "call-recordings" => contacts("phone", true),
        "contact-chats" => contacts("chat", false),
        "contact-emails" => contacts("email", false),
        "contact-letters" => contacts("letter", false),
        "invoices" => html! {
            (count_row("my-data-invoices", h.invoices.len()))
            @if !h.invoices.is_empty() {
                (summary_row(ctx.t("register-field-invoice-number"), list(h.invoices.iter().map(|i| ctx.t_args(
                    "my-data-invoice",
                    &[("number", &i.number), ("date", &date_in_words(lang, i.issued_on)), ("amount", &euros(lang, i.amount_cents))],
                )).collect())))
            }
        },
        "payments" => html! {
            (count_row("my-data-payments", h.payments.len()))
            @if !h.payments.is_empty() {
                (summary_row(ctx.t("register-field-payment-date"), list(h.payments.iter().map(|pay| ctx.t_args(
                    "my-data-payment",
                    &[("date", &date_in_words(lang, pay.paid_on)), ("amount", &euros(lang, pay.amount_cents)), ("method", &ctx.t(&format!("payment-method-{}", pay.method)))],
                )).collect())))
            }
        },
        "consents" => count_row("my-data-consent-receipts", h.consents.len()),
        "marketing" => row(
            "register-field-marketing-preferences",
            choice(h.consent_given("newsletter")),
        ),
        "research" => row(
            "register-field-research-answers",
            choice(h.consent_given("customer-research")),
        ),
        "do-not-call" => html! {
            (row("register-field-do-not-call-flag", ctx.t(if p.do_not_call { "my-data-yes" } else { "my-data-no" })))
            (summary_row(ctx.t("consent-objection-legend"), html! { (ctx.t(if h.marketing_objection.is_some() { "my-data-yes" } else { "my-data-no" })) }))
        },
        "requests" => html! {
            (count_row("my-data-requests", h.requests.len()))
            @if !h.requests.is_empty() {
                (summary_row(ctx.t("register-field-request-reference"), list(h.requests.iter().map(|r| r.reference.clone()).collect())))
            }
        },
        "audit-trail" => count_row("my-data-audit-records", h.audit_records as usize),
        "sign-in-attempts" => count_row("my-data-sign-ins", h.sign_ins.len()),
        "breach-notices" => html! {
            (summary_row(ctx.t("my-data-breach-notices"), if h.notices.is_empty() {
                html! { (ctx.t("my-data-none")) }
            } else {
                html! {
                    ul class="list" {
                        @for n in &h.notices {
                            @let date = n.sent_at.map(|at| moment_in_words(lang, &ctx.organisation.time_zone, at)).unwrap_or_default();
                            li { a href=(paths::account_notice(&n.id.to_string())) { (ctx.t_args("my-data-breach-notice-link", &[("date", &date)])) } }
                        }
                    }
                }
            }))
        },
        _ => html! {},
    }
}
