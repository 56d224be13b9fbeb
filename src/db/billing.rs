//! Invoices and payments: kept seven years for the tax authorities, also after erasure.

use uuid::Uuid;

use super::{InvoiceRow, PaymentRow};

store_area! {
    pub trait BillingStore {
        /// The customer's invoices, newest first.
        async fn invoices(&self, customer: Uuid) -> anyhow::Result<Vec<InvoiceRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_INVOICES), customer))
        }

        /// The payments of the customer's invoices, newest first.
        async fn payments(&self, customer: Uuid) -> anyhow::Result<Vec<PaymentRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_PAYMENTS), customer))
        }
    }
}

pub(super) const INSERT_INVOICE: &str = "INSERT INTO invoices (id, customer_id, number, \
     issued_on, amount_cents, vat_cents, billing_sealed, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
pub(super) const SELECT_INVOICES: &str = "SELECT id, customer_id, number, issued_on, amount_cents, \
     vat_cents, billing_sealed, created_at FROM invoices WHERE customer_id = $1 \
     ORDER BY issued_on DESC, number";
pub(super) const INSERT_PAYMENT: &str = "INSERT INTO payments (id, invoice_id, paid_on, \
     amount_cents, method, created_at) VALUES ($1, $2, $3, $4, $5, $6)";
pub(super) const SELECT_PAYMENTS: &str = "SELECT p.id, p.invoice_id, p.paid_on, p.amount_cents, \
     p.method, p.created_at FROM payments p JOIN invoices i ON i.id = p.invoice_id \
     WHERE i.customer_id = $1 ORDER BY p.paid_on DESC, p.id";
