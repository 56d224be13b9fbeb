//! One function per page; each returns its body and hands it to the layout.

pub mod accessibility;
pub mod account;
pub mod activate;
pub mod change_email;
pub mod confirm_identity;
pub mod consent;
pub mod contact;
pub mod contacts;
pub mod correct;
pub mod delete_account;
pub mod download;
pub mod error;
pub mod home;
pub mod links;
pub mod my_data;
pub mod notice;
pub mod passwords;
pub mod privacy_statement;
pub mod requests;
pub mod sessions;
pub mod sign_in;
pub mod staff;
pub mod who_saw;
