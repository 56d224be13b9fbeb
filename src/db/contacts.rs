//! The customer's contact history: calls, chats, e-mails and letters, with transcripts
//! and whether (and with what notice and consent) a call was recorded.

use time::OffsetDateTime;
use uuid::Uuid;

use super::{ContactFilter, ContactMomentRow};

/// The columns of a `ContactMomentRow`, in its field order.
macro_rules! contact_moment_columns {
    () => {
        "id, customer_id, channel, occurred_at, subject_sealed, summary_sealed, \
         transcript_sealed, agent, by_bot, recorded, recording_notice, recording_consent, \
         created_at"
    };
}

/// `SELECT` of those columns from `contact_moments`, followed by the rest of the statement.
macro_rules! select_contact_moments {
    ($rest:literal) => {
        concat!(
            "SELECT ",
            contact_moment_columns!(),
            " FROM contact_moments ",
            $rest
        )
    };
}

store_area! {
    pub trait ContactStore {
        /// All of the customer's contact moments, newest first.
        async fn contact_moments(&self, customer: Uuid) -> anyhow::Result<Vec<ContactMomentRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_CONTACT_MOMENTS), customer))
        }

        /// One page of the customer's contact moments, newest first.
        async fn contact_moments_page(
            &self,
            customer: Uuid,
            filter: &ContactFilter,
            limit: i64,
            offset: i64,
        ) -> anyhow::Result<Vec<ContactMomentRow>> {
            let (channel, since) = (filter.channel.as_deref(), filter.since);
            Ok(read!(self, fetch_all, query_as(SELECT_PAGE), customer, channel, since, limit, offset))
        }

        async fn count_contact_moments(
            &self,
            customer: Uuid,
            filter: &ContactFilter,
        ) -> anyhow::Result<i64> {
            let (channel, since) = (filter.channel.as_deref(), filter.since);
            Ok(read!(self, fetch_one, query_scalar(COUNT_CONTACT_MOMENTS), customer, channel, since))
        }

        /// One contact moment, only if it is this customer's.
        async fn contact_moment(
            &self,
            customer: Uuid,
            id: Uuid,
        ) -> anyhow::Result<Option<ContactMomentRow>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_CONTACT_MOMENT), id, customer))
        }

        /// Per (channel, recorded): the oldest contact moment's time, for the next deletion.
        async fn oldest_contacts(
            &self,
            customer: Uuid,
        ) -> anyhow::Result<Vec<(String, bool, OffsetDateTime)>> {
            Ok(read!(self, fetch_all, query_as(SELECT_OLDEST_CONTACTS), customer))
        }

        /// Up to `limit` contact moments, newest first, after `after` (occurred_at, id) in
        /// that order: keyset paging, so an export never holds them all at once.
        async fn contact_moments_after(
            &self,
            customer: Uuid,
            after: Option<(OffsetDateTime, Uuid)>,
            limit: i64,
        ) -> anyhow::Result<Vec<ContactMomentRow>> {
            Ok(match after {
                None => read!(self, fetch_all, query_as(SELECT_FIRST), customer, limit),
                Some((at, id)) => {
                    read!(self, fetch_all, query_as(SELECT_AFTER), customer, limit, at, id)
                }
            })
        }
    }
}

pub(super) const INSERT_CONTACT_MOMENT: &str = concat!(
    "INSERT INTO contact_moments (",
    contact_moment_columns!(),
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
);
const SELECT_CONTACT_MOMENTS: &str =
    select_contact_moments!("WHERE customer_id = $1 ORDER BY occurred_at DESC, id");
// A NULL filter parameter means "any": one statement serves every combination of filters.
const SELECT_PAGE: &str = select_contact_moments!(
    "WHERE customer_id = $1 AND ($2 IS NULL OR channel = $2) \
     AND ($3 IS NULL OR occurred_at >= $3) ORDER BY occurred_at DESC, id LIMIT $4 OFFSET $5"
);
const COUNT_CONTACT_MOMENTS: &str = "SELECT COUNT(*) FROM contact_moments \
     WHERE customer_id = $1 AND ($2 IS NULL OR channel = $2) \
     AND ($3 IS NULL OR occurred_at >= $3)";
/// For "my data" (`super::holdings`): how many there are, and the five newest.
pub(super) const COUNT_ALL_OF_CUSTOMER: &str =
    "SELECT COUNT(*) FROM contact_moments WHERE customer_id = $1";
pub(super) const SELECT_FIVE_NEWEST: &str =
    select_contact_moments!("WHERE customer_id = $1 ORDER BY occurred_at DESC, id LIMIT 5");
const SELECT_CONTACT_MOMENT: &str = select_contact_moments!("WHERE id = $1 AND customer_id = $2");
pub(super) const SELECT_OLDEST_CONTACTS: &str = "SELECT channel, recorded, MIN(occurred_at) \
     FROM contact_moments WHERE customer_id = $1 GROUP BY channel, recorded";
const SELECT_FIRST: &str =
    select_contact_moments!("WHERE customer_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT $2");
/// Keyset paging, newest first: the rows after (`$3`, `$4`) in that order.
const SELECT_AFTER: &str = select_contact_moments!(
    "WHERE customer_id = $1 \
     AND (occurred_at < $3 OR (occurred_at = $3 AND id < $4)) \
     ORDER BY occurred_at DESC, id DESC LIMIT $2"
);
