//! How to reach the organisation, with text channels next to the phone.

use maud::{Markup, html};

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
                dd { a href={ "tel:" (dial_string(&org.customer_service_phone)) } { (org.customer_service_phone) } }
            }
            div class="summary-list__row" {
                dt { (ctx.t("contact-email")) }
                dd { a href={ "mailto:" (org.customer_service_email) } { (org.customer_service_email) } }
            }
            @if let Some(chat) = &org.customer_service_chat_url {
                div class="summary-list__row" {
                    dt { (ctx.t("contact-chat")) }
                    dd { a href=(chat.as_str()) { (ctx.t("contact-chat-link")) } }
                }
            }
            @if let Some(number) = &org.customer_service_text_number {
                div class="summary-list__row" {
                    dt { (ctx.t("contact-text")) }
                    dd {
                        a href={ "sms:" (dial_string(number)) } { (number) }
                        p class="field__hint" { (ctx.t("contact-text-hint")) }
                    }
                }
            }
            div class="summary-list__row" {
                dt { (ctx.t("contact-post")) }
                dd { (org.postal_address) }
            }
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
        h2 { (ctx.t("contact-complaint-heading")) }
        p {
            (ctx.t_args("contact-complaint-text", &[("authority", &org.supervisory_authority_name)])) " "
            a href=(org.supervisory_authority_url.as_str()) { (org.supervisory_authority_name) }
        }
    };
    render(ctx, Page::new("contact-title", body))
}

/// `tel:`/`sms:` links want the digits (and a leading +) only.
fn dial_string(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}
