//! Retention: deletes what has passed its period in the processing register, in small
//! batches, under a lease so that two instances never run it at once.

mod job;
mod schedule;

pub use job::{CategoryReport, HOUSEKEEPING, RULES, RetentionReport, run, run_by_register};
pub use schedule::start_schedule;
