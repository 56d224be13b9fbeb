//! `inzage backup` (issue 15): a consistent copy taken while the portal runs, restored
//! into a fresh data directory with the same master key, serves and verifies; the copy
//! holds no key, and without the key it is no use.

use std::process::{Command, Stdio};

use crate::accounts::csrf_of;
use crate::real_binary::{KillOnDrop, free_port, wait_until_healthy};

fn inzage(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_inzage"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("INZAGE_LOG__FILTER", "error")
        .output()
        .unwrap()
}

fn serve(dir: &std::path::Path, port: u16, demo: bool) -> KillOnDrop {
    let mut command = Command::new(env!("CARGO_BIN_EXE_inzage"));
    command.arg("serve");
    if demo {
        command.arg("--demo");
    }
    KillOnDrop(
        command
            .current_dir(dir)
            .env_clear()
            .env("INZAGE_HTTP__PORT", port.to_string())
            .env("INZAGE_LOG__FILTER", "error")
            .env("INZAGE_RETENTION__INTERVAL_HOURS", "0")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    )
}

/// Sanne signs in; her start page greets her by name, which only the key can open.
async fn greets_sanne(base: &str) -> bool {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let page = client
        .get(format!("{base}/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let form = [
        ("csrf", csrf_of(&page)),
        ("email", "sanne.devries@example.nl".to_string()),
        ("password", inzage::seed::DEMO_PASSWORD.to_string()),
    ];
    let landed = client
        .post(format!("{base}/sign-in"))
        .form(&form)
        .send()
        .await
        .unwrap();
    landed.text().await.unwrap().contains("Sanne de Vries")
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_with_the_key_and_only_with_it() {
    let live = tempfile::tempdir().unwrap();
    let port = free_port();
    let portal = serve(live.path(), port, true);
    let base = format!("http://127.0.0.1:{port}");
    assert!(wait_until_healthy(&base, 60).await);
    let copy = live.path().join("backup.db");
    let made = inzage(live.path(), &["backup", "--to", copy.to_str().unwrap()]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let again = inzage(live.path(), &["backup", "--to", copy.to_str().unwrap()]);
    assert!(!again.status.success(), "a backup never overwrites a file");
    drop(portal);

    let key = std::fs::read(live.path().join("data/master.key")).unwrap();
    let bytes = std::fs::read(&copy).unwrap();
    assert!(
        !bytes.windows(key.len().min(32)).any(|w| key.starts_with(w)),
        "the backup holds no master key"
    );

    // Restored with the same key: it serves, the data opens, the chain verifies.
    let restored = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(restored.path().join("data")).unwrap();
    std::fs::copy(&copy, restored.path().join("data/inzage.db")).unwrap();
    std::fs::write(restored.path().join("data/master.key"), &key).unwrap();
    let port = free_port();
    let portal = serve(restored.path(), port, false);
    let base = format!("http://127.0.0.1:{port}");
    assert!(
        wait_until_healthy(&base, 60).await,
        "the restored portal serves"
    );
    assert!(
        greets_sanne(&base).await,
        "the restored data opens with the key"
    );
    drop(portal);
    let verify = inzage(restored.path(), &["audit", "verify"]);
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );

    // Without the key the copy is no use: the portal refuses to start on it.
    let keyless = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(keyless.path().join("data")).unwrap();
    std::fs::copy(&copy, keyless.path().join("data/inzage.db")).unwrap();
    let refused = Command::new(env!("CARGO_BIN_EXE_inzage"))
        .arg("serve")
        .current_dir(keyless.path())
        .env_clear()
        .env("INZAGE_HTTP__PORT", free_port().to_string())
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("is not the key this database was sealed with"),
        "{stderr}"
    );
}
