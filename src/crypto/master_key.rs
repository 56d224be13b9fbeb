//! The key-encryption key. It never enters the database: it comes from `INZAGE_MASTER_KEY`
//! or from a key file, which the embedded default creates itself (mode 0600).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{KeyInit, OsRng};
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// 256 bits, wiped from memory when dropped, never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct MasterKey([u8; 32]);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MasterKey(id {})", self.id())
    }
}

/// Where the master key comes from.
pub enum MasterKeySource<'a> {
    /// The value of `INZAGE_MASTER_KEY`: 32 bytes in base64.
    Value(&'a SecretString),
    /// A key file; `create` allows making it when it does not exist (embedded default only:
    /// several PostgreSQL instances must share one key, so they never invent their own).
    File { path: PathBuf, create: bool },
}

impl<'a> MasterKeySource<'a> {
    /// Where the settings say the master key comes from; only the embedded default may
    /// create its key file, because instances sharing a PostgreSQL database must share one key.
    pub fn from_settings(settings: &'a crate::config::Settings) -> Self {
        use secrecy::ExposeSecret;
        match (&settings.master_key, &settings.master_key_file) {
            (Some(value), _) => MasterKeySource::Value(value),
            (None, Some(path)) => MasterKeySource::File {
                path: path.clone(),
                create: false,
            },
            (None, None) => MasterKeySource::File {
                path: settings.data_dir.join("master.key"),
                create: settings
                    .database_url()
                    .expose_secret()
                    .starts_with("sqlite:"),
            },
        }
    }
}

impl MasterKey {
    pub fn generate() -> Self {
        Self(XChaCha20Poly1305::generate_key(&mut OsRng).into())
    }

    pub(super) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Parses 32 bytes written in base64 (as in the key file and `INZAGE_MASTER_KEY`).
    pub fn from_base64(text: &str) -> anyhow::Result<Self> {
        let mut bytes = BASE64
            .decode(text.trim())
            .map_err(|_| anyhow::anyhow!("the master key is not valid base64"))?;
        let key: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
            anyhow::anyhow!("the master key must be 32 bytes (44 base64 characters)")
        })?;
        bytes.zeroize();
        Ok(Self(key))
    }

    pub fn to_base64(&self) -> SecretString {
        SecretString::from(BASE64.encode(self.0))
    }

    /// A short public identifier of this key, so the database can say which key it expects
    /// without revealing anything about the key itself.
    pub fn id(&self) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0).expect("any key length");
        mac.update(b"inzage/v1/master-key-id");
        mac.finalize().into_bytes()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Loads the key, creating the key file when allowed and absent.
    pub fn load(source: MasterKeySource) -> anyhow::Result<Self> {
        match source {
            MasterKeySource::Value(value) => {
                Self::from_base64(value.expose_secret()).context("INZAGE_MASTER_KEY (master_key)")
            }
            MasterKeySource::File { path, create } => {
                if path.exists() {
                    Self::read_file(&path)
                } else if create {
                    let key = Self::generate();
                    key.write_new_file(&path)?;
                    tracing::warn!(
                        path = %path.display(),
                        "created a new master key file; back it up apart from the database: \
                         without it the personal data cannot be read"
                    );
                    Ok(key)
                } else {
                    anyhow::bail!(
                        "no master key: set INZAGE_MASTER_KEY or master_key_file \
                         (all instances on one PostgreSQL database must share one key); \
                         {} does not exist",
                        path.display()
                    )
                }
            }
        }
    }

    fn read_file(path: &Path) -> anyhow::Result<Self> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path)?.permissions().mode();
            if mode & 0o077 != 0 {
                tracing::warn!(path = %path.display(), mode = format!("{:o}", mode & 0o777),
                    "the master key file can be read by other users; chmod 600 it");
            }
        }
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("could not read the master key file {}", path.display()))?;
        Self::from_base64(&text).with_context(|| format!("master key file {}", path.display()))
    }

    /// Writes a new key file readable by its owner only; never overwrites one.
    pub fn write_new_file(&self, path: &Path) -> anyhow::Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options
            .open(path)
            .with_context(|| format!("could not create the master key file {}", path.display()))?;
        file.write_all(self.to_base64().expose_secret().as_bytes())?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_file_is_created_once_with_mode_0600_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/master.key");
        let created = MasterKey::load(MasterKeySource::File {
            path: path.clone(),
            create: true,
        })
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let again = MasterKey::load(MasterKeySource::File {
            path: path.clone(),
            create: true,
        })
        .unwrap();
        assert_eq!(created.id(), again.id());
        assert!(!format!("{again:?}").contains(again.to_base64().expose_secret()));
    }

    #[test]
    fn a_missing_file_is_an_error_when_it_may_not_be_created() {
        let dir = tempfile::tempdir().unwrap();
        let error = MasterKey::load(MasterKeySource::File {
            path: dir.path().join("none.key"),
            create: false,
        })
        .unwrap_err();
        assert!(error.to_string().contains("INZAGE_MASTER_KEY"));
    }

    #[test]
    fn a_short_value_is_refused() {
        let value = SecretString::from("c2hvcnQ=");
        assert!(MasterKey::load(MasterKeySource::Value(&value)).is_err());
    }
}
