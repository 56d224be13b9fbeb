//! Who is touching personal data, and on what grounds: the subject of every audit record.

use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    Customer,
    Staff,
    System,
}

impl ActorKind {
    pub fn code(self) -> &'static str {
        match self {
            ActorKind::Customer => "customer",
            ActorKind::Staff => "staff",
            ActorKind::System => "system",
        }
    }
}

/// The one acting: a customer (their id), a staff member (id and role) or a system job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub kind: ActorKind,
    pub id: String,
    /// The staff role (`agent`, `privacy-officer`, `administrator`), `customer`, or the
    /// name of the system job.
    pub role: String,
}

impl Actor {
    pub fn customer(id: Uuid) -> Self {
        Self {
            kind: ActorKind::Customer,
            id: id.to_string(),
            role: "customer".into(),
        }
    }

    /// A staff member, by id and role code (`agent`, `privacy_officer`, `administrator`).
    pub fn staff(id: Uuid, role: &str) -> Self {
        Self {
            kind: ActorKind::Staff,
            id: id.to_string(),
            role: role.into(),
        }
    }

    pub fn system(job: &str) -> Self {
        Self {
            kind: ActorKind::System,
            id: job.into(),
            role: job.into(),
        }
    }
}

/// An actor plus the reason and the HTTP request id that go on the audit record.
#[derive(Debug, Clone)]
pub struct Access {
    pub actor: Actor,
    /// For staff: the request reference or reason code. Never free text about a person.
    pub reason: Option<String>,
    pub request_id: Option<String>,
}

impl Access {
    pub fn by(actor: Actor) -> Self {
        Self {
            actor,
            reason: None,
            request_id: None,
        }
    }
}
