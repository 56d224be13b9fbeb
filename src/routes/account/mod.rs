//! A customer's account: activation, signing in (with a password or an e-mailed link) and
//! out, a forgotten password, the signed-in start page, sessions, and changing the
//! password and the e-mail address; and the customer's requests.

pub mod activate;
pub mod button_link;
pub mod change_email;
pub mod change_password;
pub mod confirm_identity;
pub mod consent;
pub mod contacts;
pub mod correct;
pub mod correct_forms;
pub mod delete_account;
pub mod download;
pub mod link_flow;
pub mod mail;
pub mod my_data;
pub mod notices;
pub mod overview;
pub mod password_link;
pub mod password_reset;
pub mod redirect;
pub mod request_reply;
pub mod requests;
pub mod sessions;
pub mod sign_in;
pub mod sign_in_link;
pub mod sign_out;
pub mod who_saw;
