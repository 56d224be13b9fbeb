//! Outgoing e-mail. Without SMTP configured, messages go to a file outbox in the data
//! directory (one `.eml` file each), so that activation works on a fresh machine.

mod outbox;

pub use outbox::{Message, Outbox};
