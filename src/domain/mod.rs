//! Domain types, parsed once at the edge and trusted everywhere below.

mod actor;
mod period;
mod postal_address;
mod profile;
mod request;

pub use actor::{Access, Actor, ActorKind};
pub use period::{Period, page_number};
pub use postal_address::PostalAddress;
pub use profile::{ContactMoment, NewProfile, Profile};
pub use request::{
    MAX_EXTENSION_MONTHS, Request, RequestEvent, RequestKind, RequestStatus, due_on,
    extended_due_on, looks_like_reference, new_reference, received_on,
};
