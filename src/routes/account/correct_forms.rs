//! The forms of "Correct my data", one per group of fields. The `validator` derive does the
//! checks every text field shares (no control characters, a length limit); the domain
//! types (`PersonName`, `PhoneNumber`, `PostalAddress`) then parse the value itself. Each
//! form holds only its own fields, so nothing else can be posted into the profile.

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

use crate::domain::{
    ADDITION_MAX_CHARS, AddressInput, CITY_MAX_CHARS, HOUSE_NUMBER_MAX_CHARS, NAME_MAX_CHARS,
    PHONE_MAX_CHARS, POSTCODE_MAX_CHARS, PersonName, PhoneNumber, PostalAddress, Profile,
    ProfileChange, STREET_MAX_CHARS,
};
use crate::i18n::Lang;
use crate::paths;
use crate::views::pages::correct::{Group, Values};

// The domain's limits, as `validator` wants them.
const NAME_MAX: u64 = NAME_MAX_CHARS as u64;
const PHONE_MAX: u64 = PHONE_MAX_CHARS as u64;
const STREET_MAX: u64 = STREET_MAX_CHARS as u64;
const HOUSE_NUMBER_MAX: u64 = HOUSE_NUMBER_MAX_CHARS as u64;
const ADDITION_MAX: u64 = ADDITION_MAX_CHARS as u64;
const POSTCODE_MAX: u64 = POSTCODE_MAX_CHARS as u64;
const CITY_MAX: u64 = CITY_MAX_CHARS as u64;

/// Message ids of the shared checks; `validator` reports them as its error codes.
pub const CONTROL_CHARACTERS: &str = "correct-error-control";
pub const TOO_LONG: &str = "correct-error-too-long";

/// Refuses control characters (tabs, line breaks, NUL...) and the invisible bidi controls
/// that can make text read differently from what it is.
pub fn plain_text(value: &str) -> Result<(), ValidationError> {
    let invisible = |c: char| {
        c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if value.chars().any(invisible) {
        return Err(ValidationError::new(CONTROL_CHARACTERS));
    }
    Ok(())
}

/// A problem with one field: the field's id, the message id, and for a too-long value the
/// limit and what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub message_id: &'static str,
    pub too_long: Option<(usize, usize)>,
}

impl Problem {
    pub fn new(field: &'static str, message_id: &'static str) -> Self {
        Self {
            field,
            message_id,
            too_long: None,
        }
    }
}

/// One group of fields that can be corrected.
pub trait Correction:
    Serialize + serde::de::DeserializeOwned + Validate + Default + 'static
{
    /// The group's pages and words.
    const GROUP: Group;
    /// The field ids, in the form's order (the error summary follows it).
    const FIELDS: &'static [&'static str];
    /// The form filled with what the customer has now.
    fn from_profile(profile: &Profile) -> Self;
    /// The value of one field, as typed.
    fn value(&self, field: &str) -> &str;
    /// The values for the view.
    fn values(&self) -> Values<'_>;
    /// The domain parse: the change, or a problem per field.
    fn parse(&self) -> Result<ProfileChange, Vec<Problem>>;
    /// The message id of the notice after saving `change`.
    fn saved_notice(change: &ProfileChange) -> &'static str;
}

/// Both layers: `validator` first (its problem wins for a field), then the domain parse.
/// Every field's first problem, in form order.
pub fn check<C: Correction>(form: &C) -> Result<ProfileChange, Vec<Problem>> {
    let shared = form.validate().err();
    let parsed = form.parse();
    let mut problems = Vec::new();
    for &field in C::FIELDS {
        let from_validator = shared
            .as_ref()
            .and_then(|errors| errors.field_errors().get(field).cloned())
            .and_then(|list| {
                // Invisible characters first: the customer cannot see them to fix them.
                list.iter()
                    .find(|e| e.code == CONTROL_CHARACTERS)
                    .or_else(|| list.first())
                    .cloned()
            })
            .map(|e| {
                if e.code == TOO_LONG {
                    let max = e
                        .params
                        .get("max")
                        .and_then(|v| v.as_u64())
                        .unwrap_or_default() as usize;
                    Problem {
                        field,
                        message_id: TOO_LONG,
                        too_long: Some((max, form.value(field).chars().count())),
                    }
                } else {
                    Problem::new(field, CONTROL_CHARACTERS)
                }
            });
        let from_domain = parsed
            .as_ref()
            .err()
            .and_then(|list| list.iter().find(|p| p.field == field).cloned());
        if let Some(problem) = from_validator.or(from_domain) {
            problems.push(problem);
        }
    }
    match parsed {
        Ok(change) if problems.is_empty() => Ok(change),
        _ => Err(problems),
    }
}

#[derive(Debug, Default, Serialize, Deserialize, Validate)]
pub struct NameForm {
    #[serde(default)]
    #[validate(
        custom(function = "plain_text"),
        length(max = NAME_MAX, code = "correct-error-too-long")
    )]
    pub name: String,
}

impl Correction for NameForm {
    const GROUP: Group = Group {
        title_id: "correct-name-title",
        what_id: "correct-what-name",
        form: paths::CORRECT_NAME,
        check: paths::CORRECT_NAME_CHECK,
    };
    const FIELDS: &'static [&'static str] = &["name"];

    fn from_profile(profile: &Profile) -> Self {
        Self {
            name: profile.name.clone(),
        }
    }

    fn value(&self, _: &str) -> &str {
        &self.name
    }

    fn values(&self) -> Values<'_> {
        Values::Name { name: &self.name }
    }

    fn parse(&self) -> Result<ProfileChange, Vec<Problem>> {
        let name = PersonName::parse(&self.name)
            .map_err(|e| vec![Problem::new("name", e.message_id())])?;
        Ok(ProfileChange {
            name: Some(name),
            ..Default::default()
        })
    }

    fn saved_notice(_: &ProfileChange) -> &'static str {
        "correct-saved-name"
    }
}

#[derive(Debug, Default, Serialize, Deserialize, Validate)]
pub struct PhoneForm {
    #[serde(default)]
    #[validate(
        custom(function = "plain_text"),
        length(max = PHONE_MAX, code = "correct-error-too-long")
    )]
    pub phone: String,
}

impl Correction for PhoneForm {
    const GROUP: Group = Group {
        title_id: "correct-phone-title",
        what_id: "correct-what-phone",
        form: paths::CORRECT_PHONE,
        check: paths::CORRECT_PHONE_CHECK,
    };
    const FIELDS: &'static [&'static str] = &["phone"];

    fn from_profile(profile: &Profile) -> Self {
        Self {
            phone: profile.phone.clone().unwrap_or_default(),
        }
    }

    fn value(&self, _: &str) -> &str {
        &self.phone
    }

    fn values(&self) -> Values<'_> {
        Values::Phone { phone: &self.phone }
    }

    fn parse(&self) -> Result<ProfileChange, Vec<Problem>> {
        let phone = PhoneNumber::parse_optional(&self.phone)
            .map_err(|e| vec![Problem::new("phone", e.message_id())])?;
        Ok(ProfileChange {
            phone: Some(phone),
            ..Default::default()
        })
    }

    fn saved_notice(change: &ProfileChange) -> &'static str {
        match change.phone {
            Some(None) => "correct-saved-phone-removed",
            _ => "correct-saved-phone",
        }
    }
}

#[derive(Debug, Default, Serialize, Deserialize, Validate)]
pub struct AddressForm {
    #[serde(default)]
    #[validate(
        custom(function = "plain_text"),
        length(max = STREET_MAX, code = "correct-error-too-long")
    )]
    pub street: String,
    #[serde(default)]
    #[validate(
        custom(function = "plain_text"),
        length(max = HOUSE_NUMBER_MAX, code = "correct-error-too-long")
    )]
    pub house_number: String,
    #[serde(default)]
    #[validate(
        custom(function = "plain_text"),
        length(max = ADDITION_MAX, code = "correct-error-too-long")
    )]
    pub addition: String,
    #[serde(default)]
    #[validate(
        custom(function = "plain_text"),
        length(max = POSTCODE_MAX, code = "correct-error-too-long")
    )]
    pub postcode: String,
    #[serde(default)]
    #[validate(
        custom(function = "plain_text"),
        length(max = CITY_MAX, code = "correct-error-too-long")
    )]
    pub city: String,
    #[serde(default)]
    pub country: String,
}

impl Correction for AddressForm {
    const GROUP: Group = Group {
        title_id: "correct-address-title",
        what_id: "correct-what-address",
        form: paths::CORRECT_ADDRESS,
        check: paths::CORRECT_ADDRESS_CHECK,
    };
    const FIELDS: &'static [&'static str] = &[
        "street",
        "house_number",
        "addition",
        "postcode",
        "city",
        "country",
    ];

    fn from_profile(profile: &Profile) -> Self {
        match &profile.address {
            Some(a) => Self {
                street: a.street.clone(),
                house_number: a.house_number.clone(),
                addition: a.addition.clone().unwrap_or_default(),
                postcode: a.postcode.clone(),
                city: a.city.clone(),
                country: a.country.clone(),
            },
            None => Self {
                country: crate::domain::country::NETHERLANDS.into(),
                ..Default::default()
            },
        }
    }

    fn value(&self, field: &str) -> &str {
        match field {
            "street" => &self.street,
            "house_number" => &self.house_number,
            "addition" => &self.addition,
            "postcode" => &self.postcode,
            "city" => &self.city,
            _ => &self.country,
        }
    }

    fn values(&self) -> Values<'_> {
        Values::Address {
            street: &self.street,
            house_number: &self.house_number,
            addition: &self.addition,
            postcode: &self.postcode,
            city: &self.city,
            country: &self.country,
        }
    }

    fn parse(&self) -> Result<ProfileChange, Vec<Problem>> {
        let address = PostalAddress::parse(&AddressInput {
            street: &self.street,
            house_number: &self.house_number,
            addition: &self.addition,
            postcode: &self.postcode,
            city: &self.city,
            country: &self.country,
        })
        .map_err(|problems| {
            problems
                .into_iter()
                .map(|(field, message_id)| Problem::new(field, message_id))
                .collect::<Vec<_>>()
        })?;
        Ok(ProfileChange {
            address: Some(address),
            ..Default::default()
        })
    }

    fn saved_notice(_: &ProfileChange) -> &'static str {
        "correct-saved-address"
    }
}

#[derive(Debug, Default, Serialize, Deserialize, Validate)]
pub struct LanguageForm {
    #[serde(default)]
    pub language: String,
}

impl Correction for LanguageForm {
    const GROUP: Group = Group {
        title_id: "correct-language-title",
        what_id: "correct-what-language",
        form: paths::CORRECT_LANGUAGE,
        check: paths::CORRECT_LANGUAGE_CHECK,
    };
    const FIELDS: &'static [&'static str] = &["language"];

    fn from_profile(profile: &Profile) -> Self {
        Self {
            language: profile.language.code().into(),
        }
    }

    fn value(&self, _: &str) -> &str {
        &self.language
    }

    fn values(&self) -> Values<'_> {
        Values::Language {
            language: &self.language,
        }
    }

    fn parse(&self) -> Result<ProfileChange, Vec<Problem>> {
        // Exactly one of the offered codes; `Lang::from_code` would also take `nl-BE`.
        let language = Lang::ALL
            .into_iter()
            .find(|lang| lang.code() == self.language)
            .ok_or_else(|| vec![Problem::new("language", "correct-error-language")])?;
        Ok(ProfileChange {
            language: Some(language),
            ..Default::default()
        })
    }

    fn saved_notice(_: &ProfileChange) -> &'static str {
        "correct-saved-language"
    }
}
