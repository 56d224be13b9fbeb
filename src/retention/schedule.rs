//! The server runs retention itself on a schedule; the lease in the database makes sure
//! that, with several instances on one PostgreSQL, only one runs it at a time.

use std::sync::Arc;
use std::time::Duration;

use time::OffsetDateTime;

use super::run_by_register;
use crate::db::Store;
use crate::privacy::register::Register;

/// Spawns the retention loop: a first run a minute after start (or after `interval`, when
/// that is shorter), then every `interval`.
pub fn start_schedule(store: Arc<dyn Store>, register: Arc<Register>, interval: Duration) {
    tokio::spawn(async move {
        tokio::time::sleep(interval.min(Duration::from_secs(60))).await;
        loop {
            let now = OffsetDateTime::now_utc();
            match run_by_register(store.as_ref(), &register, now, false, |_, _| {}).await {
                Ok(report) if report.ran => {
                    let rows: u64 = report.categories.iter().map(|c| c.rows).sum();
                    tracing::info!(rows, "retention run finished");
                }
                Ok(_) => tracing::info!("retention: another instance holds the lease"),
                Err(error) => tracing::error!(error = %error, "retention run failed"),
            }
            tokio::time::sleep(interval).await;
        }
    });
}
