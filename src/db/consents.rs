//! Consent receipts (who agreed to what text version, when, through which channel), the
//! objection to direct marketing and the do-not-call flag.

use time::OffsetDateTime;
use uuid::Uuid;

use super::{ConsentChoices, ConsentRow};

/// The one way a consent receipt is written (filing choices, and seeding bundles).
macro_rules! insert_consent {
    ($tx:expr, $c:expr) => {
        exec!(
            $tx,
            $crate::db::consents::INSERT_CONSENT,
            $c.id,
            $c.customer_id,
            &$c.subject_index,
            &$c.subject_sealed,
            &$c.purpose,
            $c.granted,
            $c.at,
            &$c.channel,
            &$c.text_version,
        )
    };
}

store_area! {
    pub trait ConsentStore {
        /// The customer's consent receipts, newest first.
        async fn consents(&self, customer: Uuid) -> anyhow::Result<Vec<ConsentRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_CONSENTS), customer))
        }

        /// Since when the customer objects to direct marketing, if they do.
        async fn marketing_objection(
            &self,
            customer: Uuid,
        ) -> anyhow::Result<Option<OffsetDateTime>> {
            Ok(read!(self, fetch_optional, query_scalar(SELECT_MARKETING_OBJECTION), customer))
        }

        /// Saves consent receipts, the do-not-call flag and the marketing objection together.
        async fn save_consent_choices(&self, choices: &ConsentChoices) -> anyhow::Result<()> {
            let mut tx = self.begin_write().await?;
            for receipt in &choices.receipts {
                insert_consent!(tx, receipt);
            }
            let (customer, at) = (choices.customer, choices.at);
            exec!(tx, UPDATE_DO_NOT_CALL, customer, choices.do_not_call, at);
            if choices.marketing_objection {
                exec!(tx, INSERT_MARKETING_OBJECTION, customer, at);
            } else {
                exec!(tx, DELETE_MARKETING_OBJECTION, customer);
            }
            tx.commit().await?;
            Ok(())
        }
    }
}

pub(super) const INSERT_CONSENT: &str = "INSERT INTO consents (id, customer_id, \
     subject_index, subject_sealed, purpose, granted, at, channel, text_version) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
pub(super) const SELECT_CONSENTS: &str = "SELECT id, customer_id, subject_index, subject_sealed, \
     purpose, granted, at, channel, text_version FROM consents WHERE customer_id = $1 \
     ORDER BY at DESC, id";
pub(super) const SELECT_MARKETING_OBJECTION: &str =
    "SELECT objected_at FROM marketing_objections WHERE customer_id = $1";
const INSERT_MARKETING_OBJECTION: &str = "INSERT INTO marketing_objections \
     (customer_id, objected_at) VALUES ($1, $2) ON CONFLICT (customer_id) DO NOTHING";
const DELETE_MARKETING_OBJECTION: &str = "DELETE FROM marketing_objections WHERE customer_id = $1";
const UPDATE_DO_NOT_CALL: &str =
    "UPDATE customers SET do_not_call = $2, updated_at = $3 WHERE id = $1";
