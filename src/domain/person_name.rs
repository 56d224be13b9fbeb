//! A person's name as the customer writes it.
//!
//! Decided: a name holds letters of any script (with their accents, also when typed as
//! combining marks), spaces, hyphens, apostrophes and full stops, and at least one letter.
//! No digits, no emoji, no symbols such as `<` or `>`: a civil registry would not carry
//! them, and refusing them keeps markup and formulas out of letters and exports.

use serde::{Deserialize, Serialize};

/// The longest name accepted, in characters.
pub const NAME_MAX_CHARS: usize = 100;

/// A name that passed `PersonName::parse`: trimmed, inner spaces collapsed to one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

/// Why a name was refused; each has a message that says how to fix it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
    Characters,
}

impl NameError {
    pub fn message_id(self) -> &'static str {
        match self {
            NameError::Empty => "correct-error-name-empty",
            NameError::TooLong => "correct-error-too-long",
            NameError::Characters => "correct-error-name-characters",
        }
    }
}

impl PersonName {
    pub fn parse(input: &str) -> Result<Self, NameError> {
        let name = collapse_spaces(input);
        if name.is_empty() {
            return Err(NameError::Empty);
        }
        if name.chars().count() > NAME_MAX_CHARS {
            return Err(NameError::TooLong);
        }
        let allowed = |c: char| {
            c.is_alphabetic()
                || is_combining_mark(c)
                || matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.' | '\u{200C}')
        };
        if !name.chars().all(allowed) || !name.chars().any(char::is_alphabetic) {
            return Err(NameError::Characters);
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Trimmed, with every run of whitespace made one space.
pub fn collapse_spaces(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Combining diacritical marks (a decomposed `é` is `e` + U+0301).
pub fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_any_script_pass_and_are_tidied() {
        for good in [
            "Sanne de Vries",
            "Zoë van 't Hoff",
            "Jean-Luc O’Neill Jr.",
            "Ελένη Παπαδοπούλου",
            "Дмитрий",
            "李小龍",
            "e\u{0301}mile",
        ] {
            assert!(PersonName::parse(good).is_ok(), "{good}");
        }
        assert_eq!(
            PersonName::parse("  Anna   Bakker ").unwrap().as_str(),
            "Anna Bakker"
        );
    }

    #[test]
    fn other_characters_are_refused() {
        assert_eq!(PersonName::parse("   "), Err(NameError::Empty));
        for bad in ["<script>", "Anna 😀", "R2D2", "a@b", "---", "Anna\u{7}"] {
            assert_eq!(PersonName::parse(bad), Err(NameError::Characters), "{bad}");
        }
        assert_eq!(
            PersonName::parse(&"a".repeat(NAME_MAX_CHARS + 1)),
            Err(NameError::TooLong)
        );
    }
}
