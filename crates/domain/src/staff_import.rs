//! Parsing and validating a staff CSV (`first_name,last_name,email,role,employment_type`).
//!
//! Every row is checked before anything is written; errors carry the file's line number.

use crate::role::{EmploymentType, Role};
use crate::validate;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Read;
use thiserror::Error;

pub const HEADER: [&str; 5] = ["first_name", "last_name", "email", "role", "employment_type"];
pub const MAX_ROWS: usize = 20_000;
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffRow {
    pub line: u64,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    pub employment_type: EmploymentType,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub line: u64,
    pub reason: String,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ImportError {
    #[error("the file is larger than {MAX_BYTES} bytes")]
    TooLarge,
    #[error("the file has more than {MAX_ROWS} rows")]
    TooManyRows,
    #[error("the file is not valid UTF-8 text")]
    NotUtf8,
    #[error("line 1: the header must be exactly `{}` but was `{found}`", HEADER.join(","))]
    BadHeader { found: String },
    #[error("the file has a header but no people")]
    Empty,
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub rows: Vec<StaffRow>,
    pub errors: Vec<RowError>,
}

/// Reads and validates every row. Structural problems (header, size) fail outright;
/// row problems are collected so the caller can report all of them at once.
pub fn parse(mut input: impl Read) -> Result<Parsed, ImportError> {
    let mut buf = Vec::new();
    input.by_ref().take(MAX_BYTES as u64 + 1).read_to_end(&mut buf).map_err(|_| ImportError::NotUtf8)?;
    if buf.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = String::from_utf8(buf).map_err(|_| ImportError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut rdr = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .map_err(|_| ImportError::BadHeader { found: String::new() })?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if header != HEADER {
        return Err(ImportError::BadHeader { found: header.join(",") });
    }
    let mut out = Parsed::default();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (i, rec) in rdr.records().enumerate() {
        if i >= MAX_ROWS {
            return Err(ImportError::TooManyRows);
        }
        let line = match &rec {
            Ok(r) => r.position().map(|p| p.line()).unwrap_or(i as u64 + 2),
            Err(e) => e.position().map(|p| p.line()).unwrap_or(i as u64 + 2),
        };
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                out.errors.push(RowError { line, reason: format!("cannot read the row: {e}") });
                continue;
            }
        };
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if rec.len() != HEADER.len() {
            out.errors.push(RowError {
                line,
                reason: format!("expected {} columns but found {}", HEADER.len(), rec.len()),
            });
            continue;
        }
        match validate_row(line, &rec) {
            Ok(row) => {
                let key = format!("{}|{}", row.email, row.role);
                if let Some(first) = seen.insert(key, line) {
                    out.errors.push(RowError {
                        line,
                        reason: format!(
                            "{} is listed with role {} already on line {first}",
                            row.email, row.role
                        ),
                    });
                } else {
                    out.rows.push(row);
                }
            }
            Err(reason) => out.errors.push(RowError { line, reason }),
        }
    }
    if out.rows.is_empty() && out.errors.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(out)
}

fn validate_row(line: u64, rec: &csv::StringRecord) -> Result<StaffRow, String> {
    let get = |i: usize| rec.get(i).unwrap_or("");
    let first_name = validate::name("first_name", get(0)).map_err(|e| e.to_string())?;
    let last_name = validate::name("last_name", get(1)).map_err(|e| e.to_string())?;
    let email = validate::email(get(2)).map_err(|e| e.to_string())?;
    let role: Role = get(3).parse()?;
    let employment_type: EmploymentType = get(4).parse()?;
    if role == Role::Adviser {
        return Err(
            "the adviser role is held on a trust or local authority, not imported with a school's staff"
                .into(),
        );
    }
    Ok(StaffRow { line, first_name, last_name, email, role, employment_type })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_file_parses() {
        let csv = "first_name,last_name,email,role,employment_type\n\
                   Ann,Jones,ann@s.sch.uk,staff,employee\n\
                   \"O'Neil, Jr\",Brown,b@s.sch.uk,dsl,fixed-term\n";
        let p = parse(csv.as_bytes()).unwrap();
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert_eq!(p.rows.len(), 2);
        assert_eq!(p.rows[1].line, 3);
        assert_eq!(p.rows[1].first_name, "O'Neil, Jr");
        assert_eq!(p.rows[1].role, Role::Dsl);
    }

    #[test]
    fn bad_rows_carry_line_numbers_and_reasons() {
        let csv = "first_name,last_name,email,role,employment_type\n\
                   Ann,Jones,ann@s.sch.uk,staff,employee\n\
                   Bob,,bob@s.sch.uk,staff,employee\n\
                   Cat,Lee,not-an-email,staff,employee\n\
                   Dan,Ray,dan@s.sch.uk,caretaker,employee\n\
                   Eve,Fox,eve@s.sch.uk,staff,intern\n\
                   Ann,Jones,ANN@s.sch.uk,staff,employee\n\
                   Too,Few,columns\n";
        let p = parse(csv.as_bytes()).unwrap();
        let lines: Vec<u64> = p.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6, 7, 8]);
        assert!(p.errors[0].reason.contains("last_name is required"));
        assert!(p.errors[2].reason.contains("unknown role 'caretaker'"));
        assert!(p.errors[4].reason.contains("already on line 2"));
        assert!(p.errors[5].reason.contains("expected 5 columns"));
        assert_eq!(p.rows.len(), 1);
    }

    #[test]
    fn header_is_checked() {
        let err = parse("name,email\nA,a@b.uk\n".as_bytes()).unwrap_err();
        assert!(err.to_string().starts_with("line 1: the header must be exactly"));
        assert_eq!(
            parse("first_name,last_name,email,role,employment_type\n".as_bytes()).unwrap_err(),
            ImportError::Empty
        );
        assert_eq!(parse(&[0xff, 0xfe, 0x00][..]).unwrap_err(), ImportError::NotUtf8);
    }
}
