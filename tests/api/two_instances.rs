//! Several instances on one PostgreSQL (issue 15): two real processes with the same
//! master key on two ports. A session made on A works on B and a sign-out on A ends it on
//! B at once; a write on A is visible on B; and killing A with -9 while B is busy leaves
//! B with no 5xx.

use std::time::Duration;

use crate::accounts::csrf_of;
use crate::helpers::PostgresForBinary;
use crate::real_binary::{free_port, serve, sign_in_as_sanne, wait_until_healthy};

#[tokio::test]
async fn two_instances_share_sessions_and_data_and_one_dying_harms_the_other_not() {
    let Some(postgres) = PostgresForBinary::create().await else {
        return;
    };
    let env = postgres.env();
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (port_a, port_b) = (free_port(), free_port());
    let mut a = serve(dir_a.path(), port_a, true, &env);
    let (base_a, base_b) = (
        format!("http://127.0.0.1:{port_a}"),
        format!("http://127.0.0.1:{port_b}"),
    );
    assert!(
        wait_until_healthy(&base_a, 60).await,
        "A started (and seeded the demo)"
    );
    let _b = serve(dir_b.path(), port_b, false, &env);
    assert!(
        wait_until_healthy(&base_b, 60).await,
        "B started on the same database"
    );

    // Cookies belong to the host, not the port: one browser talks to both instances.
    let (browser, signed_in) = sign_in_as_sanne(&base_a).await;
    assert_eq!(signed_in.status(), 303, "signed in on A");
    let on_b = browser
        .get(format!("{base_b}/account"))
        .send()
        .await
        .unwrap();
    assert_eq!(on_b.status(), 200, "the session made on A works on B");

    // A write on A is visible on B.
    let form = browser
        .get(format!("{base_a}/account/requests/new"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let filed = browser
        .post(format!("{base_a}/account/requests/new"))
        .form(&[("csrf", csrf_of(&form).as_str()), ("kind", "access")])
        .send()
        .await
        .unwrap();
    assert_eq!(filed.status(), 303);
    let reference = filed.headers()["location"]
        .to_str()
        .unwrap()
        .split('/')
        .nth(3)
        .unwrap()
        .to_string();
    let seen = browser
        .get(format!("{base_b}/account/requests/{reference}"))
        .send()
        .await
        .unwrap();
    assert_eq!(seen.status(), 200, "B shows the request filed on A");

    // A second browser signs in on B and out on A: B refuses the session at once.
    let (other, signed_in) = sign_in_as_sanne(&base_b).await;
    assert_eq!(signed_in.status(), 303);
    let page = other
        .get(format!("{base_a}/account"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let out = other
        .post(format!("{base_a}/sign-out"))
        .form(&[("csrf", csrf_of(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 303, "signed out on A");
    let after = other.get(format!("{base_b}/account")).send().await.unwrap();
    assert_eq!(
        after.status(),
        303,
        "the sign-out on A ends the session on B"
    );

    // B stays well while A is killed in the middle of its work.
    let load: Vec<_> = (0..4)
        .map(|_| {
            let (browser, base_b) = (browser.clone(), base_b.clone());
            tokio::spawn(async move {
                let (mut answered, mut failed) = (0u32, 0u32);
                let until = std::time::Instant::now() + Duration::from_millis(1500);
                while std::time::Instant::now() < until {
                    match browser.get(format!("{base_b}/account")).send().await {
                        Ok(r) if r.status().is_server_error() => failed += 1,
                        Ok(_) => answered += 1,
                        Err(_) => failed += 1,
                    }
                }
                (answered, failed)
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;
    a.0.kill().unwrap();
    a.0.wait().unwrap();
    let (mut answered, mut failed) = (0, 0);
    for worker in load {
        let (ok, bad) = worker.await.unwrap();
        answered += ok;
        failed += bad;
    }
    eprintln!("B answered {answered} requests while A was killed, {failed} failed");
    assert!(answered > 20, "B was busy ({answered})");
    assert_eq!(failed, 0, "no 5xx or dropped request on B");
}
