//! What a new password must be (NIST SP 800-63B / ASVS V6.2): at least 8 characters (15
//! recommended), up to 128, no composition rules, and not common or easily guessed.

use zxcvbn::{Score, zxcvbn};

pub const MIN_CHARS: usize = 8;
pub const RECOMMENDED_CHARS: usize = 15;
/// Generous: long passphrases are welcome; the bound only keeps hashing cost sane.
pub const MAX_CHARS: usize = 128;

/// Why a password was refused; each maps to a plain-language message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyError {
    TooShort,
    TooLong,
    /// On the lists of common passwords, or guessable in few tries (zxcvbn score < 2),
    /// for example because it contains the customer's own name or e-mail address.
    TooEasy,
}

impl PolicyError {
    /// The Fluent id of the explanation shown next to the field.
    pub fn message_id(self) -> &'static str {
        match self {
            PolicyError::TooShort => "password-too-short",
            PolicyError::TooLong => "password-too-long",
            PolicyError::TooEasy => "password-too-easy",
        }
    }
}

/// Checks a new password; `personal` holds the customer's own data (name, e-mail), which a
/// password must not lean on.
pub fn check(password: &str, personal: &[&str]) -> Result<(), PolicyError> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PolicyError::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PolicyError::TooLong);
    }
    // zxcvbn matches whole inputs; give it the words too, and the words run together
    // ("sannedevries"), which is how personal data shows up in passwords.
    let mut inputs: Vec<String> = Vec::new();
    for item in personal {
        let lower = item.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
        inputs.push(words.concat());
        inputs.extend(words.iter().filter(|w| w.len() > 2).map(|w| w.to_string()));
        inputs.push(lower.clone());
    }
    if mostly_personal(password, &inputs) {
        return Err(PolicyError::TooEasy);
    }
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    if zxcvbn(password, &inputs).score() < Score::Two {
        return Err(PolicyError::TooEasy);
    }
    Ok(())
}

/// Characters that must be left once the personal words are taken out: "henk jansen",
/// "HenkJansen!" and "jansen1949" leave fewer, and are refused whatever zxcvbn scores.
const OWN_CHARS_LEFT: usize = 6;

/// Whether the password is the customer's own words with little else: each word of their
/// name or address (3 letters or more) is taken out, longest first, spaces and punctuation
/// too, and what is left is counted.
fn mostly_personal(password: &str, words: &[String]) -> bool {
    let mut left: String = password
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    let mut words: Vec<&String> = words.iter().filter(|w| w.chars().count() >= 3).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let mut found = false;
    for word in words {
        let word: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
        if !word.is_empty() && left.contains(&word) {
            left = left.replace(&word, "");
            found = true;
        }
    }
    found && left.chars().count() < OWN_CHARS_LEFT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_bounds_without_composition_rules() {
        assert_eq!(check("k7#pQ", &[]), Err(PolicyError::TooShort));
        assert_eq!(check(&"x".repeat(129), &[]), Err(PolicyError::TooLong));
        assert_eq!(
            check("fietsenmaker tulpenveld regenjas", &[]),
            Ok(()),
            "a lower-case passphrase is fine"
        );
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        for common in [
            "password",
            "12345678",
            "qwertyuiop",
            "welkom01",
            "password123",
        ] {
            assert_eq!(check(common, &[]), Err(PolicyError::TooEasy), "{common}");
        }
        assert_eq!(
            check(
                "sannedevries",
                &["Sanne de Vries", "sanne.devries@example.nl"]
            ),
            Err(PolicyError::TooEasy)
        );
    }

    #[test]
    fn the_own_name_with_little_else_is_refused_however_it_is_written() {
        let henk = ["Henk Jansen", "henk.jansen@example.nl"];
        for own in [
            "henk jansen",
            "henkjansen",
            "HenkJansen!",
            "jansen henk 1949",
            "henk.jansen@example.nl",
        ] {
            assert_eq!(check(own, &henk), Err(PolicyError::TooEasy), "{own}");
        }
        // Others may use these words; and the own name inside a real passphrase is fine.
        assert_eq!(check("henk jansen 1949 kwast", &[]), Ok(()));
        assert_eq!(check("henk fietst langs de tulpenvelden", &henk), Ok(()));
    }
}
