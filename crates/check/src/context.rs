//! What the engine knows about a school: its published details, its pupils and its staff.
//! CSV readers validate every row and report problems with line numbers; nothing partial is kept.

use serde::Deserialize;
use std::collections::HashMap;
use thiserror::Error;

pub const MAX_CSV_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_ROWS: usize = 50_000;

#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SchoolProfile {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub website: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pupil {
    pub upn: String,
    pub first_name: String,
    pub last_name: String,
    pub preferred_name: Option<String>,
    pub year_group: String,
    pub social_media_consent: bool,
    pub no_publish: bool,
}

impl Pupil {
    pub fn display_name(&self) -> String {
        format!("{} {}", self.preferred_name.as_deref().unwrap_or(&self.first_name), self.last_name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub first_name: String,
    pub last_name: String,
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub line: u64,
    pub reason: String,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ContextError {
    #[error("{what} is larger than {MAX_CSV_BYTES} bytes")]
    TooLarge { what: &'static str },
    #[error("{what} has more than {MAX_ROWS} rows")]
    TooManyRows { what: &'static str },
    #[error("{what} is not valid UTF-8 text")]
    NotUtf8 { what: &'static str },
    #[error("{what}, line 1: the header must be `{expected}` but was `{found}`")]
    BadHeader { what: &'static str, expected: String, found: String },
    #[error("{what} has problems:\n{}", problems.iter().map(|p| format!("  line {}: {}", p.line, p.reason)).collect::<Vec<_>>().join("\n"))]
    Rows { what: &'static str, problems: Vec<RowProblem> },
    #[error("the school profile is not valid: {0}")]
    Profile(String),
}

pub const ROSTER_HEADER: [&str; 7] =
    ["upn", "first_name", "last_name", "preferred_name", "year_group", "social_media_consent", "no_publish"];
pub const STAFF_HEADER: [&str; 3] = ["first_name", "last_name", "role"];

impl SchoolProfile {
    /// Reads JSON, or TOML when the text does not start with `{`.
    pub fn parse(text: &str) -> Result<Self, ContextError> {
        let p: SchoolProfile = if text.trim_start().starts_with('{') {
            serde_json::from_str(text).map_err(|e| ContextError::Profile(e.to_string()))?
        } else {
            toml::from_str(text).map_err(|e| ContextError::Profile(e.to_string()))?
        };
        if p.name.trim().is_empty() {
            return Err(ContextError::Profile("`name` is required".into()));
        }
        Ok(p)
    }
}

fn read_rows(
    bytes: &[u8],
    what: &'static str,
    header: &[&str],
) -> Result<Vec<(u64, csv::StringRecord)>, ContextError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(ContextError::TooLarge { what });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ContextError::NotUtf8 { what })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let found: Vec<String> = rdr
        .headers()
        .map_err(|_| ContextError::BadHeader { what, expected: header.join(","), found: String::new() })?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if found != header {
        return Err(ContextError::BadHeader { what, expected: header.join(","), found: found.join(",") });
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        if i >= MAX_ROWS {
            return Err(ContextError::TooManyRows { what });
        }
        match rec {
            Ok(r) => {
                let line = r.position().map(|p| p.line()).unwrap_or(i as u64 + 2);
                if r.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                if r.len() != header.len() {
                    problems.push(RowProblem {
                        line,
                        reason: format!("expected {} columns but found {}", header.len(), r.len()),
                    });
                    continue;
                }
                rows.push((line, r));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(i as u64 + 2);
                problems.push(RowProblem { line, reason: format!("cannot read the row: {e}") });
            }
        }
    }
    if !problems.is_empty() {
        return Err(ContextError::Rows { what, problems });
    }
    Ok(rows)
}

fn yes_no(v: &str, col: &str) -> Result<bool, String> {
    match v.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "1" => Ok(true),
        "no" | "n" | "false" | "0" | "" => Ok(false),
        o => Err(format!("{col} must be yes or no, not '{o}'")),
    }
}

fn name_field(v: &str, col: &str) -> Result<String, String> {
    let t = v.trim();
    if t.is_empty() {
        return Err(format!("{col} is required"));
    }
    if t.chars().count() > 100 || t.chars().any(|c| c.is_control()) {
        return Err(format!("{col} is too long or has control characters"));
    }
    Ok(t.to_owned())
}

/// Reads a roster export. Every row is checked; any problem (including a duplicate UPN) fails
/// the whole file with every problem listed.
pub fn parse_roster(bytes: &[u8]) -> Result<Vec<Pupil>, ContextError> {
    let what = "the roster";
    let rows = read_rows(bytes, what, &ROSTER_HEADER)?;
    let mut pupils = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (line, r) in rows {
        let get = |i: usize| r.get(i).unwrap_or("");
        let row = (|| -> Result<Pupil, String> {
            let upn = get(0).trim().to_ascii_uppercase();
            if !crate::pii::valid_upn(&upn) {
                return Err(format!("upn '{upn}' is not a valid UPN (a check letter and 12 characters)"));
            }
            let preferred = get(3).trim();
            Ok(Pupil {
                upn,
                first_name: name_field(get(1), "first_name")?,
                last_name: name_field(get(2), "last_name")?,
                preferred_name: if preferred.is_empty() {
                    None
                } else {
                    Some(name_field(preferred, "preferred_name")?)
                },
                year_group: get(4).trim().to_owned(),
                social_media_consent: yes_no(get(5), "social_media_consent")?,
                no_publish: yes_no(get(6), "no_publish")?,
            })
        })();
        match row {
            Ok(p) => {
                if let Some(first) = seen.insert(p.upn.clone(), line) {
                    problems
                        .push(RowProblem { line, reason: format!("UPN {} is also on line {first}", p.upn) });
                } else {
                    pupils.push(p);
                }
            }
            Err(reason) => problems.push(RowProblem { line, reason }),
        }
    }
    if !problems.is_empty() {
        return Err(ContextError::Rows { what, problems });
    }
    Ok(pupils)
}

pub fn parse_staff(bytes: &[u8]) -> Result<Vec<StaffMember>, ContextError> {
    let what = "the staff list";
    let rows = read_rows(bytes, what, &STAFF_HEADER)?;
    let mut staff = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    for (line, r) in rows {
        let get = |i: usize| r.get(i).unwrap_or("");
        match (name_field(get(0), "first_name"), name_field(get(1), "last_name")) {
            (Ok(first_name), Ok(last_name)) => {
                staff.push(StaffMember { first_name, last_name, role: get(2).trim().to_owned() })
            }
            (Err(e), _) | (_, Err(e)) => problems.push(RowProblem { line, reason: e }),
        }
    }
    if !problems.is_empty() {
        return Err(ContextError::Rows { what, problems });
    }
    Ok(staff)
}
