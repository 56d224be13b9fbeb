//! Proving who someone is: password hashing and rules, server-side sessions, CSRF, and
//! single-use e-mailed tokens.

pub mod csrf;
pub mod device;
pub mod form_token;
pub mod kept_form;
pub mod known_waits;
pub mod password;
pub mod password_policy;
pub mod reauth;
pub mod session_store;
pub mod sessions;
pub mod throttle;
pub mod tokens;
