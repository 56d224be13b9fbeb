//! kill -9 loses nothing that was acknowledged (issue 15): the real binary, 16 signed-in
//! clients filing requests as fast as they can, SIGKILL in the middle of it, and a restart
//! on the same data. Every request answered with its 303 is there, the audit chain
//! verifies, and on SQLite the integrity check is `ok`. Three rounds, on the embedded
//! default and on PostgreSQL (a database of its own, when `TEST_POSTGRES_URL` is set).

use std::collections::HashSet;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::accounts::csrf_of;
use crate::helpers::PostgresForBinary;
use crate::real_binary::{free_port, serve, sign_in_as_sanne, wait_until_healthy};

const CLIENTS: usize = 16;
const ROUNDS: usize = 3;
const STORM: Duration = Duration::from_millis(1500);

async fn signed_in(base: &str) -> reqwest::Client {
    let (client, answer) = sign_in_as_sanne(base).await;
    assert_eq!(answer.status(), 303, "signed in");
    client
}

#[tokio::test]
async fn kill_9_during_a_write_storm_loses_no_acknowledged_write_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let acknowledged = storm_and_kill(dir.path(), &[]).await;

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
    let stored = sqlx::query_scalar("SELECT reference FROM requests")
        .fetch_all(&pool)
        .await
        .unwrap();
    pool.close().await;
    none_lost_and_the_audit_verifies(&acknowledged, stored, dir.path(), &[]);
}

#[tokio::test]
async fn kill_9_during_a_write_storm_loses_no_acknowledged_write_on_postgres() {
    let Some(postgres) = PostgresForBinary::create().await else {
        return;
    };
    let env = postgres.env();
    let dir = tempfile::tempdir().unwrap();
    let acknowledged = storm_and_kill(dir.path(), &env).await;

    let pool = sqlx::PgPool::connect(&postgres.database.url).await.unwrap();
    let stored = sqlx::query_scalar("SELECT reference FROM requests")
        .fetch_all(&pool)
        .await
        .unwrap();
    pool.close().await;
    none_lost_and_the_audit_verifies(&acknowledged, stored, dir.path(), &env);
}

/// `ROUNDS` times: start the portal in `dir` with `env` (the demo seeded in the first
/// round), storm it, kill -9 it. The references of every request answered with its 303.
async fn storm_and_kill(dir: &std::path::Path, env: &[(&str, &str)]) -> Vec<String> {
    let mut acknowledged: Vec<String> = Vec::new();
    for round in 0..ROUNDS {
        let port = free_port();
        let mut portal = serve(dir, port, round == 0, env);
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
    acknowledged
}

/// Every acknowledged reference is among those `stored`, and `inzage audit verify` in `dir`
/// with `env` passes.
fn none_lost_and_the_audit_verifies(
    acknowledged: &[String],
    stored: Vec<String>,
    dir: &std::path::Path,
    env: &[(&str, &str)],
) {
    let stored: HashSet<String> = stored.into_iter().collect();
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|reference| !stored.contains(*reference))
        .collect();
    assert_eq!(
        lost,
        Vec::<&String>::new(),
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
        .current_dir(dir)
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(
        verify.status.success(),
        "{}{}",
        String::from_utf8_lossy(&verify.stdout),
        String::from_utf8_lossy(&verify.stderr)
    );
}
