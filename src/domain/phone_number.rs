//! A phone number, Dutch or international, kept in one form: E.164 (`+31612345678`).
//!
//! Accepted as typed: Dutch numbers (`06 12345678`, `020-123 45 67`), `+31 (0)6 ...`,
//! `0031 6 ...` and any international number starting with `+` or `00`. Spaces, hyphens,
//! dots and brackets are only layout and are dropped.

use serde::{Deserialize, Serialize};

/// The longest input accepted, in characters (layout included).
pub const PHONE_MAX_CHARS: usize = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneNumber(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    TooLong,
    Format,
}

impl PhoneError {
    pub fn message_id(self) -> &'static str {
        match self {
            PhoneError::TooLong => "correct-error-too-long",
            PhoneError::Format => "correct-error-phone-format",
        }
    }
}

impl PhoneNumber {
    /// `Ok(None)` for an empty input: the customer removes their number.
    pub fn parse_optional(input: &str) -> Result<Option<Self>, PhoneError> {
        if input.trim().is_empty() {
            return Ok(None);
        }
        Self::parse(input).map(Some)
    }

    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        if input.chars().count() > PHONE_MAX_CHARS {
            return Err(PhoneError::TooLong);
        }
        // "+31 (0)6": the bracketed trunk zero is not dialled from abroad.
        let compact: String = input
            .replace("(0)", "")
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
            .collect();
        let international = if let Some(rest) = compact.strip_prefix('+') {
            rest.to_string()
        } else if let Some(rest) = compact.strip_prefix("00") {
            rest.to_string()
        } else if let Some(rest) = compact.strip_prefix('0') {
            // A Dutch number: 0 + 9 digits.
            if rest.len() != 9 || !rest.starts_with(|c: char| ('1'..='9').contains(&c)) {
                return Err(PhoneError::Format);
            }
            format!("31{rest}")
        } else {
            return Err(PhoneError::Format);
        };
        if !international.chars().all(|c| c.is_ascii_digit())
            || !(8..=15).contains(&international.len())
            || international.starts_with('0')
        {
            return Err(PhoneError::Format);
        }
        let dutch_wrong = international
            .strip_prefix("31")
            .is_some_and(|national| national.len() != 9 || national.starts_with('0'));
        if dutch_wrong {
            return Err(PhoneError::Format);
        }
        Ok(Self(format!("+{international}")))
    }

    /// E.164: `+` and the digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_and_international_numbers_are_normalized() {
        for (typed, kept) in [
            ("06 12 34 56 78", "+31612345678"),
            ("06-12345678", "+31612345678"),
            ("020 123 45 67", "+31201234567"),
            ("+31 (0)6 1234 5678", "+31612345678"),
            ("0031 6 12345678", "+31612345678"),
            ("+32 470 12 34 56", "+32470123456"),
            ("+1 (555) 123-4567", "+15551234567"),
        ] {
            assert_eq!(PhoneNumber::parse(typed).unwrap().as_str(), kept, "{typed}");
        }
        assert_eq!(PhoneNumber::parse_optional("  "), Ok(None));
    }

    #[test]
    fn other_input_is_refused() {
        for bad in [
            "12345",
            "06 1234",
            "06 123456789",
            "+31 06 12345678",
            "+0 123456789",
            "06 12ab5678",
            "<script>",
            "06 📞 12345678",
            "06\u{7}12345678",
        ] {
            assert_eq!(PhoneNumber::parse(bad), Err(PhoneError::Format), "{bad}");
        }
        assert_eq!(
            PhoneNumber::parse(&"1".repeat(PHONE_MAX_CHARS + 1)),
            Err(PhoneError::TooLong)
        );
    }
}
