//! `safesocial`: the web app, the JSON API and the command line in one binary.

mod check_cmd;
mod config;
mod policy_cmd;

use anyhow::{anyhow, bail, Context, Result};
use app::clock::SystemClock;
use app::people::By;
use app::App;
use clap::{Parser, Subcommand, ValueEnum};
use config::Config;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(name = "safesocial", version, about = "Run a school's social media policy as software.")]
struct Cli {
    /// A TOML configuration file.
    #[arg(long, global = true, env = "SAFESOCIAL_CONFIG")]
    config: Option<PathBuf>,
    /// Database: sqlite://PATH (default data/safesocial.db) or postgres://… (also DATABASE_URL).
    #[arg(long, global = true)]
    database: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web app and API (the default).
    Serve {
        #[arg(long)]
        bind: Option<String>,
    },
    /// Load the demo local authority and serve it.
    Demo {
        #[arg(long)]
        bind: Option<String>,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Import people.
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Audit-log tools.
    Audit {
        #[command(subcommand)]
        what: AuditWhat,
    },
    /// Write a consistent copy of the SQLite database to FILE.
    Backup { file: PathBuf },
    /// Replace the SQLite database with FILE (stop the server first).
    Restore {
        file: PathBuf,
        /// Replace an existing database.
        #[arg(long)]
        force: bool,
    },
    /// Create organisations.
    Org {
        #[command(subcommand)]
        what: OrgWhat,
    },
    /// Create the first system administrator and print their set-password link.
    Admin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        first_name: String,
        #[arg(long)]
        last_name: String,
    },
    /// Show emails waiting in the outbox (for installations without SMTP).
    Outbox,
    /// Queue today's acknowledgement and review reminders (the server also does this every hour).
    Remind {
        /// YYYY-MM-DD (default: today).
        #[arg(long)]
        today: Option<String>,
    },
    /// Check a post, comment or message against the policy (exit 1 when review or block).
    Check(check_cmd::CheckArgs),
    /// Policy packs: import, show, lint, diff.
    Policy {
        #[command(subcommand)]
        what: policy_cmd::PolicyCmd,
    },
}

#[derive(Subcommand)]
enum ImportWhat {
    /// Staff CSV: first_name,last_name,email,role,employment_type
    Staff {
        file: PathBuf,
        /// The school, by id or exact name.
        #[arg(long)]
        school: String,
        /// Write the valid rows even when some rows are invalid.
        #[arg(long)]
        skip_invalid: bool,
    },
    /// Training completions CSV: email,course,completed_on (all rows or none).
    Training {
        file: PathBuf,
        /// The school, by id or exact name.
        #[arg(long)]
        school: String,
    },
}

#[derive(Subcommand)]
enum AuditWhat {
    /// Re-walk every hash chain; exit 1 naming the first broken event.
    Verify {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
}

#[derive(Subcommand)]
enum OrgWhat {
    Create {
        #[arg(long)]
        kind: String,
        #[arg(long)]
        name: String,
        /// Parent local authority or trust, by id or exact name.
        #[arg(long)]
        parent: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

pub const DEMO_PASSWORD: &str = "Lancashire-demo-2026";

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match rt.block_on(run(cli)) {
        Ok(code) => std::process::ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}

async fn open_app(cfg: &Config, generate_keys: bool) -> Result<(App, Vec<PathBuf>)> {
    let store = store::open(&cfg.database_url)
        .await
        .with_context(|| format!("cannot open {}", store::redact_url(&cfg.database_url)))?;
    store.migrate().await?;
    let (keys, created) = cfg.keys(generate_keys)?;
    Ok((App::new(Arc::from(store), Arc::new(SystemClock), keys, cfg.settings()), created))
}

async fn run(cli: Cli) -> Result<u8> {
    let command = match cli.command {
        Some(Command::Check(args)) => return check_cmd::run(args),
        Some(Command::Policy { what }) => return policy_cmd::run(what),
        other => other,
    };
    let bind = match &command {
        Some(Command::Serve { bind }) | Some(Command::Demo { bind }) => bind.clone(),
        _ => None,
    };
    let cfg = Config::load(cli.config.as_deref(), bind, cli.database.clone())?;
    match command.unwrap_or(Command::Serve { bind: None }) {
        Command::Serve { .. } => serve(cfg, false).await,
        Command::Demo { .. } => serve(cfg, true).await,
        Command::Migrate => {
            let store = store::open(&cfg.database_url).await?;
            let applied = store.migrate().await?;
            if applied.is_empty() {
                println!("The database is up to date.");
            } else {
                println!("Applied: {}", applied.join(", "));
            }
            Ok(0)
        }
        Command::Import { what: ImportWhat::Staff { file, school, skip_invalid } } => {
            import_staff(cfg, file, &school, skip_invalid).await
        }
        Command::Import { what: ImportWhat::Training { file, school } } => {
            import_training(cfg, file, &school).await
        }
        Command::Audit { what: AuditWhat::Verify { format } } => verify(cfg, format).await,
        Command::Backup { file } => {
            let store = store::open(&cfg.database_url).await?;
            store.backup_to(&file).await?;
            println!("Backed up to {}", file.display());
            Ok(0)
        }
        Command::Restore { file, force } => restore(cfg, file, force).await,
        Command::Org { what: OrgWhat::Create { kind, name, parent } } => {
            let (app, _) = open_app(&cfg, true).await?;
            let kind = kind.parse().map_err(|e: String| anyhow!(e))?;
            let parent = match parent {
                Some(p) => Some(find_org(&app, &p).await?.id),
                None => None,
            };
            let org = app.create_org(By::Operator, kind, &name, parent).await?;
            println!("Created {} {} (id {})", org.kind.label().to_lowercase(), org.name, org.id);
            Ok(0)
        }
        Command::Admin { email, first_name, last_name } => {
            create_admin(cfg, &email, &first_name, &last_name).await
        }
        Command::Check(_) | Command::Policy { .. } => {
            bail!("this command runs before the database is opened")
        }
        Command::Remind { today } => {
            let (app, _) = open_app(&cfg, true).await?;
            let today = match today {
                Some(t) => time::Date::parse(&t, time::macros::format_description!("[year]-[month]-[day]"))
                    .map_err(|_| anyhow!("--today '{t}' must look like 2026-11-21"))?,
                None => time::OffsetDateTime::now_utc().date(),
            };
            let r = app.run_reminders(today).await?;
            println!(
                "Queued {} acknowledgement, {} review, {} replacement and {} training reminders.",
                r.acknowledgement, r.review, r.replacement, r.training
            );
            if r.reviews_opened > 0 {
                println!("Opened {} scheduled reviews whose date has come round.", r.reviews_opened);
            }
            Ok(0)
        }
        Command::Outbox => {
            let (app, _) = open_app(&cfg, true).await?;
            let now = time::OffsetDateTime::now_utc();
            // Claim with a one-second lease so a running server still sends them.
            let pending = app.store.claim_emails(now, now + time::Duration::seconds(1), 100).await?;
            if pending.is_empty() {
                println!("No emails are waiting.");
            }
            for e in pending {
                println!("To: {}\nSubject: {}\n\n{}\n----", e.to, e.subject, e.body);
            }
            Ok(0)
        }
    }
}

async fn find_org(app: &App, key: &str) -> Result<domain::Organisation> {
    let orgs = app.store.list_orgs().await?;
    if let Ok(id) = key.parse::<i64>() {
        if let Some(o) = orgs.iter().find(|o| o.id == id) {
            return Ok(o.clone());
        }
    }
    orgs.into_iter()
        .find(|o| o.name == key)
        .ok_or_else(|| anyhow!("no organisation has the id or name '{key}'"))
}

async fn serve(cfg: Config, demo: bool) -> Result<u8> {
    let started = Instant::now();
    let (app, created) = open_app(&cfg, true).await?;
    for p in &created {
        println!(
            "Created a new secret key at {} (readable only by you). Keep it safe and back it up.",
            p.display()
        );
    }
    let demo_info = if demo { Some(app::demo::seed(&app, DEMO_PASSWORD).await?) } else { None };
    let state = web::AppState::new(app.clone());
    let router = web::router(state);
    let listener = tokio::net::TcpListener::bind(&cfg.bind)
        .await
        .with_context(|| format!("cannot listen on {}", cfg.bind))?;
    let addr = listener.local_addr()?;
    match &cfg.smtp {
        Some(s) => {
            let mailer = app::mail::Mailer::new(s).map_err(|e| anyhow!(e))?;
            tokio::spawn(app::mail::run(app.clone(), mailer, Duration::from_secs(5)));
        }
        None => tracing::warn!("SMTP is not configured: emails wait in the outbox (see `safesocial outbox`)"),
    }
    let sweeper = app.clone();
    tokio::spawn(async move {
        let mut ticks = 0u64;
        loop {
            let now = time::OffsetDateTime::now_utc();
            if let Err(e) = sweeper.store.delete_expired_sessions(now).await {
                tracing::warn!("session sweep: {e}");
            }
            // Reminders once an hour; each step is sent once however often this runs.
            if ticks.is_multiple_of(6) {
                match sweeper.run_reminders(now.date()).await {
                    Ok(r)
                        if r.acknowledgement + r.review + r.reviews_opened + r.training + r.replacement
                            > 0 =>
                    {
                        tracing::info!(
                            training = r.training,
                            replacement = r.replacement,
                            acknowledgement = r.acknowledgement,
                            review = r.review,
                            reviews_opened = r.reviews_opened,
                            "reminders queued"
                        )
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!("reminder sweep: {e}"),
                }
            }
            ticks += 1;
            tokio::time::sleep(Duration::from_secs(600)).await;
        }
    });
    println!(
        "SafeSocial is ready at http://{addr}/ (database: {}, ready in {} ms)",
        store::redact_url(&cfg.database_url),
        started.elapsed().as_millis()
    );
    if let Some(info) = demo_info {
        println!();
        println!(
            "Demo: {} with two schools. Every demo account's password is: {DEMO_PASSWORD}",
            app::demo::DEMO_LA
        );
        for l in &info.logins {
            println!(
                "  {:<45} {:<30} {}{}",
                l.email,
                l.role.label(),
                l.organisation,
                if l.two_factor_required { " (sets up two-factor at first sign-in)" } else { "" }
            );
        }
        println!(
            "  {:<45} {:<30} all organisations (sets up two-factor at first sign-in)",
            app::demo::ADMIN_EMAIL,
            "System administrator"
        );
        println!();
    }
    web::axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    app.store.close().await;
    Ok(0)
}

async fn import_training(cfg: Config, file: PathBuf, school: &str) -> Result<u8> {
    let (app, _) = open_app(&cfg, true).await?;
    let org = find_org(&app, school).await?;
    let meta = std::fs::metadata(&file).with_context(|| format!("cannot open {}", file.display()))?;
    if meta.len() > 5 * 1024 * 1024 {
        bail!("{} is larger than 5 MiB", file.display());
    }
    let bytes = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
    match app.import_training(By::Operator, org.id, &bytes).await {
        Ok(n) => {
            println!("Recorded {n} training completions for {}.", org.name);
            Ok(0)
        }
        Err(app::AppError::Invalid(problems)) => {
            for p in problems.lines() {
                eprintln!("{}: {p}", file.display());
            }
            eprintln!("Nothing was imported. Fix the rows above and run the import again.");
            Ok(1)
        }
        Err(e) => Err(e.into()),
    }
}

async fn import_staff(cfg: Config, file: PathBuf, school: &str, skip_invalid: bool) -> Result<u8> {
    let (app, _) = open_app(&cfg, true).await?;
    let org = find_org(&app, school).await?;
    let f = std::fs::File::open(&file).with_context(|| format!("cannot open {}", file.display()))?;
    let parsed = domain::staff_import::parse(f).map_err(|e| anyhow!("{}: {e}", file.display()))?;
    let total = parsed.rows.len() + parsed.errors.len();
    eprintln!("Checked {total} rows: {} valid, {} with problems.", parsed.rows.len(), parsed.errors.len());
    let progress = |done: usize, of: usize| {
        if of >= 200 {
            eprintln!("  prepared {done} of {of}");
        }
    };
    let report = app.import_staff(By::Operator, org.id, parsed, skip_invalid, &progress).await?;
    for e in &report.errors {
        eprintln!("{}:{}: {}", file.display(), e.line, e.reason);
    }
    match report.outcome {
        None => {
            eprintln!("Nothing was imported. Fix the rows above, or use --skip-invalid to import the valid rows only.");
            Ok(1)
        }
        Some(o) => {
            println!(
                "Imported into {}: {} new people, {} roles added to people already on SafeSocial{}.",
                org.name,
                o.created,
                o.roles_added,
                if report.errors.is_empty() {
                    String::new()
                } else {
                    format!("; {} rows skipped", report.errors.len())
                }
            );
            println!(
                "New people can set their password with \"Forgotten your password?\" on the sign-in page."
            );
            Ok(0)
        }
    }
}

async fn verify(cfg: Config, format: Format) -> Result<u8> {
    let store = store::open(&cfg.database_url).await?;
    let report = app::verify::verify_audit(store.as_ref()).await?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        Format::Text => match &report.first_break {
            None => println!("Audit log verified: {} events in {} chains, no breaks.", report.events, report.chains),
            Some(b) => println!(
                "AUDIT LOG BROKEN in chain {} at event id {} (sequence {}): {}. {} events before it verified.",
                b.org_id, b.event_id, b.seq, b.problem, report.events
            ),
        },
    }
    Ok(if report.first_break.is_some() { 1 } else { 0 })
}

async fn restore(cfg: Config, file: PathBuf, force: bool) -> Result<u8> {
    let target = cfg
        .database_url
        .strip_prefix("sqlite://")
        .ok_or_else(|| anyhow!("restore is for the embedded SQLite database; restore PostgreSQL with pg_restore (see the README)"))?
        .to_owned();
    if !file.is_file() {
        bail!("{} is not a file", file.display());
    }
    // Check the backup is a SafeSocial database with an intact audit log before replacing anything.
    let source = store::SqliteStore::open(&file.to_string_lossy())
        .await
        .context("the backup is not a SQLite database")?;
    use store::Store as _;
    source.logical_schema().await.context("the backup cannot be read")?;
    let report =
        app::verify::verify_audit(&source).await.context("the backup is not a SafeSocial database")?;
    source.close().await;
    if let Some(b) = report.first_break {
        bail!("the backup's audit log is broken at event {} ({}); not restoring it", b.event_id, b.problem);
    }
    if std::path::Path::new(&target).exists() && !force {
        bail!("{target} exists; stop the server and add --force to replace it");
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{target}{suffix}"));
    }
    std::fs::copy(&file, &target).with_context(|| format!("cannot write {target}"))?;
    println!("Restored {} ({} audit events verified) to {target}.", file.display(), report.events);
    Ok(0)
}

async fn create_admin(cfg: Config, email: &str, first: &str, last: &str) -> Result<u8> {
    let (app, _) = open_app(&cfg, true).await?;
    let email = domain::validate::email(email)?;
    let user = store::NewUser {
        email: email.clone(),
        first_name: domain::validate::name("first name", first)?,
        last_name: domain::validate::name("last name", last)?,
        employment_type: domain::EmploymentType::Employee,
        password_hash: None,
        system_admin: true,
    };
    let token = app::crypto::random_token();
    let now = time::OffsetDateTime::now_utc();
    let tok = store::NewOneTimeToken {
        token_hash: app.keys.token_hash(&token),
        purpose: store::TokenPurpose::Invitation,
        expires_at: now + time::Duration::days(1),
    };
    let fx = store::Effects::audit(
        domain::AuditDraft::new(domain::PLATFORM_CHAIN, None, "person.created", "person")
            .after(serde_json::json!({"email": email, "system_admin": true, "source": "cli"})),
    );
    app.store.create_user(user, vec![], Some(tok), now, fx).await?;
    println!("Created system administrator {email}. Open this link within 24 hours to choose a password:");
    println!("{}/invitation/{token}", cfg.base_url.trim_end_matches('/'));
    Ok(0)
}
