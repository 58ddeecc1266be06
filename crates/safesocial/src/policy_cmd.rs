//! `safesocial policy`: import, show, lint and diff policy packs.

use anyhow::{anyhow, bail, Context as _, Result};
use policy::{diff, import, lint, render, Pack};
use std::path::{Path, PathBuf};

#[derive(clap::Subcommand)]
pub enum PolicyCmd {
    /// Build a draft pack from a plain-text or Markdown policy, numbering clauses as found.
    Import {
        file: PathBuf,
        /// The pack id (default: from the title).
        #[arg(long)]
        id: Option<String>,
        /// Write the pack here instead of printing it.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Show a pack as readable text or HTML (PACK: a file, or an id in policies/).
    Show {
        pack: String,
        #[arg(long, value_enum, default_value = "text")]
        format: ShowFormat,
    },
    /// Check packs for overdue reviews, placeholders, outdated references, missing approvals and contradictions.
    Lint {
        /// YYYY-MM-DD (default: today).
        #[arg(long)]
        today: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: LintFormat,
        /// Packs to check (default: every pack in policies/).
        packs: Vec<String>,
    },
    /// Clause-level differences from A to B.
    Diff { a: String, b: String },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ShowFormat {
    Text,
    Html,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum LintFormat {
    Text,
    Json,
}

pub fn policies_dir() -> PathBuf {
    std::env::var("SAFESOCIAL_POLICIES").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("policies"))
}

pub fn load(spec: &str) -> Result<Pack> {
    let path = if Path::new(spec).exists() {
        PathBuf::from(spec)
    } else {
        policies_dir().join(format!("{spec}.md"))
    };
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "cannot read the pack {} (give a file, or an id in {})",
            path.display(),
            policies_dir().display()
        )
    })?;
    Pack::parse(&path.display().to_string(), &text).map_err(|e| anyhow!("{e}"))
}

pub fn all_packs() -> Result<Vec<Pack>> {
    let dir = policies_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    files.iter().map(|f| load(&f.display().to_string())).collect()
}

pub fn run(cmd: PolicyCmd) -> Result<u8> {
    match cmd {
        PolicyCmd::Import { file, id, output } => {
            let bytes = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            if bytes.len() > 5 * 1024 * 1024 {
                bail!("{} is larger than 5 MiB", file.display());
            }
            let text = String::from_utf8(bytes).map_err(|e| {
                anyhow!("{} is not UTF-8 text (at byte {})", file.display(), e.utf8_error().valid_up_to())
            })?;
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let pack = import::import(&name, &text, id.as_deref());
            let md = pack.to_markdown().map_err(|e| anyhow!(e))?;
            match output {
                Some(o) => {
                    std::fs::write(&o, md).with_context(|| format!("cannot write {}", o.display()))?;
                    eprintln!("Wrote {} with {} clauses. Check the front matter (dates, owner, review period) before use.", o.display(), pack.clauses.len());
                }
                None => print!("{md}"),
            }
            Ok(0)
        }
        PolicyCmd::Show { pack, format } => {
            let p = load(&pack)?;
            match format {
                ShowFormat::Text => print!("{}", render::to_text(&p)),
                ShowFormat::Html => print!("{}", render::to_html(&p)),
            }
            Ok(0)
        }
        PolicyCmd::Lint { today, format, packs } => {
            let today = match today {
                Some(t) => time::Date::parse(&t, time::macros::format_description!("[year]-[month]-[day]"))
                    .map_err(|_| anyhow!("--today '{t}' must look like 2026-11-21"))?,
                None => time::OffsetDateTime::now_utc().date(),
            };
            let packs: Vec<Pack> = if packs.is_empty() {
                all_packs()?
            } else {
                packs.iter().map(|p| load(p)).collect::<Result<_>>()?
            };
            // Newer model editions are looked for among the packs given and the shipped library.
            let mut library = all_packs().unwrap_or_default();
            library.extend(packs.iter().cloned());
            let findings: Vec<lint::LintFinding> = packs
                .iter()
                .flat_map(|p| {
                    let mut f = lint::lint(p, today);
                    f.extend(lint::model_updated(p, &library));
                    f
                })
                .collect();
            match format {
                LintFormat::Json => {
                    for f in &findings {
                        println!("{}", serde_json::to_string(f)?);
                    }
                }
                LintFormat::Text => {
                    for p in &packs {
                        let mine: Vec<&lint::LintFinding> =
                            findings.iter().filter(|f| f.policy == p.meta.id).collect();
                        println!(
                            "{} ({}): {} finding{}",
                            p.meta.title,
                            p.meta.id,
                            mine.len(),
                            if mine.len() == 1 { "" } else { "s" }
                        );
                        for f in mine {
                            let at = f.clause.as_deref().map(|c| format!(" §{c}")).unwrap_or_default();
                            println!("  {:?} {}{at}: {}", f.severity, f.code, f.message);
                        }
                    }
                }
            }
            Ok(if findings.iter().any(|f| f.severity == lint::Severity::Error) { 1 } else { 0 })
        }
        PolicyCmd::Diff { a, b } => {
            let (pa, pb) = (load(&a)?, load(&b)?);
            let changes = diff::diff(&pa, &pb);
            println!(
                "{} → {}: {} clause{} changed",
                pa.meta.id,
                pb.meta.id,
                changes.len(),
                if changes.len() == 1 { "" } else { "s" }
            );
            for c in &changes {
                match c {
                    diff::ClauseChange::Added { id, text } => {
                        println!("\n+ §{id} added\n  {}", text.replace('\n', "\n  "))
                    }
                    diff::ClauseChange::Removed { id, text } => {
                        println!("\n- §{id} removed\n  {}", text.replace('\n', "\n  "))
                    }
                    diff::ClauseChange::Changed { id, words, removed, added } => {
                        println!("\n~ §{id} changed ({removed} words out, {added} in)\n  {words}")
                    }
                }
            }
            Ok(0)
        }
    }
}
