//! A drop-down list to pick one of many (countries): label, hint and error tied to it like
//! a text field (see `field`).

use maud::{Markup, html};

use super::labelled::{Tie, labelled};
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
    /// Marked "(optioneel)" (see `Field::optional`).
    pub optional: bool,
}

pub fn select(ctx: &PageContext, s: &Select) -> Markup {
    let tie = Tie::new(s.name, s.hint.as_deref(), s.error.as_deref());
    let none_chosen = !s.options.iter().any(|(value, _)| *value == s.selected);
    let list = html! {
        select class="field__input" id=(s.name) name=(s.name)
            autocomplete=(s.autocomplete)
            aria-describedby=[tie.described_by()]
            aria-invalid=[tie.invalid()] {
            @if none_chosen {
                option value="" selected { (ctx.t("select-choose")) }
            }
            @for (value, label) in &s.options {
                option value=(value) selected[*value == s.selected] { (label) }
            }
        }
    };
    labelled(ctx, s.name, &s.label, s.optional, &tie, list)
}
