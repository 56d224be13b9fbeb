//! Customers: their sealed profile, the blind indexes they are found by, erasure, and the
//! receipt an erasure leaves (dates and register category ids only).

use time::OffsetDateTime;
use uuid::Uuid;

use super::{CustomerRow, SealedProfileField};

store_area! {
    pub trait CustomerStore {
        async fn customer(&self, id: Uuid) -> anyhow::Result<Option<CustomerRow>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_CUSTOMER), id))
        }

        async fn find_customer_by_email_index(&self, index: &[u8]) -> anyhow::Result<Option<Uuid>> {
            Ok(read!(self, fetch_optional, query_scalar(FIND_CUSTOMER_BY_EMAIL), index))
        }

        async fn find_customer_by_number_index(&self, index: &[u8]) -> anyhow::Result<Option<Uuid>> {
            Ok(read!(self, fetch_optional, query_scalar(FIND_CUSTOMER_BY_NUMBER), index))
        }

        async fn count_customers(&self) -> anyhow::Result<i64> {
            Ok(read!(self, fetch_one, query_scalar(COUNT_CUSTOMERS)))
        }

        /// The customer's e-mail blind index (to throttle password confirmations like
        /// sign-ins).
        async fn customer_email_index(&self, customer: Uuid) -> anyhow::Result<Option<Vec<u8>>> {
            Ok(read!(self, fetch_optional, query_scalar(SELECT_EMAIL_INDEX), customer))
        }

        /// Replaces a customer's e-mail address (index and sealed value).
        async fn update_customer_email(
            &self,
            customer: Uuid,
            email_index: &[u8],
            email_sealed: &[u8],
            now: OffsetDateTime,
        ) -> anyhow::Result<()> {
            write_one!(self, UPDATE_CUSTOMER_EMAIL, customer, email_index, email_sealed, now);
            Ok(())
        }

        /// Replaces sealed profile fields and `updated_at` in one transaction; false when
        /// there is no such customer.
        async fn update_customer_profile(
            &self,
            customer: Uuid,
            fields: &[SealedProfileField],
            now: OffsetDateTime,
        ) -> anyhow::Result<bool> {
            use SealedProfileField as F;
            let mut tx = self.begin_write().await?;
            let mut found = true;
            for field in fields {
                let (statement, value): (&str, Option<&[u8]>) = match field {
                    F::Name(v) => (UPDATE_CUSTOMER_NAME, Some(v.as_slice())),
                    F::Phone(v) => (UPDATE_CUSTOMER_PHONE, v.as_deref()),
                    F::Address(v) => (UPDATE_CUSTOMER_ADDRESS, Some(v.as_slice())),
                    F::Language(v) => (UPDATE_CUSTOMER_LANGUAGE, Some(v.as_slice())),
                    F::BirthDate(v) => (UPDATE_CUSTOMER_BIRTH_DATE, Some(v.as_slice())),
                };
                found &= exec!(tx, statement, customer, value, now) == 1;
            }
            tx.commit().await?;
            Ok(found)
        }

        /// Crypto-shreds and deletes a customer: the wrapped data key first, then the rows,
        /// in one transaction. Kept-by-law records stay, detached. False if there was none.
        async fn erase_customer(&self, id: Uuid) -> anyhow::Result<bool> {
            let mut tx = self.begin_write().await?;
            exec!(tx, DELETE_CUSTOMER_KEY, id);
            let deleted = exec!(tx, DELETE_CUSTOMER, id);
            tx.commit().await?;
            Ok(deleted == 1)
        }

        /// Stores what the erasure confirmation page shows (no personal data: dates and
        /// register category ids) under its reference.
        async fn insert_erasure_receipt(
            &self,
            reference: &str,
            erased_at: OffsetDateTime,
            kept: &str,
        ) -> anyhow::Result<()> {
            write_one!(self, INSERT_ERASURE_RECEIPT, reference, erased_at, kept);
            Ok(())
        }

        async fn erasure_receipt(
            &self,
            reference: &str,
        ) -> anyhow::Result<Option<(OffsetDateTime, String)>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_ERASURE_RECEIPT), reference))
        }
    }
}

pub(super) const INSERT_CUSTOMER: &str = "INSERT INTO customers (id, customer_number_index, \
     email_index, customer_number_sealed, name_sealed, email_sealed, phone_sealed, \
     address_sealed, birth_date_sealed, language_sealed, do_not_call, created_at, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
pub(super) const SELECT_CUSTOMER: &str = "SELECT id, customer_number_sealed, name_sealed, \
     email_sealed, phone_sealed, address_sealed, birth_date_sealed, language_sealed, \
     do_not_call, created_at, updated_at FROM customers WHERE id = $1";
const FIND_CUSTOMER_BY_EMAIL: &str = "SELECT id FROM customers WHERE email_index = $1";
const FIND_CUSTOMER_BY_NUMBER: &str = "SELECT id FROM customers WHERE customer_number_index = $1";
const COUNT_CUSTOMERS: &str = "SELECT COUNT(*) FROM customers";
const SELECT_EMAIL_INDEX: &str = "SELECT email_index FROM customers WHERE id = $1";
const UPDATE_CUSTOMER_EMAIL: &str =
    "UPDATE customers SET email_index = $2, email_sealed = $3, updated_at = $4 WHERE id = $1";
// Correct my data (Art. 16): one statement per field, run in one transaction.
const UPDATE_CUSTOMER_NAME: &str =
    "UPDATE customers SET name_sealed = $2, updated_at = $3 WHERE id = $1";
const UPDATE_CUSTOMER_PHONE: &str =
    "UPDATE customers SET phone_sealed = $2, updated_at = $3 WHERE id = $1";
const UPDATE_CUSTOMER_ADDRESS: &str =
    "UPDATE customers SET address_sealed = $2, updated_at = $3 WHERE id = $1";
const UPDATE_CUSTOMER_LANGUAGE: &str =
    "UPDATE customers SET language_sealed = $2, updated_at = $3 WHERE id = $1";
const UPDATE_CUSTOMER_BIRTH_DATE: &str =
    "UPDATE customers SET birth_date_sealed = $2, updated_at = $3 WHERE id = $1";
/// Erasure, step one: the data key goes first, so nothing sealed with it can be read again.
const DELETE_CUSTOMER_KEY: &str = "DELETE FROM customer_keys WHERE customer_id = $1";
const DELETE_CUSTOMER: &str = "DELETE FROM customers WHERE id = $1";
const INSERT_ERASURE_RECEIPT: &str =
    "INSERT INTO erasure_receipts (reference, erased_at, kept) VALUES ($1, $2, $3)";
const SELECT_ERASURE_RECEIPT: &str =
    "SELECT erased_at, kept FROM erasure_receipts WHERE reference = $1";
