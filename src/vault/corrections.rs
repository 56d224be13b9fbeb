//! Correct my data (Art. 16): the customer's own corrections, sealed and on record.

use time::OffsetDateTime;
use uuid::Uuid;

use super::Vault;
use crate::db::SealedProfileField;
use crate::domain::{Access, ProfileChange};

impl Vault {
    /// Seals the changed parts with the customer's key and stores them in one transaction;
    /// audited as `customer.profile.corrected` (one record, whatever the number of parts).
    /// False when there is no such customer any more.
    pub async fn update_profile_fields(
        &self,
        customer: Uuid,
        change: &ProfileChange,
        access: &Access,
    ) -> anyhow::Result<bool> {
        let Some(sealer) = self.sealer(customer).await? else {
            return Ok(false);
        };
        let mut fields = Vec::new();
        if let Some(name) = &change.name {
            fields.push(SealedProfileField::Name(sealer.seal("name", name.as_str())));
        }
        if let Some(phone) = &change.phone {
            fields.push(SealedProfileField::Phone(
                phone.as_ref().map(|p| sealer.seal("phone", p.as_str())),
            ));
        }
        if let Some(address) = &change.address {
            let json = serde_json::to_string(address)?;
            fields.push(SealedProfileField::Address(sealer.seal("address", &json)));
        }
        if let Some(language) = change.language {
            fields.push(SealedProfileField::Language(
                sealer.seal("language", language.code()),
            ));
        }
        let found = self
            .store
            .update_customer_profile(customer, &fields, OffsetDateTime::now_utc())
            .await?;
        if found {
            self.audit(access, "customer.profile.corrected", Some(customer))
                .await?;
        }
        Ok(found)
    }
}
