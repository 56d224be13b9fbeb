//! A full disk never makes the portal claim success, and it recovers by itself when space
//! returns (issue 15). The real binary runs on the embedded default; a file-size limit set
//! on its process from outside (`prlimit`) makes every file write fail as a full disk
//! would, while reads go on. Each anonymous `GET /sign-in` stores a session, a durable
//! write on SQLite's single writer connection, so its status says whether writes work.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::real_binary::{
    KillOnDrop, at_sign_in, free_port, sign_in_as_sanne, sign_in_from, wait_until_healthy,
};

#[tokio::test]
async fn writes_fail_plainly_while_the_disk_is_full_and_recover_when_space_returns() {
    if Command::new("prlimit").arg("--version").output().is_err() {
        panic!("prlimit (util-linux) is needed for this test");
    }
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    // SIGXFSZ ignored (and still ignored after exec), so a write past the limit fails with
    // EFBIG instead of killing the process: what a full disk looks like to SQLite.
    let portal = Command::new("sh")
        .args(["-c", "trap '' XFSZ; exec \"$0\" serve --demo"])
        .arg(env!("CARGO_BIN_EXE_inzage"))
        .current_dir(dir.path())
        .env_clear()
        .env("INZAGE_HTTP__PORT", port.to_string())
        .env("INZAGE_LOG__FILTER", "warn")
        .env("INZAGE_RETENTION__INTERVAL_HOURS", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut portal = KillOnDrop(portal);
    // The log goes to standard output.
    let mut stdout = portal.0.stdout.take().unwrap();
    let log = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let pid = portal.0.id().to_string();
    let base = format!("http://127.0.0.1:{port}");
    let health = format!("{base}/health");
    let client = reqwest::Client::new();

    assert!(wait_until_healthy(&base, 30).await, "the portal started");
    // A new browser signing in each time: the attempt and the new session are stored.
    // (Showing the sign-in form stores nothing since the form token moved to a cookie.)
    let write = || async {
        let (browser, page) = at_sign_in(&base).await;
        sign_in_from(&browser, &base, &page).await.status().as_u16()
    };
    assert_eq!(write().await, 303, "writes work before the disk fills");

    let limit = |soft: &str| {
        let done = Command::new("prlimit")
            .args(["--pid", &pid, &format!("--fsize={soft}:unlimited")])
            .status()
            .unwrap();
        assert!(done.success(), "prlimit --fsize={soft}");
    };
    // The demo customer, signed in with the new-request form open, before the disk fills.
    let (customer, signed_in) = sign_in_as_sanne(&base).await;
    assert_eq!(signed_in.status(), 303);
    let new_request = format!("{base}/account/requests/new");
    let form = customer
        .get(&new_request)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = crate::accounts::csrf_of(&form);
    // Another visitor with the sign-in form open, to sign in once the disk is full.
    let (visitor, sign_in_page) = at_sign_in(&base).await;

    limit("0");
    let filed = customer
        .post(&new_request)
        .form(&[("csrf", token.as_str()), ("kind", "access")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        filed.status(),
        503,
        "a write the database cannot store is a 503"
    );
    let page = filed.text().await.unwrap();
    assert!(says_nothing_was_saved(&page), "{page}");
    // Signing in writes (the attempt, then the session): nothing is stored, and the answer
    // says so in the same way.
    let sign_in = sign_in_from(&visitor, &base, &sign_in_page).await;
    assert_eq!(sign_in.status(), 503, "a sign-in that cannot be stored");
    assert!(sign_in.headers().get("set-cookie").is_none(), "no session");
    assert_eq!(sign_in.headers()["x-content-type-options"], "nosniff");
    assert!(sign_in.headers().contains_key("content-security-policy"));
    let page = sign_in.text().await.unwrap();
    assert!(says_nothing_was_saved(&page), "{page}");
    let mut refused = 0;
    for _ in 0..20 {
        let status = write().await;
        assert_ne!(
            status, 303,
            "a write that could not be made is never answered as made"
        );
        refused += u32::from(status >= 500);
    }
    assert_eq!(
        refused, 20,
        "every write failed with a 5xx while the disk was full"
    );
    let read = client.get(format!("{base}/contact")).send().await.unwrap();
    assert_eq!(read.status(), 200, "pages that only read keep working");

    limit("unlimited");
    let back = Instant::now();
    let mut recovered = false;
    while back.elapsed() < Duration::from_secs(10) {
        if write().await == 303 {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        recovered,
        "writes work again within 10 s of space returning (by itself, no restart)"
    );
    for _ in 0..20 {
        assert_eq!(write().await, 303, "and keep working");
    }
    let health = client.get(&health).send().await.unwrap();
    assert_eq!(health.status(), 200, "/health says ok again");

    drop(portal);
    let log = log.join().unwrap();
    assert!(
        log.contains("request failed"),
        "the log was captured: {log}"
    );
    assert!(
        !log.contains("non-zero transaction depth"),
        "the writer connection is never reused in a broken state: {log}"
    );
}

/// The 503 page for a write the database could not store, in Dutch.
fn says_nothing_was_saved(page: &str) -> bool {
    page.contains("Wij kunnen nu niets opslaan") && page.contains("is niet opgeslagen")
}
