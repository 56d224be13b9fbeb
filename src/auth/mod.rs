//! Proving who someone is: password hashing and the password rules. Sessions, CSRF and
//! the sign-in pages build on these (see the accounts issue).

pub mod password;
pub mod password_policy;
