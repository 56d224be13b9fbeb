//! A labelled text area for longer answers, tied to its hint and error by `labelled`,
//! exactly as a one-line `field`: same label, same `aria-describedby`, same `aria-invalid`.

use maud::{Markup, html};

use super::labelled::{Tie, labelled};
use crate::views::PageContext;

/// One text area. `name` is also its `id`, so an error summary can link to it.
pub struct TextArea<'a> {
    pub name: &'a str,
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub value: &'a str,
    /// Marked "(optioneel)" (see `Field::optional`).
    pub optional: bool,
    /// Visible lines; the area grows with the text size, never a fixed height.
    pub rows: u8,
    /// The language of what is typed, when it is not the page's (a text in English on a
    /// Dutch page): spelling checks and screen readers follow it.
    pub lang: Option<&'static str>,
}

impl<'a> TextArea<'a> {
    pub fn new(name: &'a str, label: String) -> Self {
        Self {
            name,
            label,
            hint: None,
            error: None,
            value: "",
            optional: false,
            rows: 6,
            lang: None,
        }
    }
}

/// Renders the text area. No `maxlength`: a browser would cut pasted text off without a
/// word; the server counts and says how much too long it is, keeping all of it.
pub fn textarea(ctx: &PageContext, f: &TextArea) -> Markup {
    let tie = Tie::new(f.name, f.hint.as_deref(), f.error.as_deref());
    let area = html! {
        textarea class="field__input field__textarea" id=(f.name) name=(f.name)
            rows=(f.rows) spellcheck="true" autocomplete="off" lang=[f.lang]
            aria-describedby=[tie.described_by()]
            aria-invalid=[tie.invalid()] {
                // HTML drops one newline right after the opening tag: this one, so
                // that a newline the customer typed first is kept.
                "\n" (f.value)
            }
    };
    labelled(ctx, f.name, &f.label, f.optional, &tie, area)
}
