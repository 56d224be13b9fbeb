//! `/account/notices/{id}`: a notice about a data breach (Art. 34), in plain words, with
//! whom to ask and "I have read this". Until then, the start page shows it at the top.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::config::PrivacyOfficer;
use crate::i18n::{date_in_words, local, moment_in_words};
use crate::paths;
use crate::staff::breach_notice::CustomerNotice;
use crate::views::components::{ButtonStyle, Level, button, hidden, notice_text};
use crate::views::{Page, PageContext, render};

pub fn notice(
    ctx: &PageContext,
    notice: &CustomerNotice,
    officer: &PrivacyOfficer,
    csrf_token: &str,
) -> Markup {
    let zone = &ctx.organisation.time_zone;
    let sent = notice
        .sent_at
        .map(|at| date_in_words(ctx.lang, local(zone, at).date()))
        .unwrap_or_default();
    let id = notice.id.to_string();
    let body = html! {
        h1 { (ctx.t_args("breach-notice-heading", &[("date", &sent)])) }
        p class="lead" { (ctx.t("breach-notice-lead")) }
        (notice_text(ctx.lang, ctx.lang, &notice.message, officer, Level::H2))
        h2 { (ctx.t("breach-notice-read-heading")) }
        @match notice.read_at {
            Some(at) => p { (ctx.t_args("breach-notice-read-on", &[("date", &moment_in_words(ctx.lang, zone, at))])) },
            None => {
                p { (ctx.t("breach-notice-read-intro")) }
                form method="post" action=(paths::ACCOUNT_NOTICE_READ.replace("{id}", &id)) {
                    (hidden(csrf::FIELD, csrf_token))
                    (button(&ctx.t("breach-notice-read-button"), ButtonStyle::Primary))
                }
            }
        }
        p class="link-line" { a href=(paths::ACCOUNT) { (ctx.t("breach-notice-back")) } }
    };
    render(ctx, Page::new("breach-notice-title", body))
}
