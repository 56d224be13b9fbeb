//! A correction of the customer's own profile (Art. 16): only the parts given change.

use super::{PersonName, PhoneNumber, PostalAddress};
use crate::i18n::Lang;

/// `None` leaves a part as it is; `Some(None)` removes the phone number.
#[derive(Debug, Clone, Default)]
pub struct ProfileChange {
    pub name: Option<PersonName>,
    pub phone: Option<Option<PhoneNumber>>,
    pub address: Option<PostalAddress>,
    pub language: Option<Lang>,
}
