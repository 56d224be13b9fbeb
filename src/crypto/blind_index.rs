//! A keyed blind index: customers are found by e-mail through an HMAC of the normalized
//! address, so the database never holds the address in plaintext.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::DataKey;

/// The HMAC key of the index (itself stored wrapped by the master key).
#[derive(Clone, Debug)]
pub struct BlindIndexKey(DataKey);

impl BlindIndexKey {
    pub fn new(key: DataKey) -> Self {
        Self(key)
    }

    /// The index value of an e-mail address (normalized first).
    pub fn email(&self, email: &str) -> Vec<u8> {
        self.digest("email", &normalize_email(email))
    }

    /// The index value of a customer number (spaces removed, upper case).
    pub fn customer_number(&self, number: &str) -> Vec<u8> {
        let normalized: String = number
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        self.digest("customer-number", &normalized)
    }

    /// The index value of a client address, for throttling without storing addresses.
    pub fn client_address(&self, address: &str) -> Vec<u8> {
        self.digest("client-address", address)
    }

    /// A 32-byte key for another purpose (e.g. signing session cookies), derived so that it
    /// cannot be turned back into this one.
    pub fn derive(&self, purpose: &str) -> Vec<u8> {
        self.digest("derived-key", purpose)
    }

    fn digest(&self, kind: &str, value: &str) -> Vec<u8> {
        let mut mac = Hmac::<Sha256>::new_from_slice(self.0.bytes()).expect("any key length");
        // The kind keeps an e-mail and a customer number with the same text apart.
        mac.update(kind.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }
}

/// Trimmed and lower-cased, so `Jan@Example.NL ` and `jan@example.nl` are one address.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_addresses_after_normalizing_share_an_index() {
        let key = BlindIndexKey::new(DataKey::generate());
        assert_eq!(key.email(" Jan@Example.NL"), key.email("jan@example.nl"));
        assert_ne!(key.email("jan@example.nl"), key.email("jan2@example.nl"));
        assert_ne!(key.email("123"), key.customer_number("123"));
        assert_eq!(
            key.customer_number("kl 100 200"),
            key.customer_number("KL100200")
        );
    }

    #[test]
    fn another_key_gives_another_index() {
        let a = BlindIndexKey::new(DataKey::generate());
        let b = BlindIndexKey::new(DataKey::generate());
        assert_ne!(a.email("jan@example.nl"), b.email("jan@example.nl"));
    }
}
