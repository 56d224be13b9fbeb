//! Builds the application: database, middleware, routes, and a bound listener.
//! `main` and the tests use the same builder; the tests bind port 0.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpResponse, HttpServer, web};
use anyhow::Context;
use tracing_actix_web::TracingLogger;

use crate::audit::AuditWriter;
use crate::config::Settings;
use crate::crypto::{Keyring, MasterKey};
use crate::db::{self, Store};
use crate::http::{body_limit, error_pages, security_headers};
use crate::privacy::register::Register;
use crate::routes;
use crate::state::AppState;
use crate::telemetry::RequestSpan;
use crate::vault::Vault;

/// A running portal, bound to its port but not yet serving until awaited.
pub struct Application {
    port: u16,
    server: Server,
    store: Arc<dyn Store>,
    clock: crate::clock::Clock,
}

impl Application {
    /// Opens and migrates the database, then binds `http.host:http.port`.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let store = db::connect(&settings.database_url(), settings.database.max_connections)
            .await
            .context("could not open the database")?;
        store.migrate().await?;
        Self::build_with_store(settings, store).await
    }

    /// Loads the keys for an already opened and migrated store, then binds the listener.
    pub async fn build_with_store(
        settings: Settings,
        store: Arc<dyn Store>,
    ) -> anyhow::Result<Self> {
        let register = Arc::new(Register::embedded()?);
        let vault = open_vault(&settings, store.clone()).await?;
        let session_limits = crate::auth::sessions::Limits {
            idle: actix_web::cookie::time::Duration::minutes(settings.sessions.idle_minutes.into()),
            absolute: actix_web::cookie::time::Duration::hours(
                settings.sessions.absolute_hours.into(),
            ),
        };
        let cookie_key = vault.keys.blind_index.derive("session-cookie");
        let kept_form_key = crate::auth::kept_form::key(&vault.keys);
        // The purpose text is not a message id (the locale test reads dashed literals).
        let form_token_key = vault.keys.blind_index.derive("signed out csrf");
        let clock = crate::clock::Clock::default();
        if let Some(interval) = settings.retention.interval() {
            crate::retention::start_schedule(store.clone(), register.clone(), interval);
        }
        let address = (settings.http.host, settings.http.port);
        let listener = TcpListener::bind(address)
            .with_context(|| format!("could not listen on {}:{}", address.0, address.1))?;
        let port = listener.local_addr()?.port();
        let state = web::Data::new(AppState {
            store: store.clone(),
            vault,
            register,
            accessibility_report: settings.accessibility_report.clone(),
            session_limits,
            reauthenticate_within: time::Duration::minutes(
                settings.sessions.reauthenticate_minutes.into(),
            ),
            passwords: crate::auth::password::Passwords::new(
                std::thread::available_parallelism().map_or(2, |n| n.get()),
            ),
            mailer: crate::email::Mailer::from_settings(&settings)?,
            trusted_proxies: settings.http.trusted_proxies.clone(),
            account_throttle: crate::auth::throttle::Policy::per_account(time::Duration::seconds(
                settings.sessions.throttle_base_seconds.into(),
            )),
            address_throttle: crate::auth::throttle::Policy::per_address(time::Duration::seconds(
                settings.sessions.throttle_base_seconds.into(),
            )),
            known_waits: Default::default(),
            public_base: match &settings.http.public_url {
                Some(url) => url.as_str().trim_end_matches('/').to_string(),
                None => format!("http://{}:{port}", settings.http.host),
            },
            organisation: Arc::new(settings.organisation.clone()),
            max_body_bytes: settings.http.max_body_bytes,
            backup_days: settings.retention.backup_days,
            clock: clock.clone(),
            kept_form_key,
            notice_sender: crate::staff::notice_sender::Wake::default(),
        });
        crate::staff::notice_sender::NoticeSender {
            vault: state.vault.clone(),
            mailer: state.mailer.clone(),
            organisation: state.organisation.clone(),
            public_base: state.public_base.clone(),
        }
        .start(state.notice_sender.clone());
        let tls = settings.served_over_tls();
        let limit = settings.http.max_body_bytes;
        let session_store = store.clone();
        let session_clock = clock.clone();
        let form_tokens = web::Data::new(crate::auth::form_token::FormTokens::new(
            form_token_key,
            clock.clone(),
        ));
        let freshness = web::Data::new(crate::auth::sessions::Freshness {
            limits: session_limits,
            clock: clock.clone(),
        });
        let server = HttpServer::new(move || {
            // `wrap` order: the last one added runs first on the way in.
            App::new()
                .app_data(state.clone())
                .app_data(freshness.clone())
                .app_data(form_tokens.clone())
                .app_data(web::FormConfig::default().limit(limit))
                .app_data(web::PayloadConfig::new(limit))
                .configure(routes::configure)
                .default_service(web::to(HttpResponse::NotFound))
                .wrap(from_fn(crate::http::signed_in_areas::signed_in_areas))
                .wrap(crate::auth::sessions::middleware(
                    session_store.clone(),
                    &cookie_key,
                    session_limits,
                    session_clock.clone(),
                ))
                .wrap(from_fn(crate::auth::form_token::set_cookie))
                .wrap(from_fn(body_limit::reject_oversized_bodies))
                .wrap(error_pages::error_pages())
                .wrap(security_headers::security_headers(tls))
                .wrap(Compress::default())
                .wrap(TracingLogger::<RequestSpan>::new())
        })
        .listen(listener)?
        .run();
        tracing::info!(
            port,
            database = store.backend().name(),
            "inzage is listening on {}:{}",
            settings.http.host,
            port
        );
        if !settings.http.host.is_loopback() && !settings.served_over_tls() {
            // The session and language cookies are `Secure`: a browser drops them over
            // plain http anywhere but on localhost, and sign-in would fail without a word.
            tracing::warn!(
                "http.public_url is not https:// while listening beyond loopback: browsers \
                 will not keep the sign-in cookie over plain http. Put TLS in front and set \
                 http.public_url to the https:// address customers use"
            );
        }
        Ok(Self {
            port,
            server,
            store,
            clock,
        })
    }

    /// The portal's clock; the tests move it forward to expire sessions and links.
    pub fn clock(&self) -> crate::clock::Clock {
        self.clock.clone()
    }

    /// The port actually bound (useful when 0 was asked for).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until SIGINT/SIGTERM: in-flight requests finish, then the pool closes.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let result = self.server.await;
        self.store.close().await;
        result
    }
}

/// The master key, the keyring it unlocks, and the audit writer: what the vault needs.
/// Used by the server and by the command-line jobs alike.
pub async fn open_vault(settings: &Settings, store: Arc<dyn Store>) -> anyhow::Result<Vault> {
    let master = MasterKey::load(crate::crypto::MasterKeySource::from_settings(settings))?;
    let keys = Keyring::open(store.as_ref(), master).await?;
    let audit = AuditWriter::start(store.clone());
    Ok(Vault::new(store, Arc::new(keys), audit))
}
