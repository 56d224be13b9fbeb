//! The countries an address can be in, as ISO 3166-1 alpha-2 codes. Their names are
//! messages (`country-nl`, ...). An address in a country not listed is corrected by a
//! request to the organisation instead.

/// The Netherlands first, then in code order; the form sorts the rest by their names.
pub const COUNTRIES: [&str; 44] = [
    "NL", "AT", "AU", "AW", "BE", "BG", "BQ", "CA", "CH", "CN", "CW", "CY", "CZ", "DE", "DK", "EE",
    "ES", "FI", "FR", "GB", "GR", "HR", "HU", "ID", "IE", "IN", "IS", "IT", "LI", "LT", "LU", "LV",
    "MA", "MT", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "SR", "SX", "TR",
];

/// The Netherlands, where postcode and house number follow Dutch rules.
pub const NETHERLANDS: &str = "NL";

/// The code if it is one of `COUNTRIES` (any case).
pub fn country_code(input: &str) -> Option<&'static str> {
    COUNTRIES
        .into_iter()
        .find(|code| code.eq_ignore_ascii_case(input.trim()))
}

/// The message id of a country's name.
pub fn country_name_id(code: &str) -> String {
    format!("country-{}", code.to_ascii_lowercase())
}
