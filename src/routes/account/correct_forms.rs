//! The forms of "Correct my data", one per group of fields. The `validator` derive does the
//! checks every text field shares (no control characters, a length limit); the domain
//! types (`PersonName`, `PhoneNumber`, `PostalAddress`) then parse the value itself. Each
//! form holds only its own fields, so nothing else can be posted into the profile.
//!
//! `correction_form!` writes each form's struct and field list; its `Correction` says only
//! what differs: its group, what it starts with, its parse and the values its view shows.

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

/// A form's fields by name, in the form's order (the error summary follows it); written
/// by `correction_form!`.
pub trait Fields {
    const FIELDS: &'static [&'static str];
    /// The value of one field, as typed.
    fn value(&self, field: &str) -> &str;
}

/// One group of fields that can be corrected: what differs from group to group. The
/// handlers in `correct` do the rest, the same for every group.
pub trait Correction:
    Fields + Serialize + serde::de::DeserializeOwned + Validate + Default + 'static
{
    /// The group's pages and words.
    const GROUP: Group;
    /// The message id of the notice after a save.
    const SAVED: &'static str;
    /// The form filled with what the customer has now.
    fn from_profile(profile: &Profile) -> Self;
    /// The values for the view.
    fn values(&self) -> Values<'_>;
    /// The domain parse: the change, or a problem per field.
    fn parse(&self) -> Result<ProfileChange, Vec<Problem>>;
    /// The message id of the notice after saving `change`.
    fn saved_notice(_change: &ProfileChange) -> &'static str {
        Self::SAVED
    }
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

/// Defines a correction form: the struct, every field a `String` that may be missing from
/// the post (`#[serde(default)]`), and its [`Fields`]. A text field is written `name: MAX`
/// and gets the shared checks (plain text, at most `MAX` characters); a field without a
/// limit (a choice) gets none, its domain parse checks it.
macro_rules! correction_form {
    ($(#[$doc:meta])* $form:ident { $($field:ident $(: $max:expr)?),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Default, Serialize, Deserialize, Validate)]
        pub struct $form {
            $(
                #[serde(default)]
                $(#[validate(
                    custom(function = "plain_text"),
                    length(max = $max, code = "correct-error-too-long")
                )])?
                pub $field: String,
            )+
        }

        impl Fields for $form {
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),+];

            fn value(&self, field: &str) -> &str {
                match field {
                    $(stringify!($field) => &self.$field,)+
                    _ => "",
                }
            }
        }
    };
}

correction_form! {
    /// The name the customer is addressed by.
    NameForm { name: NAME_MAX }
}

impl Correction for NameForm {
    const GROUP: Group = Group {
        title_id: "correct-name-title",
        what_id: "correct-what-name",
        form: paths::CORRECT_NAME,
        check: paths::CORRECT_NAME_CHECK,
    };
    const SAVED: &'static str = "correct-saved-name";

    fn from_profile(profile: &Profile) -> Self {
        Self {
            name: profile.name.clone(),
        }
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
}

correction_form! {
    /// The phone number; left empty, it is removed.
    PhoneForm { phone: PHONE_MAX }
}

impl Correction for PhoneForm {
    const GROUP: Group = Group {
        title_id: "correct-phone-title",
        what_id: "correct-what-phone",
        form: paths::CORRECT_PHONE,
        check: paths::CORRECT_PHONE_CHECK,
    };
    const SAVED: &'static str = "correct-saved-phone";

    fn from_profile(profile: &Profile) -> Self {
        Self {
            phone: profile.phone.clone().unwrap_or_default(),
        }
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
            _ => Self::SAVED,
        }
    }
}

correction_form! {
    /// The postal address; the country is picked from a list.
    AddressForm {
        street: STREET_MAX,
        house_number: HOUSE_NUMBER_MAX,
        addition: ADDITION_MAX,
        postcode: POSTCODE_MAX,
        city: CITY_MAX,
        country,
    }
}

impl Correction for AddressForm {
    const GROUP: Group = Group {
        title_id: "correct-address-title",
        what_id: "correct-what-address",
        form: paths::CORRECT_ADDRESS,
        check: paths::CORRECT_ADDRESS_CHECK,
    };
    const SAVED: &'static str = "correct-saved-address";

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
}

correction_form! {
    /// The language of the portal's e-mails and pages: one of the offered codes.
    LanguageForm { language }
}

impl Correction for LanguageForm {
    const GROUP: Group = Group {
        title_id: "correct-language-title",
        what_id: "correct-what-language",
        form: paths::CORRECT_LANGUAGE,
        check: paths::CORRECT_LANGUAGE_CHECK,
    };
    const SAVED: &'static str = "correct-saved-language";

    fn from_profile(profile: &Profile) -> Self {
        Self {
            language: profile.language.code().into(),
        }
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
}
