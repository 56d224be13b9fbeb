//! Budget B3: 500 concurrent clients signing in with wrong passwords, again and again, for
//! five seconds, against the release binary (`inzage serve`) in a process of its own.
//! Meanwhile a signed-in page and /health keep being measured. Reports the page's p50/p99
//! during the flood, how the flood was answered (400 wrong password / 429 throttled / 503
//! busy) and how fast the refusals came, and the server's peak RSS. The load generator
//! runs on the same 2 cores, so it competes with the server for CPU.
//! Run with `bash benches/run.sh`, which writes the table to benches/BENCHMARKS.md.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use std::process::{Child, Command, Stdio};

const FLOOD: usize = 500;
const FLOOD_FOR: Duration = Duration::from_secs(5);

fn csrf_of(html: &str) -> String {
    let marker = r#"name="csrf" value=""#;
    let start = html.find(marker).expect("a CSRF token") + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn sign_in(
    base: &str,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> (u16, Duration) {
    let html = client
        .get(format!("{base}/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf_of(&html);
    let started = Instant::now();
    let response = client
        .post(format!("{base}/sign-in"))
        .form(&[
            ("csrf", token.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), started.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

/// The peak resident memory of process `pid`, in MiB.
fn peak_rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// The release binary with a fresh data directory and the demo customers; stopped on drop.
struct Server {
    child: Child,
    base: String,
    _data: tempfile::TempDir,
}

impl Server {
    fn command(data: &std::path::Path, port: u16) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_inzage"));
        command
            .env("INZAGE_DATA_DIR", data)
            .env("INZAGE_HTTP__PORT", port.to_string())
            .env("INZAGE_LOG__FILTER", "error")
            .env("INZAGE_RETENTION__INTERVAL_HOURS", "0")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    async fn start() -> anyhow::Result<Server> {
        let data = tempfile::tempdir()?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let seeded = Self::command(data.path(), port).arg("seed-demo").status()?;
        anyhow::ensure!(seeded.success(), "seed-demo failed");
        let child = Self::command(data.path(), port).arg("serve").spawn()?;
        let base = format!("http://127.0.0.1:{port}");
        for _ in 0..100 {
            if reqwest::get(format!("{base}/health")).await.is_ok() {
                return Ok(Server {
                    child,
                    base,
                    _data: data,
                });
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        anyhow::bail!("the server did not answer /health")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let server = Server::start().await?;
    let base = server.base.clone();

    let demo = &inzage::seed::DEMO_CUSTOMERS[0];
    let watcher = client();
    let (status, _) = sign_in(&base, &watcher, demo.email, inzage::seed::DEMO_PASSWORD).await;
    assert_eq!(status, 303, "the watcher signs in");

    // Measure the signed-in page while the flood runs.
    let flooding = Arc::new(AtomicBool::new(true));
    let probe = {
        let (flooding, watcher, base) = (flooding.clone(), watcher.clone(), base.clone());
        tokio::spawn(async move {
            let mut page = Vec::new();
            let mut health_failures = 0;
            while flooding.load(Ordering::Relaxed) {
                let started = Instant::now();
                let response = watcher.get(format!("{base}/account")).send().await.unwrap();
                assert_eq!(response.status(), 200);
                response.bytes().await.unwrap();
                page.push(started.elapsed());
                if !watcher
                    .get(format!("{base}/health"))
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .is_success()
                {
                    health_failures += 1;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            (page, health_failures)
        })
    };

    let started = Instant::now();
    let flood: Vec<_> = (0..FLOOD)
        .map(|n| {
            let base = base.clone();
            tokio::spawn(async move {
                let (client, email) = (client(), format!("attacker{n}@example.nl"));
                let mut answers = Vec::new();
                while started.elapsed() < FLOOD_FOR {
                    answers.push(sign_in(&base, &client, &email, "not the password").await);
                }
                answers
            })
        })
        .collect();
    let mut answers = Vec::new();
    for attempts in flood {
        answers.extend(attempts.await?);
    }
    let flood_seconds = started.elapsed().as_secs_f64();
    flooding.store(false, Ordering::Relaxed);
    let (mut page, health_failures) = probe.await?;
    page.sort();
    let count = |code: u16| answers.iter().filter(|(s, _)| *s == code).count();
    let mut refusals: Vec<Duration> = answers
        .iter()
        .filter(|(s, _)| *s == 429 || *s == 503)
        .map(|(_, d)| *d)
        .collect();
    refusals.sort();

    println!(
        "| B3 login flood, {FLOOD} concurrent clients with wrong passwords for {}s (SQLite) | signed-in page during the flood: p50 {:.1} ms, p99 {:.1} ms over {} requests; /health failures: {health_failures} | answers: {} wrong password (400), {} throttled (429), {} busy (503); refusals p99 {:.1} ms; flood took {flood_seconds:.1} s | server peak RSS {:.0} MiB (its own process) |",
        FLOOD_FOR.as_secs(),
        percentile(&page, 0.5),
        percentile(&page, 0.99),
        page.len(),
        count(400),
        count(429),
        count(503),
        percentile(&refusals, 0.99),
        peak_rss_mib(server.child.id()),
    );
    Ok(())
}
