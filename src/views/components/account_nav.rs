//! The customer's own menu: every right in one list, shown on every page of the customer
//! area, so each page can be reached in more than one way (WCAG 2.4.5) and the customer
//! always sees where they are (2.4.8).

use maud::{Markup, html};

use super::section_nav::{NavItem, section_nav};

use crate::paths;
use crate::views::PageContext;

/// (page, message id), in the order a customer would look for them.
const ITEMS: [(&str, &str); 10] = [
    (paths::ACCOUNT, "rights-nav-overview"),
    (paths::MY_DATA, "rights-nav-my-data"),
    (paths::CORRECT, "rights-nav-correct"),
    (paths::DOWNLOAD, "rights-nav-download"),
    (paths::CONSENT, "rights-nav-consent"),
    (paths::CONTACTS, "rights-nav-contacts"),
    (paths::WHO_SAW, "rights-nav-who-saw"),
    (paths::REQUESTS, "rights-nav-requests"),
    (paths::SESSIONS, "rights-nav-sessions"),
    (paths::DELETE_ACCOUNT, "rights-nav-delete"),
];

/// Where `route` (a route pattern) stands against `item`: the page itself, a page under
/// it, or elsewhere. The start page only counts for itself.
pub(super) fn current(route: &str, item: &str) -> Option<&'static str> {
    if route == item {
        Some("page")
    } else if item != paths::ACCOUNT
        && route.starts_with(item)
        && route[item.len()..].starts_with('/')
    {
        Some("true")
    } else {
        None
    }
}

/// The menu, or nothing outside the customer area.
pub fn account_nav(ctx: &PageContext) -> Markup {
    let route = ctx.route.as_deref().unwrap_or_default();
    if ctx.staff || ctx.sign_out_token.is_none() || !paths::is_customer_area(route) {
        return html! {};
    }
    let items: Vec<NavItem> = ITEMS
        .iter()
        .map(|(item, id)| NavItem {
            href: item,
            text: ctx.t(id),
            current: current(route, item),
        })
        .collect();
    section_nav(ctx, &ctx.t("rights-nav-label"), &items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_pages_mark_their_section_and_the_start_page_only_itself() {
        assert_eq!(current(paths::ACCOUNT, paths::ACCOUNT), Some("page"));
        assert_eq!(
            current(paths::CONTACT_MOMENT, paths::CONTACTS),
            Some("true")
        );
        assert_eq!(current(paths::CONTACT_MOMENT, paths::ACCOUNT), None);
        assert_eq!(current(paths::CONSENT, paths::CONTACTS), None);
        assert_eq!(current(paths::DOWNLOAD_JSON, paths::DOWNLOAD), Some("true"));
    }
}
