//! What every form control carries around it (GOV.UK / NL Design System): a label, a hint
//! and an error message, each with its own id, and the `aria-describedby` and
//! `aria-invalid` on the control that point at them. Written once here; `field`,
//! `textarea`, `select` and `choices` only say what their control is.

use maud::{Markup, html};

use crate::views::PageContext;

/// How one control, named `name` (also its `id`), is tied to its hint and error.
pub struct Tie<'a> {
    hint: Option<&'a str>,
    error: Option<&'a str>,
    hint_id: String,
    error_id: String,
    described_by: String,
}

impl<'a> Tie<'a> {
    pub fn new(name: &str, hint: Option<&'a str>, error: Option<&'a str>) -> Self {
        let hint_id = format!("{name}-hint");
        let error_id = format!("{name}-error");
        let described_by = [
            hint.map(|_| hint_id.as_str()),
            error.map(|_| error_id.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        Self {
            hint,
            error,
            hint_id,
            error_id,
            described_by,
        }
    }

    /// The control's `aria-describedby`: the hint's id and the error's, when there are any.
    pub fn described_by(&self) -> Option<&str> {
        (!self.described_by.is_empty()).then_some(self.described_by.as_str())
    }

    /// The control's `aria-invalid`: only ever claimed when there is an error.
    pub fn invalid(&self) -> Option<&'static str> {
        self.error.map(|_| "true")
    }

    /// The class of the block around label, messages and control.
    pub fn block_class(&self) -> &'static str {
        if self.error.is_some() {
            "field field--error"
        } else {
            "field"
        }
    }

    /// The hint, then the error (its "Error:" prefix for screen readers), each by its id.
    pub fn messages(&self, ctx: &PageContext) -> Markup {
        html! {
            @if let Some(hint) = self.hint {
                p class="field__hint" id=(self.hint_id) { (hint) }
            }
            @if let Some(error) = self.error {
                p class="field__error" id=(self.error_id) {
                    span class="visually-hidden" { (ctx.t("error-prefix")) " " }
                    (error)
                }
            }
        }
    }
}

/// A control under its label, hint and error, all in one block. The control is written by
/// the caller with `tie.described_by()` and `tie.invalid()`. As on GOV.UK, only an optional
/// control is marked ("(optioneel)"); a form with one says so once (`optional_note`).
pub fn labelled(
    ctx: &PageContext,
    name: &str,
    label: &str,
    optional: bool,
    tie: &Tie,
    control: Markup,
) -> Markup {
    html! {
        div class=(tie.block_class()) {
            label class="field__label" for=(name) {
                (label)
                @if optional {
                    " " span class="field__optional" { (ctx.t("field-optional")) }
                }
            }
            (tie.messages(ctx))
            (control)
        }
    }
}

/// The one sentence a form with an optional control says above its controls: everything
/// else must be filled in.
pub fn optional_note(ctx: &PageContext) -> Markup {
    html! { p class="form-note" { (ctx.t("form-optional-note")) } }
}
