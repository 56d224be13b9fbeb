//! A postal address, Dutch or foreign.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalAddress {
    pub street: String,
    pub house_number: String,
    /// Toevoeging: `A`, `bis`, `3-hoog`...
    pub addition: Option<String>,
    pub postcode: String,
    pub city: String,
    /// ISO 3166-1 alpha-2; `NL` for Dutch addresses.
    pub country: String,
}
