//! The retention job never runs on two instances at once (issue 15): two real processes
//! on one PostgreSQL, both running retention every quarter of a second. The test holds a
//! lock on the table the run purges first, so a run that starts stays in progress. Then
//! exactly one run waits on that lock, and the other instance is told, tick after tick,
//! that the lease is taken. Without the lease both would wait on the lock. When the lock
//! goes, the run ends and gives the lease back: both instances run again.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sqlx::Connection;

use crate::helpers::PostgresForBinary;
use crate::real_binary::{KillOnDrop, free_port, serve_command, wait_until_healthy};

/// A retention run every 0.25 s (the setting is in hours).
const INTERVAL_HOURS: &str = "0.0000694";
const REFUSED: &str = "another instance holds the lease";
const FINISHED: &str = "retention run finished";

/// An instance whose log lines (on its standard output) the test can count.
struct Instance {
    _process: KillOnDrop,
    log: Arc<Mutex<Vec<String>>>,
}

impl Instance {
    fn start(dir: &std::path::Path, port: u16, env: &[(&str, &str)]) -> Self {
        let mut command = serve_command(dir, port, false, env);
        command.stdout(Stdio::piped());
        let mut process = KillOnDrop(command.spawn().unwrap());
        let stdout = process.0.stdout.take().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let lines = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                lines.lock().unwrap().push(line);
            }
        });
        Self {
            _process: process,
            log,
        }
    }

    fn count(&self, needle: &str) -> usize {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|line| line.contains(needle))
            .count()
    }
}

/// Backends of this database waiting for the lock on `contact_moments`.
async fn waiting(watcher: &mut sqlx::PgConnection) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database \
         WHERE d.datname = current_database() AND NOT l.granted \
         AND l.relation = 'contact_moments'::regclass",
    )
    .fetch_one(watcher)
    .await
    .unwrap()
}

#[tokio::test]
async fn two_instances_never_run_retention_at_once() {
    let Some(postgres) = PostgresForBinary::create().await else {
        return;
    };
    let database = &postgres.database;
    let [url, key] = postgres.env();
    let env = [
        url,
        key,
        ("INZAGE_RETENTION__INTERVAL_HOURS", INTERVAL_HOURS),
        ("INZAGE_LOG__FILTER", "inzage=info,error"),
    ];
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (port_a, port_b) = (free_port(), free_port());
    let a = Instance::start(dir_a.path(), port_a, &env);
    assert!(
        wait_until_healthy(&format!("http://127.0.0.1:{port_a}"), 60).await,
        "A started: {:?}",
        a.log.lock().unwrap()
    );
    let b = Instance::start(dir_b.path(), port_b, &env);
    assert!(
        wait_until_healthy(&format!("http://127.0.0.1:{port_b}"), 60).await,
        "B started: {:?}",
        b.log.lock().unwrap()
    );
    let instances = [&a, &b];

    // Hold every run that starts from here inside its first purge.
    let mut holder = sqlx::PgConnection::connect(&database.url).await.unwrap();
    let mut watcher = sqlx::PgConnection::connect(&database.url).await.unwrap();
    let mut lock = holder.begin().await.unwrap();
    sqlx::query("LOCK TABLE contact_moments IN SHARE MODE")
        .execute(&mut *lock)
        .await
        .unwrap();
    let until = Instant::now() + Duration::from_secs(5);
    while waiting(&mut watcher).await == 0 {
        assert!(Instant::now() < until, "a retention run started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let refused_before = instances.map(|i| i.count(REFUSED));
    let mut most = 0;
    let watch = Instant::now();
    while watch.elapsed() < Duration::from_secs(2) {
        most = most.max(waiting(&mut watcher).await);
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let refused = [0, 1].map(|i| instances[i].count(REFUSED) - refused_before[i]);
    eprintln!("while one run was held: {most} run(s) in progress at most, refusals {refused:?}");
    assert_eq!(most, 1, "only one instance runs retention at a time");
    assert!(
        refused.contains(&0) && refused.iter().any(|&n| n >= 4),
        "the instance whose run is held stays in it; the other is refused each tick ({refused:?})"
    );

    // The held run ends and gives the lease back: both instances run again.
    let runs_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM retention_runs")
        .fetch_one(&mut watcher)
        .await
        .unwrap();
    let finished_before = instances.map(|i| i.count(FINISHED));
    lock.commit().await.unwrap();
    let until = Instant::now() + Duration::from_secs(10);
    while (0..2).any(|i| instances[i].count(FINISHED) <= finished_before[i]) {
        assert!(
            Instant::now() < until,
            "both instances ran retention again once the held run ended"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let runs_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM retention_runs")
        .fetch_one(&mut watcher)
        .await
        .unwrap();
    assert!(runs_after >= runs_before + 2, "each run left its report");
    assert_eq!(waiting(&mut watcher).await, 0);
}
