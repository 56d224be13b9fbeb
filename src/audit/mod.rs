//! The audit trail: who read or changed whose personal data, when and why. Records hold
//! ids and codes only, are hash-chained, and are committed before the response leaves.

pub mod chain;
pub mod verify;
mod writer;

pub use writer::AuditWriter;
