//! What every handler may reach, shared by all workers. It sits below the routes and the
//! views, so nothing needs to import `startup` to get at it.

use std::sync::Arc;

use crate::config::Organisation;
use crate::db::Store;
use crate::privacy::register::Register;
use crate::vault::Vault;

/// What every handler may reach, shared by all workers.
pub struct AppState {
    pub store: Arc<dyn Store>,
    /// Sealed personal data, opened only with an audit record.
    pub vault: Vault,
    /// The processing register, checked at start-up.
    pub register: Arc<Register>,
    /// Where the accessibility suite writes its JSON report.
    pub accessibility_report: std::path::PathBuf,
    pub session_limits: crate::auth::sessions::Limits,
    /// How recent the password must have been given before a download or erasure.
    pub reauthenticate_within: time::Duration,
    pub passwords: crate::auth::password::Passwords,
    /// SMTP when configured, else the file outbox.
    pub mailer: crate::email::Mailer,
    /// Scheme, host and port for links in e-mails, without a trailing slash.
    pub public_base: String,
    pub trusted_proxies: Vec<std::net::IpAddr>,
    pub account_throttle: crate::auth::throttle::Policy,
    pub address_throttle: crate::auth::throttle::Policy,
    /// Waits already found, so a flood during one is refused from memory.
    pub known_waits: crate::auth::known_waits::KnownWaits,
    pub organisation: Arc<Organisation>,
    pub max_body_bytes: usize,
    /// Days a backup is kept; the privacy statement says so.
    pub backup_days: u32,
    /// "Now" for session limits and link expiry (the tests move it forward).
    pub clock: crate::clock::Clock,
    /// Seals forms kept across an expired session (see `auth::kept_form`).
    pub kept_form_key: crate::crypto::DataKey,
    /// Wakes the sender of breach notices when one is confirmed.
    pub notice_sender: crate::staff::notice_sender::Wake,
}
