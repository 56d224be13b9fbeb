//! A labelled text area for longer answers, tied to its hint and error exactly as `field`
//! ties a one-line field: same label, same `aria-describedby`, same `aria-invalid`.

use maud::{Markup, html};

use crate::views::PageContext;

/// One text area. `name` is also its `id`, so an error summary can link to it.
pub struct TextArea<'a> {
    pub name: &'a str,
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub value: &'a str,
    pub required: bool,
    /// Visible lines; the area grows with the text size, never a fixed height.
    pub rows: u8,
}

impl<'a> TextArea<'a> {
    pub fn new(name: &'a str, label: String) -> Self {
        Self {
            name,
            label,
            hint: None,
            error: None,
            value: "",
            required: false,
            rows: 6,
        }
    }
}

/// Renders the text area. No `maxlength`: a browser would cut pasted text off without a
/// word; the server counts and says how much too long it is, keeping all of it.
pub fn textarea(ctx: &PageContext, f: &TextArea) -> Markup {
    let hint_id = format!("{}-hint", f.name);
    let error_id = format!("{}-error", f.name);
    let described_by = [
        f.hint.as_ref().map(|_| hint_id.as_str()),
        f.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        div class=(if f.error.is_some() { "field field--error" } else { "field" }) {
            label class="field__label" for=(f.name) {
                (f.label)
                @if f.required {
                    " " span class="field__required" { (ctx.t("field-required")) }
                }
            }
            @if let Some(hint) = &f.hint {
                p class="field__hint" id=(hint_id) { (hint) }
            }
            @if let Some(error) = &f.error {
                p class="field__error" id=(error_id) {
                    span class="visually-hidden" { (ctx.t("error-prefix")) " " }
                    (error)
                }
            }
            textarea class="field__input field__textarea" id=(f.name) name=(f.name)
                rows=(f.rows) spellcheck="true" autocomplete="off"
                aria-describedby=[(!described_by.is_empty()).then_some(described_by.as_str())]
                aria-invalid=[f.error.as_ref().map(|_| "true")] {
                    // HTML drops one newline right after the opening tag: this one, so
                    // that a newline the customer typed first is kept.
                    "\n" (f.value)
                }
        }
    }
}
