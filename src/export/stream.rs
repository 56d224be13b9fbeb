//! A response body that is written while it is sent: the writer fills a buffer, and every
//! `CHUNK` bytes hands it to the response through a small bounded channel, so a slow
//! client slows the writer down instead of letting the export pile up in memory.

use actix_web::web::Bytes;
use futures_util::Stream;
use tokio::sync::mpsc;

/// Bytes gathered before they are sent on.
pub const CHUNK: usize = 256 * 1024;
/// Chunks in flight between writer and client.
const IN_FLIGHT: usize = 4;

/// The writing end: `buf` is written to directly (it is a `Vec<u8>`); `flush` sends it on.
pub struct Chunks {
    pub buf: Vec<u8>,
    tx: mpsc::Sender<Result<Bytes, std::io::Error>>,
}

/// The client went away: stop writing.
#[derive(Debug, thiserror::Error)]
#[error("the client closed the download")]
pub struct Gone;

impl Chunks {
    /// Sends the buffer on once it holds at least a chunk.
    pub async fn flush(&mut self) -> Result<(), Gone> {
        if self.buf.len() >= CHUNK {
            self.send().await?;
        }
        Ok(())
    }

    /// Sends whatever is in the buffer (at the end).
    pub async fn send(&mut self) -> Result<(), Gone> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let bytes = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx.send(Ok(bytes)).await.map_err(|_| Gone)
    }

    /// Breaks the download off (the client sees an incomplete transfer, never a whole-
    /// looking file with something missing).
    pub async fn fail(self) {
        let _ = self
            .tx
            .send(Err(std::io::Error::other("the export failed")))
            .await;
    }
}

/// A writer and the body it feeds.
pub fn channel() -> (
    Chunks,
    impl Stream<Item = Result<Bytes, std::io::Error>> + 'static,
) {
    let (tx, rx) = mpsc::channel(IN_FLIGHT);
    let body = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    (
        Chunks {
            buf: Vec::with_capacity(CHUNK),
            tx,
        },
        body,
    )
}
