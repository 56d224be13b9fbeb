//! The staff entrance and area: sign-in, activation by a one-time link, the start page,
//! and the administrator's staff list. The staff pages themselves come later; every one
//! of them takes `staff::guard::StaffSignedIn` (or `Administrator`).

pub mod activate;
pub mod audit;
pub mod home;
pub mod register;
pub mod retention;
pub mod sign_in;
pub mod team;
