//! The menu of an area (the customer's rights, or the staff pages), written once for both.
//! On a narrow screen (a phone, or 200% zoom) it is folded into a disclosure, "Menu: My
//! data", so the page's own heading is on the first screen; from 48em wide it is always
//! open and its "Menu" line is not shown. No JavaScript: a `<details>` element, which the
//! stylesheet keeps open on wide screens (`::details-content`). A browser without that
//! rule shows the folded menu on wide screens too, which still works.

use maud::{Markup, html};

use crate::views::PageContext;

/// One link: where, its words, and its `aria-current` (the page itself, or a page under it).
pub struct NavItem {
    pub href: &'static str,
    pub text: String,
    pub current: Option<&'static str>,
}

pub fn section_nav(ctx: &PageContext, label: &str, items: &[NavItem]) -> Markup {
    let here = items.iter().find(|i| i.current.is_some());
    html! {
        nav class="account-nav" aria-label=(label) {
            details class="wrap account-nav__fold" {
                summary class="account-nav__summary" {
                    (ctx.t("section-nav-menu"))
                    @if let Some(here) = here {
                        ": " (here.text)
                    }
                }
                ul class="account-nav__list" {
                    @for item in items {
                        li { a href=(item.href) aria-current=[item.current] { (item.text) } }
                    }
                }
            }
        }
    }
}
