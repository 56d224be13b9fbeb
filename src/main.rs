//! The `inzage` command: parses the command line and hands over to the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use inzage::config::Settings;
use inzage::startup::Application;
use inzage::{db, telemetry};

#[derive(Parser)]
#[command(name = "inzage", version, about = "Self-service privacy portal (GDPR / AVG)")]
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
    tracing::info!(database = store.backend().name(), "migrations are up to date");
    Ok(())
}
