//! `/staff/breaches/{reference}/notices/{id}`: one notice to customers. While a draft:
//! how many customers it goes to, the numbers that found nobody, the text in both
//! languages exactly as the customer will see it, and "send". Once sent: how far the
//! e-mails are, in words. The page does not refresh itself; "check again" reloads it.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::db::NoticeProgress;
use crate::i18n::{Lang, moment_in_words};
use crate::paths;
use crate::staff::breach::Breach;
use crate::staff::breach_notice::{Audience, Notice, NoticeState};
use crate::views::components::{ButtonStyle, FlashKind, Level, button, flash, hidden, notice_text};
use crate::views::{Page, PageContext, render};

/// What the page shows besides the notice.
pub struct NoticeView<'a> {
    pub breach: &'a Breach,
    pub notice: &'a Notice,
    /// For a draft to all: every customer now. Otherwise the deliveries.
    pub customers: i64,
    pub progress: NoticeProgress,
    pub csrf_token: &'a str,
    /// Set right after sending.
    pub just_sent: bool,
}

fn row(ctx: &PageContext, label_id: &str, value: Markup) -> Markup {
    html! {
        div class="summary-list__row" { dt { (ctx.t(label_id)) } dd { (value) } }
    }
}

pub fn notice(ctx: &PageContext, view: &NoticeView) -> Markup {
    let b = view.breach;
    let n = view.notice;
    let id = n.id.to_string();
    let zone = &ctx.organisation.time_zone;
    let count = |id: &str, value: i64| ctx.t_with_number(id, "count", value);
    let who = match n.audience {
        Audience::All => count("breach-notice-audience-all", view.customers),
        Audience::List => count("breach-notice-audience-list", view.customers),
    };
    let draft = n.state == NoticeState::Draft;
    let heading_id = if draft {
        "breach-notice-check-heading"
    } else {
        "breach-notice-sent-heading"
    };
    let body = html! {
        h1 { (ctx.t_args(heading_id, &[("reference", &b.reference)])) }
        @if view.just_sent {
            (flash(ctx, FlashKind::Success, &ctx.t("breach-notice-sending-started")))
        }
        dl class="summary-list" {
            (row(ctx, "breach-notice-to", html! { (who) }))
            @if !n.message.not_used.is_empty() {
                (row(ctx, "breach-notice-not-used", html! {
                    p { (ctx.t("breach-notice-not-used-intro")) }
                    ul class="list" { @for number in &n.message.not_used { li { (number) } } }
                }))
            }
            @if let Some(at) = n.sent_at {
                (row(ctx, "breach-notice-sent-at", html! { (moment_in_words(ctx.lang, zone, at)) }))
                (row(ctx, "breach-notice-progress", html! { (progress_text(ctx, n, &view.progress)) }))
                (row(ctx, "breach-notice-read", html! { (count("breach-notice-read-count", view.progress.read)) }))
            }
        }
        @if draft {
            p { (ctx.t("breach-notice-check-intro")) }
        } @else {
            p class="link-line" { a href=(paths::staff_breach_notice(&b.reference, &id)) { (ctx.t("breach-notice-check-again")) } }
        }
        @for lang in Lang::ALL {
            section class="preview" aria-labelledby={ "preview-" (lang.code()) } {
                h2 id={ "preview-" (lang.code()) } { (ctx.t(&format!("breach-notice-preview-{}", lang.code()))) }
                (notice_text(lang, ctx.lang, &n.message, &ctx.organisation.privacy_officer, Level::H3))
            }
        }
        @if draft {
            h2 { (ctx.t("breach-notice-send-heading")) }
            p { (ctx.t("breach-notice-send-warning")) }
            form method="post" action={ (paths::staff_breach_notice(&b.reference, &id)) "/send" } {
                (hidden(csrf::FIELD, view.csrf_token))
                (button(&count("breach-notice-send-button", view.customers), ButtonStyle::Primary))
            }
            p class="link-line" { a href={ (paths::STAFF_BREACH_NOTIFY.replace("{reference}", &b.reference)) "?notice=" (id) } { (ctx.t("breach-notice-change")) } }
        }
        p class="link-line" { a href=(paths::staff_breach(&b.reference)) { (ctx.t("breach-notify-back")) } }
    };
    render(ctx, Page::new("breach-notice-page-title", body))
}

/// "Sending: 40,000 of 100,000 e-mails sent", or "All 2 e-mails sent", in words, with the
/// ones a stopped sender could not confirm.
fn progress_text(ctx: &PageContext, notice: &Notice, p: &NoticeProgress) -> Markup {
    let numbers = [
        ("mailed", p.mailed.to_string()),
        ("customers", p.customers.to_string()),
    ];
    let args: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    html! {
        @match notice.state {
            NoticeState::Sent => p { (ctx.t_args("breach-notice-progress-done", &args)) },
            _ => p { (ctx.t_args("breach-notice-progress-sending", &args)) },
        }
        @if p.unconfirmed() > 0 {
            p { (ctx.t_with_number("breach-notice-progress-unconfirmed", "count", p.unconfirmed())) }
        }
    }
}
