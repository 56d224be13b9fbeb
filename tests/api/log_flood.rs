//! A request with too many headers gets its 431 from the HTTP layer, and writes no log
//! line: otherwise anyone could fill the log by sending such requests (issue 15).

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use crate::real_binary::{KillOnDrop, free_port, wait_until_healthy};

#[tokio::test]
async fn too_many_headers_answer_431_without_a_log_line() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut portal = KillOnDrop(
        Command::new(env!("CARGO_BIN_EXE_inzage"))
            .arg("serve")
            .current_dir(dir.path())
            .env_clear()
            .env("INZAGE_HTTP__PORT", port.to_string())
            .env("INZAGE_RETENTION__INTERVAL_HOURS", "0")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    assert!(wait_until_healthy(&format!("http://127.0.0.1:{port}"), 30).await);
    let headers: String = (0..100).map(|n| format!("X-Header-{n}: 1\r\n")).collect();
    for _ in 0..5 {
        let mut socket = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(socket, "GET / HTTP/1.1\r\nHost: portal\r\n{headers}\r\n").unwrap();
        let mut answer = String::new();
        let _ = socket.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    }
    portal.0.kill().unwrap();
    let mut log = String::new();
    portal
        .0
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    portal
        .0
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(
        log.contains("inzage is listening"),
        "the log was captured: {log}"
    );
    assert!(!log.contains("too large"), "{log}");
}
