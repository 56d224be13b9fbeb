//! Personal data at rest: a key-encryption key (KEK) wraps one random data key (DEK) per
//! customer; each personal field is sealed with its customer's DEK. Destroying the wrapped
//! DEK makes every sealed field of that customer unreadable (crypto-shredding).

mod aead;
mod blind_index;
mod data_key;
mod keyring;
mod master_key;
pub mod rotation;

pub use blind_index::{BlindIndexKey, normalize_email};
pub use data_key::{DataKey, KeyPurpose};
pub use keyring::Keyring;
pub use master_key::{MasterKey, MasterKeySource};

/// Sealing or opening failed: wrong key, or the bytes were moved or altered.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CryptoError {
    #[error("the ciphertext could not be opened: wrong key, or the bytes were moved or changed")]
    Open,
    #[error("the ciphertext is not in a format this version understands")]
    Format,
}
