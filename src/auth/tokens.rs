//! Single-use links sent by e-mail: activation, password reset, sign-in by link, e-mail
//! change, and staff activation. The link carries a random token; the database keeps only
//! its hash. A new link replaces the unused ones of its kind for the same person.

use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::db::{Store, TokenOwner};

/// What a token lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Activation,
    PasswordReset,
    SignInLink,
    EmailChange,
    StaffActivation,
}

impl TokenKind {
    fn code(self) -> &'static str {
        match self {
            TokenKind::Activation => "activation",
            TokenKind::PasswordReset => "password_reset",
            TokenKind::SignInLink => "sign_in_link",
            TokenKind::EmailChange => "email_change",
            TokenKind::StaffActivation => "staff_activation",
        }
    }

    /// How long the link works. Links that sign someone in are short; links that only
    /// start something (an account, a new address) may wait for a day.
    pub fn lifetime(self) -> Duration {
        match self {
            TokenKind::Activation | TokenKind::EmailChange => Duration::hours(24),
            TokenKind::PasswordReset => Duration::hours(1),
            TokenKind::SignInLink => Duration::minutes(15),
            TokenKind::StaffActivation => Duration::hours(72),
        }
    }
}

fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Makes a new token for `owner`, replacing any unused one of the same kind. `payload` is
/// kept with it, already sealed by the caller if it is personal data.
pub async fn issue(
    store: &dyn Store,
    kind: TokenKind,
    owner: TokenOwner,
    payload: Option<&[u8]>,
    now: OffsetDateTime,
) -> anyhow::Result<String> {
    let token = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    store
        .insert_token(
            &hash(&token),
            kind.code(),
            owner,
            payload,
            now,
            now + kind.lifetime(),
        )
        .await?;
    Ok(token)
}

/// A token that was just used up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redeemed {
    pub owner: TokenOwner,
    pub payload: Option<Vec<u8>>,
}

/// Uses a token once: whom it was for, or `None` (unknown, used, expired, or of another
/// kind).
pub async fn redeem(
    store: &dyn Store,
    kind: TokenKind,
    token: &str,
    now: OffsetDateTime,
) -> anyhow::Result<Option<Redeemed>> {
    Ok(store
        .consume_token(&hash(token), kind.code(), now)
        .await?
        .map(|(owner, payload)| Redeemed { owner, payload }))
}

/// Whether a token would still work, without using it (for the page that asks to confirm).
pub async fn is_usable(
    store: &dyn Store,
    kind: TokenKind,
    token: &str,
    now: OffsetDateTime,
) -> anyhow::Result<bool> {
    store.token_usable(&hash(token), kind.code(), now).await
}

/// Whom a token would be for, without using it; `None` when it would not work.
pub async fn owner_if_usable(
    store: &dyn Store,
    kind: TokenKind,
    token: &str,
    now: OffsetDateTime,
) -> anyhow::Result<Option<TokenOwner>> {
    store
        .usable_token_owner(&hash(token), kind.code(), now)
        .await
}

/// The customer a redeemed token was for; a staff token never opens a customer's door.
impl Redeemed {
    pub fn customer(&self) -> Option<Uuid> {
        match self.owner {
            TokenOwner::Customer(id) => Some(id),
            TokenOwner::Staff(_) => None,
        }
    }

    pub fn staff(&self) -> Option<Uuid> {
        match self.owner {
            TokenOwner::Staff(id) => Some(id),
            TokenOwner::Customer(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use secrecy::SecretString;
    use time::macros::datetime;

    use super::*;
    use crate::db::StaffRow;

    const T0: OffsetDateTime = datetime!(2026-03-02 09:00 UTC);

    /// A fresh SQLite store with one staff member to own the links (the owner must exist).
    async fn store_with_owner() -> (tempfile::TempDir, std::sync::Arc<dyn Store>, TokenOwner) {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let store = crate::db::connect(&SecretString::from(url), None)
            .await
            .expect("open SQLite");
        store.migrate().await.expect("migrate");
        let id = Uuid::new_v4();
        let row = StaffRow {
            id,
            email_index: vec![1; 32],
            email_sealed: vec![2; 8],
            role: "agent".into(),
            password_hash: None,
            created_at: T0,
        };
        store.insert_staff(&row).await.expect("insert staff");
        (dir, store, TokenOwner::Staff(id))
    }

    const KIND: TokenKind = TokenKind::StaffActivation;

    #[tokio::test]
    async fn a_link_works_once() {
        let (_dir, store, owner) = store_with_owner().await;
        let token = issue(store.as_ref(), KIND, owner, Some(b"x"), T0)
            .await
            .unwrap();
        let used = redeem(store.as_ref(), KIND, &token, T0).await.unwrap();
        assert_eq!(
            used,
            Some(Redeemed {
                owner,
                payload: Some(b"x".to_vec())
            })
        );
        assert_eq!(
            redeem(store.as_ref(), KIND, &token, T0).await.unwrap(),
            None
        );
        assert!(!is_usable(store.as_ref(), KIND, &token, T0).await.unwrap());
    }

    #[tokio::test]
    async fn a_newer_link_replaces_an_unused_one() {
        let (_dir, store, owner) = store_with_owner().await;
        let old = issue(store.as_ref(), KIND, owner, None, T0).await.unwrap();
        let new = issue(store.as_ref(), KIND, owner, None, T0).await.unwrap();
        assert!(!is_usable(store.as_ref(), KIND, &old, T0).await.unwrap());
        assert_eq!(redeem(store.as_ref(), KIND, &old, T0).await.unwrap(), None);
        assert!(
            redeem(store.as_ref(), KIND, &new, T0)
                .await
                .unwrap()
                .is_some()
        );
    }

    #[tokio::test]
    async fn a_link_expires_at_exactly_its_lifetime() {
        let (_dir, store, owner) = store_with_owner().await;
        let token = issue(store.as_ref(), KIND, owner, None, T0).await.unwrap();
        let end = T0 + KIND.lifetime();
        let just_before = end - Duration::seconds(1);
        assert!(
            is_usable(store.as_ref(), KIND, &token, just_before)
                .await
                .unwrap()
        );
        assert!(!is_usable(store.as_ref(), KIND, &token, end).await.unwrap());
        assert_eq!(
            redeem(store.as_ref(), KIND, &token, end).await.unwrap(),
            None
        );
    }

    #[tokio::test]
    async fn a_link_opens_only_its_own_kind() {
        let (_dir, store, owner) = store_with_owner().await;
        let token = issue(store.as_ref(), KIND, owner, None, T0).await.unwrap();
        let other = TokenKind::PasswordReset;
        assert!(!is_usable(store.as_ref(), other, &token, T0).await.unwrap());
        assert_eq!(
            redeem(store.as_ref(), other, &token, T0).await.unwrap(),
            None
        );
        assert!(
            redeem(store.as_ref(), KIND, &token, T0)
                .await
                .unwrap()
                .is_some()
        );
    }

    #[test]
    fn lifetimes_are_as_promised() {
        assert_eq!(TokenKind::Activation.lifetime(), Duration::hours(24));
        assert_eq!(TokenKind::SignInLink.lifetime(), Duration::minutes(15));
        assert_eq!(TokenKind::PasswordReset.lifetime(), Duration::hours(1));
        assert_eq!(TokenKind::EmailChange.lifetime(), Duration::hours(24));
        assert_eq!(TokenKind::StaffActivation.lifetime(), Duration::hours(72));
    }
}
