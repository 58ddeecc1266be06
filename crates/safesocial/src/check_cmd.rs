//! `safesocial check`: one draft, or a JSON-lines batch, against a school's context.

use anyhow::{anyhow, bail, Context as _, Result};
use check::{Author, Channel, Decision, Draft, Engine, Image, Outcome};
use serde::Deserialize;
use std::io::{BufRead, Read, Write};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct CheckArgs {
    /// School profile (JSON or TOML): name, aliases, address, postcode, phone, email, website.
    #[arg(long)]
    school: Option<PathBuf>,
    /// Roster CSV: upn,first_name,last_name,preferred_name,year_group,social_media_consent,no_publish
    #[arg(long)]
    roster: Option<PathBuf>,
    /// Staff CSV: first_name,last_name,role
    #[arg(long)]
    staff: Option<PathBuf>,
    /// The adopted policy's decision overrides (TOML).
    #[arg(long)]
    rules: Option<PathBuf>,
    /// official, personal, comment or message.
    #[arg(long, default_value = "official")]
    channel: String,
    /// school, staff, parent, pupil or public (default follows the channel).
    #[arg(long)]
    author: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Read the text from a file.
    #[arg(long, conflicts_with = "text")]
    file: Option<PathBuf>,
    /// Batch: one JSON object a line from FILE, or - for standard input.
    #[arg(long, conflicts_with_all = ["text", "file"])]
    jsonl: Option<String>,
    /// The text to check, or - for standard input.
    text: Option<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

fn read_limited(mut r: impl Read, what: &str) -> Result<String> {
    let mut buf = Vec::new();
    r.by_ref().take(check::MAX_TEXT as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() > check::MAX_TEXT {
        bail!("{what} is larger than 1 MiB; the most that can be checked is {} bytes", check::MAX_TEXT);
    }
    String::from_utf8(buf)
        .map_err(|e| anyhow!("{what} is not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to()))
}

pub fn default_author(channel: Channel) -> Author {
    match channel {
        Channel::Official => Author::School,
        Channel::Personal => Author::Staff,
        Channel::Comment | Channel::Message => Author::Public,
    }
}

fn build_engine(a: &CheckArgs) -> Result<Engine> {
    let read = |p: &PathBuf| std::fs::read(p).with_context(|| format!("cannot read {}", p.display()));
    let profile = match &a.school {
        Some(p) => check::SchoolProfile::parse(
            &String::from_utf8(read(p)?).map_err(|_| anyhow!("{} is not UTF-8", p.display()))?,
        )
        .map_err(|e| anyhow!("{}: {e}", p.display()))?,
        None => check::SchoolProfile::default(),
    };
    let roster = match &a.roster {
        Some(p) => check::parse_roster(&read(p)?).map_err(|e| anyhow!("{}: {e}", p.display()))?,
        None => Vec::new(),
    };
    let staff = match &a.staff {
        Some(p) => check::parse_staff(&read(p)?).map_err(|e| anyhow!("{}: {e}", p.display()))?,
        None => Vec::new(),
    };
    let mut rules = check::PolicyRules::default();
    if let Some(p) = &a.rules {
        let text = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
        rules.apply_overrides(&text).map_err(|e| anyhow!("{}: {e}", p.display()))?;
    }
    Ok(Engine::new(check::Context { profile, roster, staff, rules })?)
}

pub fn run(a: CheckArgs) -> Result<u8> {
    let channel: Channel = a.channel.parse().map_err(|e: String| anyhow!(e))?;
    let author: Author = match &a.author {
        Some(x) => x.parse().map_err(|e: String| anyhow!(e))?,
        None => default_author(channel),
    };
    let engine = build_engine(&a)?;
    if let Some(src) = &a.jsonl {
        return batch(&engine, src, channel, author);
    }
    let text = match (&a.file, a.text.as_deref()) {
        (Some(p), _) => read_limited(
            std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?,
            &p.display().to_string(),
        )?,
        (None, Some("-")) | (None, None) => read_limited(std::io::stdin().lock(), "standard input")?,
        (None, Some(t)) => t.to_owned(),
    };
    let draft = Draft::new(text, channel, author);
    let outcome = engine.check(&draft)?;
    match a.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&json_outcome(&outcome, true))?),
        Format::Text => print_text(&draft, &outcome, std::io::IsTerminal::is_terminal(&std::io::stdout())),
    }
    Ok(if outcome.decision >= Decision::Review { 1 } else { 0 })
}

fn json_outcome(o: &Outcome, full: bool) -> serde_json::Value {
    let findings: Vec<serde_json::Value> = o
        .findings
        .iter()
        .map(|f| {
            let mut v = serde_json::json!({
                "category": f.category.code(),
                "severity": f.severity.code(),
                "start": f.start,
                "end": f.end,
                "clause": f.clause.to_string(),
                "message": f.message,
            });
            if full {
                v["fix"] = f.fix.clone().into();
                v["decision"] = f.decision.code().into();
                v["clause_text"] = f.clause.text.clone().into();
            }
            v
        })
        .collect();
    serde_json::json!({"decision": o.decision.code(), "findings": findings})
}

fn print_text(draft: &Draft, o: &Outcome, colour: bool) {
    let text = draft.text.as_str();
    let received = draft.is_received();
    let (on, off) = if colour { ("\x1b[1;41;97m", "\x1b[0m") } else { ("[[", "]]") };
    let headline = match o.decision {
        Decision::Allow => "ALLOW: nothing in this breaks the policy.",
        Decision::Warn => "WARN: advice below; you may post it.",
        Decision::Review if received => {
            "REVIEW: a moderator must look at this before it is answered or left up."
        }
        Decision::Review => "REVIEW: a senior leader must look first.",
        Decision::Block if received => "BLOCK: hide this, keep a screenshot and act on it.",
        Decision::Block => "BLOCK: this must not be published as it is.",
    };
    println!("{headline}");
    if o.findings.is_empty() {
        return;
    }
    // The original, with each finding's span highlighted (outermost spans win).
    let mut marked = String::new();
    let mut at = 0;
    let mut spans: Vec<(usize, usize)> =
        o.findings.iter().filter(|f| f.end > f.start).map(|f| (f.start, f.end)).collect();
    spans.sort();
    for (s, e) in spans {
        if s < at {
            continue;
        }
        marked.push_str(&text[at..s]);
        marked.push_str(on);
        marked.push_str(&text[s..e]);
        marked.push_str(off);
        at = e;
    }
    marked.push_str(&text[at..]);
    println!("\n{marked}\n");
    for (i, f) in o.findings.iter().enumerate() {
        let quote =
            if f.end > f.start { format!(" \"{}\"", &text[f.start..f.end]) } else { " (image)".into() };
        println!("{}. {} [{}, {}]{quote}", i + 1, f.category.code(), f.severity.code(), f.decision.code());
        println!("   {}", f.message);
        println!("   Fix: {}", f.fix);
        match &f.clause.text {
            Some(t) => println!("   Policy: {} — \"{t}\"", f.clause),
            None => println!("   Policy: {}", f.clause),
        }
    }
    println!("\n{}", draft.if_in_doubt());
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    #[serde(default)]
    id: serde_json::Value,
    channel: Option<String>,
    author: Option<String>,
    text: String,
    #[serde(default)]
    images: Vec<Image>,
}

fn batch(engine: &Engine, src: &str, channel: Channel, author: Author) -> Result<u8> {
    let reader: Box<dyn BufRead> = if src == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(src).with_context(|| format!("cannot open {src}"))?,
        ))
    };
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let mut bad = false;
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut chunk: Vec<(u64, std::io::Result<String>)> = Vec::with_capacity(4096);
    let mut lines = reader.lines();
    let mut n = 0u64;
    loop {
        chunk.clear();
        for l in lines.by_ref().take(4096) {
            n += 1;
            chunk.push((n, l));
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<(bool, String)> = std::thread::scope(|sc| {
            let per = chunk.len().div_ceil(threads);
            let handles: Vec<_> = chunk
                .chunks(per)
                .map(|part| {
                    sc.spawn(move || {
                        part.iter()
                            .map(|(no, l)| one_line(engine, *no, l, channel, author))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
        });
        for (failed, r) in results {
            bad |= failed;
            writeln!(out, "{r}")?;
        }
    }
    out.flush()?;
    Ok(if bad { 2 } else { 0 })
}

/// One output line; `true` when the input line was refused.
fn one_line(
    engine: &Engine,
    no: u64,
    line: &std::io::Result<String>,
    channel: Channel,
    author: Author,
) -> (bool, String) {
    let err = |e: String| (true, serde_json::json!({"line": no, "error": e}).to_string());
    let line = match line {
        Ok(l) => l,
        Err(_) => return err("the line is not valid UTF-8".into()),
    };
    if line.len() > check::MAX_TEXT * 2 {
        return err("the line is longer than 2 MiB".into());
    }
    let parsed: Line = match serde_json::from_str(line) {
        Ok(p) => p,
        Err(e) => return err(format!("not a valid draft object: {e}")),
    };
    let ch = match parsed.channel.as_deref().map(str::parse::<Channel>).transpose() {
        Ok(c) => c.unwrap_or(channel),
        Err(e) => return err(e),
    };
    let au = match parsed.author.as_deref().map(str::parse::<Author>).transpose() {
        Ok(a) => a.unwrap_or(if parsed.channel.is_some() { default_author(ch) } else { author }),
        Err(e) => return err(e),
    };
    let draft = Draft { text: parsed.text, channel: ch, author: au, images: parsed.images };
    match engine.check(&draft) {
        Ok(o) => {
            let mut v = json_outcome(&o, false);
            let mut obj = serde_json::Map::new();
            obj.insert("id".into(), parsed.id);
            obj.insert("decision".into(), v["decision"].take());
            obj.insert("findings".into(), v["findings"].take());
            (false, serde_json::Value::Object(obj).to_string())
        }
        Err(e) => err(e.to_string()),
    }
}
