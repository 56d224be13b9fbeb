//! Consent and objection (GDPR Art. 7 and 21): the current choices with their receipts,
//! and changing them. Every change leaves a receipt (date, channel, text version) that the
//! law keeps as proof, sealed with the kept-records key like the seeded ones.

use time::OffsetDateTime;
use uuid::Uuid;

use super::Vault;
use crate::db::{ConsentChoices, ConsentRow};
use crate::domain::Access;

/// The customer's choices now, and every receipt, newest first.
#[derive(Debug, Clone)]
pub struct ConsentState {
    pub receipts: Vec<ConsentRow>,
    pub do_not_call: bool,
    pub marketing_objection: bool,
}

impl ConsentState {
    /// The newest receipt for `purpose` says whether consent stands; `None`: never asked.
    pub fn given(&self, purpose: &str) -> Option<bool> {
        self.receipts
            .iter()
            .find(|c| c.purpose == purpose)
            .map(|c| c.granted)
    }
}

/// The receipts of the two objections use these as their purpose, next to the consent
/// purposes of the register, so that every change of choice has a receipt in one history.
pub const DO_NOT_CALL: &str = "do-not-call";
pub const MARKETING_OBJECTION: &str = "marketing-objection";
/// The versions of the texts the two objections are asked with (their receipts name them).
const DO_NOT_CALL_TEXT: &str = "bel-me-niet-v1";
const MARKETING_OBJECTION_TEXT: &str = "bezwaar-reclame-v1";

/// One choice that changed: its purpose (a register purpose, or `DO_NOT_CALL` /
/// `MARKETING_OBJECTION`, whose `granted` means "the flag is on") and the new answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChangedChoice {
    pub purpose: String,
    pub granted: bool,
}

/// What the customer wants now: consent per purpose (with the text version agreed to or
/// withdrawn from), and both objections; `None` keeps a flag as it is.
#[derive(Debug, Clone)]
pub struct WantedChoices {
    pub consents: Vec<(&'static str, bool, &'static str)>,
    pub do_not_call: Option<bool>,
    pub marketing_objection: Option<bool>,
}

impl Vault {
    /// Audited as `customer.consent.read`. `None` once the customer is erased.
    pub async fn read_consent(
        &self,
        customer: Uuid,
        access: &Access,
    ) -> anyhow::Result<Option<ConsentState>> {
        let Some(row) = self.store.customer(customer).await? else {
            return Ok(None);
        };
        let state = ConsentState {
            receipts: self.store.consents(customer).await?,
            do_not_call: row.do_not_call,
            marketing_objection: self.store.marketing_objection(customer).await?.is_some(),
        };
        self.audit(access, "customer.consent.read", Some(customer))
            .await?;
        Ok(Some(state))
    }

    /// Saves what changed, at once, in one transaction; a receipt per choice that changed,
    /// consents and objections alike (channel `portal`). Audited as
    /// `customer.consent.changed`. Returns the choices that changed, in the form's order,
    /// or `None` once the customer is erased.
    pub async fn change_consent(
        &self,
        customer: Uuid,
        wanted: &WantedChoices,
        now: OffsetDateTime,
        access: &Access,
    ) -> anyhow::Result<Option<Vec<ChangedChoice>>> {
        let (Some(row), Some(sealer)) = (
            self.store.customer(customer).await?,
            self.sealer(customer).await?,
        ) else {
            return Ok(None);
        };
        let current = ConsentState {
            receipts: self.store.consents(customer).await?,
            do_not_call: row.do_not_call,
            marketing_objection: self.store.marketing_objection(customer).await?.is_some(),
        };
        let customer_number = sealer.open("customer_number", &row.customer_number_sealed)?;
        let do_not_call = wanted.do_not_call.unwrap_or(current.do_not_call);
        let marketing_objection = wanted
            .marketing_objection
            .unwrap_or(current.marketing_objection);
        let flags = [
            (
                MARKETING_OBJECTION,
                current.marketing_objection,
                marketing_objection,
                MARKETING_OBJECTION_TEXT,
            ),
            (
                DO_NOT_CALL,
                current.do_not_call,
                do_not_call,
                DO_NOT_CALL_TEXT,
            ),
        ];
        let changes: Vec<(&str, bool, &str)> = wanted
            .consents
            .iter()
            .filter(|(purpose, granted, _)| current.given(purpose) != Some(*granted))
            .map(|(purpose, granted, version)| (*purpose, *granted, *version))
            .chain(
                flags
                    .into_iter()
                    .filter(|(_, was, now, _)| was != now)
                    .map(|(purpose, _, now, version)| (purpose, now, version)),
            )
            .collect();
        let receipts: Vec<ConsentRow> = changes
            .iter()
            .map(|(purpose, granted, version)| {
                let id = Uuid::new_v4();
                ConsentRow {
                    id,
                    customer_id: Some(customer),
                    subject_index: self.keys.blind_index.customer_number(&customer_number),
                    subject_sealed: self.keys.kept_records.seal(id, "subject", &customer_number),
                    purpose: (*purpose).into(),
                    granted: *granted,
                    at: now,
                    channel: "portal".into(),
                    text_version: (*version).into(),
                }
            })
            .collect();
        let changed = changes
            .iter()
            .map(|(purpose, granted, _)| ChangedChoice {
                purpose: (*purpose).into(),
                granted: *granted,
            })
            .collect();
        self.store
            .save_consent_choices(&ConsentChoices {
                customer,
                receipts,
                do_not_call,
                marketing_objection,
                at: now,
            })
            .await?;
        self.audit(access, "customer.consent.changed", Some(customer))
            .await?;
        Ok(Some(changed))
    }
}
