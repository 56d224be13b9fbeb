//! kill -9 loses nothing that was acknowledged (issue 15): the real binary on the embedded
//! default, 16 signed-in clients filing requests as fast as they can, SIGKILL in the middle
//! of it, and a restart on the same data. Every request answered with its 303 is there,
//! SQLite's integrity check is `ok`, and the audit chain verifies. Two rounds.

use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::accounts::csrf_of;
use crate::real_binary::{free_port, serve, sign_in_as_sanne, wait_until_healthy};

const CLIENTS: usize = 16;
const ROUNDS: usize = 2;
const STORM: Duration = Duration::from_millis(1500);

async fn signed_in(base: &str) -> reqwest::Client {
    let (client, answer) = sign_in_as_sanne(base).await;
    assert_eq!(answer.status(), 303, "signed in");
    client
}

#[tokio::test]
async fn kill_9_during_a_write_storm_loses_no_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let mut acknowledged: Vec<String> = Vec::new();
    for round in 0..ROUNDS {
        let port = free_port();
        let mut portal = serve(dir.path(), port, round == 0, &[]);
        let base = format!("http://127.0.0.1:{port}");
        assert!(
            wait_until_healthy(&base, 60).await,
            "round {round}: the portal started"
        );
        let mut clients = Vec::new();
        for _ in 0..CLIENTS {
            clients.push(signed_in(&base).await);
        }
        let acks = Arc::new(Mutex::new(Vec::new()));
        let storm: Vec<_> = clients
            .into_iter()
            .map(|client| {
                let (base, acks) = (base.clone(), acks.clone());
                tokio::spawn(async move {
                    let form = format!("{base}/account/requests/new");
                    loop {
                        let Ok(page) = client.get(&form).send().await else {
                            break;
                        };
                        let Ok(html) = page.text().await else { break };
                        let token = csrf_of(&html);
                        let filed = client
                            .post(&form)
                            .form(&[("csrf", token.as_str()), ("kind", "access")])
                            .send()
                            .await;
                        match filed {
                            // Acknowledged: the reference is in the address it sends us to.
                            Ok(r) if r.status() == 303 => {
                                let location =
                                    r.headers()["location"].to_str().unwrap().to_string();
                                let reference = location.split('/').nth(3).unwrap().to_string();
                                acks.lock().unwrap().push(reference);
                            }
                            Ok(_) => {}
                            Err(_) => break,
                        }
                    }
                })
            })
            .collect();
        tokio::time::sleep(STORM).await;
        portal.0.kill().unwrap();
        portal.0.wait().unwrap();
        for client in storm {
            client.await.unwrap();
        }
        let acks = acks.lock().unwrap().clone();
        assert!(
            acks.len() > 10,
            "round {round}: the storm made writes ({} acknowledged)",
            acks.len()
        );
        eprintln!(
            "round {round}: {} requests acknowledged before kill -9",
            acks.len()
        );
        acknowledged.extend(acks);
    }

    // After the last kill: what SQLite holds, checked from outside the portal.
    let url = format!(
        "sqlite://{}?mode=ro",
        dir.path().join("data/inzage.db").display()
    );
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(integrity, "ok");
    let mut lost = Vec::new();
    for reference in &acknowledged {
        let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests WHERE reference = $1")
            .bind(reference)
            .fetch_one(&pool)
            .await
            .unwrap();
        if found != 1 {
            lost.push(reference.clone());
        }
    }
    pool.close().await;
    assert_eq!(
        lost,
        Vec::<String>::new(),
        "acknowledged but lost, of {}",
        acknowledged.len()
    );
    eprintln!(
        "{} acknowledged, all {} found in the database, 0 lost",
        acknowledged.len(),
        acknowledged.len()
    );
    let verify = Command::new(env!("CARGO_BIN_EXE_inzage"))
        .args(["audit", "verify"])
        .current_dir(dir.path())
        .env_clear()
        .output()
        .unwrap();
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
}
