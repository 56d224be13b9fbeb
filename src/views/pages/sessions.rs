//! Where the customer is signed in, their recent sign-ins, and "sign out everywhere else".

use maud::{Markup, html};

use crate::auth::csrf;
use crate::i18n::{moment_in_words, t};
use crate::paths;
use crate::views::components::{
    ButtonStyle, FlashKind, Table, button, data_table, flash, hidden, stacked_table,
};
use crate::views::{Page, PageContext, render};

/// One live session, as shown.
pub struct SessionView {
    /// (browser code, system code)
    pub device: (String, String),
    pub signed_in_at: time::OffsetDateTime,
    pub last_seen_at: time::OffsetDateTime,
    pub this_one: bool,
}

pub fn sessions(
    ctx: &PageContext,
    csrf_token: &str,
    sessions: &[SessionView],
    sign_ins: &[(time::OffsetDateTime, bool)],
    ended_others: Option<u64>,
) -> Markup {
    let lang = ctx.lang;
    let device = |(browser, system): &(String, String)| {
        ctx.t_args(
            "sessions-device",
            &[
                ("browser", &t(lang, &format!("browser-{browser}"))),
                ("system", &t(lang, &format!("system-{system}"))),
            ],
        )
    };
    let session_rows = sessions
        .iter()
        .map(|s| {
            vec![
                html! {
                    (device(&s.device))
                    @if s.this_one { " " strong { (ctx.t("sessions-this-one")) } }
                },
                html! { (moment_in_words(lang, &ctx.organisation.time_zone, s.signed_in_at)) },
                html! { (moment_in_words(lang, &ctx.organisation.time_zone, s.last_seen_at)) },
            ]
        })
        .collect();
    let sign_in_rows = sign_ins
        .iter()
        .map(|(at, success)| {
            vec![
                html! { (moment_in_words(lang, &ctx.organisation.time_zone, *at)) },
                html! { (ctx.t(if *success { "sessions-sign-in-ok" } else { "sessions-sign-in-failed" })) },
            ]
        })
        .collect();
    let others = sessions.iter().filter(|s| !s.this_one).count();
    let body = html! {
        h1 { (ctx.t("sessions-title")) }
        @if let Some(count) = ended_others {
            (flash(ctx, FlashKind::Success, &ctx.t_with_number("sessions-ended", "count", count as i64)))
        }
        p { (ctx.t("sessions-intro")) }
        (stacked_table(&Table {
            id: "sessions",
            caption: ctx.t("sessions-caption"),
            headers: vec![ctx.t("sessions-device-header"), ctx.t("sessions-signed-in-header"), ctx.t("sessions-last-active-header")],
            rows: session_rows,
        }))
        @if others > 0 {
            form method="post" action=(paths::SIGN_OUT_OTHERS) novalidate {
                (hidden(csrf::FIELD, csrf_token))
                (button(&ctx.t("sessions-sign-out-others"), ButtonStyle::Secondary))
            }
        } @else {
            p { (ctx.t("sessions-only-this-one")) }
        }
        h2 { (ctx.t("sessions-sign-ins-heading")) }
        p { (ctx.t("sessions-sign-ins-intro")) }
        @if sign_ins.is_empty() {
            p { (ctx.t("sessions-sign-ins-none")) }
        } @else {
            (data_table(&Table {
                id: "attempts",
                caption: ctx.t("sessions-sign-ins-caption"),
                headers: vec![ctx.t("sessions-when-header"), ctx.t("sessions-result-header")],
                rows: sign_in_rows,
            }))
        }
    };
    render(ctx, Page::new("sessions-title", body))
}
