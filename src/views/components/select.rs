//! A drop-down list to pick one of many (countries): label, hint and error tied to it like
//! a text field (see `field`).

use maud::{Markup, html};

use crate::views::PageContext;

/// One `select`. `name` is also its `id`, so an error summary can link to it.
pub struct Select<'a> {
    pub name: &'a str,
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    /// (value, label) in the order shown.
    pub options: Vec<(&'a str, String)>,
    /// The chosen value; none chosen when it matches no option.
    pub selected: &'a str,
    /// An HTML autocomplete token (WCAG 1.3.5), e.g. `country`.
    pub autocomplete: &'a str,
    pub required: bool,
}

pub fn select(ctx: &PageContext, s: &Select) -> Markup {
    let hint_id = format!("{}-hint", s.name);
    let error_id = format!("{}-error", s.name);
    let described_by = [
        s.hint.as_ref().map(|_| hint_id.as_str()),
        s.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let none_chosen = !s.options.iter().any(|(value, _)| *value == s.selected);
    html! {
        div class=(if s.error.is_some() { "field field--error" } else { "field" }) {
            label class="field__label" for=(s.name) {
                (s.label)
                @if s.required {
                    " " span class="field__required" { (ctx.t("field-required")) }
                }
            }
            @if let Some(hint) = &s.hint {
                p class="field__hint" id=(hint_id) { (hint) }
            }
            @if let Some(error) = &s.error {
                p class="field__error" id=(error_id) {
                    span class="visually-hidden" { (ctx.t("error-prefix")) " " }
                    (error)
                }
            }
            select class="field__input" id=(s.name) name=(s.name)
                autocomplete=(s.autocomplete)
                aria-describedby=[(!described_by.is_empty()).then_some(described_by.as_str())]
                aria-invalid=[s.error.as_ref().map(|_| "true")] {
                @if none_chosen {
                    option value="" selected { (ctx.t("select-choose")) }
                }
                @for (value, label) in &s.options {
                    option value=(value) selected[*value == s.selected] { (label) }
                }
            }
        }
    }
}
