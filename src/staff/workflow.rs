//! The rules of answering a request, as pure functions: what each staff action may do to
//! a request, and what it changes. The vault applies the result; nothing here touches
//! the database, so every rule has a unit test.
//!
//! - The clock runs from receipt and never pauses (Art. 12(3)): asking the customer for
//!   information does not move the deadline.
//! - An extension is made once, before the original due date, by at most two further
//!   months, with a reason the customer is told (Art. 12(3)).
//! - A refusal names its reason, and the customer is told they may complain to the
//!   supervisory authority and go to court (Art. 12(4)).
//! - An agent's extension or refusal is a proposal until the privacy officer approves it
//!   (four eyes); until then the customer sees nothing of it.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::Role;
use super::guard::StaffSignedIn;
use super::permissions::ApproveProposals;
use crate::domain::{
    EventKind, Handling, MAX_EXTENSION_MONTHS, Proposal, ProposalKind, RefusalReason, Request,
    RequestStatus, extended_due_on,
};
use crate::vault::{Outcome, PlannedChange};

/// The actions on a request; each has its own page (`/staff/requests/{ref}/{code}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    Assign,
    Ask,
    Extend,
    Refuse,
    Decide,
    Complete,
    Note,
}

impl ActionKind {
    pub const ALL: [ActionKind; 7] = [
        ActionKind::Assign,
        ActionKind::Ask,
        ActionKind::Extend,
        ActionKind::Refuse,
        ActionKind::Decide,
        ActionKind::Complete,
        ActionKind::Note,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ActionKind::Assign => "assign",
            ActionKind::Ask => "ask",
            ActionKind::Extend => "extend",
            ActionKind::Refuse => "refuse",
            ActionKind::Decide => "decide",
            ActionKind::Complete => "complete",
            ActionKind::Note => "note",
        }
    }

    pub fn parse(code: &str) -> Option<ActionKind> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// One staff action, with what the form gave (checked already: texts are not empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Assign { to: Uuid },
    Ask { question: String },
    Extend { months: u8, reason: String },
    Refuse { reason: RefusalReason, text: String },
    Approve,
    Reject { note: String },
    Complete { answer: String },
}

/// Why an action cannot be taken, each with its message id for the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotAllowed {
    #[error("the request is closed")]
    Closed,
    #[error("the request is assigned to someone else")]
    NotYours,
    #[error("a proposal waits for the privacy officer")]
    ProposalPending,
    #[error("there is no proposal to decide on")]
    NoProposal,
    #[error("only the privacy officer decides on proposals")]
    OnlyOfficer,
    #[error("the request was extended already")]
    ExtendedAlready,
    #[error("the original due date has passed")]
    PastDueDate,
    #[error("an extension is 1 or 2 months")]
    TooLong,
}

impl NotAllowed {
    pub fn message_id(self) -> &'static str {
        match self {
            NotAllowed::Closed => "staff-not-allowed-closed",
            NotAllowed::NotYours => "staff-not-allowed-not-yours",
            NotAllowed::ProposalPending => "staff-not-allowed-proposal-pending",
            NotAllowed::NoProposal => "staff-not-allowed-no-proposal",
            NotAllowed::OnlyOfficer => "staff-not-allowed-only-officer",
            NotAllowed::ExtendedAlready => "staff-not-allowed-extended-already",
            NotAllowed::PastDueDate => "staff-not-allowed-past-due-date",
            NotAllowed::TooLong => "staff-not-allowed-too-long",
        }
    }
}

/// What the customer is told (by e-mail, and on their request page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Asked,
    Extended,
    Refused,
    Completed,
}

/// What an action changes: the request's new state and the event that records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub status: RequestStatus,
    pub handling: Handling,
    pub extended_until: Option<Date>,
    /// A new extension reason (the old one stays when `None`).
    pub extension_reason: Option<String>,
    pub closed_at: Option<OffsetDateTime>,
    pub event: EventKind,
    pub event_note: Option<String>,
    pub notice: Option<Notice>,
}

impl Plan {
    /// The plan in the vault's terms, with what completing it does besides.
    pub fn into_change(self, outcome: Outcome) -> PlannedChange {
        PlannedChange {
            status: self.status,
            handling: self.handling,
            extended_until: self.extended_until,
            extension_reason: self.extension_reason,
            closed_at: self.closed_at,
            event: self.event,
            event_note: self.event_note,
            tell_customer: self.notice.is_some(),
            outcome,
        }
    }
}

/// Whether `staff` may act on `request` at all: the privacy officer on any, an agent on
/// the ones assigned to them (and taking an unassigned one, or giving away their own).
pub fn may_act(request: &Request, staff: &StaffSignedIn, action: ActionKind) -> bool {
    if staff.role == Role::PrivacyOfficer {
        return true;
    }
    if staff.role != Role::Agent {
        return false;
    }
    let assigned = request.handling.assigned_to;
    assigned == Some(staff.id) || (action == ActionKind::Assign && assigned.is_none())
}

/// What `action` by `staff` does to `request`, received on day `received` (where the
/// organisation is), `today` being the day now; or why it may not be done.
pub fn plan(
    request: &Request,
    action: &Action,
    staff: &StaffSignedIn,
    received: Date,
    today: Date,
    now: OffsetDateTime,
) -> Result<Plan, NotAllowed> {
    if !request.status.is_open() {
        return Err(NotAllowed::Closed);
    }
    let kind = match action {
        Action::Assign { .. } => ActionKind::Assign,
        Action::Ask { .. } => ActionKind::Ask,
        Action::Extend { .. } => ActionKind::Extend,
        Action::Refuse { .. } => ActionKind::Refuse,
        Action::Approve | Action::Reject { .. } => ActionKind::Decide,
        Action::Complete { .. } => ActionKind::Complete,
    };
    if !may_act(request, staff, kind) {
        return Err(NotAllowed::NotYours);
    }
    let officer = staff.role.may::<ApproveProposals>();
    let unchanged = Plan {
        status: request.status,
        handling: request.handling.clone(),
        extended_until: request.extended_until,
        extension_reason: None,
        closed_at: None,
        event: EventKind::Assigned,
        event_note: None,
        notice: None,
    };
    let pending = request.handling.proposal.is_some();
    match action {
        Action::Assign { to } => {
            let first = request.status == RequestStatus::Received;
            let mut plan = unchanged;
            plan.handling.assigned_to = Some(*to);
            if first {
                plan.status = RequestStatus::InProgress;
                plan.event = EventKind::InProgress;
            }
            Ok(plan)
        }
        Action::Ask { question } => {
            let mut plan = started(unchanged);
            plan.handling.waiting_since = Some(now);
            plan.event = EventKind::Asked;
            plan.event_note = Some(question.clone());
            plan.notice = Some(Notice::Asked);
            Ok(plan)
        }
        Action::Extend { months, reason } => {
            if pending {
                return Err(NotAllowed::ProposalPending);
            }
            check_extension(request, *months, today)?;
            if officer {
                Ok(extended(unchanged, received, *months, reason, now))
            } else {
                Ok(proposed(
                    unchanged,
                    ProposalKind::Extend { months: *months },
                    reason,
                    staff.id,
                    now,
                ))
            }
        }
        Action::Refuse { reason, text } => {
            if pending {
                return Err(NotAllowed::ProposalPending);
            }
            if officer {
                Ok(refused(unchanged, *reason, text, now))
            } else {
                Ok(proposed(
                    unchanged,
                    ProposalKind::Refuse { reason: *reason },
                    text,
                    staff.id,
                    now,
                ))
            }
        }
        Action::Approve | Action::Reject { .. } => {
            if !officer {
                return Err(NotAllowed::OnlyOfficer);
            }
            let Some(proposal) = request.handling.proposal.clone() else {
                return Err(NotAllowed::NoProposal);
            };
            let mut plan = unchanged;
            plan.handling.proposal = None;
            match (action, proposal.kind) {
                (Action::Reject { note }, _) => {
                    plan.event = EventKind::ProposalRejected;
                    plan.event_note = Some(note.clone());
                    Ok(plan)
                }
                (_, ProposalKind::Extend { months }) => {
                    check_extension(request, months, today)?;
                    Ok(extended(plan, received, months, &proposal.text, now))
                }
                (_, ProposalKind::Refuse { reason }) => {
                    Ok(refused(plan, reason, &proposal.text, now))
                }
            }
        }
        Action::Complete { answer } => {
            if pending {
                return Err(NotAllowed::ProposalPending);
            }
            let mut plan = unchanged;
            plan.status = RequestStatus::Completed;
            plan.closed_at = Some(now);
            plan.handling.waiting_since = None;
            plan.event = EventKind::Completed;
            plan.event_note = Some(answer.clone());
            plan.notice = Some(Notice::Completed);
            Ok(plan)
        }
    }
}

/// Once, before the original due date (that day included), by 1 or 2 months.
fn check_extension(request: &Request, months: u8, today: Date) -> Result<(), NotAllowed> {
    if request.extended_until.is_some() {
        return Err(NotAllowed::ExtendedAlready);
    }
    if today > request.due_on {
        return Err(NotAllowed::PastDueDate);
    }
    if !(1..=MAX_EXTENSION_MONTHS).contains(&months) {
        return Err(NotAllowed::TooLong);
    }
    Ok(())
}

/// A received request that someone acts on is being handled.
fn started(mut plan: Plan) -> Plan {
    if plan.status == RequestStatus::Received {
        plan.status = RequestStatus::InProgress;
    }
    plan
}

fn extended(mut plan: Plan, received: Date, months: u8, reason: &str, now: OffsetDateTime) -> Plan {
    plan.status = RequestStatus::Extended;
    plan.extended_until = extended_due_on(received, months);
    plan.extension_reason = Some(reason.to_string());
    plan.handling.extended_at = Some(now);
    plan.event = EventKind::Extended;
    plan.event_note = Some(reason.to_string());
    plan.notice = Some(Notice::Extended);
    plan
}

fn refused(mut plan: Plan, reason: RefusalReason, text: &str, now: OffsetDateTime) -> Plan {
    plan.status = RequestStatus::Refused;
    plan.closed_at = Some(now);
    plan.handling.waiting_since = None;
    plan.handling.refusal_reason = Some(reason);
    plan.event = EventKind::Refused;
    plan.event_note = Some(text.to_string());
    plan.notice = Some(Notice::Refused);
    plan
}

fn proposed(mut plan: Plan, kind: ProposalKind, text: &str, by: Uuid, now: OffsetDateTime) -> Plan {
    plan = started(plan);
    plan.event = match kind {
        ProposalKind::Extend { .. } => EventKind::ExtensionProposed,
        ProposalKind::Refuse { .. } => EventKind::RefusalProposed,
    };
    plan.event_note = Some(text.to_string());
    plan.handling.proposal = Some(Proposal {
        kind,
        text: text.to_string(),
        by,
        at: now,
    });
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{RequestKind, due_on};
    use time::macros::{date, datetime};

    const NOW: OffsetDateTime = datetime!(2026-12-03 14:02 UTC);
    const RECEIVED: Date = date!(2026 - 11 - 30);

    fn staff(role: Role) -> StaffSignedIn {
        StaffSignedIn {
            id: Uuid::from_u128(u128::from(role as u8) + 1),
            role,
        }
    }

    fn request(assigned_to: Option<Uuid>) -> Request {
        Request {
            id: Uuid::from_u128(9),
            reference: "AVG-2026-TEST".into(),
            kind: RequestKind::Access,
            status: RequestStatus::InProgress,
            received_at: datetime!(2026-11-30 09:00 UTC),
            due_on: due_on(RECEIVED),
            extended_until: None,
            extension_reason: None,
            details: None,
            closed_at: None,
            customer_id: Some(Uuid::from_u128(7)),
            handling: Handling {
                assigned_to,
                ..Default::default()
            },
        }
    }

    fn extend(months: u8) -> Action {
        Action::Extend {
            months,
            reason: "Veel gegevens bij drie afdelingen.".into(),
        }
    }

    #[test]
    fn an_officer_extends_once_before_the_due_date_by_at_most_two_months() {
        let fg = staff(Role::PrivacyOfficer);
        let open = request(None);
        let today = date!(2026 - 12 - 03);
        let plan = plan(&open, &extend(2), &fg, RECEIVED, today, NOW).unwrap();
        assert_eq!(plan.status, RequestStatus::Extended);
        assert_eq!(
            plan.extended_until,
            Some(date!(2027 - 02 - 28)),
            "three months from receipt"
        );
        assert_eq!(plan.notice, Some(Notice::Extended));
        // On the due date itself it is still allowed; the day after it is not.
        assert!(super::plan(&open, &extend(1), &fg, RECEIVED, open.due_on, NOW).is_ok());
        let late = open.due_on.next_day().unwrap();
        assert_eq!(
            super::plan(&open, &extend(1), &fg, RECEIVED, late, NOW),
            Err(NotAllowed::PastDueDate)
        );
        assert_eq!(
            super::plan(&open, &extend(3), &fg, RECEIVED, today, NOW),
            Err(NotAllowed::TooLong),
            "beyond three months from receipt"
        );
        let mut once = open.clone();
        once.extended_until = plan.extended_until;
        once.status = RequestStatus::Extended;
        assert_eq!(
            super::plan(&once, &extend(1), &fg, RECEIVED, today, NOW),
            Err(NotAllowed::ExtendedAlready)
        );
    }

    #[test]
    fn an_agents_refusal_is_only_a_proposal_until_the_officer_approves() {
        let agent = staff(Role::Agent);
        let fg = staff(Role::PrivacyOfficer);
        let mine = request(Some(agent.id));
        let today = date!(2026 - 12 - 03);
        let refuse = Action::Refuse {
            reason: RefusalReason::UnfoundedOrExcessive,
            text: "Derde gelijke vraag deze maand.".into(),
        };
        let proposed = plan(&mine, &refuse, &agent, RECEIVED, today, NOW).unwrap();
        assert_eq!(
            proposed.status,
            RequestStatus::InProgress,
            "nothing refused yet"
        );
        assert_eq!(proposed.notice, None, "the customer is told nothing yet");
        assert_eq!(proposed.event, EventKind::RefusalProposed);
        assert!(!proposed.event.shown_to_customer());
        let mut waiting = mine.clone();
        waiting.handling = proposed.handling.clone();
        assert_eq!(
            plan(&waiting, &Action::Approve, &agent, RECEIVED, today, NOW),
            Err(NotAllowed::OnlyOfficer)
        );
        assert_eq!(
            plan(
                &waiting,
                &Action::Complete { answer: "x".into() },
                &agent,
                RECEIVED,
                today,
                NOW
            ),
            Err(NotAllowed::ProposalPending)
        );
        let approved = plan(&waiting, &Action::Approve, &fg, RECEIVED, today, NOW).unwrap();
        assert_eq!(approved.status, RequestStatus::Refused);
        assert_eq!(approved.handling.proposal, None);
        assert_eq!(
            approved.handling.refusal_reason,
            Some(RefusalReason::UnfoundedOrExcessive)
        );
        assert_eq!(approved.notice, Some(Notice::Refused));
        assert_eq!(approved.closed_at, Some(NOW));
        let rejected = plan(
            &waiting,
            &Action::Reject {
                note: "Geen reden.".into(),
            },
            &fg,
            RECEIVED,
            today,
            NOW,
        )
        .unwrap();
        assert_eq!(rejected.status, RequestStatus::InProgress);
        assert_eq!(rejected.handling.proposal, None);
        assert_eq!(rejected.notice, None);
    }

    #[test]
    fn agents_act_only_on_their_own_requests_and_closed_ones_are_read_only() {
        let agent = staff(Role::Agent);
        let other = Uuid::from_u128(99);
        let today = date!(2026 - 12 - 03);
        let ask = Action::Ask {
            question: "Welk adres bedoelt u?".into(),
        };
        assert_eq!(
            plan(&request(Some(other)), &ask, &agent, RECEIVED, today, NOW),
            Err(NotAllowed::NotYours)
        );
        assert_eq!(
            plan(&request(None), &ask, &agent, RECEIVED, today, NOW),
            Err(NotAllowed::NotYours)
        );
        let take = Action::Assign { to: agent.id };
        assert!(plan(&request(None), &take, &agent, RECEIVED, today, NOW).is_ok());
        let admin = staff(Role::Administrator);
        assert!(!may_act(&request(None), &admin, ActionKind::Assign));
        let mut done = request(Some(agent.id));
        done.status = RequestStatus::Completed;
        assert_eq!(
            plan(&done, &ask, &agent, RECEIVED, today, NOW),
            Err(NotAllowed::Closed)
        );
    }

    #[test]
    fn asking_keeps_the_deadline_and_says_the_request_waits() {
        let agent = staff(Role::Agent);
        let mine = request(Some(agent.id));
        let ask = Action::Ask {
            question: "Welk adres bedoelt u?".into(),
        };
        let asked = plan(&mine, &ask, &agent, RECEIVED, date!(2026 - 12 - 03), NOW).unwrap();
        assert_eq!(asked.handling.waiting_since, Some(NOW));
        assert_eq!(asked.extended_until, None);
        assert_eq!(asked.notice, Some(Notice::Asked));
        assert_eq!(asked.status, RequestStatus::InProgress);
    }
}
