//! Everything the start page and "my data" show about one customer, read in one go: one
//! read transaction, so the page shows one moment in time (never an invoice from before a
//! payment and the payment from after), and one batch of statements in it. Issue 14's
//! profile found the page's time mostly in thread switches: every statement sent through
//! SQLite's pool woke its worker thread three times (a check on acquire, the statement, a
//! ping on release). Here the thirteen statements cost one trip on SQLite.

use std::sync::LazyLock;

use sqlx::{FromRow, Row};
use time::OffsetDateTime;
use uuid::Uuid;

use super::accounts::SELECT_TEN_SIGN_INS;
use super::audit::COUNT_ALL_FOR_CUSTOMER;
use super::billing::{SELECT_INVOICES, SELECT_PAYMENTS};
use super::consents::{SELECT_CONSENTS, SELECT_MARKETING_OBJECTION};
use super::contacts::{COUNT_ALL_OF_CUSTOMER, SELECT_FIVE_NEWEST, SELECT_OLDEST_CONTACTS};
use super::customers::SELECT_CUSTOMER;
use super::keys::SELECT_CUSTOMER_KEY;
use super::notices::SELECT_CUSTOMER_NOTICES;
use super::requests::SELECT_REQUESTS;
use super::{
    ConsentRow, ContactMomentRow, CustomerNoticeRow, CustomerRow, InvoiceRow, PaymentRow,
    RequestRow,
};

/// The rows behind `crate::vault::Holdings`, still sealed.
#[derive(Debug, Clone)]
pub struct HoldingsRows {
    pub customer: CustomerRow,
    /// The customer's data key, wrapped by the master key.
    pub wrapped_key: Vec<u8>,
    pub contact_count: i64,
    /// The newest contact moments, newest first.
    pub newest_contacts: Vec<ContactMomentRow>,
    /// Per (channel, recorded): the oldest contact moment's time.
    pub oldest_contacts: Vec<(String, bool, OffsetDateTime)>,
    pub invoices: Vec<InvoiceRow>,
    pub payments: Vec<PaymentRow>,
    pub consents: Vec<ConsentRow>,
    pub requests: Vec<RequestRow>,
    pub marketing_objection: Option<OffsetDateTime>,
    pub sign_ins: Vec<(OffsetDateTime, bool)>,
    pub audit_records: i64,
    pub notices: Vec<CustomerNoticeRow>,
}

/// The statements, each taking the customer's id as `$1`, in the order `holdings` reads
/// their rows back.
const SECTIONS: [&str; 13] = [
    SELECT_CUSTOMER,
    SELECT_CUSTOMER_KEY,
    COUNT_ALL_OF_CUSTOMER,
    SELECT_FIVE_NEWEST,
    SELECT_OLDEST_CONTACTS,
    SELECT_INVOICES,
    SELECT_PAYMENTS,
    SELECT_CONSENTS,
    SELECT_REQUESTS,
    SELECT_MARKETING_OBJECTION,
    SELECT_TEN_SIGN_INS,
    COUNT_ALL_FOR_CUSTOMER,
    SELECT_CUSTOMER_NOTICES,
];

/// `SECTIONS` as one query, for SQLite.
static SECTIONS_JOINED: LazyLock<String> = LazyLock::new(|| SECTIONS.join(";\n"));

/// Every row of one section, decoded.
fn all<R: Row, T: for<'r> FromRow<'r, R>>(rows: &[R]) -> sqlx::Result<Vec<T>> {
    rows.iter().map(T::from_row).collect()
}

/// The section's first row, decoded; `None` when it has none.
fn first<R: Row, T: for<'r> FromRow<'r, R>>(rows: &[R]) -> sqlx::Result<Option<T>> {
    rows.first().map(T::from_row).transpose()
}

/// The section's single value (a `COUNT(*)`).
fn count<R: Row>(rows: &[R]) -> sqlx::Result<i64>
where
    (i64,): for<'r> FromRow<'r, R>,
{
    Ok(first::<R, (i64,)>(rows)?.map_or(0, |(n,)| n))
}

store_area! {
    pub trait HoldingsStore {
        /// All of it, with the five newest contact moments and the ten newest sign-in
        /// attempts; `None` once the customer is erased.
        async fn holdings(&self, customer: Uuid) -> anyhow::Result<Option<HoldingsRows>> {
            let s = self.read_batch(&SECTIONS, &SECTIONS_JOINED, customer).await?;
            let (Some(row), Some((wrapped_key, _master_key_id))) =
                (first(&s[0])?, first::<_, (Vec<u8>, String)>(&s[1])?)
            else {
                return Ok(None);
            };
            Ok(Some(HoldingsRows {
                customer: row,
                wrapped_key,
                contact_count: count(&s[2])?,
                newest_contacts: all(&s[3])?,
                oldest_contacts: all(&s[4])?,
                invoices: all(&s[5])?,
                payments: all(&s[6])?,
                consents: all(&s[7])?,
                requests: all(&s[8])?,
                marketing_objection: first::<_, (OffsetDateTime,)>(&s[9])?.map(|(at,)| at),
                sign_ins: all(&s[10])?,
                audit_records: count(&s[11])?,
                notices: all(&s[12])?,
            }))
        }
    }
}
