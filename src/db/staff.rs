//! Staff accounts: sealed e-mail address, role, password hash.

use time::OffsetDateTime;
use uuid::Uuid;

use super::StaffRow;

/// The columns of a `StaffRow`, in its field order.
macro_rules! staff_columns {
    () => {
        "id, email_index, email_sealed, role, password_hash, created_at"
    };
}

/// `SELECT` of those columns from `staff`, followed by the rest of the statement.
macro_rules! select_staff {
    ($rest:literal) => {
        concat!("SELECT ", staff_columns!(), " FROM staff ", $rest)
    };
}

store_area! {
    pub trait StaffStore {
        async fn insert_staff(&self, staff: &StaffRow) -> anyhow::Result<()> {
            let (index, sealed) = (&staff.email_index, &staff.email_sealed);
            write_one!(self, INSERT_STAFF, staff.id, index, sealed, &staff.role, staff.created_at);
            Ok(())
        }

        async fn staff_by_email_index(&self, index: &[u8]) -> anyhow::Result<Option<StaffRow>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_STAFF_BY_EMAIL_INDEX), index))
        }

        async fn staff(&self, id: Uuid) -> anyhow::Result<Option<StaffRow>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_STAFF), id))
        }

        /// Every staff account, oldest first.
        async fn all_staff(&self) -> anyhow::Result<Vec<StaffRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_ALL_STAFF)))
        }

        /// Sets a staff member's password and ends their sessions.
        async fn set_staff_password(
            &self,
            id: Uuid,
            hash: &str,
            now: OffsetDateTime,
        ) -> anyhow::Result<()> {
            let mut tx = self.begin_write().await?;
            exec!(tx, SET_STAFF_PASSWORD, id, hash, now);
            exec!(tx, DELETE_STAFF_SESSIONS, id);
            tx.commit().await?;
            Ok(())
        }
    }
}

const INSERT_STAFF: &str = "INSERT INTO staff (id, email_index, email_sealed, role, \
     created_at) VALUES ($1, $2, $3, $4, $5)";
const SELECT_STAFF_BY_EMAIL_INDEX: &str = concat!(
    "SELECT ",
    staff_columns!(),
    " FROM staff WHERE email_index = $1"
);
const SELECT_STAFF: &str = select_staff!("WHERE id = $1");
const SELECT_ALL_STAFF: &str = select_staff!("ORDER BY created_at, id");
const SET_STAFF_PASSWORD: &str =
    "UPDATE staff SET password_hash = $2, password_changed_at = $3 WHERE id = $1";
const DELETE_STAFF_SESSIONS: &str = "DELETE FROM sessions WHERE staff_id = $1";
