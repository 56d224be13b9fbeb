//! Audit trail throughput with `synchronous=FULL`: every record durable before its caller
//! continues. Compares 64 concurrent callers committing one transaction each (unbatched)
//! with the same callers going through the group-commit writer (batched), in one run.
//! Run with `bash benches/run.sh`, which writes the table to benches/BENCHMARKS.md.

use std::sync::Arc;
use std::time::Instant;

use inzage::audit::AuditWriter;
use inzage::db::{AuditEntry, SqliteStore, Store};
use time::OffsetDateTime;

const CALLERS: usize = 64;
const RECORDS_PER_CALLER: usize = 50;

fn entry(caller: usize) -> AuditEntry {
    AuditEntry {
        at: inzage::audit::chain::truncate_to_micros(OffsetDateTime::now_utc()),
        actor_kind: "customer".into(),
        actor_id: format!("bench-{caller}"),
        actor_role: "customer".into(),
        action: "customer.profile.read".into(),
        customer_id: Some(uuid::Uuid::new_v4()),
        reason: None,
        request_id: None,
    }
}

/// Runs `CALLERS` tasks that each record `RECORDS_PER_CALLER` entries with `record`;
/// returns records per second.
async fn measure<F, Fut>(record: F) -> f64
where
    F: Fn(AuditEntry) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let started = Instant::now();
    let tasks: Vec<_> = (0..CALLERS)
        .map(|caller| {
            let record = record.clone();
            tokio::spawn(async move {
                for _ in 0..RECORDS_PER_CALLER {
                    record(entry(caller)).await;
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    (CALLERS * RECORDS_PER_CALLER) as f64 / started.elapsed().as_secs_f64()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("bench.db").display()
    );
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&url, None).await?);
    store.migrate().await?;
    // Warm up the file and the connection before measuring.
    store.append_audit(&[entry(0)]).await?;

    let direct = store.clone();
    let unbatched = measure(move |e| {
        let store = direct.clone();
        async move {
            store.append_audit(&[e]).await.unwrap();
        }
    })
    .await;
    let writer = AuditWriter::start(store.clone());
    let batched = measure(move |e| {
        let writer = writer.clone();
        async move {
            writer.record(e).await.unwrap();
        }
    })
    .await;

    let verdict = inzage::audit::verify::verify(store.as_ref()).await?;
    println!(
        "| audit records/s, SQLite synchronous=FULL, {CALLERS} concurrent callers | {unbatched:.0} | {batched:.0} | {:.1}x |",
        batched / unbatched
    );
    eprintln!("chain after the run: {verdict:?}");
    Ok(())
}
