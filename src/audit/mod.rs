//! The audit trail: who read or changed whose personal data, when and why. Records hold
//! ids and codes only, are hash-chained, and are committed before the response leaves.

/// The chain's hashing lives with the table it protects (`db`), because each link is
/// computed inside the append transaction; the audit trail reads it from there.
pub use crate::db::audit_chain as chain;
pub mod verify;
mod writer;

pub use writer::AuditWriter;
