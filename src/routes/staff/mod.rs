//! The staff entrance and area: sign-in, activation by a one-time link, the start page,
//! the administrator's staff list, and the requests. Every staff page takes
//! `staff::guard::May<P>` for the permission it needs (`staff::permissions`).

pub mod activate;
pub mod audit;
pub mod breaches;
pub mod home;
pub mod register;
pub mod requests;
pub mod retention;
pub mod sign_in;
pub mod team;
