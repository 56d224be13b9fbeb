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

/// `inzage serve` (with `--demo` when asked) in `dir` on `port`, quiet, with no retention
/// runs, and `env` on top: the portal as an operator starts it.
pub fn serve(dir: &std::path::Path, port: u16, demo: bool, env: &[(&str, &str)]) -> KillOnDrop {
    KillOnDrop(serve_command(dir, port, demo, env).spawn().unwrap())
}

/// The command `serve` runs, for a test that changes it further (its log, for one).
pub fn serve_command(
    dir: &std::path::Path,
    port: u16,
    demo: bool,
    env: &[(&str, &str)],
) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_inzage"));
    command.arg("serve");
    if demo {
        command.arg("--demo");
    }
    command
        .current_dir(dir)
        .env_clear()
        .env("INZAGE_HTTP__PORT", port.to_string())
        .env("INZAGE_LOG__FILTER", "error")
        .env("INZAGE_RETENTION__INTERVAL_HOURS", "0")
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    command
}

/// A cookie-keeping client signed in as the demo customer Sanne de Vries at `base`; the
/// answer to the sign-in POST.
pub async fn sign_in_as_sanne(base: &str) -> (reqwest::Client, reqwest::Response) {
    let (client, page) = at_sign_in(base).await;
    let answer = sign_in_from(&client, base, &page).await;
    (client, answer)
}

/// A cookie-keeping client that follows no redirects, with the sign-in page it was given.
pub async fn at_sign_in(base: &str) -> (reqwest::Client, String) {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
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
    (client, page)
}

/// Sends the sign-in form of `page` as Sanne de Vries; the answer.
pub async fn sign_in_from(client: &reqwest::Client, base: &str, page: &str) -> reqwest::Response {
    client
        .post(format!("{base}/sign-in"))
        .form(&[
            ("csrf", crate::accounts::csrf_of(page).as_str()),
            ("email", "sanne.devries@example.nl"),
            ("password", inzage::seed::DEMO_PASSWORD),
        ])
        .send()
        .await
        .unwrap()
}
