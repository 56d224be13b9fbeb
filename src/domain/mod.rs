//! Domain types, parsed once at the edge and trusted everywhere below.

mod actor;
pub mod country;
pub mod need_to_know;
mod period;
mod person_name;
mod phone_number;
mod postal_address;
mod postal_code;
mod profile;
mod profile_change;
mod request;
mod request_handling;

pub use actor::{Access, Actor, ActorKind};
pub use period::{Period, page_number, parse_day};
pub use person_name::{NAME_MAX_CHARS, NameError, PersonName};
pub use phone_number::{PHONE_MAX_CHARS, PhoneError, PhoneNumber};
pub use postal_address::{
    ADDITION_MAX_CHARS, AddressInput, AddressProblem, CITY_MAX_CHARS, HOUSE_NUMBER_MAX_CHARS,
    PostalAddress, STREET_MAX_CHARS,
};
pub use postal_code::{POSTCODE_MAX_CHARS, PostalCode};
pub use profile::{ContactMoment, NewProfile, Profile};
pub use profile_change::ProfileChange;
pub use request::{
    MAX_EXTENSION_MONTHS, Request, RequestEvent, RequestKind, RequestStatus, due_on,
    extended_due_on, looks_like_reference, new_reference, received_on,
};
pub use request_handling::{EventKind, Handling, Proposal, ProposalKind, RefusalReason};
