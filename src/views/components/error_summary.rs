//! The error summary at the top of a form page: each problem a link to its field.

use maud::{Markup, html};

use crate::views::PageContext;

/// One problem with one field. `field` is the field's `id` (its name).
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    /// The message for the field `name`, if it has one (to show next to that field).
    pub fn find(errors: &[FieldError], name: &str) -> Option<String> {
        errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| e.message.clone())
    }
}

impl FieldError {
    /// One problem that concerns two fields together ("the e-mail address or password is
    /// wrong"): shown at both, so neither sounds right on its own, and listed once.
    pub fn on_both(first: &str, second: &str, message: String) -> Vec<FieldError> {
        vec![
            FieldError {
                field: first.into(),
                message: message.clone(),
            },
            FieldError {
                field: second.into(),
                message,
            },
        ]
    }
}

/// Nothing when there are no errors; otherwise the GOV.UK error summary, a region named
/// by its title (a plain `div` may not carry a name: axe's aria-prohibited-attr). A
/// message shown at two fields is listed once, linking to the first. It takes the focus
/// when the page loads (`autofocus` on a `tabindex="-1"` element, plain HTML, no script),
/// so a screen reader reads the problems at once and the next Tab goes to the first link.
pub fn error_summary(ctx: &PageContext, errors: &[FieldError]) -> Markup {
    let mut listed: Vec<&FieldError> = Vec::new();
    for error in errors {
        if !listed.iter().any(|e| e.message == error.message) {
            listed.push(error);
        }
    }
    html! {
        @if !errors.is_empty() {
            div class="error-summary" role="region" aria-labelledby="error-summary-title" tabindex="-1" autofocus {
                h2 id="error-summary-title" class="error-summary__title" { (ctx.t("error-summary-title")) }
                ul class="error-summary__list" {
                    @for error in listed {
                        li { a href={ "#" (error.field) } { (error.message) } }
                    }
                }
            }
        }
    }
}
