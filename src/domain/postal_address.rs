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

impl PostalAddress {
    /// The address on one line, as the customer would write it: "Dorpsstraat 12 A, 1234 AB
    /// Utrecht", with the country added when it is not the Netherlands.
    pub fn in_one_line(&self) -> String {
        let addition = self
            .addition
            .as_deref()
            .map(|a| format!(" {a}"))
            .unwrap_or_default();
        let country = if self.country == "NL" {
            String::new()
        } else {
            format!(", {}", self.country)
        };
        format!(
            "{} {}{addition}, {} {}{country}",
            self.street, self.house_number, self.postcode, self.city
        )
    }
}
