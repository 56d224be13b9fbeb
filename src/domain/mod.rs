//! Domain types, parsed once at the edge and trusted everywhere below.

mod actor;
mod period;
mod postal_address;
mod profile;

pub use actor::{Access, Actor, ActorKind};
pub use period::{Period, page_number};
pub use postal_address::PostalAddress;
pub use profile::{ContactMoment, NewProfile, Profile};
