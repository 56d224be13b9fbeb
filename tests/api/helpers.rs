//! Starts a real portal on port 0 against a fresh database, and a cookie-keeping client.
//!
//! SQLite: a new file in a temporary directory per test.
//! PostgreSQL: a new database per test on the server named by `TEST_POSTGRES_URL`
//! (for example `postgres://postgres@127.0.0.1:5432/postgres`), dropped afterwards.

use std::sync::Arc;

use inzage::config::Settings;
use inzage::crypto::MasterKey;
use inzage::db::{self, Backend, Store};
use inzage::startup::{Application, open_vault};
use inzage::vault::Vault;
use secrecy::{ExposeSecret, SecretString};
use sqlx::Connection;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub store: Arc<dyn Store>,
    /// A vault on the same database and keys as the running app.
    pub vault: Vault,
    pub settings: Settings,
    /// The app's clock: `clock.advance(..)` moves the portal's time forward.
    pub clock: inzage::clock::Clock,
    _data_dir: tempfile::TempDir,
    _postgres: Option<PostgresDatabase>,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    /// GET with an `Accept-Language` header.
    pub async fn get_in(&self, path: &str, accept_language: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .header("Accept-Language", accept_language)
            .send()
            .await
            .expect("request")
    }

    pub fn backend(&self) -> Backend {
        self.store.backend()
    }

    /// A direct connection to the database, bypassing the app: for tampering and for
    /// looking at what is really on disk.
    pub async fn raw(&self) -> Raw {
        let url = self.settings.database_url().expose_secret().to_string();
        match self.backend() {
            Backend::Sqlite => Raw::Sqlite(sqlx::SqliteConnection::connect(&url).await.unwrap()),
            Backend::Postgres => Raw::Postgres(sqlx::PgConnection::connect(&url).await.unwrap()),
        }
    }

    /// The SQLite database file (only for the SQLite backend).
    pub fn sqlite_file(&self) -> std::path::PathBuf {
        self.settings.data_dir.join("inzage.db")
    }
}

/// A raw connection of either kind.
pub enum Raw {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

impl Raw {
    pub async fn execute(&mut self, sql: &str) -> u64 {
        match self {
            Raw::Sqlite(c) => sqlx::query(sql).execute(c).await.unwrap().rows_affected(),
            Raw::Postgres(c) => sqlx::query(sql).execute(c).await.unwrap().rows_affected(),
        }
    }

    /// The single number a `SELECT COUNT(*) ...` returns.
    pub async fn count(&mut self, sql: &str) -> i64 {
        match self {
            Raw::Sqlite(c) => sqlx::query_scalar(sql).fetch_one(c).await.unwrap(),
            Raw::Postgres(c) => sqlx::query_scalar(sql).fetch_one(c).await.unwrap(),
        }
    }

    /// Every row of `table` as text: PostgreSQL's JSON rendering, or SQLite's `quote()`
    /// of each column (which shows blobs as hex, as a disk search would not).
    pub async fn dump(&mut self, table: &str) -> Vec<String> {
        match self {
            Raw::Postgres(c) => {
                sqlx::query_scalar(&format!("SELECT row_to_json(t)::text FROM {table} t"))
                    .fetch_all(c)
                    .await
                    .unwrap()
            }
            Raw::Sqlite(c) => {
                let columns: Vec<String> =
                    sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{table}')"))
                        .fetch_all(&mut *c)
                        .await
                        .unwrap();
                let expr = columns
                    .iter()
                    .map(|col| format!("quote({col})"))
                    .collect::<Vec<_>>()
                    .join(" || ',' || ");
                sqlx::query_scalar(&format!("SELECT {expr} FROM {table}"))
                    .fetch_all(c)
                    .await
                    .unwrap()
            }
        }
    }
}

/// The PostgreSQL server for tests, if any. In CI it must be there.
pub fn postgres_admin_url() -> Option<String> {
    match std::env::var("TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var_os("CI").is_some() => {
            panic!("TEST_POSTGRES_URL must be set in CI: the suite runs on both databases")
        }
        _ => None,
    }
}

/// Starts the app; `None` only for PostgreSQL outside CI when no server is configured.
pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, |_| {}).await
}

pub async fn spawn_app_with(
    backend: Backend,
    adjust: impl FnOnce(&mut Settings),
) -> Option<TestApp> {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut settings = Settings {
        data_dir: data_dir.path().to_path_buf(),
        ..Default::default()
    };
    settings.http.port = 0;
    settings.log.filter = "warn".into();
    let postgres = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some(PostgresDatabase::create(&postgres_admin_url()?).await),
    };
    if let Some(pg) = &postgres {
        settings.database.url = Some(SecretString::from(pg.url.clone()));
        // Instances on PostgreSQL never create a key file; they are given the key.
        settings.master_key = Some(MasterKey::generate().to_base64());
    }
    adjust(&mut settings);
    inzage::telemetry::init(&settings.log);

    let store = db::connect(&settings.database_url(), Some(4))
        .await
        .expect("connect");
    store.migrate().await.expect("migrate");
    let app = Application::build_with_store(settings.clone(), store.clone())
        .await
        .expect("build app");
    let vault = open_vault(&settings, store.clone()).await.expect("vault");
    let address = format!("http://127.0.0.1:{}", app.port());
    let clock = app.clock();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("client");
    Some(TestApp {
        address,
        client,
        store,
        vault,
        settings,
        clock,
        _data_dir: data_dir,
        _postgres: postgres,
    })
}

/// A database of its own for one test, dropped (with its connections) when the test ends.
pub(crate) struct PostgresDatabase {
    admin_url: String,
    name: String,
    pub(crate) url: String,
}

impl PostgresDatabase {
    pub(crate) async fn create(admin_url: &str) -> Self {
        let name = format!("inzage_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin = sqlx::PgConnection::connect(admin_url)
            .await
            .expect("connect to TEST_POSTGRES_URL");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .expect("create test database");
        let mut url = url::Url::parse(admin_url).expect("TEST_POSTGRES_URL is a URL");
        url.set_path(&name);
        Self {
            admin_url: admin_url.to_string(),
            name,
            url: url.to_string(),
        }
    }
}

impl Drop for PostgresDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop runs inside the test's runtime, which cannot block; use a thread of its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async {
                if let Ok(mut admin) = sqlx::PgConnection::connect(&admin_url).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut admin)
                        .await;
                }
            });
        })
        .join();
    }
}

/// For a test that runs the real binary on PostgreSQL: a database of its own and a master
/// key, as every instance on it is given.
pub(crate) struct PostgresForBinary {
    pub(crate) database: PostgresDatabase,
    pub(crate) key: String,
}

impl PostgresForBinary {
    /// `None` (with a note) when no server is configured outside CI.
    pub(crate) async fn create() -> Option<Self> {
        let Some(admin) = postgres_admin_url() else {
            eprintln!("not run: TEST_POSTGRES_URL is not set");
            return None;
        };
        Some(Self {
            database: PostgresDatabase::create(&admin).await,
            key: MasterKey::generate()
                .to_base64()
                .expose_secret()
                .to_string(),
        })
    }

    /// The environment that points an instance at the database with the key.
    pub(crate) fn env(&self) -> [(&'static str, &str); 2] {
        [
            ("INZAGE_DATABASE__URL", self.database.url.as_str()),
            ("INZAGE_MASTER_KEY", self.key.as_str()),
        ]
    }
}

/// Writes each test once and runs it on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($(async fn $name:ident($app:ident: TestApp) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                use $crate::helpers::{TestApp, spawn_app};

                async fn run($app: TestApp) $body

                #[tokio::test]
                async fn sqlite() {
                    run(spawn_app(inzage::db::Backend::Sqlite).await.expect("sqlite app")).await
                }

                #[tokio::test]
                async fn postgres() {
                    match spawn_app(inzage::db::Backend::Postgres).await {
                        Some(app) => run(app).await,
                        None => eprintln!("not run: TEST_POSTGRES_URL is not set"),
                    }
                }
            }
        )*
    };
}
