//! The page of one action on a request (`/staff/requests/{reference}/{action}`): its
//! form, then, where it cannot be undone, a check page that says what will happen and
//! what the customer is told, with the button that does it.

use maud::{Markup, html};
use serde::Deserialize;
use time::Date;
use uuid::Uuid;

use super::common::kind_text;
use crate::auth::csrf;
use crate::domain::{RefusalReason, Request, RequestKind};
use crate::i18n::date_in_words;
use crate::paths;
use crate::staff::workflow::ActionKind;
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, Field, FieldError, InputKind, TextArea, button, choices,
    error_summary, field, hidden, optional_note, textarea,
};
use crate::views::{Page, PageContext, render};

/// Every field any action form has; each action uses its own few.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ActionForm {
    /// The request's version when the form was shown (see `db::RequestChange`).
    #[serde(default)]
    pub version: String,
    /// Assign: the staff member's id.
    #[serde(default)]
    pub to: String,
    /// The question, reason, explanation, answer or note.
    #[serde(default)]
    pub text: String,
    /// Extend: 1 or 2.
    #[serde(default)]
    pub months: String,
    /// Refuse: a `RefusalReason` code.
    #[serde(default)]
    pub reason: String,
    /// Decide: `approve` or `reject`.
    #[serde(default)]
    pub decision: String,
    /// Complete a rectification: the corrected date of birth (optional).
    #[serde(default)]
    pub birth_date: String,
    /// Present on the check page's button: do it now.
    pub confirm: Option<String>,
    /// Present on the check page's "change" button: back to the form.
    pub change: Option<String>,
}

/// What the form offers besides the typed values.
pub struct ActionOptions<'a> {
    /// Assign: who may work requests, (id, name), and who is assigned now.
    pub staff: &'a [(Uuid, String)],
    pub assigned: Option<Uuid>,
    /// Extend: the new last day for 1 and for 2 more months.
    pub extended_dates: [Option<Date>; 2],
}

fn error_for(errors: &[FieldError], name: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == name)
        .map(|e| e.message.clone())
}

fn title_id(action: ActionKind) -> String {
    format!("staff-action-{}-title", action.code())
}

/// The form of `action` on `request`.
pub fn action_form(
    ctx: &PageContext,
    csrf_token: &str,
    request: &Request,
    action: ActionKind,
    form: &ActionForm,
    errors: &[FieldError],
    options: &ActionOptions,
) -> Markup {
    let a = action.code();
    let url = paths::staff_request_action(&request.reference, a);
    let mut text = TextArea::new("text", ctx.t(&format!("staff-action-{a}-text")));
    text.hint = Some(ctx.t(&format!("staff-action-{a}-text-hint")));
    text.value = &form.text;
    text.error = error_for(errors, "text");
    text.optional = action == ActionKind::Decide;
    let fields = match action {
        ActionKind::Assign => {
            let chosen = if form.to.is_empty() {
                options
                    .assigned
                    .map(|id| id.to_string())
                    .unwrap_or_default()
            } else {
                form.to.clone()
            };
            let ids: Vec<String> = options.staff.iter().map(|(id, _)| id.to_string()).collect();
            let staff: Vec<Choice> = options
                .staff
                .iter()
                .zip(&ids)
                .map(|((_, name), id)| Choice {
                    value: id,
                    label: name.clone(),
                    hint: None,
                    checked: *id == chosen,
                })
                .collect();
            html! { (choices(ctx, "to", &ctx.t("staff-action-assign-to"), None, error_for(errors, "to").as_deref(), ChoiceKind::Radio, &staff)) }
        }
        ActionKind::Ask | ActionKind::Note => html! { (textarea(ctx, &text)) },
        ActionKind::Extend => {
            let months: Vec<Choice> = [("1", 0usize), ("2", 1)]
                .iter()
                .map(|(value, index)| Choice {
                    value,
                    label: ctx.t_with_number(
                        "staff-action-extend-months-option",
                        "months",
                        (*index + 1) as i64,
                    ),
                    hint: options.extended_dates[*index].map(|d| {
                        ctx.t_args(
                            "staff-action-extend-new-date",
                            &[("date", &date_in_words(ctx.lang, d))],
                        )
                    }),
                    checked: form.months == *value,
                })
                .collect();
            html! {
                (choices(ctx, "months", &ctx.t("staff-action-extend-months"), Some(&ctx.t("staff-action-extend-months-hint")), error_for(errors, "months").as_deref(), ChoiceKind::Radio, &months))
                (textarea(ctx, &text))
            }
        }
        ActionKind::Refuse => {
            let reasons: Vec<Choice> = RefusalReason::ALL
                .iter()
                .map(|r| Choice {
                    value: r.code(),
                    label: ctx.t(&format!("staff-refusal-reason-{}", r.code())),
                    hint: None,
                    checked: form.reason == r.code(),
                })
                .collect();
            html! {
                (choices(ctx, "reason", &ctx.t("staff-action-refuse-reason"), None, error_for(errors, "reason").as_deref(), ChoiceKind::Radio, &reasons))
                (textarea(ctx, &text))
            }
        }
        ActionKind::Decide => {
            let decisions: Vec<Choice> = ["approve", "reject"]
                .iter()
                .map(|d| Choice {
                    value: d,
                    label: ctx.t(&format!("staff-action-decide-{d}")),
                    hint: None,
                    checked: form.decision == *d,
                })
                .collect();
            html! {
                (choices(ctx, "decision", &ctx.t("staff-action-decide-legend"), None, error_for(errors, "decision").as_deref(), ChoiceKind::Radio, &decisions))
                (textarea(ctx, &text))
            }
        }
        ActionKind::Complete => {
            let mut birth = Field::new(
                "birth_date",
                ctx.t("staff-action-complete-birth-date"),
                InputKind::Text,
                "off",
            );
            birth.value = &form.birth_date;
            birth.hint = Some(ctx.t("staff-action-complete-birth-date-hint"));
            birth.error = error_for(errors, "birth_date");
            birth.optional = true;
            html! {
                p { (ctx.t(&format!("staff-complete-effect-{}", request.kind.code()))) }
                (textarea(ctx, &text))
                @if request.kind == RequestKind::Rectification { (field(ctx, &birth)) }
            }
        }
    };
    let body = html! {
        h1 { (ctx.t(&title_id(action))) }
        (error_summary(ctx, errors))
        p class="lead" { (ctx.t_args("staff-action-for", &[("reference", &request.reference), ("kind", &kind_text(ctx, request.kind))])) }
        p { (ctx.t(&format!("staff-action-{a}-intro"))) }
        form method="post" action=(url) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (hidden("version", &form.version))
            @if action == ActionKind::Decide || (action == ActionKind::Complete && request.kind == RequestKind::Rectification) {
                (optional_note(ctx))
            }
            (fields)
            div class="button-group" {
                (button(&ctx.t(&format!("staff-action-{a}-button")), ButtonStyle::Primary))
                a href=(paths::staff_request(&request.reference)) { (ctx.t("staff-back-to-request")) }
            }
        }
    };
    let mut page = Page::new("staff-action-page-title", body);
    page.has_errors = !errors.is_empty();
    render(ctx, page)
}

/// The check page: what will happen, as (label, value) rows, and the confirm button.
pub fn action_check(
    ctx: &PageContext,
    csrf_token: &str,
    request: &Request,
    action: ActionKind,
    form: &ActionForm,
    rows: &[(String, String)],
    warning: Option<String>,
) -> Markup {
    let a = action.code();
    let url = paths::staff_request_action(&request.reference, a);
    let body = html! {
        h1 { (ctx.t("staff-check-title")) }
        p class="lead" { (ctx.t_args("staff-action-for", &[("reference", &request.reference), ("kind", &kind_text(ctx, request.kind))])) }
        dl class="summary-list" {
            @for (term, value) in rows {
                div class="summary-list__row" { dt { (term) } dd class="text-kept" { (value) } }
            }
        }
        @if let Some(warning) = warning {
            div class="callout callout--warning" { p { strong { (ctx.t("staff-check-warning-prefix")) } " " (warning) } }
        }
        form method="post" action=(url) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (hidden("version", &form.version))
            (hidden("to", &form.to))
            (hidden("text", &form.text))
            (hidden("months", &form.months))
            (hidden("reason", &form.reason))
            (hidden("decision", &form.decision))
            (hidden("birth_date", &form.birth_date))
            div class="button-group" {
                button class="button" type="submit" name="confirm" value="yes" { (ctx.t(&format!("staff-action-{a}-confirm"))) }
                button class="button button--secondary" type="submit" name="change" value="yes" { (ctx.t("staff-check-change")) }
            }
        }
    };
    render(ctx, Page::new("staff-check-title", body))
}

/// The request changed since the form was shown: nothing was done (409).
pub fn stale(ctx: &PageContext, reference: &str) -> Markup {
    let body = html! {
        h1 { (ctx.t("staff-stale-title")) }
        p class="lead" { (ctx.t("staff-stale-text")) }
        ul class="list list--links" {
            li { a href=(paths::staff_request(reference)) { (ctx.t("staff-back-to-request")) } }
        }
    };
    render(ctx, Page::new("staff-stale-title", body))
}

/// The action cannot be taken on this request now (409), and why.
pub fn not_allowed(ctx: &PageContext, reference: &str, message_id: &str) -> Markup {
    let body = html! {
        h1 { (ctx.t("staff-not-allowed-title")) }
        p class="lead" { (ctx.t(message_id)) }
        ul class="list list--links" {
            li { a href=(paths::staff_request(reference)) { (ctx.t("staff-back-to-request")) } }
        }
    };
    render(ctx, Page::new("staff-not-allowed-title", body))
}
