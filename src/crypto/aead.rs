//! XChaCha20-Poly1305 with a random 192-bit nonce per message (no nonce bookkeeping), in a
//! versioned format: `[version][nonce 24][ciphertext + tag 16]`.

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use super::CryptoError;

const VERSION: u8 = 1;
const NONCE_LEN: usize = 24;

/// Encrypts `plaintext`, binding it to `associated` (which must be given again to open it).
pub fn seal(key: &[u8; 32], associated: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let ciphertext = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: plaintext,
                aad: associated,
            },
        )
        .expect("XChaCha20-Poly1305 encryption cannot fail for in-memory buffers");
    let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ciphertext);
    out
}

/// Decrypts what `seal` produced with the same key and associated data.
pub fn open(key: &[u8; 32], associated: &[u8], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if sealed.len() < 1 + NONCE_LEN + 16 || sealed[0] != VERSION {
        return Err(CryptoError::Format);
    }
    let (nonce, ciphertext) = sealed[1..].split_at(NONCE_LEN);
    XChaCha20Poly1305::new(key.into())
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad: associated,
            },
        )
        .map_err(|_| CryptoError::Open)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_binding() {
        let key = [7u8; 32];
        let sealed = seal(&key, b"customer-1:name", b"Jan Jansen");
        assert_eq!(
            open(&key, b"customer-1:name", &sealed).unwrap(),
            b"Jan Jansen"
        );
        assert_eq!(
            open(&key, b"customer-2:name", &sealed),
            Err(CryptoError::Open)
        );
        assert_eq!(
            open(&[8u8; 32], b"customer-1:name", &sealed),
            Err(CryptoError::Open)
        );
        let mut tampered = sealed.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert_eq!(
            open(&key, b"customer-1:name", &tampered),
            Err(CryptoError::Open)
        );
        assert_eq!(open(&key, b"x", &[2, 0, 0]), Err(CryptoError::Format));
    }

    #[test]
    fn same_plaintext_seals_differently_each_time() {
        let key = [1u8; 32];
        assert_ne!(seal(&key, b"a", b"same"), seal(&key, b"a", b"same"));
    }
}
