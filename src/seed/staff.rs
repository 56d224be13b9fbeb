//! The demo staff listed in the README: one of each role, with known passwords, so the
//! staff console can be tried (and tested) right after `seed-demo`.

use secrecy::SecretString;
use time::OffsetDateTime;

use crate::auth::password::Passwords;
use crate::staff::{self, Role};
use crate::vault::Vault;

/// A demo staff member as the README lists them.
pub struct DemoStaff {
    pub email: &'static str,
    pub role: Role,
}

/// The password of every demo staff member (printed in the README).
pub const DEMO_STAFF_PASSWORD: &str = "koffie dossier balie 17";

pub const DEMO_STAFF: [DemoStaff; 4] = [
    DemoStaff {
        email: "agent@example.nl",
        role: Role::Agent,
    },
    DemoStaff {
        email: "agent2@example.nl",
        role: Role::Agent,
    },
    DemoStaff {
        email: "fg@example.nl",
        role: Role::PrivacyOfficer,
    },
    DemoStaff {
        email: "beheer@example.nl",
        role: Role::Administrator,
    },
];

/// Adds the demo staff members that are not there yet, activated; returns how many.
pub async fn seed_demo_staff(
    vault: &Vault,
    passwords: &Passwords,
    now: OffsetDateTime,
) -> anyhow::Result<usize> {
    let store = vault.store.as_ref();
    let mut added = 0;
    for demo in &DEMO_STAFF {
        if staff::find_by_email(store, &vault.keys, demo.email)
            .await?
            .is_some()
        {
            continue;
        }
        let (id, _activation) =
            staff::create(store, &vault.keys, demo.email, demo.role, now).await?;
        let hash = passwords
            .hash(&SecretString::from(DEMO_STAFF_PASSWORD))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        store.set_staff_password(id, &hash, now).await?;
        added += 1;
    }
    Ok(added)
}

/// The id of the demo staff member with this address (for the demo requests).
pub async fn demo_staff_id(vault: &Vault, email: &str) -> anyhow::Result<Option<uuid::Uuid>> {
    Ok(
        staff::find_by_email(vault.store.as_ref(), &vault.keys, email)
            .await?
            .map(|row| row.id),
    )
}
