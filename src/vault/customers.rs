//! Customers: create, find, read (audited) and erase (crypto-shredding).

use time::OffsetDateTime;
use uuid::Uuid;

use super::{CustomerSealer, Vault};
use crate::db::CustomerBundle;
use crate::domain::{Access, ContactMoment, NewProfile, Profile};
use crate::i18n::Lang;

impl Vault {
    /// Creates a customer; audited as `customer.created`.
    pub async fn create_customer(
        &self,
        profile: &NewProfile,
        access: &Access,
    ) -> anyhow::Result<Uuid> {
        let (customer, sealer) =
            CustomerSealer::new_customer(&self.keys, profile, OffsetDateTime::now_utc());
        self.store
            .insert_bundle(&CustomerBundle {
                customers: vec![customer],
                ..Default::default()
            })
            .await?;
        self.audit(access, "customer.created", Some(sealer.id))
            .await?;
        Ok(sealer.id)
    }

    /// The customer with this e-mail address, through the blind index. Returns an id only,
    /// no personal data, so it is not an access to be audited.
    pub async fn find_by_email(&self, email: &str) -> anyhow::Result<Option<Uuid>> {
        self.store
            .find_customer_by_email_index(&self.keys.blind_index.email(email))
            .await
    }

    /// The customer with this customer number, through the blind index.
    pub async fn find_by_customer_number(&self, number: &str) -> anyhow::Result<Option<Uuid>> {
        self.store
            .find_customer_by_number_index(&self.keys.blind_index.customer_number(number))
            .await
    }

    /// The sealer of an existing customer; `None` once the customer is erased.
    pub async fn sealer(&self, customer: Uuid) -> anyhow::Result<Option<CustomerSealer>> {
        let Some((wrapped, _master_key_id)) = self.store.customer_key(customer).await? else {
            return Ok(None);
        };
        let key = self.keys.unwrap_customer_key(customer, &wrapped)?;
        Ok(Some(CustomerSealer::new(customer, key)))
    }

    /// The language on the customer's profile, which every e-mail to them is written in;
    /// `None` once the customer is erased. Not audited: no one sees it, it only picks the
    /// text of a message (as finding the account by e-mail address at sign-in is not).
    pub async fn mail_language(&self, customer: Uuid) -> anyhow::Result<Option<Lang>> {
        let (Some(row), Some(sealer)) = (
            self.store.customer(customer).await?,
            self.sealer(customer).await?,
        ) else {
            return Ok(None);
        };
        let code = sealer.open("language", &row.language_sealed)?;
        Ok(Some(Lang::from_code(&code).unwrap_or_default()))
    }

    /// Makes `lang` the profile's language when it is another one (the customer switched
    /// the pages' language while signed in); audited as `customer.profile.corrected`, only
    /// when something changed. False when there is no such customer any more.
    pub async fn follow_page_language(
        &self,
        customer: Uuid,
        lang: Lang,
        access: &Access,
    ) -> anyhow::Result<bool> {
        match self.mail_language(customer).await? {
            None => Ok(false),
            Some(now) if now == lang => Ok(true),
            Some(_) => {
                let change = crate::domain::ProfileChange {
                    language: Some(lang),
                    ..Default::default()
                };
                self.update_profile_fields(customer, &change, access).await
            }
        }
    }

    /// Name, contact details and the like; audited as `customer.profile.read` before the
    /// data is returned.
    pub async fn read_profile(
        &self,
        customer: Uuid,
        access: &Access,
    ) -> anyhow::Result<Option<Profile>> {
        let (Some(row), Some(sealer)) = (
            self.store.customer(customer).await?,
            self.sealer(customer).await?,
        ) else {
            return Ok(None);
        };
        let profile = sealer.open_profile(&row)?;
        self.audit(access, "customer.profile.read", Some(customer))
            .await?;
        Ok(Some(profile))
    }

    /// The contact history, newest first; audited as `customer.contacts.read`.
    pub async fn read_contact_moments(
        &self,
        customer: Uuid,
        access: &Access,
    ) -> anyhow::Result<Option<Vec<ContactMoment>>> {
        let Some(sealer) = self.sealer(customer).await? else {
            return Ok(None);
        };
        let moments = self
            .store
            .contact_moments(customer)
            .await?
            .iter()
            .map(|row| sealer.open_contact_moment(row))
            .collect::<anyhow::Result<Vec<_>>>()?;
        self.audit(access, "customer.contacts.read", Some(customer))
            .await?;
        Ok(Some(moments))
    }

    /// Replaces the customer's e-mail address; audited as `customer.email.changed`. Returns
    /// the old address (to tell it about the change), or `None` if there is no such
    /// customer any more.
    pub async fn change_email(
        &self,
        customer: Uuid,
        new_email: &str,
        access: &Access,
    ) -> anyhow::Result<Option<String>> {
        let (Some(row), Some(sealer)) = (
            self.store.customer(customer).await?,
            self.sealer(customer).await?,
        ) else {
            return Ok(None);
        };
        let old = sealer.open("email", &row.email_sealed)?;
        self.store
            .update_customer_email(
                customer,
                &self.keys.blind_index.email(new_email),
                &sealer.seal("email", new_email),
                OffsetDateTime::now_utc(),
            )
            .await?;
        self.audit(access, "customer.email.changed", Some(customer))
            .await?;
        Ok(Some(old))
    }

    /// Erases a customer: their data key is destroyed first, then their rows; records the
    /// law keeps stay, detached. Audited as `customer.erased`. False if there was none.
    pub async fn erase_customer(&self, customer: Uuid, access: &Access) -> anyhow::Result<bool> {
        let erased = self.store.erase_customer(customer).await?;
        if erased {
            self.audit(access, "customer.erased", Some(customer))
                .await?;
        }
        Ok(erased)
    }
}
