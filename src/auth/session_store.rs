//! actix-session's storage over our own database: sessions are server-side, in SQLite or
//! PostgreSQL, and the cookie holds only a random key. The key is stored hashed.

use std::collections::HashMap;
use std::sync::Arc;

use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError};
use actix_web::cookie::time::Duration;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::clock::Clock;
use crate::db::{Store, TokenOwner};

/// The session state key that holds the signed-in customer's id.
pub const CUSTOMER: &str = "customer";
/// The session state key that holds the signed-in staff member's id.
pub const STAFF: &str = "staff";
/// The session state key of a signed-in session's own random id.
pub const SESSION_ID: &str = "sid";

#[derive(Clone)]
pub struct DbSessionStore {
    store: Arc<dyn Store>,
    clock: Clock,
}

impl DbSessionStore {
    pub fn new(store: Arc<dyn Store>, clock: Clock) -> Self {
        Self { store, clock }
    }
}

/// What the database keeps instead of the key itself.
pub fn key_hash(key: &SessionKey) -> Vec<u8> {
    Sha256::digest(key.as_ref().as_bytes()).to_vec()
}

/// 244 random bits from two version-4 UUIDs, as 64 hex digits.
fn new_key() -> SessionKey {
    let text = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    SessionKey::try_from(text).expect("64 characters is a valid session key")
}

/// The customer or staff column, so that erasing a customer (or resetting a staff
/// member's password) ends their sessions, and the sessions page finds them.
fn owner_of(state: &HashMap<String, String>) -> Option<TokenOwner> {
    let id = |key: &str| {
        state
            .get(key)
            .and_then(|json| serde_json::from_str::<Uuid>(json).ok())
    };
    TokenOwner::from_columns(id(CUSTOMER), id(STAFF))
}

impl SessionStore for DbSessionStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<HashMap<String, String>>, LoadError> {
        let now = self.clock.now();
        let Some(json) = self
            .store
            .session(&key_hash(key), now)
            .await
            .map_err(LoadError::Other)?
        else {
            return Ok(None);
        };
        serde_json::from_str(&json)
            .map(Some)
            .map_err(|e| LoadError::Deserialization(e.into()))
    }

    async fn save(
        &self,
        state: HashMap<String, String>,
        ttl: &Duration,
    ) -> Result<SessionKey, SaveError> {
        let key = new_key();
        self.write(&key, &state, ttl)
            .await
            .map_err(SaveError::Other)?;
        Ok(key)
    }

    async fn update(
        &self,
        key: SessionKey,
        state: HashMap<String, String>,
        ttl: &Duration,
    ) -> Result<SessionKey, UpdateError> {
        self.write(&key, &state, ttl)
            .await
            .map_err(UpdateError::Other)?;
        Ok(key)
    }

    async fn update_ttl(&self, key: &SessionKey, ttl: &Duration) -> Result<(), anyhow::Error> {
        let now = self.clock.now();
        self.store
            .touch_session(&key_hash(key), now, now + *ttl)
            .await
    }

    async fn delete(&self, key: &SessionKey) -> Result<(), anyhow::Error> {
        self.store.delete_session(&key_hash(key)).await
    }
}

impl DbSessionStore {
    async fn write(
        &self,
        key: &SessionKey,
        state: &HashMap<String, String>,
        ttl: &Duration,
    ) -> anyhow::Result<()> {
        let now = self.clock.now();
        let json = serde_json::to_string(state)?;
        let session_id = state
            .get(SESSION_ID)
            .and_then(|json| serde_json::from_str::<String>(json).ok());
        self.store
            .save_session(
                &key_hash(key),
                session_id.as_deref(),
                owner_of(state),
                &json,
                now,
                now + *ttl,
            )
            .await
    }
}
