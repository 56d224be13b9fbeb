//! For the tests that run the real `inzage` binary in a process of its own.

use std::time::Duration;

/// A port nobody listens on right now, for the portal to bind.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits up to `seconds` for `GET {base}/health` to answer 200; false when it never did.
pub async fn wait_until_healthy(base: &str, seconds: u64) -> bool {
    let client = reqwest::Client::new();
    for _ in 0..seconds * 10 {
        let answer = client.get(format!("{base}/health")).send().await;
        if answer.is_ok_and(|r| r.status() == 200) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

/// The portal's process, killed when the test ends however it ends.
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
