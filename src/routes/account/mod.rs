//! A customer's account: activation, signing in (with a password or an e-mailed link) and
//! out, a forgotten password, the signed-in start page, sessions, and changing the
//! password and the e-mail address.

pub mod activate;
pub mod change_email;
pub mod change_password;
pub mod confirm_identity;
pub mod delete_account;
pub mod download;
pub mod mail;
pub mod overview;
pub mod password_reset;
pub mod sessions;
pub mod sign_in;
pub mod sign_in_link;
pub mod sign_out;
