//! A labelled form field with its hint and error tied to it (GOV.UK / NL Design System).

use maud::{Markup, html};

use super::labelled::{Tie, labelled};
use crate::views::PageContext;

/// The HTML input types the portal uses; each brings the right keyboard on phones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Email,
    Tel,
    Password,
    Date,
}

impl InputKind {
    fn attr(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Email => "email",
            InputKind::Tel => "tel",
            InputKind::Password => "password",
            InputKind::Date => "date",
        }
    }
}

/// One text-like field. `name` is also its `id`, so an error summary can link to it.
pub struct Field<'a> {
    pub name: &'a str,
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub value: &'a str,
    pub kind: InputKind,
    /// An HTML autocomplete token (WCAG 1.3.5), e.g. `email`, `postal-code`, `off`.
    pub autocomplete: &'a str,
    /// Marked "(optioneel)": the form can be sent without it. Every other field must be
    /// filled in, and is not marked.
    pub optional: bool,
    /// `numeric` for postcodes' digits, house numbers and the like.
    pub inputmode: Option<&'a str>,
    /// No spelling check (e-mail addresses, passwords even when shown as text).
    pub spellcheck_off: bool,
}

impl<'a> Field<'a> {
    pub fn new(name: &'a str, label: String, kind: InputKind, autocomplete: &'a str) -> Self {
        Self {
            name,
            label,
            hint: None,
            error: None,
            value: "",
            kind,
            autocomplete,
            optional: false,
            inputmode: None,
            spellcheck_off: matches!(kind, InputKind::Email | InputKind::Password),
        }
    }

    /// The e-mail address that names an account (sign-in, links): `autocomplete=username`
    /// so password managers pair it with the password. A text control with
    /// `inputmode=email` rather than `type=email`: equally valid HTML with the same phone
    /// keyboard, and HTML_CodeSniffer (pa11y) accepts `username` only on a text control.
    pub fn account_email(name: &'a str, label: String) -> Self {
        let mut field = Self::new(name, label, InputKind::Text, "username");
        field.inputmode = Some("email");
        field.spellcheck_off = true;
        field
    }
}

/// Renders a field. The `required` HTML attribute is left out on purpose: the browser's own
/// bubbles are not translated or announced consistently; the server says what is missing.
pub fn field(ctx: &PageContext, f: &Field) -> Markup {
    let tie = Tie::new(f.name, f.hint.as_deref(), f.error.as_deref());
    let input = html! {
        input class="field__input" id=(f.name) name=(f.name) type=(f.kind.attr())
            value=(f.value) autocomplete=(f.autocomplete)
            inputmode=[f.inputmode]
            spellcheck=[f.spellcheck_off.then_some("false")]
            aria-describedby=[tie.described_by()]
            aria-invalid=[tie.invalid()];
    };
    labelled(ctx, f.name, &f.label, f.optional, &tie, input)
}

/// A hidden value carried by a form (for example its CSRF token).
pub fn hidden(name: &str, value: &str) -> Markup {
    html! { input type="hidden" name=(name) value=(value); }
}
