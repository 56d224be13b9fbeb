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
