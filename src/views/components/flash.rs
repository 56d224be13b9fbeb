//! A status message shown after a redirect ("Your change has been saved").

use maud::{Markup, html};

use crate::views::PageContext;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlashKind {
    Success,
    Info,
}

/// A message with a text prefix, so its meaning never depends on colour alone.
pub fn flash(ctx: &PageContext, kind: FlashKind, message: &str) -> Markup {
    flash_list(ctx, kind, message, &[])
}

/// A message followed by a list (what exactly changed); no list when `items` is empty.
pub fn flash_list(ctx: &PageContext, kind: FlashKind, message: &str, items: &[String]) -> Markup {
    let (class, prefix_id) = match kind {
        FlashKind::Success => ("flash flash--success", "flash-success-prefix"),
        FlashKind::Info => ("flash flash--info", "flash-info-prefix"),
    };
    html! {
        div class=(class) role="status" {
            p { strong { (ctx.t(prefix_id)) } " " (message) }
            @if !items.is_empty() {
                ul class="list list--bullet" {
                    @for item in items { li { (item) } }
                }
            }
        }
    }
}
