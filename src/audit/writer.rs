//! Group commit for the audit trail. Every read of personal data must be on record before
//! its response leaves, and with `synchronous=FULL` each commit is an fsync. So requests
//! hand their record to one writer task, which commits whatever has queued up in a single
//! transaction; each request waits for the commit of its own batch.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};

use super::chain::truncate_to_micros;
use crate::db::{AuditEntry, Store};

/// Most records committed in one transaction.
const MAX_BATCH: usize = 512;

struct Pending {
    entry: AuditEntry,
    done: oneshot::Sender<Result<i64, String>>,
}

/// A handle to the writer task; cheap to clone.
#[derive(Clone)]
pub struct AuditWriter {
    queue: mpsc::Sender<Pending>,
}

impl AuditWriter {
    /// Spawns the writer task on the current Tokio runtime.
    pub fn start(store: Arc<dyn Store>) -> Self {
        let (queue, mut incoming) = mpsc::channel::<Pending>(MAX_BATCH * 4);
        tokio::spawn(async move {
            let mut batch = Vec::with_capacity(MAX_BATCH);
            while incoming.recv_many(&mut batch, MAX_BATCH).await > 0 {
                let entries: Vec<AuditEntry> = batch.iter().map(|p| p.entry.clone()).collect();
                match store.append_audit(&entries).await {
                    Ok(seqs) => {
                        for (pending, seq) in batch.drain(..).zip(seqs) {
                            let _ = pending.done.send(Ok(seq));
                        }
                    }
                    Err(error) => {
                        tracing::error!(error = %error, records = batch.len(), "audit batch failed");
                        for pending in batch.drain(..) {
                            let _ = pending.done.send(Err(error.to_string()));
                        }
                    }
                }
            }
        });
        Self { queue }
    }

    /// Records `entry` durably; returns once its batch is committed, with its sequence
    /// number. An error means the access must not go ahead.
    pub async fn record(&self, mut entry: AuditEntry) -> anyhow::Result<i64> {
        entry.at = truncate_to_micros(entry.at);
        let (done, committed) = oneshot::channel();
        self.queue
            .send(Pending { entry, done })
            .await
            .map_err(|_| anyhow::anyhow!("the audit writer has stopped"))?;
        committed
            .await
            .map_err(|_| anyhow::anyhow!("the audit writer has stopped"))?
            .map_err(|e| anyhow::anyhow!("audit record not written: {e}"))
    }
}
