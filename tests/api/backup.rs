//! `inzage backup` (issue 15): a consistent copy taken while the portal runs, restored
//! into a fresh data directory with the same master key, serves and verifies; the copy
//! holds no key, and without the key it is no use.

use std::process::Command;

use crate::real_binary::{free_port, serve, sign_in_as_sanne, wait_until_healthy};

fn inzage(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_inzage"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("INZAGE_LOG__FILTER", "error")
        .output()
        .unwrap()
}

/// Sanne signs in; her start page greets her by name, which only the key can open.
async fn greets_sanne(base: &str) -> bool {
    let (client, _) = sign_in_as_sanne(base).await;
    let page = client.get(format!("{base}/account")).send().await.unwrap();
    page.text().await.unwrap().contains("Sanne de Vries")
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_with_the_key_and_only_with_it() {
    let live = tempfile::tempdir().unwrap();
    let port = free_port();
    let portal = serve(live.path(), port, true, &[]);
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
    let portal = serve(restored.path(), port, false, &[]);
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
