//! Demo data: a few named customers with a believable history (`seed-demo`), and any
//! number of generated ones for the benchmarks (`seed-demo --customers N`).

mod bulk;
mod demo;
mod history;

pub use bulk::seed_bulk;
pub use demo::{DEMO_CUSTOMERS, DEMO_PASSWORD, DemoCustomer, seed_demo};
