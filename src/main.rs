//! The `inzage` command: parses the command line and hands over to the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use inzage::audit::verify::{Verdict, verify_and_record};
use inzage::config::Settings;
use inzage::crypto::{MasterKey, MasterKeySource, rotation};
use inzage::privacy::register::Register;
use inzage::startup::{Application, open_vault};
use inzage::{db, retention, seed, telemetry};

/// A page view makes thousands of small allocations (strings, rows, the HTML). glibc's
/// allocator took about a quarter of the CPU of "my data" in issue 14's profile
/// (`_int_malloc`, `_int_free`, `malloc_consolidate`); mimalloc keeps per-thread free
/// lists, so most allocations take no lock. See benches/README.md for the figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    Serve {
        /// Add the README's demo customers first (only those that are missing).
        #[arg(long)]
        demo: bool,
    },
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
        /// Date the generated history this many years back, so that retention has work
        /// (benchmark B5: records past their period).
        #[arg(long, default_value_t = 0, requires = "customers")]
        years_ago: u32,
    },
    /// Re-wrap every data key under a new master key (stop the portal first). Resumable.
    RotateKey {
        /// The new key's file; created (mode 0600) when missing. Default for the embedded
        /// setup: `<data_dir>/master.key.next`, moved over `master.key` when done.
        #[arg(long)]
        new_key_file: Option<PathBuf>,
        /// Only check that every key unwraps with the current master key.
        #[arg(long)]
        check: bool,
    },
    /// Apply the retention periods of the processing register: delete what has expired.
    Purge {
        /// Only count, per category, what would be deleted.
        #[arg(long)]
        dry_run: bool,
    },
    /// Add a staff member and print their one-time activation link (valid for 72 hours).
    CreateStaff {
        /// agent, privacy_officer or administrator.
        #[arg(long)]
        role: String,
        #[arg(long)]
        email: String,
    },
    /// Write a consistent copy of the database to a new file while the portal runs. It
    /// holds sealed data only: keep the master key apart, without it the copy is useless.
    Backup {
        #[arg(long)]
        to: PathBuf,
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
    let outcome = match cli.command.unwrap_or(Command::Serve { demo: false }) {
        Command::Serve { demo } => serve(settings, demo).await,
        Command::Migrate => migrate(settings).await,
        Command::SeedDemo {
            customers,
            contacts,
            years_ago,
        } => seed_demo(settings, customers, contacts, years_ago).await,
        Command::Audit {
            command: AuditCommand::Verify,
        } => audit_verify(settings).await,
        Command::Purge { dry_run } => purge(settings, dry_run).await,
        Command::Backup { to } => backup(settings, &to).await,
        Command::CreateStaff { role, email } => create_staff(settings, &role, &email).await,
        Command::RotateKey {
            new_key_file,
            check,
        } => rotate_key(settings, new_key_file, check).await,
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

async fn backup(settings: Settings, to: &std::path::Path) -> anyhow::Result<()> {
    let store = db::connect(&settings.database_url(), settings.database.max_connections).await?;
    let done = store.backup_to(to).await;
    store.close().await;
    done?;
    println!(
        "backup: written to {}; it holds no key: keep the master key apart from it",
        to.display()
    );
    Ok(())
}

async fn serve(settings: Settings, demo: bool) -> anyhow::Result<()> {
    if demo {
        seed_demo(settings.clone(), None, 0, 0).await?;
    }
    let app = Application::build(settings).await?;
    // Starting up hashes one dummy password (19 MiB for Argon2). mimalloc kept that block
    // (idle RSS 42 MiB, measured); giving it back now keeps the idle footprint (B7) at
    // about 23 MiB, where it was with glibc.
    // SAFETY: mi_collect only returns free memory to the OS; it takes no pointers.
    unsafe { libmimalloc_sys::mi_collect(true) };
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
    years_ago: u32,
) -> anyhow::Result<()> {
    let store = db::connect(&settings.database_url(), settings.database.max_connections).await?;
    store.migrate().await?;
    let vault = open_vault(&settings, store.clone()).await?;
    let now = time::OffsetDateTime::now_utc();
    match customers {
        Some(count) => {
            let then = now - time::Duration::days(365 * i64::from(years_ago));
            seed::seed_bulk(&vault, count, contacts, then).await?
        }
        None => {
            let passwords = inzage::auth::password::Passwords::new(1);
            let added = seed::seed_demo(&vault, &passwords, now).await?;
            println!(
                "seed-demo: {added} demo customers added ({} exist, with {} demo staff members)",
                seed::DEMO_CUSTOMERS.len(),
                seed::DEMO_STAFF.len()
            );
        }
    }
    store.close().await;
    Ok(())
}

async fn create_staff(settings: Settings, role: &str, email: &str) -> anyhow::Result<()> {
    let Some(role) = inzage::staff::Role::from_code(role) else {
        anyhow::bail!("--role must be one of: agent, privacy_officer, administrator");
    };
    if !inzage::routes::account::mail::looks_like_email(email.trim()) {
        anyhow::bail!("--email must be an e-mail address like name@example.com");
    }
    let store = db::connect(&settings.database_url(), settings.database.max_connections).await?;
    store.migrate().await?;
    let vault = inzage::startup::open_vault(&settings, store.clone()).await?;
    let now = time::OffsetDateTime::now_utc();
    let created = inzage::staff::create(store.as_ref(), &vault.keys, email, role, now).await;
    store.close().await;
    let (_, token) = created?;
    let base = match &settings.http.public_url {
        Some(url) => url.as_str().trim_end_matches('/').to_string(),
        None => format!("http://{}:{}", settings.http.host, settings.http.port),
    };
    println!(
        "created a staff account ({}); its one-time activation link, valid for 72 hours:",
        role.code()
    );
    println!(
        "{base}{}",
        inzage::paths::with_token(inzage::paths::STAFF_ACTIVATE_TOKEN, &token)
    );
    Ok(())
}

async fn audit_verify(settings: Settings) -> anyhow::Result<()> {
    let store = db::connect(&settings.database_url(), settings.database.max_connections).await?;
    // Recorded, so the privacy officer's audit page shows when it last ran and what it found.
    let verdict = verify_and_record(store.as_ref(), time::OffsetDateTime::now_utc()).await?;
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

async fn rotate_key(
    settings: Settings,
    new_key_file: Option<PathBuf>,
    check: bool,
) -> anyhow::Result<()> {
    let store = db::connect(&settings.database_url(), settings.database.max_connections).await?;
    store.migrate().await?;
    // Never create a key here: rotating from a key nobody has would lose everything.
    let (old, default_file) = match MasterKeySource::from_settings(&settings) {
        MasterKeySource::File { path, .. } => {
            let default = settings.master_key.is_none() && settings.master_key_file.is_none();
            (
                MasterKey::load(MasterKeySource::File {
                    path: path.clone(),
                    create: false,
                })?,
                default.then_some(path),
            )
        }
        source => (MasterKey::load(source)?, None),
    };
    if check {
        let report = rotation::check(store.as_ref(), &old).await?;
        println!(
            "rotate-key --check: {} customer keys unwrap with key {}; {} under other keys",
            report.unwrapped,
            old.id(),
            report.under_other_keys
        );
        store.close().await;
        anyhow::ensure!(
            report.under_other_keys == 0,
            "some keys are still wrapped by another master key"
        );
        return Ok(());
    }
    let new_path = match (&new_key_file, &default_file) {
        (Some(path), _) => path.clone(),
        (None, Some(current)) => current.with_extension("key.next"),
        (None, None) => {
            anyhow::bail!("--new-key-file is required when the master key is configured")
        }
    };
    let new = MasterKey::load(MasterKeySource::File {
        path: new_path.clone(),
        create: true,
    })?;
    println!(
        "rotate-key: from key {} to key {} ({})",
        old.id(),
        new.id(),
        new_path.display()
    );
    let moved = rotation::rotate(store.as_ref(), &old, &new, rotation::BATCH, |done| {
        eprint!("\rrotate-key: {done} keys re-wrapped   ");
        true
    })
    .await?;
    eprintln!();
    let report = rotation::check(store.as_ref(), &new).await?;
    store.close().await;
    println!(
        "rotate-key: done, {moved} keys re-wrapped in this run; check: {} keys unwrap with the new key",
        report.unwrapped
    );
    match (new_key_file, default_file) {
        (None, Some(current)) => {
            std::fs::rename(&new_path, &current)?;
            println!(
                "rotate-key: {} now holds the new key; the old key is gone",
                current.display()
            );
        }
        _ => println!(
            "rotate-key: now point INZAGE_MASTER_KEY or master_key_file at the new key, and destroy the old one"
        ),
    }
    Ok(())
}

async fn purge(settings: Settings, dry_run: bool) -> anyhow::Result<()> {
    let register = Register::embedded()?;
    let store = db::connect(&settings.database_url(), settings.database.max_connections).await?;
    store.migrate().await?;
    let now = time::OffsetDateTime::now_utc();
    let report =
        retention::run_by_register(store.as_ref(), &register, now, dry_run, |category, rows| {
            eprint!("\rpurge: {category}: {rows} rows   ");
        })
        .await?;
    eprintln!();
    store.close().await;
    if !report.ran {
        println!("purge: another instance is running retention; nothing done");
        return Ok(());
    }
    let verb = if dry_run { "would delete" } else { "deleted" };
    println!("purge report ({}), {verb}:", now.date());
    println!("| category | expired before | rows |\n| --- | --- | --- |");
    for category in &report.categories {
        println!(
            "| {} | {} | {} |",
            category.category,
            category.cutoff.date(),
            category.rows
        );
    }
    Ok(())
}
