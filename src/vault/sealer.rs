//! Seals and opens the fields of one customer with that customer's data key. Field names
//! are part of the associated data, so a ciphertext moved to another row or column fails.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::crypto::{DataKey, KeyPurpose, Keyring};
use crate::db::{ContactMomentRow, CustomerRow, NewCustomer};
use crate::domain::{ContactMoment, NewProfile, PostalAddress, Profile};
use crate::i18n::Lang;

/// A customer's id and unwrapped data key.
pub struct CustomerSealer {
    pub id: Uuid,
    key: DataKey,
}

impl CustomerSealer {
    pub fn new(id: Uuid, key: DataKey) -> Self {
        Self { id, key }
    }

    pub fn seal(&self, field: &str, value: &str) -> Vec<u8> {
        self.key.seal(self.id, field, value)
    }

    pub fn open(&self, field: &str, sealed: &[u8]) -> anyhow::Result<String> {
        self.key
            .open(self.id, field, sealed)
            .map_err(|e| anyhow::anyhow!("customer field {field}: {e}"))
    }

    fn open_opt(&self, field: &str, sealed: &Option<Vec<u8>>) -> anyhow::Result<Option<String>> {
        sealed.as_deref().map(|s| self.open(field, s)).transpose()
    }

    /// A new customer with a fresh data key: the rows to insert and the sealer for the
    /// records that belong to them.
    pub fn new_customer(
        keys: &Keyring,
        profile: &NewProfile,
        now: OffsetDateTime,
    ) -> (NewCustomer, CustomerSealer) {
        let id = Uuid::new_v4();
        let key = DataKey::generate();
        let wrapped_key = key.wrap(&keys.master, KeyPurpose::Customer, id);
        let sealer = CustomerSealer::new(id, key);
        let address = profile
            .address
            .as_ref()
            .map(|a| serde_json::to_string(a).expect("an address serializes"));
        let row = CustomerRow {
            id,
            customer_number_sealed: sealer.seal("customer_number", &profile.customer_number),
            name_sealed: sealer.seal("name", &profile.name),
            email_sealed: sealer.seal("email", &profile.email),
            phone_sealed: profile.phone.as_deref().map(|p| sealer.seal("phone", p)),
            address_sealed: address.as_deref().map(|a| sealer.seal("address", a)),
            birth_date_sealed: profile
                .birth_date
                .map(|d| sealer.seal("birth_date", &d.to_string())),
            language_sealed: sealer.seal("language", profile.language.code()),
            do_not_call: profile.do_not_call,
            created_at: now,
            updated_at: now,
        };
        let customer = NewCustomer {
            row,
            customer_number_index: keys.blind_index.customer_number(&profile.customer_number),
            email_index: keys.blind_index.email(&profile.email),
            wrapped_key,
            master_key_id: keys.master.id(),
        };
        (customer, sealer)
    }

    pub fn open_profile(&self, row: &CustomerRow) -> anyhow::Result<Profile> {
        let address = self
            .open_opt("address", &row.address_sealed)?
            .map(|json| serde_json::from_str::<PostalAddress>(&json))
            .transpose()?;
        let birth_date = self
            .open_opt("birth_date", &row.birth_date_sealed)?
            .map(|text| {
                Date::parse(
                    &text,
                    time::macros::format_description!("[year]-[month]-[day]"),
                )
            })
            .transpose()?;
        Ok(Profile {
            id: row.id,
            customer_number: self.open("customer_number", &row.customer_number_sealed)?,
            name: self.open("name", &row.name_sealed)?,
            email: self.open("email", &row.email_sealed)?,
            phone: self.open_opt("phone", &row.phone_sealed)?,
            address,
            birth_date,
            language: Lang::from_code(&self.open("language", &row.language_sealed)?)
                .unwrap_or_default(),
            do_not_call: row.do_not_call,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }

    /// The field name of one contact moment's part: bound to that moment's id.
    pub fn contact_field(moment: Uuid, part: &str) -> String {
        format!("contact_moment/{moment}/{part}")
    }

    pub fn open_contact_moment(&self, row: &ContactMomentRow) -> anyhow::Result<ContactMoment> {
        let field = |part| Self::contact_field(row.id, part);
        Ok(ContactMoment {
            id: row.id,
            channel: row.channel.clone(),
            occurred_at: row.occurred_at,
            subject: self.open(&field("subject"), &row.subject_sealed)?,
            summary: self.open(&field("summary"), &row.summary_sealed)?,
            transcript: self.open_opt(&field("transcript"), &row.transcript_sealed)?,
            agent: row.agent.clone(),
            by_bot: row.by_bot,
            recorded: row.recorded,
            recording_notice: row.recording_notice.clone(),
            recording_consent: row.recording_consent.clone(),
        })
    }
}
