//! Password hashing, keyed token hashing and authenticated encryption of stored secrets.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum CryptoError {
    #[error("a secret key must be 32 bytes, given as 64 hexadecimal characters")]
    BadKey,
    #[error("the encrypted value was made with key '{0}', which is not loaded")]
    UnknownKey(String),
    #[error("the encrypted value could not be decrypted (wrong key or altered data)")]
    Decrypt,
    #[error("password hashing failed")]
    Hash,
}

/// 32 random bytes, URL-safe, for cookies, links and API tokens.
pub fn random_token() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    URL_SAFE_NO_PAD.encode(b)
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

pub fn parse_key(hex_text: &str) -> Result<[u8; 32], CryptoError> {
    let v = hex::decode(hex_text.trim()).map_err(|_| CryptoError::BadKey)?;
    v.try_into().map_err(|_| CryptoError::BadKey)
}

/// The keys the running service holds.
#[derive(Clone)]
pub struct Keys {
    /// Keys token hashes, so a copy of the database alone cannot be used to find or forge tokens.
    session_key: [u8; 32],
    /// Current encryption key and its id; older keys stay for decryption while keys rotate.
    enc_current: (String, [u8; 32]),
    enc_old: Vec<(String, [u8; 32])>,
    dummy_hash: String,
}

impl Keys {
    pub fn new(session_key: [u8; 32], enc_key_id: &str, enc_key: [u8; 32]) -> Result<Self, CryptoError> {
        let dummy_hash = hash_password("not a real password; used to even out timing")?;
        Ok(Keys {
            session_key,
            enc_current: (enc_key_id.to_owned(), enc_key),
            enc_old: Vec::new(),
            dummy_hash,
        })
    }

    pub fn with_old_key(mut self, id: &str, key: [u8; 32]) -> Self {
        self.enc_old.push((id.to_owned(), key));
        self
    }

    /// Keyed hash of a bearer secret (session cookie, emailed link, API token, recovery code).
    pub fn token_hash(&self, token: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.session_key).unwrap_or_else(|_| {
            // HMAC takes keys of any length; this branch cannot be reached with a 32-byte key.
            <Hmac<Sha256> as Mac>::new_from_slice(&[0u8; 32]).unwrap_or_else(|_| unreachable!())
        });
        mac.update(token.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// `[id length][id][nonce 12][ciphertext]`: the key id travels with the ciphertext.
    pub fn encrypt(&self, plain: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let (id, key) = &self.enc_current;
        let cipher = ChaCha20Poly1305::new(Key::from_slice(key));
        let nonce_bytes = random_bytes::<12>();
        let ct = cipher.encrypt(Nonce::from_slice(&nonce_bytes), plain).map_err(|_| CryptoError::Decrypt)?;
        let mut out = Vec::with_capacity(1 + id.len() + 12 + ct.len());
        out.push(id.len() as u8);
        out.extend_from_slice(id.as_bytes());
        out.extend_from_slice(&nonce_bytes);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    pub fn decrypt(&self, blob: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let (&n, rest) = blob.split_first().ok_or(CryptoError::Decrypt)?;
        let n = n as usize;
        if rest.len() < n + 12 {
            return Err(CryptoError::Decrypt);
        }
        let id = std::str::from_utf8(&rest[..n]).map_err(|_| CryptoError::Decrypt)?;
        let key = std::iter::once(&self.enc_current)
            .chain(self.enc_old.iter())
            .find(|(k, _)| k == id)
            .map(|(_, key)| key)
            .ok_or_else(|| CryptoError::UnknownKey(id.to_owned()))?;
        let cipher = ChaCha20Poly1305::new(Key::from_slice(key));
        cipher.decrypt(Nonce::from_slice(&rest[n..n + 12]), &rest[n + 12..]).map_err(|_| CryptoError::Decrypt)
    }

    /// Verifies against a stored hash, or against a dummy when there is none, so that an unknown
    /// email takes as long as a known one.
    pub fn verify_password(&self, stored: Option<&str>, password: &str) -> bool {
        match stored {
            Some(h) => verify_password(h, password),
            None => {
                let _ = verify_password(&self.dummy_hash, password);
                false
            }
        }
    }
}

/// Argon2id with the crate's defaults (OWASP's recommended parameters).
pub fn hash_password(password: &str) -> Result<String, CryptoError> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| CryptoError::Hash)
}

pub fn verify_password(stored: &str, password: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::new([7; 32], "k1", [9; 32]).unwrap()
    }

    #[test]
    fn passwords_round_trip() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password(&h, "correct horse battery"));
        assert!(!verify_password(&h, "Correct horse battery"));
        assert!(!keys().verify_password(None, "anything"));
    }

    #[test]
    fn encryption_round_trips_and_detects_tampering() {
        let k = keys();
        let blob = k.encrypt(b"JBSWY3DPEHPK3PXP").unwrap();
        assert_eq!(k.decrypt(&blob).unwrap(), b"JBSWY3DPEHPK3PXP");
        let mut bad = blob.clone();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        assert!(matches!(k.decrypt(&bad), Err(CryptoError::Decrypt)));
        // After rotation the old key still decrypts what it encrypted.
        let rotated = Keys::new([7; 32], "k2", [1; 32]).unwrap().with_old_key("k1", [9; 32]);
        assert_eq!(rotated.decrypt(&blob).unwrap(), b"JBSWY3DPEHPK3PXP");
        let stranger = Keys::new([7; 32], "k3", [2; 32]).unwrap();
        assert!(matches!(stranger.decrypt(&blob), Err(CryptoError::UnknownKey(id)) if id == "k1"));
    }

    #[test]
    fn token_hashes_are_keyed() {
        let a = keys().token_hash("abc");
        let b = Keys::new([8; 32], "k1", [9; 32]).unwrap().token_hash("abc");
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_ne!(random_token(), random_token());
        assert!(parse_key("00").is_err());
        assert!(parse_key(&"ab".repeat(32)).is_ok());
    }
}
