//! Single-use tokens behind e-mailed links, stored under their hash.

use time::OffsetDateTime;
use uuid::Uuid;

use super::TokenOwner;

store_area! {
    pub trait TokenStore {
        /// Stores a new single-use token, replacing its owner's unused ones of that kind.
        #[allow(clippy::too_many_arguments)]
        async fn insert_token(
            &self,
            token_hash: &[u8],
            kind: &str,
            owner: TokenOwner,
            payload: Option<&[u8]>,
            now: OffsetDateTime,
            expires_at: OffsetDateTime,
        ) -> anyhow::Result<()> {
            let (customer, staff) = owner.columns();
            let mut tx = self.begin_write().await?;
            exec!(tx, DELETE_UNUSED_TOKENS, owner.id(), kind);
            exec!(tx, INSERT_TOKEN, token_hash, kind, customer, staff, payload, now, expires_at);
            tx.commit().await?;
            Ok(())
        }

        /// Uses a token: whom it belongs to and its payload, if it exists, is of `kind`, is
        /// unused and has not expired. A second use finds nothing.
        async fn consume_token(
            &self,
            token_hash: &[u8],
            kind: &str,
            now: OffsetDateTime,
        ) -> anyhow::Result<Option<(TokenOwner, Option<Vec<u8>>)>> {
            let mut tx = self.begin_write().await?;
            let row: Option<(Option<Uuid>, Option<Uuid>, Option<Vec<u8>>)> =
                sqlx::query_as(CONSUME_TOKEN)
                    .bind(token_hash)
                    .bind(kind)
                    .bind(now)
                    .fetch_optional(&mut *tx)
                    .await?;
            tx.commit().await?;
            Ok(row.and_then(|(customer, staff, payload)| {
                TokenOwner::from_columns(customer, staff).map(|o| (o, payload))
            }))
        }

        /// Whom a usable token is for, without using it (a password form checks the new
        /// password against its owner's name and e-mail address first).
        async fn usable_token_owner(
            &self,
            token_hash: &[u8],
            kind: &str,
            now: OffsetDateTime,
        ) -> anyhow::Result<Option<TokenOwner>> {
            let row: Option<(Option<Uuid>, Option<Uuid>)> =
                read!(self, fetch_optional, query_as(TOKEN_OWNER), token_hash, kind, now);
            Ok(row.and_then(|(customer, staff)| TokenOwner::from_columns(customer, staff)))
        }

        /// Whether a token exists, is of `kind`, is unused and has not expired.
        async fn token_usable(
            &self,
            token_hash: &[u8],
            kind: &str,
            now: OffsetDateTime,
        ) -> anyhow::Result<bool> {
            let count: i64 = read!(self, fetch_one, query_scalar(TOKEN_USABLE), token_hash, kind, now);
            Ok(count > 0)
        }
    }
}

const DELETE_UNUSED_TOKENS: &str = "DELETE FROM tokens WHERE kind = $2 \
     AND used_at IS NULL AND (customer_id = $1 OR staff_id = $1)";
const INSERT_TOKEN: &str = "INSERT INTO tokens (token_hash, kind, customer_id, staff_id, \
     payload, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";
const CONSUME_TOKEN: &str = "UPDATE tokens SET used_at = $3 WHERE token_hash = $1 \
     AND kind = $2 AND used_at IS NULL AND expires_at > $3 \
     RETURNING customer_id, staff_id, payload";
const TOKEN_OWNER: &str = "SELECT customer_id, staff_id FROM tokens WHERE token_hash = $1 \
     AND kind = $2 AND used_at IS NULL AND expires_at > $3";
const TOKEN_USABLE: &str = "SELECT COUNT(*) FROM tokens WHERE token_hash = $1 \
     AND kind = $2 AND used_at IS NULL AND expires_at > $3";
