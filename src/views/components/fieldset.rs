//! Groups of related fields under one question: a `fieldset` with its `legend`.

use maud::{Markup, html};

use super::labelled::Tie;
use crate::views::PageContext;

/// A fieldset; with `as_heading` the legend is the page's question and its `h1`.
pub fn fieldset(legend: &str, as_heading: bool, body: Markup) -> Markup {
    html! {
        fieldset class="fieldset" {
            legend class="fieldset__legend" {
                @if as_heading { h1 { (legend) } } @else { (legend) }
            }
            (body)
        }
    }
}

/// Radio buttons pick one; checkboxes pick any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceKind {
    Radio,
    Checkbox,
}

/// One option in a group.
pub struct Choice<'a> {
    pub value: &'a str,
    pub label: String,
    pub hint: Option<String>,
    /// Only ever true when the customer chose it; the portal never pre-ticks consent.
    pub checked: bool,
}

/// A group of radios or checkboxes with legend, hint and error, all tied together.
pub fn choices(
    ctx: &PageContext,
    name: &str,
    legend: &str,
    hint: Option<&str>,
    error: Option<&str>,
    kind: ChoiceKind,
    options: &[Choice],
) -> Markup {
    let tie = Tie::new(name, hint, error);
    let input_type = match kind {
        ChoiceKind::Radio => "radio",
        ChoiceKind::Checkbox => "checkbox",
    };
    html! {
        div class=(tie.block_class()) {
            fieldset class="fieldset" aria-describedby=[tie.described_by()] {
                legend class="fieldset__legend" { (legend) }
                (tie.messages(ctx))
                div class="choices" {
                    @for (index, option) in options.iter().enumerate() {
                        @let id = if index == 0 { name.to_string() } else { format!("{name}-{index}") };
                        @let option_hint_id = format!("{id}-item-hint");
                        div class="choices__item" {
                            input class="choices__input" id=(id) name=(name) type=(input_type)
                                value=(option.value) checked[option.checked]
                                aria-describedby=[option.hint.as_ref().map(|_| option_hint_id.as_str())];
                            label class="choices__label" for=(id) { (option.label) }
                            @if let Some(item_hint) = &option.hint {
                                p class="field__hint choices__hint" id=(option_hint_id) { (item_hint) }
                            }
                        }
                    }
                }
            }
        }
    }
}
