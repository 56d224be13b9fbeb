//! A customer's personal data as the portal shows it (opened), and as it is created.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::PostalAddress;
use crate::i18n::Lang;

/// The data needed to create a customer.
#[derive(Debug, Clone)]
pub struct NewProfile {
    pub customer_number: String,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub address: Option<PostalAddress>,
    pub birth_date: Option<Date>,
    pub language: Lang,
    pub do_not_call: bool,
}

/// A customer's identity and contact details, opened.
#[derive(Debug, Clone)]
pub struct Profile {
    pub id: Uuid,
    pub customer_number: String,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub address: Option<PostalAddress>,
    pub birth_date: Option<Date>,
    pub language: Lang,
    pub do_not_call: bool,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// One call, chat, e-mail or letter, opened.
#[derive(Debug, Clone)]
pub struct ContactMoment {
    pub id: Uuid,
    pub channel: String,
    pub occurred_at: OffsetDateTime,
    pub subject: String,
    pub summary: String,
    pub transcript: Option<String>,
    pub agent: String,
    pub by_bot: bool,
    pub recorded: bool,
    pub recording_notice: Option<String>,
    pub recording_consent: Option<String>,
}
