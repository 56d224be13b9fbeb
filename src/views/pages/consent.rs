//! Consent and objection: a yes/no pair per purpose, never pre-selected by us (only the
//! customer's own last answer is shown), both objections, and the history of receipts.

use std::collections::HashMap;

use maud::{Markup, html};

use crate::auth::csrf;
use crate::i18n::{moment_in_words, t};
use crate::paths;
use crate::privacy::register::Register;
use crate::privacy::texts;
use crate::vault::ConsentState;
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, FieldError, FlashKind, Table, button, choices, data_table,
    error_summary, flash, hidden,
};
use crate::views::{Page, PageContext, render};

/// The form field of the do-not-call flag and of the objection to direct marketing.
pub const DO_NOT_CALL: &str = "do-not-call";
pub const OBJECTION: &str = "marketing-objection";

/// A one-time message above the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentNotice {
    /// Saved; how many choices changed.
    Saved(usize),
    /// The choices posted after the session expired are back in the form, not saved yet.
    Restored,
}

/// The form field of the consent for `purpose`.
pub fn consent_field(purpose: &str) -> String {
    format!("consent-{purpose}")
}

/// `posted`: what a rejected (or restored) form held, shown again.
pub fn consent(
    ctx: &PageContext,
    csrf_token: &str,
    register: &Register,
    current: &ConsentState,
    posted: &HashMap<String, String>,
    errors: &[FieldError],
    notice: Option<ConsentNotice>,
) -> Markup {
    let error_for = |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    };
    // The posted answer when the form comes back, else the customer's own last answer.
    let chosen = |field: &str, now: Option<bool>| match posted.get(field).map(String::as_str) {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ if posted.is_empty() => now,
        _ => None,
    };
    let pair = |field: &str, yes_id: &str, no_id: &str, now: Option<bool>| {
        let chosen = chosen(field, now);
        [
            Choice {
                value: "yes",
                label: ctx.t(yes_id),
                hint: None,
                checked: chosen == Some(true),
            },
            Choice {
                value: "no",
                label: ctx.t(no_id),
                hint: None,
                checked: chosen == Some(false),
            },
        ]
    };
    let history = current
        .receipts
        .iter()
        .map(|r| {
            vec![
                html! { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, r.at)) },
                html! { (t(ctx.lang, &format!("register-purpose-{}", r.purpose))) },
                html! { (ctx.t(if r.granted { "consent-history-given" } else { "consent-history-withdrawn" })) },
                html! { (ctx.t(&format!("consent-channel-{}", r.channel))) },
                html! { code { (r.text_version) } },
            ]
        })
        .collect();
    let body = html! {
        h1 { (ctx.t("consent-title")) }
        @if !errors.is_empty() { (error_summary(ctx, errors)) }
        @match notice {
            Some(ConsentNotice::Saved(changed)) => {
                (flash(ctx, FlashKind::Success, &ctx.t_with_number("consent-saved", "count", changed as i64)))
            }
            Some(ConsentNotice::Restored) => (flash(ctx, FlashKind::Info, &ctx.t("consent-restored"))),
            None => {}
        }
        p class="lead" { (ctx.t("consent-intro")) }
        form method="post" action=(paths::CONSENT) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            h2 { (ctx.t("consent-purposes-heading")) }
            @for category in register.consent_choices() {
                @let purpose = category.purposes[0];
                @let field = consent_field(purpose);
                (choices(
                    ctx,
                    &field,
                    &ctx.t_args("consent-question", &[("purpose", &t(ctx.lang, &format!("register-purpose-{purpose}")))]),
                    Some(&texts::description(ctx.lang, category)),
                    error_for(&field),
                    ChoiceKind::Radio,
                    &pair(&field, "consent-yes", "consent-no", current.given(purpose)),
                ))
            }
            h2 { (ctx.t("consent-objections-heading")) }
            (choices(
                ctx,
                OBJECTION,
                &ctx.t("consent-objection-legend"),
                Some(&ctx.t("consent-objection-hint")),
                error_for(OBJECTION),
                ChoiceKind::Radio,
                &pair(OBJECTION, "consent-objection-yes", "consent-objection-no", Some(current.marketing_objection)),
            ))
            (choices(
                ctx,
                DO_NOT_CALL,
                &ctx.t("consent-do-not-call-legend"),
                Some(&ctx.t("consent-do-not-call-hint")),
                error_for(DO_NOT_CALL),
                ChoiceKind::Radio,
                &pair(DO_NOT_CALL, "consent-do-not-call-yes", "consent-do-not-call-no", Some(current.do_not_call)),
            ))
            p { (ctx.t("consent-at-once")) }
            (button(&ctx.t("consent-save"), ButtonStyle::Primary))
        }
        h2 { (ctx.t("consent-history-heading")) }
        @if current.receipts.is_empty() {
            p { (ctx.t("consent-history-none")) }
        } @else {
            (data_table(&Table {
                id: "receipts",
                caption: ctx.t("consent-history-caption"),
                headers: vec![
                    ctx.t("consent-history-when"),
                    ctx.t("consent-history-purpose"),
                    ctx.t("consent-history-choice"),
                    ctx.t("consent-history-channel"),
                    ctx.t("consent-history-version"),
                ],
                rows: history,
            }))
        }
    };
    let mut page = Page::new("consent-title", body);
    page.has_errors = !errors.is_empty();
    render(ctx, page)
}
