//! Data keys: one random key per customer (or per kept-by-law record class), stored only
//! wrapped by the master key.

use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{KeyInit, OsRng};
use uuid::Uuid;
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::{CryptoError, MasterKey, aead};

/// What a data key protects; part of the associated data, so a key wrapped for one
/// purpose cannot be presented as another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPurpose {
    /// Everything about one customer; shredded on erasure.
    Customer,
    /// Records a law requires to be kept after erasure (invoices, proofs of consent).
    KeptRecords,
    /// The key of the e-mail blind index.
    BlindIndex,
}

impl KeyPurpose {
    fn label(self) -> &'static str {
        match self {
            KeyPurpose::Customer => "customer",
            KeyPurpose::KeptRecords => "kept-records",
            KeyPurpose::BlindIndex => "blind-index",
        }
    }
}

/// A 256-bit data key, wiped from memory when dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; 32]);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    pub fn generate() -> Self {
        Self(XChaCha20Poly1305::generate_key(&mut OsRng).into())
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub(super) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Wraps this key under `master` for `owner` (a customer id, or nil for shared keys).
    pub fn wrap(&self, master: &MasterKey, purpose: KeyPurpose, owner: Uuid) -> Vec<u8> {
        aead::seal(master.bytes(), &wrap_context(purpose, owner), &self.0)
    }

    /// Unwraps a key wrapped by `wrap` with the same master key, purpose and owner.
    pub fn unwrap(
        master: &MasterKey,
        purpose: KeyPurpose,
        owner: Uuid,
        wrapped: &[u8],
    ) -> Result<Self, CryptoError> {
        let mut bytes = aead::open(master.bytes(), &wrap_context(purpose, owner), wrapped)?;
        let key: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| CryptoError::Format)?;
        bytes.zeroize();
        Ok(Self(key))
    }

    /// Seals one field. The associated data binds it to its owner and field, so a
    /// ciphertext copied to another row or column does not open.
    pub fn seal(&self, owner: Uuid, field: &str, plaintext: &str) -> Vec<u8> {
        aead::seal(&self.0, &field_context(owner, field), plaintext.as_bytes())
    }

    /// Opens one field sealed by `seal` for the same owner and field.
    pub fn open(&self, owner: Uuid, field: &str, sealed: &[u8]) -> Result<String, CryptoError> {
        let bytes = aead::open(&self.0, &field_context(owner, field), sealed)?;
        String::from_utf8(bytes).map_err(|_| CryptoError::Format)
    }
}

fn wrap_context(purpose: KeyPurpose, owner: Uuid) -> Vec<u8> {
    format!("inzage/v1/wrap/{}/{owner}", purpose.label()).into_bytes()
}

fn field_context(owner: Uuid, field: &str) -> Vec<u8> {
    format!("inzage/v1/field/{owner}/{field}").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_bound_to_owner_and_field() {
        let key = DataKey::generate();
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let sealed = key.seal(a, "name", "Fatima el Amrani");
        assert_eq!(key.open(a, "name", &sealed).unwrap(), "Fatima el Amrani");
        assert_eq!(key.open(b, "name", &sealed), Err(CryptoError::Open));
        assert_eq!(key.open(a, "email", &sealed), Err(CryptoError::Open));
    }

    #[test]
    fn wrapped_keys_are_bound_to_master_purpose_and_owner() {
        let master = MasterKey::generate();
        let owner = Uuid::new_v4();
        let key = DataKey::generate();
        let wrapped = key.wrap(&master, KeyPurpose::Customer, owner);
        let back = DataKey::unwrap(&master, KeyPurpose::Customer, owner, &wrapped).unwrap();
        assert_eq!(back.bytes(), key.bytes());
        assert!(DataKey::unwrap(&master, KeyPurpose::KeptRecords, owner, &wrapped).is_err());
        assert!(DataKey::unwrap(&master, KeyPurpose::Customer, Uuid::new_v4(), &wrapped).is_err());
        assert!(
            DataKey::unwrap(
                &MasterKey::generate(),
                KeyPurpose::Customer,
                owner,
                &wrapped
            )
            .is_err()
        );
    }

    #[test]
    fn debug_never_shows_the_key() {
        assert_eq!(format!("{:?}", DataKey::from_bytes([9; 32])), "DataKey(..)");
    }
}
