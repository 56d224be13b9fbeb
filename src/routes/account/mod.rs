//! Signing in and out, activating portal access, and the signed-in start page.

pub mod activate;
pub mod overview;
pub mod sessions;
pub mod sign_in;
pub mod sign_out;
