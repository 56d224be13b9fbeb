//! The staff menu: the staff pages this member's role may open, and no others, so a menu
//! never offers a page that answers 403.

use maud::{Markup, html};

use super::account_nav::current;
use super::section_nav::{NavItem, section_nav};
use crate::paths;
use crate::staff::Role;
use crate::staff::permissions::{
    KeepBreachRegister, ManageStaff, ReportBreach, SearchAudit, SeeRegister, WorkRequests,
};
use crate::views::PageContext;

/// (page, message id, whether `role` may open it), in the order of a working day.
fn items(role: Role) -> [(&'static str, &'static str, bool); 8] {
    [
        (paths::STAFF_HOME, "staff-nav-home", true),
        (
            paths::STAFF_REQUESTS,
            "staff-nav-requests",
            role.may::<WorkRequests>(),
        ),
        (
            paths::STAFF_AUDIT,
            "staff-nav-audit",
            role.may::<SearchAudit>(),
        ),
        (
            paths::STAFF_REGISTER,
            "staff-nav-register",
            role.may::<SeeRegister>(),
        ),
        (
            paths::STAFF_RETENTION,
            "staff-nav-retention",
            role.may::<SeeRegister>(),
        ),
        (
            paths::STAFF_BREACHES,
            "staff-nav-breaches",
            role.may::<KeepBreachRegister>(),
        ),
        (
            paths::STAFF_BREACH_REPORT,
            "staff-nav-breach-report",
            role.may::<ReportBreach>(),
        ),
        (
            paths::STAFF_TEAM,
            "staff-nav-team",
            role.may::<ManageStaff>(),
        ),
    ]
}

/// The menu, or nothing outside the staff area.
pub fn staff_nav(ctx: &PageContext) -> Markup {
    let route = ctx.route.as_deref().unwrap_or_default();
    let Some(role) = ctx.staff_role.filter(|_| paths::is_staff_area(route)) else {
        return html! {};
    };
    let links: Vec<NavItem> = items(role)
        .into_iter()
        .filter(|(_, _, allowed)| *allowed)
        .map(|(item, id, _)| NavItem {
            href: item,
            text: ctx.t(id),
            current: staff_current(route, item),
        })
        .collect();
    section_nav(ctx, &ctx.t("staff-nav-label"), &links)
}

/// Like the customer menu, but the start page `/staff` only counts for itself.
fn staff_current(route: &str, item: &str) -> Option<&'static str> {
    if item == paths::STAFF_HOME {
        (route == item).then_some("page")
    } else if route == paths::STAFF_BREACH_REPORT && item == paths::STAFF_BREACHES {
        // Reporting is its own menu item, not a page of the register.
        None
    } else {
        current(route, item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_administrator_is_offered_no_page_with_customer_data() {
        let offered: Vec<_> = items(Role::Administrator)
            .into_iter()
            .filter(|(_, _, allowed)| *allowed)
            .map(|(path, _, _)| path)
            .collect();
        assert_eq!(
            offered,
            [
                paths::STAFF_HOME,
                paths::STAFF_BREACH_REPORT,
                paths::STAFF_TEAM
            ]
        );
        assert_eq!(
            staff_current(paths::STAFF_REQUEST, paths::STAFF_REQUESTS),
            Some("true")
        );
        assert_eq!(staff_current(paths::STAFF_REQUEST, paths::STAFF_HOME), None);
    }
}
