//! Staff accounts: agents, privacy officers and administrators. Their e-mail addresses
//! are sealed like customers' data; an index finds them at sign-in. A new staff member
//! gets a one-time activation link and chooses a password with it; they sign in at their
//! own entrance (`/staff/sign-in`) under the same password, throttling and session rules.

pub mod breach;
pub mod breach_deadline;
pub mod breach_notice;
pub mod breach_rules;
pub mod dashboard;
pub mod guard;
pub mod notice_sender;
pub mod permissions;
pub mod workflow;

use time::OffsetDateTime;
use uuid::Uuid;

use crate::auth::tokens::{self, TokenKind};
use crate::crypto::{DataKey, Keyring};
use crate::db::{StaffRow, Store, TokenOwner};

/// What a staff member may do. Only administrators manage staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Role {
    Agent,
    PrivacyOfficer,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Agent, Role::PrivacyOfficer, Role::Administrator];

    /// As stored, and as given to `inzage create-staff --role`.
    pub fn code(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::PrivacyOfficer => "privacy_officer",
            Role::Administrator => "administrator",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    /// The message id of the role's name.
    pub fn name_id(self) -> &'static str {
        match self {
            Role::Agent => "staff-role-agent",
            Role::PrivacyOfficer => "staff-role-officer",
            Role::Administrator => "staff-role-administrator",
        }
    }
}

/// A staff member as the staff pages show them.
#[derive(Debug, Clone)]
pub struct StaffMember {
    pub id: Uuid,
    pub email: String,
    pub role: Role,
    pub active: bool,
}

/// The key that seals staff e-mail addresses, derived for this one purpose.
fn sealing_key(keys: &Keyring) -> DataKey {
    let bytes: [u8; 32] = keys
        .blind_index
        .derive("staff_email")
        .try_into()
        .expect("an HMAC-SHA-256 is 32 bytes");
    DataKey::from_bytes(bytes)
}

/// Adds a staff member without a password and returns their activation token (the link
/// is `paths::STAFF_ACTIVATE_TOKEN` with it). Fails when the address is taken.
pub async fn create(
    store: &dyn Store,
    keys: &Keyring,
    email: &str,
    role: Role,
    now: OffsetDateTime,
) -> anyhow::Result<(Uuid, String)> {
    let index = keys.blind_index.email(email);
    if store.staff_by_email_index(&index).await?.is_some() {
        anyhow::bail!("there already is a staff account for this e-mail address");
    }
    let id = Uuid::new_v4();
    let row = StaffRow {
        id,
        email_index: index,
        email_sealed: sealing_key(keys).seal(id, "email", email.trim()),
        role: role.code().to_string(),
        password_hash: None,
        created_at: now,
    };
    store.insert_staff(&row).await?;
    let token = tokens::issue(
        store,
        TokenKind::StaffActivation,
        TokenOwner::Staff(id),
        None,
        now,
    )
    .await?;
    Ok((id, token))
}

/// The staff account with this e-mail address, if any (its row, for the password check).
pub async fn find_by_email(
    store: &dyn Store,
    keys: &Keyring,
    email: &str,
) -> anyhow::Result<Option<StaffRow>> {
    store
        .staff_by_email_index(&keys.blind_index.email(email))
        .await
}

/// The staff account with this id, if any (its row, for activation).
pub async fn find(store: &dyn Store, id: Uuid) -> anyhow::Result<Option<StaffRow>> {
    store.staff(id).await
}

/// A staff member's e-mail address, opened (their new password must not lean on it).
pub async fn email_of(
    store: &dyn Store,
    keys: &Keyring,
    id: Uuid,
) -> anyhow::Result<Option<String>> {
    let Some(row) = store.staff(id).await? else {
        return Ok(None);
    };
    let email = sealing_key(keys)
        .open(row.id, "email", &row.email_sealed)
        .map_err(|e| anyhow::anyhow!("staff e-mail: {e}"))?;
    Ok(Some(email))
}

/// Every staff member, opened for the administrator's list.
pub async fn all(store: &dyn Store, keys: &Keyring) -> anyhow::Result<Vec<StaffMember>> {
    let key = sealing_key(keys);
    store
        .all_staff()
        .await?
        .into_iter()
        .map(|row| {
            Ok(StaffMember {
                id: row.id,
                email: key
                    .open(row.id, "email", &row.email_sealed)
                    .map_err(|e| anyhow::anyhow!("staff e-mail: {e}"))?,
                role: Role::from_code(&row.role).unwrap_or(Role::Agent),
                active: row.password_hash.is_some(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Role;

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code("root"), None);
    }
}
