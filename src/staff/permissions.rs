//! What each staff role may do (least privilege), in one table. Every staff route takes a
//! `May<P>` for the permission it needs, so the route table and this table are the whole
//! access rule, and the role-matrix test walks one against the other.

use super::Role;

/// One thing a staff member may be allowed to do.
pub trait Permission {
    /// For the role-matrix test and the staff menu.
    const NAME: &'static str;
    /// The roles that have it.
    const ROLES: &'static [Role];
}

/// Works the request queue: opens a request and the customer data its kind needs, asks
/// the customer, completes, proposes an extension or a refusal.
pub struct WorkRequests;
/// Approves or rejects an agent's proposed extension or refusal (four eyes).
pub struct ApproveProposals;
/// Searches and exports the audit trail.
pub struct SearchAudit;
/// Sees the record of processing activities and the retention reports.
pub struct SeeRegister;
/// Sees the dashboard's figures (counts only, no personal data).
pub struct SeeDashboard;
/// Adds staff members.
pub struct ManageStaff;
/// Reports a suspected breach (any staff member: whoever notices it first).
pub struct ReportBreach;
/// Reads and keeps the breach register and drafts the notification to the authority.
pub struct KeepBreachRegister;

const AGENT_AND_OFFICER: &[Role] = &[Role::Agent, Role::PrivacyOfficer];
const OFFICER: &[Role] = &[Role::PrivacyOfficer];

impl Permission for WorkRequests {
    const NAME: &'static str = "work-requests";
    const ROLES: &'static [Role] = AGENT_AND_OFFICER;
}
impl Permission for ApproveProposals {
    const NAME: &'static str = "approve-proposals";
    const ROLES: &'static [Role] = OFFICER;
}
impl Permission for SearchAudit {
    const NAME: &'static str = "search-audit";
    const ROLES: &'static [Role] = OFFICER;
}
impl Permission for SeeRegister {
    const NAME: &'static str = "see-register";
    const ROLES: &'static [Role] = OFFICER;
}
impl Permission for SeeDashboard {
    const NAME: &'static str = "see-dashboard";
    const ROLES: &'static [Role] = &[Role::PrivacyOfficer, Role::Administrator];
}
impl Permission for ManageStaff {
    const NAME: &'static str = "manage-staff";
    const ROLES: &'static [Role] = &[Role::Administrator];
}

impl Permission for ReportBreach {
    const NAME: &'static str = "report-breach";
    const ROLES: &'static [Role] = &Role::ALL;
}
impl Permission for KeepBreachRegister {
    const NAME: &'static str = "keep-breach-register";
    const ROLES: &'static [Role] = OFFICER;
}

impl Role {
    /// Whether this role has permission `P`.
    pub fn may<P: Permission>(self) -> bool {
        P::ROLES.contains(&self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of the issue, read row by row: the administrator never reaches
    /// customers' personal data, only the privacy officer approves.
    #[test]
    fn each_role_has_exactly_its_permissions() {
        let agent = Role::Agent;
        let officer = Role::PrivacyOfficer;
        let admin = Role::Administrator;
        assert!(agent.may::<WorkRequests>() && officer.may::<WorkRequests>());
        assert!(!admin.may::<WorkRequests>());
        assert!(officer.may::<ApproveProposals>() && !agent.may::<ApproveProposals>());
        assert!(!admin.may::<ApproveProposals>());
        assert!(officer.may::<SearchAudit>() && !agent.may::<SearchAudit>());
        assert!(!admin.may::<SearchAudit>() && !admin.may::<SeeRegister>());
        assert!(admin.may::<SeeDashboard>() && officer.may::<SeeDashboard>());
        assert!(!agent.may::<SeeDashboard>());
        assert!(admin.may::<ManageStaff>() && !officer.may::<ManageStaff>());
        assert!(Role::ALL.iter().all(|role| role.may::<ReportBreach>()));
        assert!(officer.may::<KeepBreachRegister>() && !agent.may::<KeepBreachRegister>());
        assert!(!admin.may::<KeepBreachRegister>());
    }
}
