//! Buttons, and a POST action that looks like a link (state changes never go by GET).

use maud::{Markup, html};

use super::hidden;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonStyle {
    Primary,
    Secondary,
    /// For destructive actions; the label itself must say what happens.
    Warning,
}

/// A submit button.
pub fn button(label: &str, style: ButtonStyle) -> Markup {
    let class = match style {
        ButtonStyle::Primary => "button",
        ButtonStyle::Secondary => "button button--secondary",
        ButtonStyle::Warning => "button button--warning",
    };
    html! { button type="submit" class=(class) { (label) } }
}

/// A one-button form posting to `action`, styled as a link, with its hidden values.
pub fn post_button(action: &str, label: &str, hidden_values: &[(&str, &str)]) -> Markup {
    html! {
        form class="post-button" method="post" action=(action) {
            @for (name, value) in hidden_values { (hidden(name, value)) }
            button type="submit" class="link-button" { (label) }
        }
    }
}
