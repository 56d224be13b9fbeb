//! Single-use links sent by e-mail (activation, later password reset and e-mail change).
//! The link carries a random token; the database keeps only its hash.

use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::db::Store;

/// What a token lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Activation,
}

impl TokenKind {
    fn code(self) -> &'static str {
        match self {
            TokenKind::Activation => "activation",
        }
    }

    /// How long the link works.
    pub fn lifetime(self) -> Duration {
        match self {
            TokenKind::Activation => Duration::hours(24),
        }
    }
}

fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Makes a new token for `customer`, replacing any unused one of the same kind.
pub async fn issue(
    store: &dyn Store,
    kind: TokenKind,
    customer: Uuid,
    now: OffsetDateTime,
) -> anyhow::Result<String> {
    let token = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    store
        .insert_token(
            &hash(&token),
            kind.code(),
            customer,
            now,
            now + kind.lifetime(),
        )
        .await?;
    Ok(token)
}

/// Uses a token once: the customer it was for, or `None` (unknown, used, or expired).
pub async fn redeem(
    store: &dyn Store,
    kind: TokenKind,
    token: &str,
    now: OffsetDateTime,
) -> anyhow::Result<Option<Uuid>> {
    store.consume_token(&hash(token), kind.code(), now).await
}
