//! Logs carry ids, never personal data: run the real binary at debug level through seeding,
//! serving and requests, and search everything it printed for the demo customers' data.

use std::io::Read;
use std::process::{Command, Stdio};

use inzage::seed::DEMO_CUSTOMERS;

use crate::real_binary::{free_port, wait_until_healthy};

#[tokio::test]
async fn no_personal_data_or_key_material_reaches_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut portal = Command::new(env!("CARGO_BIN_EXE_inzage"))
        .args(["serve", "--demo"])
        .current_dir(dir.path())
        .env_clear()
        .env("INZAGE_HTTP__PORT", port.to_string())
        .env("INZAGE_LOG__FILTER", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read both pipes while the portal runs: a full pipe would block its logging.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            pipe.read_to_string(&mut text).unwrap();
            text
        })
    };
    let stdout = drain(Box::new(portal.stdout.take().unwrap()));
    let stderr = drain(Box::new(portal.stderr.take().unwrap()));

    let client = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}");
    assert!(wait_until_healthy(&base, 10).await, "the portal started");
    for path in [
        "/",
        "/contact",
        "/accessibility",
        "/no-such-page",
        "/language/en?next=/contact",
    ] {
        client.get(format!("{base}{path}")).send().await.unwrap();
    }
    // SIGTERM, so it shuts down cleanly and flushes.
    terminate(portal.id());
    let status = portal.wait().unwrap();
    assert!(
        status.success(),
        "SIGTERM ends the portal with exit 0: {status:?}"
    );

    let log = stdout.join().unwrap() + &stderr.join().unwrap();
    assert!(log.contains("answered"), "the log was captured: {log}");
    let key = std::fs::read_to_string(dir.path().join("data/master.key")).unwrap();
    let mut secrets = vec![key.trim().to_string()];
    for demo in &DEMO_CUSTOMERS {
        secrets.extend(
            [
                demo.name,
                demo.email,
                demo.street,
                demo.phone,
                demo.customer_number,
            ]
            .map(String::from),
        );
    }
    for secret in secrets {
        assert!(!log.contains(&secret), "{secret:?} appears in the log");
    }
}

fn terminate(pid: u32) {
    Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
}
