//! The `inzage` command: parses the command line and hands over to the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use inzage::audit::verify::{Verdict, verify};
use inzage::config::Settings;
use inzage::startup::{Application, open_vault};
use inzage::{db, seed, telemetry};

#[derive(Parser)]
#[command(
    name = "inzage",
    version,
    about = "Self-service privacy portal (GDPR / AVG)"
)]
struct Cli {
    /// A TOML configuration file (default: ./inzage.toml when present).
    #[arg(long, global = true, env = "INZAGE_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the portal (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Add the demo customers from the README (again: only those that are missing).
    SeedDemo {
        /// Instead, generate this many customers (for benchmarks), in batches.
        #[arg(long)]
        customers: Option<u64>,
        /// Contact moments per generated customer.
        #[arg(long, default_value_t = 10, requires = "customers")]
        contacts: u32,
    },
    /// Work with the audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute the hash chain; exit 1 if a record was changed, removed or reordered.
    Verify,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("inzage: {error}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(&settings.log);
    let outcome = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings).await,
        Command::Migrate => migrate(settings).await,
        Command::SeedDemo {
            customers,
            contacts,
        } => seed_demo(settings, customers, contacts).await,
        Command::Audit {
            command: AuditCommand::Verify,
        } => audit_verify(settings).await,
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line with the cause chain; the chain never holds personal data.
            eprintln!("inzage: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let app = Application::build(settings).await?;
    app.run_until_stopped().await?;
    Ok(())
}

async fn migrate(settings: Settings) -> anyhow::Result<()> {
    let store = db::connect(&settings.database_url(), settings.database.max_connections).await?;
    store.migrate().await?;
    store.close().await;
    tracing::info!(
        database = store.backend().name(),
        "migrations are up to date"
    );
    Ok(())
}

async fn seed_demo(
    settings: Settings,
    customers: Option<u64>,
    contacts: u32,
) -> anyhow::Result<()> {
    let store = db::connect(&settings.database_url(), settings.database.max_connections).await?;
    store.migrate().await?;
    let vault = open_vault(&settings, store.clone()).await?;
    let now = time::OffsetDateTime::now_utc();
    match customers {
        Some(count) => seed::seed_bulk(&vault, count, contacts, now).await?,
        None => {
            let added = seed::seed_demo(&vault, now).await?;
            println!(
                "seed-demo: {added} demo customers added ({} exist)",
                seed::DEMO_CUSTOMERS.len()
            );
        }
    }
    store.close().await;
    Ok(())
}

async fn audit_verify(settings: Settings) -> anyhow::Result<()> {
    let store = db::connect(&settings.database_url(), settings.database.max_connections).await?;
    let verdict = verify(store.as_ref()).await?;
    store.close().await;
    match verdict {
        Verdict::Intact { records } => {
            println!("audit verify: intact, {records} records");
            Ok(())
        }
        Verdict::Broken { seq, problem } => {
            anyhow::bail!("audit verify: the chain breaks at record {seq}: {problem}")
        }
    }
}
