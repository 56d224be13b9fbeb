//! How to reach the organisation, with text channels next to the phone: when we are
//! open, what a call costs and how soon we answer, all from `organisation` in the
//! configuration.

use maud::{Markup, html};

use crate::config::OpeningHours;
use crate::views::{Page, PageContext, render};

pub fn contact(ctx: &PageContext) -> Markup {
    let org = &ctx.organisation;
    let officer = &org.privacy_officer;
    let body = html! {
        h1 { (ctx.t("contact-title")) }
        p class="lead" { (ctx.t("contact-intro")) }
        h2 { (ctx.t("contact-channels-heading")) }
        dl class="summary-list" {
            div class="summary-list__row" {
                dt { (ctx.t("contact-phone")) }
                dd {
                    a href={ "tel:" (dial_string(&org.customer_service_phone)) } { (org.customer_service_phone) }
                    p class="field__hint" { (call_costs(ctx)) }
                }
            }
            div class="summary-list__row" {
                dt { (ctx.t("contact-email")) }
                dd {
                    a href={ "mailto:" (org.customer_service_email) } { (org.customer_service_email) }
                    p class="field__hint" { (email_reply(ctx)) }
                }
            }
            @if let Some(chat) = &org.customer_service_chat_url {
                div class="summary-list__row" {
                    dt { (ctx.t("contact-chat")) }
                    dd {
                        a href=(chat.as_str()) { (ctx.t("contact-chat-link")) }
                        p class="field__hint" { (ctx.t("contact-live-reply")) }
                    }
                }
            }
            @if let Some(number) = &org.customer_service_text_number {
                div class="summary-list__row" {
                    dt { (ctx.t("contact-text")) }
                    dd {
                        a href={ "sms:" (dial_string(number)) } { (number) }
                        p class="field__hint" { (ctx.t("contact-text-hint")) " " (ctx.t("contact-live-reply")) }
                    }
                }
            }
            div class="summary-list__row" {
                dt { (ctx.t("contact-post")) }
                dd {
                    (org.postal_address)
                    p class="field__hint" {
                        (ctx.t_with_number("contact-letter-reply", "days", org.customer_service_letter_reply_days.into()))
                    }
                }
            }
        }
        @if !org.customer_service_hours.is_empty() {
            h2 { (ctx.t("contact-hours-heading")) }
            p { (ctx.t("contact-hours-intro")) }
            dl class="summary-list" {
                @for hours in &org.customer_service_hours {
                    div class="summary-list__row" {
                        dt { (days(ctx, hours)) }
                        dd { (times(ctx, hours)) }
                    }
                }
            }
            p { (ctx.t("contact-hours-closed")) }
        }
        h2 { (ctx.t("contact-privacy-heading")) }
        p { (ctx.t("contact-privacy-intro")) }
        dl class="summary-list" {
            div class="summary-list__row" { dt { (ctx.t("contact-name")) } dd { (officer.name) } }
            div class="summary-list__row" {
                dt { (ctx.t("contact-email")) }
                dd { a href={ "mailto:" (officer.email) } { (officer.email) } }
            }
            div class="summary-list__row" {
                dt { (ctx.t("contact-phone")) }
                dd { a href={ "tel:" (dial_string(&officer.phone)) } { (officer.phone) } }
            }
            div class="summary-list__row" { dt { (ctx.t("contact-post")) } dd { (officer.postal_address) } }
        }
        p { (ctx.t("contact-privacy-reply")) }
        h2 { (ctx.t("contact-complaint-heading")) }
        p {
            (ctx.t_args("contact-complaint-text", &[("authority", &org.supervisory_authority_name)])) " "
            a href=(org.supervisory_authority_url.as_str()) { (org.supervisory_authority_name) }
        }
    };
    render(ctx, Page::new("contact-title", body))
}

/// What a call costs, in words.
fn call_costs(ctx: &PageContext) -> String {
    match ctx.organisation.customer_service_call_cents_per_minute {
        None => ctx.t("contact-call-usual"),
        Some(0) => ctx.t("contact-call-free"),
        Some(cents) => ctx.t_args(
            "contact-call-per-minute",
            &[("amount", &crate::i18n::euros(ctx.lang, cents.into()))],
        ),
    }
}

/// How soon an e-mail is answered: "within 2 working days" (also the accessibility
/// statement's promise).
pub fn email_reply(ctx: &PageContext) -> String {
    ctx.t_with_number(
        "contact-email-reply",
        "days",
        ctx.organisation.customer_service_email_reply_days.into(),
    )
}

fn day(ctx: &PageContext, day: time::Weekday) -> String {
    ctx.t(&format!("contact-day-{}", day.number_from_monday()))
}

/// "Monday to Friday", or "Saturday": with a capital, as Dutch day names have one only at
/// the start.
fn days(ctx: &PageContext, hours: &OpeningHours) -> String {
    let (first, last) = hours.days;
    let days = if first == last {
        day(ctx, first)
    } else {
        ctx.t_args(
            "contact-days-range",
            &[("first", &day(ctx, first)), ("last", &day(ctx, last))],
        )
    };
    let mut chars = days.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "08:00 to 20:00".
fn times(ctx: &PageContext, hours: &OpeningHours) -> String {
    let clock = |t: time::Time| format!("{:02}:{:02}", t.hour(), t.minute());
    ctx.t_args(
        "contact-hours-times",
        &[
            ("opens", &clock(hours.opens)),
            ("closes", &clock(hours.closes)),
        ],
    )
}

/// `tel:`/`sms:` links want the digits (and a leading +) only.
fn dial_string(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}
