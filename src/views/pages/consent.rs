//! Consent and objection: one yes/no question per purpose, never pre-selected by us (only
//! the customer's own last answer is shown), both objections, and the history of receipts.
//! Every question is a whole sentence and puts its "yes" answer first.

use std::collections::HashMap;

use maud::{Markup, html};

use crate::auth::csrf;
use crate::i18n::{Lang, moment_in_words, t};
use crate::paths;
use crate::privacy::register::Register;
use crate::privacy::texts;
use crate::vault::{ChangedChoice, ConsentState};
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, FieldError, FlashKind, Table, button, choices, error_summary,
    flash_list, hidden, stacked_table,
};
use crate::views::{Page, PageContext, render};

/// The form fields of the do-not-call flag and of the objection to direct marketing: the
/// purposes their receipts carry.
pub use crate::vault::{DO_NOT_CALL, MARKETING_OBJECTION as OBJECTION};

/// A one-time message above the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsentNotice {
    /// Saved; the choices that changed, by name, with the new answer.
    Saved(Vec<ChangedChoice>),
    /// The choices posted after the session expired are back in the form, not saved yet.
    Restored,
}

/// The form field of the consent for `purpose`.
pub fn consent_field(purpose: &str) -> String {
    format!("consent-{purpose}")
}

/// The short name of a choice (a register consent purpose or one of the two objections),
/// as the history and the "saved" message name it.
fn choice_name(lang: Lang, register: &Register, purpose: &str) -> String {
    if purpose == OBJECTION || purpose == DO_NOT_CALL || is_choice(register, purpose) {
        t(lang, &format!("consent-name-{purpose}"))
    } else {
        t(lang, &format!("register-purpose-{purpose}"))
    }
}

fn is_choice(register: &Register, purpose: &str) -> bool {
    register.consent_choices().any(|c| c.purposes[0] == purpose)
}

/// The answers of a question in the order shown ("yes" first), each as the value posted,
/// its label's message id, and what it means for the stored flag or consent.
fn answers(purpose: &str) -> [(&'static str, &'static str, bool); 2] {
    match purpose {
        OBJECTION => [
            ("yes", "consent-objection-yes", true),
            ("no", "consent-objection-no", false),
        ],
        // "May we call you with offers?" Yes means: not on the do-not-call list.
        DO_NOT_CALL => [
            ("no", "consent-do-not-call-no", false),
            ("yes", "consent-do-not-call-yes", true),
        ],
        _ => [("yes", "consent-yes", true), ("no", "consent-no", false)],
    }
}

/// The label of the answer that gives `granted` for `purpose` (the history says what the
/// customer chose in the words they chose it with).
fn answer_label(lang: Lang, purpose: &str, granted: bool) -> String {
    let id = answers(purpose)
        .into_iter()
        .find(|(_, _, means)| *means == granted)
        .map_or("consent-yes", |(_, id, _)| id);
    t(lang, id)
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
    // The posted answer when the form comes back, else the customer's own last answer
    // (`now`: whether the consent or flag stands).
    let options = |field: &str, purpose: &str, now: Option<bool>| {
        let posted_value = posted.get(field).map(String::as_str);
        answers(purpose).map(|(value, label, means)| Choice {
            value,
            label: ctx.t(label),
            hint: None,
            checked: match posted_value {
                Some(v) => v == value,
                None if posted.is_empty() => now == Some(means),
                None => false,
            },
        })
    };
    let history = current
        .receipts
        .iter()
        .map(|r| {
            vec![
                html! { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, r.at)) },
                html! { (choice_name(ctx.lang, register, &r.purpose)) },
                html! { (answer_label(ctx.lang, &r.purpose, r.granted)) },
                html! { (ctx.t(&format!("consent-channel-{}", r.channel))) },
                html! { code { (r.text_version) } },
            ]
        })
        .collect();
    let body = html! {
        h1 { (ctx.t("consent-title")) }
        (error_summary(ctx, errors))
        @match &notice {
            Some(ConsentNotice::Saved(changed)) if changed.is_empty() => {
                (flash_list(ctx, FlashKind::Success, &ctx.t("consent-saved-nothing"), &[]))
            }
            Some(ConsentNotice::Saved(changed)) => {
                (flash_list(ctx, FlashKind::Success, &ctx.t("consent-saved"), &changed.iter().map(|c| ctx.t_args("consent-changed-item", &[
                    ("name", &choice_name(ctx.lang, register, &c.purpose)),
                    ("answer", &answer_label(ctx.lang, &c.purpose, c.granted)),
                ])).collect::<Vec<_>>()))
            }
            Some(ConsentNotice::Restored) => (flash_list(ctx, FlashKind::Info, &ctx.t("consent-restored"), &[])),
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
                    &ctx.t(&format!("consent-question-{purpose}")),
                    Some(&texts::description(ctx.lang, category)),
                    error_for(&field),
                    ChoiceKind::Radio,
                    &options(&field, purpose, current.given(purpose)),
                ))
            }
            h2 { (ctx.t("consent-objections-heading")) }
            p { (ctx.t("consent-objections-intro")) }
            (choices(
                ctx,
                OBJECTION,
                &ctx.t("consent-objection-legend"),
                Some(&ctx.t("consent-objection-hint")),
                error_for(OBJECTION),
                ChoiceKind::Radio,
                &options(OBJECTION, OBJECTION, Some(current.marketing_objection)),
            ))
            (choices(
                ctx,
                DO_NOT_CALL,
                &ctx.t("consent-do-not-call-legend"),
                Some(&ctx.t("consent-do-not-call-hint")),
                error_for(DO_NOT_CALL),
                ChoiceKind::Radio,
                &options(DO_NOT_CALL, DO_NOT_CALL, Some(current.do_not_call)),
            ))
            p { (ctx.t("consent-at-once")) }
            (button(&ctx.t("consent-save"), ButtonStyle::Primary))
        }
        h2 { (ctx.t("consent-history-heading")) }
        @if current.receipts.is_empty() {
            p { (ctx.t("consent-history-none")) }
        } @else {
            (stacked_table(&Table {
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
