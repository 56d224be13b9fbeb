//! How staff handle a request: who works it, whether it waits for the customer, what
//! waits for the privacy officer's approval, and the steps its history records.

use time::OffsetDateTime;
use uuid::Uuid;

/// One step in a request's history; the codes are those of `request_events.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventKind {
    Received,
    /// Work began: the first assignment.
    InProgress,
    /// Given to another staff member (internal).
    Assigned,
    /// Staff asked the customer for information.
    Asked,
    /// The customer answered a question.
    Replied,
    /// An agent proposed an extension or a refusal (internal until approved).
    ExtensionProposed,
    RefusalProposed,
    /// The privacy officer did not approve a proposal (internal).
    ProposalRejected,
    Extended,
    Completed,
    Refused,
    Withdrawn,
}

impl EventKind {
    pub const ALL: [EventKind; 12] = [
        EventKind::Received,
        EventKind::InProgress,
        EventKind::Assigned,
        EventKind::Asked,
        EventKind::Replied,
        EventKind::ExtensionProposed,
        EventKind::RefusalProposed,
        EventKind::ProposalRejected,
        EventKind::Extended,
        EventKind::Completed,
        EventKind::Refused,
        EventKind::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventKind::Received => "received",
            EventKind::InProgress => "in-progress",
            EventKind::Assigned => "assigned",
            EventKind::Asked => "asked",
            EventKind::Replied => "replied",
            EventKind::ExtensionProposed => "extension-proposed",
            EventKind::RefusalProposed => "refusal-proposed",
            EventKind::ProposalRejected => "proposal-rejected",
            EventKind::Extended => "extended",
            EventKind::Completed => "completed",
            EventKind::Refused => "refused",
            EventKind::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(code: &str) -> Option<EventKind> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// Whether the customer's request page shows this step. Who works a request inside
    /// the organisation, and a proposal until the privacy officer approves it (four
    /// eyes), are not the customer's to see.
    pub fn shown_to_customer(self) -> bool {
        !matches!(
            self,
            EventKind::Assigned
                | EventKind::ExtensionProposed
                | EventKind::RefusalProposed
                | EventKind::ProposalRejected
        )
    }
}

/// Why a request is refused (Art. 12(5) and 12(2), Art. 23); the codes are those of
/// `requests.refusal_reason` and `requests.proposal_reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefusalReason {
    /// Manifestly unfounded or excessive, in particular because repetitive (Art. 12(5)).
    UnfoundedOrExcessive,
    /// The organisation cannot establish who is asking (Art. 11(2), 12(2)/(6)).
    IdentityNotEstablished,
    /// A law restricts the right here (Art. 23, for example a legal duty to keep).
    LegalException,
}

impl RefusalReason {
    pub const ALL: [RefusalReason; 3] = [
        RefusalReason::UnfoundedOrExcessive,
        RefusalReason::IdentityNotEstablished,
        RefusalReason::LegalException,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RefusalReason::UnfoundedOrExcessive => "unfounded-or-excessive",
            RefusalReason::IdentityNotEstablished => "identity-not-established",
            RefusalReason::LegalException => "legal-exception",
        }
    }

    pub fn parse(code: &str) -> Option<RefusalReason> {
        Self::ALL.into_iter().find(|reason| reason.code() == code)
    }
}

/// What an agent proposed, waiting for the privacy officer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalKind {
    /// Put the deadline off by this many further months (1 or 2).
    Extend {
        months: u8,
    },
    Refuse {
        reason: RefusalReason,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub kind: ProposalKind,
    /// The reason in the agent's words: what the customer is told once it is approved.
    pub text: String,
    pub by: Uuid,
    pub at: OffsetDateTime,
}

/// The staff side of an open request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Handling {
    pub assigned_to: Option<Uuid>,
    /// Staff asked the customer for information at this moment; the clock runs on.
    pub waiting_since: Option<OffsetDateTime>,
    pub proposal: Option<Proposal>,
    /// When an extension took effect.
    pub extended_at: Option<OffsetDateTime>,
    pub refusal_reason: Option<RefusalReason>,
    /// Counts the changes, so an action shown at one version is applied only once.
    pub version: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_internal_steps_stay_internal() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.code()), Some(kind));
        }
        for reason in RefusalReason::ALL {
            assert_eq!(RefusalReason::parse(reason.code()), Some(reason));
        }
        assert!(!EventKind::RefusalProposed.shown_to_customer());
        assert!(!EventKind::Assigned.shown_to_customer());
        assert!(EventKind::Refused.shown_to_customer());
        assert!(EventKind::Asked.shown_to_customer());
    }
}
