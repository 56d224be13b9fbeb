//! Password fields with a "show password" option that works without JavaScript: a second
//! submit button posts the form back, and the page returns with the password shown as
//! plain text (or hidden again), everything typed kept.
//!
//! The button comes after the form's main button, so that Enter still sends the form.

use maud::{Markup, html};

use super::{Field, InputKind};
use crate::views::PageContext;

/// The form field the toggle posts; `1` shows, `0` hides.
pub const TOGGLE: &str = "show_password";

/// A password field, shown as text when `shown`.
pub fn password_field<'a>(
    name: &'a str,
    label: String,
    autocomplete: &'a str,
    value: &'a str,
    shown: bool,
) -> Field<'a> {
    let kind = if shown {
        InputKind::Text
    } else {
        InputKind::Password
    };
    let mut field = Field::new(name, label, kind, autocomplete);
    field.value = value;
    field.spellcheck_off = true;
    field
}

/// The toggle button: "Show password" or "Hide password".
pub fn password_toggle(ctx: &PageContext, shown: bool) -> Markup {
    let (value, label) = if shown {
        ("0", ctx.t("password-hide"))
    } else {
        ("1", ctx.t("password-show"))
    };
    html! {
        button type="submit" class="button button--secondary" name=(TOGGLE) value=(value) { (label) }
    }
}

/// What a posted toggle asks for: `Some(true)` to show, `Some(false)` to hide, `None` when
/// the form was really sent.
pub fn toggle_asked(posted: Option<&str>) -> Option<bool> {
    match posted {
        Some("1") => Some(true),
        Some("0") => Some(false),
        _ => None,
    }
}
