//! Demo data: a few named customers with a believable history (`seed-demo`), and any
//! number of generated ones for the benchmarks (`seed-demo --customers N`).

mod bulk;
mod demo;
mod demo_breach;
mod demo_notice;
mod demo_requests;
mod history;
mod request_history;
mod staff;

pub use bulk::seed_bulk;
pub use demo::{DEMO_CUSTOMERS, DEMO_PASSWORD, DemoCustomer, seed_demo};
pub use demo_breach::{DEMO_BREACH_REFERENCE, seed_demo_breach};
pub use demo_notice::{
    DEMO_NOTICE, DEMO_NOTICE_CUSTOMERS, DEMO_NOTIFIED_BREACH_REFERENCE, seed_demo_notified_breach,
};
pub use demo_requests::DemoTeam;
pub use history::{HistoryPlan, history_for};
pub use request_history::seed_request_history;
pub use staff::{DEMO_STAFF, DEMO_STAFF_PASSWORD, DemoStaff, demo_staff_id, seed_demo_staff};

/// The audit record of a customer created by seeding: a change made by a system job.
fn created(customer: uuid::Uuid, now: time::OffsetDateTime) -> crate::db::AuditEntry {
    crate::db::AuditEntry {
        at: crate::audit::chain::truncate_to_micros(now),
        actor_kind: "system".into(),
        actor_id: "seed-demo".into(),
        actor_role: "seed-demo".into(),
        action: "customer.created".into(),
        customer_id: Some(customer),
        reason: None,
        request_id: None,
    }
}
