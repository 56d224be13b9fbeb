//! Postcodes: Dutch ones checked and written one way (`1234 AB`); foreign ones free within
//! plain limits, since every country has its own form (and some have none).

use serde::{Deserialize, Serialize};

/// The longest postcode accepted, in characters.
pub const POSTCODE_MAX_CHARS: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalCode(String);

impl PostalCode {
    /// A Dutch postcode: four digits (not starting with 0), then two letters, in any case
    /// and spacing: `1234ab`, `1234 AB`. The letter pairs SA, SD and SS are never issued.
    pub fn parse_dutch(input: &str) -> Option<Self> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        let compact = compact.to_ascii_uppercase();
        if compact.len() != 6 || !compact.is_ascii() {
            return None;
        }
        let (digits, letters) = compact.split_at(4);
        let ok = digits.chars().all(|c| c.is_ascii_digit())
            && !digits.starts_with('0')
            && letters.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(letters, "SA" | "SD" | "SS");
        ok.then(|| Self(format!("{digits} {letters}")))
    }

    /// A foreign postcode: letters, digits, spaces and hyphens; upper-cased, spaces tidied.
    pub fn parse_foreign(input: &str) -> Option<Self> {
        let tidy = super::person_name::collapse_spaces(input).to_uppercase();
        let ok = !tidy.is_empty()
            && tidy.chars().count() <= POSTCODE_MAX_CHARS
            && tidy
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
            && tidy.chars().any(|c| c.is_alphanumeric());
        ok.then_some(Self(tidy))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_postcodes_are_normalized() {
        for typed in ["1234AB", "1234 ab", " 1234  aB "] {
            assert_eq!(PostalCode::parse_dutch(typed).unwrap().as_str(), "1234 AB");
        }
        for bad in [
            "0123 AB", "1234 SS", "12345", "1234 A", "ABCD 12", "1234 ÅB", "",
        ] {
            assert!(PostalCode::parse_dutch(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn foreign_postcodes_are_free_within_limits() {
        assert_eq!(
            PostalCode::parse_foreign("sw1a 1aa").unwrap().as_str(),
            "SW1A 1AA"
        );
        assert_eq!(
            PostalCode::parse_foreign("75015").unwrap().as_str(),
            "75015"
        );
        for bad in ["<b>", "12345678901", "-", "75015 😀"] {
            assert!(PostalCode::parse_foreign(bad).is_none(), "{bad}");
        }
    }
}
