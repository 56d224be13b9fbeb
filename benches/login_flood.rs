//! Budget B3: 500 concurrent clients signing in with wrong passwords, again and again, for
//! five seconds. Meanwhile a signed-in page and /health keep being measured. Reports the page's p50/p99 during
//! the flood, how the flood was answered (400 wrong password / 429 throttled / 503 busy) and
//! how fast the refusals came, and the process's peak RSS.
//! Run with `bash benches/run.sh`, which writes the table to benches/BENCHMARKS.md.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use inzage::config::Settings;
use inzage::startup::{Application, open_vault};

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

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let mut settings = Settings {
        data_dir: dir.path().to_path_buf(),
        ..Default::default()
    };
    settings.http.port = 0;
    settings.log.filter = "error".into();
    let store = inzage::db::connect(&settings.database_url(), None).await?;
    store.migrate().await?;
    let vault = open_vault(&settings, store.clone()).await?;
    let passwords = inzage::auth::password::Passwords::new(1);
    inzage::seed::seed_demo(&vault, &passwords, time::OffsetDateTime::now_utc()).await?;
    let app = Application::build_with_store(settings, store).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());

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
        "| B3 login flood, {FLOOD} concurrent clients with wrong passwords for {}s (SQLite) | signed-in page during the flood: p50 {:.1} ms, p99 {:.1} ms over {} requests; /health failures: {health_failures} | answers: {} wrong password (400), {} throttled (429), {} busy (503); refusals p99 {:.1} ms; flood took {flood_seconds:.1} s | peak RSS {:.0} MiB (server and load generator in one process) |",
        FLOOD_FOR.as_secs(),
        percentile(&page, 0.5),
        percentile(&page, 0.99),
        page.len(),
        count(400),
        count(429),
        count(503),
        percentile(&refusals, 0.99),
        peak_rss_mib(),
    );
    Ok(())
}
