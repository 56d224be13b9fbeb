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

/// The longest street, city, house number and addition accepted, in characters.
pub const STREET_MAX_CHARS: usize = 80;
pub const CITY_MAX_CHARS: usize = 60;
pub const HOUSE_NUMBER_MAX_CHARS: usize = 10;
pub const ADDITION_MAX_CHARS: usize = 10;

/// An address as typed in the form, before `PostalAddress::parse`.
pub struct AddressInput<'a> {
    pub street: &'a str,
    pub house_number: &'a str,
    pub addition: &'a str,
    pub postcode: &'a str,
    pub city: &'a str,
    pub country: &'a str,
}

/// One refused part of an address: the form field and the message saying how to fix it.
pub type AddressProblem = (&'static str, &'static str);

impl PostalAddress {
    /// A checked address. Dutch addresses need a Dutch postcode and a house number of
    /// digits; foreign ones take any plain postcode and house number (both may be empty).
    /// Every problem is returned, one per field, in the form's order.
    pub fn parse(input: &AddressInput) -> Result<PostalAddress, Vec<AddressProblem>> {
        use super::country::{NETHERLANDS, country_code};
        use super::person_name::collapse_spaces;
        use super::postal_code::PostalCode;

        let mut problems = Vec::new();
        let country = country_code(input.country);
        let dutch = country == Some(NETHERLANDS);

        let street = collapse_spaces(input.street);
        if street.is_empty() {
            problems.push(("street", "correct-error-street-empty"));
        } else if !street.chars().all(address_char) || !street.chars().any(char::is_alphabetic) {
            problems.push(("street", "correct-error-street-characters"));
        }

        let mut house_number = collapse_spaces(input.house_number);
        let mut addition = collapse_spaces(input.addition);
        // "112b", "112 B" or "112-2" typed as the number: a Dutch number is digits only, so
        // the rest is the addition (when that field was left empty).
        if dutch && addition.is_empty() {
            let digits: String = house_number
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let rest = house_number[digits.len()..]
                .trim_start_matches([' ', '-'])
                .to_string();
            let addition_like = rest
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-'));
            if !digits.is_empty() && !rest.is_empty() && addition_like {
                house_number = digits;
                addition = rest;
            }
        }
        if dutch {
            let digits_ok = !house_number.is_empty()
                && house_number.len() <= 5
                && house_number.chars().all(|c| c.is_ascii_digit())
                && !house_number.starts_with('0');
            if house_number.is_empty() {
                problems.push(("house_number", "correct-error-house-number-empty"));
            } else if !digits_ok {
                problems.push(("house_number", "correct-error-house-number-dutch"));
            }
        } else if !house_number
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '/'))
        {
            problems.push(("house_number", "correct-error-house-number-characters"));
        }

        if !addition
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-'))
        {
            problems.push(("addition", "correct-error-addition-characters"));
        }

        let postcode = if dutch {
            let parsed = PostalCode::parse_dutch(input.postcode);
            if input.postcode.trim().is_empty() {
                problems.push(("postcode", "correct-error-postcode-empty"));
            } else if parsed.is_none() {
                problems.push(("postcode", "correct-error-postcode-dutch"));
            }
            parsed.map(|p| p.as_str().to_string())
        } else if input.postcode.trim().is_empty() {
            Some(String::new())
        } else {
            let parsed = PostalCode::parse_foreign(input.postcode);
            if parsed.is_none() {
                problems.push(("postcode", "correct-error-postcode-foreign"));
            }
            parsed.map(|p| p.as_str().to_string())
        };

        let city = collapse_spaces(input.city);
        if city.is_empty() {
            problems.push(("city", "correct-error-city-empty"));
        } else if !city.chars().all(address_char) || !city.chars().any(char::is_alphabetic) {
            problems.push(("city", "correct-error-city-characters"));
        }

        if input.country.trim().is_empty() {
            problems.push(("country", "correct-error-country-empty"));
        } else if country.is_none() {
            problems.push(("country", "correct-error-country-unknown"));
        }

        match (problems.is_empty(), postcode, country) {
            (true, Some(postcode), Some(country)) => Ok(PostalAddress {
                street,
                house_number,
                addition: (!addition.is_empty()).then_some(addition),
                postcode,
                city,
                country: country.to_string(),
            }),
            _ => Err(problems),
        }
    }
}

/// Letters of any script, digits, spaces and the punctuation of street and place names
/// (`'s-Hertogenbosch`, `Burg. de Withstraat`, `Alphen a/d Rijn`).
fn address_char(c: char) -> bool {
    c.is_alphanumeric()
        || super::person_name::is_combining_mark(c)
        || matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.' | ',' | '/')
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dutch_number_with_its_addition_in_one_field_is_split() {
        for (typed, number, addition) in [
            ("112b", "112", "b"),
            ("112 B", "112", "B"),
            ("112-2", "112", "2"),
            ("8 bis", "8", "bis"),
        ] {
            let a = PostalAddress::parse(&input("3511 AX", typed, "NL")).unwrap();
            assert_eq!(
                (a.house_number.as_str(), a.addition.as_deref()),
                (number, Some(addition)),
                "{typed}"
            );
        }
        // With the addition typed apart too, the number must be digits only.
        let mut both = input("3511 AX", "112b", "NL");
        both.addition = "2";
        assert!(PostalAddress::parse(&both).is_err());
    }

    fn input<'a>(postcode: &'a str, house_number: &'a str, country: &'a str) -> AddressInput<'a> {
        AddressInput {
            street: "Keizersgracht",
            house_number,
            addition: "",
            postcode,
            city: "Amsterdam",
            country,
        }
    }

    #[test]
    fn dutch_addresses_follow_dutch_rules() {
        let a = PostalAddress::parse(&input("1015cj", "123", "NL")).unwrap();
        assert_eq!((a.postcode.as_str(), a.addition), ("1015 CJ", None));
        let problems = PostalAddress::parse(&input("1015", "a12", "NL")).unwrap_err();
        assert_eq!(
            problems,
            vec![
                ("house_number", "correct-error-house-number-dutch"),
                ("postcode", "correct-error-postcode-dutch")
            ]
        );
    }

    #[test]
    fn foreign_addresses_take_their_own_forms() {
        let a = PostalAddress::parse(&input("sw1a 1aa", "10b", "gb")).unwrap();
        assert_eq!(
            (a.postcode.as_str(), a.country.as_str()),
            ("SW1A 1AA", "GB")
        );
        assert!(PostalAddress::parse(&input("", "", "CW")).is_ok());
        let problems = PostalAddress::parse(&input("1000", "1", "XX")).unwrap_err();
        assert_eq!(problems, vec![("country", "correct-error-country-unknown")]);
    }
}
