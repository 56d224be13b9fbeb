//! Writing whole customers at once, with everything that belongs to them: the demo data
//! and the benchmark generator use it.

use super::CustomerBundle;
use super::billing::{INSERT_INVOICE, INSERT_PAYMENT};
use super::contacts::INSERT_CONTACT_MOMENT;
use super::customers::INSERT_CUSTOMER;
use super::keys::INSERT_CUSTOMER_KEY;

store_area! {
    pub trait BundleStore {
        /// Inserts customers with everything that belongs to them, in one transaction.
        async fn insert_bundle(&self, b: &CustomerBundle) -> anyhow::Result<()> {
            let mut tx = self.begin_write().await?;
            for c in &b.customers {
                let r = &c.row;
                exec!(
                    tx,
                    INSERT_CUSTOMER,
                    r.id,
                    &c.customer_number_index,
                    &c.email_index,
                    &r.customer_number_sealed,
                    &r.name_sealed,
                    &r.email_sealed,
                    &r.phone_sealed,
                    &r.address_sealed,
                    &r.birth_date_sealed,
                    &r.language_sealed,
                    r.do_not_call,
                    r.created_at,
                    r.updated_at,
                );
                exec!(tx, INSERT_CUSTOMER_KEY, r.id, &c.wrapped_key, &c.master_key_id);
            }
            for m in &b.contact_moments {
                exec!(
                    tx,
                    INSERT_CONTACT_MOMENT,
                    m.id,
                    m.customer_id,
                    &m.channel,
                    m.occurred_at,
                    &m.subject_sealed,
                    &m.summary_sealed,
                    &m.transcript_sealed,
                    &m.agent,
                    m.by_bot,
                    m.recorded,
                    &m.recording_notice,
                    &m.recording_consent,
                    m.created_at,
                );
            }
            for i in &b.invoices {
                let (number, billing) = (&i.number, &i.billing_sealed);
                exec!(tx, INSERT_INVOICE, i.id, i.customer_id, number, i.issued_on, i.amount_cents, i.vat_cents, billing, i.created_at);
            }
            for p in &b.payments {
                exec!(tx, INSERT_PAYMENT, p.id, p.invoice_id, p.paid_on, p.amount_cents, &p.method, p.created_at);
            }
            for c in &b.consents {
                insert_consent!(tx, c);
            }
            for r in &b.requests {
                insert_request!(r).execute(&mut *tx).await?;
            }
            for e in &b.request_events {
                insert_request_event!(tx, e);
            }
            tx.commit().await?;
            Ok(())
        }
    }
}
