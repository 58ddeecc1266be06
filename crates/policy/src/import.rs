//! Plain text or Markdown → a draft pack, numbering clauses as it finds them.
//!
//! Numbered lines (`1. PURPOSE`, `3.1 The use…`) keep their numbers; roman sub-clauses (`(iv)`)
//! hang under the clause before them (`4.1(iv)`); unnumbered section headings get stable ids from
//! their words (`parents-carers`). Numbering that jumps (a quoted extract's `12.` inside §5) stays
//! text, so the source's own numbering is kept.

use crate::pack::{Clause, Meta, Pack, PackKind};
use std::collections::HashSet;

pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.to_lowercase().chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(48).collect()
}

/// Removes inline HTML such as `<u>…</u>` that conversions leave behind.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        let tail = &rest[i..];
        match tail.find('>') {
            Some(j) if j <= 5 && tail[1..j].chars().all(|c| c.is_ascii_alphabetic() || c == '/') => {
                out.push_str(&rest[..i]);
                rest = &tail[j + 1..];
            }
            _ => {
                out.push_str(&rest[..=i]);
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn numbered(line: &str) -> Option<(Vec<u32>, &str)> {
    let t = line.trim_start();
    let end = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let num = &t[..end];
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = &t[end..];
    if !rest.starts_with([' ', '\t']) && !rest.is_empty() {
        return None;
    }
    let parts: Vec<u32> =
        num.trim_end_matches('.').split('.').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    if parts.is_empty() || parts.len() > 3 || parts[0] == 0 || parts[0] > 60 {
        return None;
    }
    // "1." alone or "3.1 …"; a bare "2020" is not a clause.
    if parts.len() == 1 && !num.ends_with('.') {
        return None;
    }
    Some((parts, rest.trim()))
}

fn roman(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start();
    let inner = t.strip_prefix('(')?;
    let close = inner.find(')')?;
    let r = &inner[..close];
    if r.is_empty() || r.len() > 5 || !r.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
        return None;
    }
    Some((r, inner[close + 1..].trim()))
}

fn looks_like_heading(line: &str, prev_blank: bool) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    prev_blank
        && !t.is_empty()
        && t.len() <= 60
        && words <= 8
        && t.starts_with(|c: char| c.is_uppercase())
        && !t.ends_with(['.', ',', ';', ':', ')'])
        && !t.starts_with(['•', '·', '▪', '-', '*'])
        && !t.contains('\t')
        && !t.contains(':')
        && t.chars().filter(|c| c.is_alphabetic()).count() * 10 >= t.chars().count() * 7
}

fn is_heading_text(rest: &str) -> bool {
    let letters: Vec<char> = rest.chars().filter(|c| c.is_alphabetic()).collect();
    !rest.is_empty()
        && (letters.iter().all(|c| c.is_uppercase())
            || (rest.len() < 70 && !rest.ends_with(['.', ';', ':', ','])))
}

/// Builds a draft pack from the text. `id` and `title` default from the text.
pub fn import(source_name: &str, text: &str, id: Option<&str>) -> Pack {
    let text = text.replace("\r\n", "\n");
    let title = text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| !l.is_empty() && !l.starts_with('['))
        .unwrap_or("Untitled policy")
        .to_owned();
    let mut clauses: Vec<Clause> =
        vec![Clause { id: "preamble".into(), heading: String::new(), level: 1, text: String::new() }];
    let mut used: HashSet<String> = HashSet::from(["preamble".to_owned()]);
    let mut top: Option<u32> = None;
    let mut last_numbered: Option<String> = None;
    let mut prev_blank = true;
    let mut title_seen = false;
    let unique = |base: String, used: &mut HashSet<String>| {
        let mut id = base.clone();
        let mut n = 2;
        while used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        used.insert(id.clone());
        id
    };
    for raw in text.lines() {
        let line = raw.trim_end();
        let md_heading = line.starts_with('#');
        let cleaned = strip_tags(line);
        // "- 3.1 …" and "- (i) …": numbering inside a bullet list.
        let plain = cleaned.trim_start_matches('#').trim();
        let plain = plain
            .strip_prefix("- ")
            .or_else(|| plain.strip_prefix("• "))
            .map(str::trim_start)
            .unwrap_or(plain);
        // The first line is the title, kept in the front matter.
        if !title_seen && plain == title {
            title_seen = true;
            continue;
        }
        if let Some((parts, rest)) = numbered(plain) {
            let fits = match (parts.len(), top) {
                (1, None) => true,
                (1, Some(t)) => parts[0] > t && parts[0] <= t + 3,
                (_, Some(t)) => parts[0] == t,
                (_, None) => false,
            };
            let id = parts.iter().map(u32::to_string).collect::<Vec<_>>().join(".");
            if fits && !used.contains(&id) {
                if parts.len() == 1 {
                    top = Some(parts[0]);
                }
                used.insert(id.clone());
                let (heading, body) = if is_heading_text(rest) {
                    (rest.to_owned(), String::new())
                } else {
                    (String::new(), rest.to_owned())
                };
                let label = if heading.is_empty() { id.clone() } else { format!("{id} {heading}") };
                clauses.push(Clause {
                    id: id.clone(),
                    heading: label,
                    level: (parts.len() as u8 + 1).min(6),
                    text: body,
                });
                last_numbered = Some(id);
                prev_blank = false;
                continue;
            }
        }
        if let (Some((r, rest)), Some(parent)) = (roman(plain), &last_numbered) {
            let base = parent.split('(').next().unwrap_or(parent).to_owned();
            let id = format!("{base}({r})");
            if !used.contains(&id) {
                used.insert(id.clone());
                clauses.push(Clause {
                    id: id.clone(),
                    heading: format!("({r})"),
                    level: 5,
                    text: rest.to_owned(),
                });
                prev_blank = false;
                continue;
            }
        }
        if (md_heading && !plain.is_empty()) || looks_like_heading(plain, prev_blank) {
            let id = unique(slug(plain), &mut used);
            if !id.is_empty() {
                clauses.push(Clause { id, heading: plain.to_owned(), level: 2, text: String::new() });
                prev_blank = false;
                continue;
            }
        }
        let cur = clauses.last_mut().map(|c| &mut c.text);
        if let Some(t) = cur {
            if line.trim().is_empty() {
                if !t.ends_with("\n\n") && !t.is_empty() {
                    t.push('\n');
                }
            } else {
                if !t.is_empty() && !t.ends_with('\n') {
                    t.push('\n');
                }
                t.push_str(line.trim());
            }
        }
        prev_blank = line.trim().is_empty();
    }
    for c in &mut clauses {
        c.text = c.text.trim().to_owned();
    }
    if clauses[0].text.is_empty() {
        clauses.remove(0);
    }
    let id = id.map(str::to_owned).unwrap_or_else(|| slug(&title));
    // "developed in consultation with the recognised Trade Unions …"
    let consulted = clauses
        .iter()
        .find_map(|c| {
            let lower = c.text.to_lowercase();
            let at = lower.find("in consultation with ")? + "in consultation with ".len();
            let rest = &c.text[at..];
            let end = rest.find(['.', '\n']).unwrap_or(rest.len());
            Some(rest[..end].trim().to_owned())
        })
        .filter(|x| !x.is_empty() && x.len() <= 200)
        .into_iter()
        .collect();
    Pack {
        meta: Meta {
            id,
            title,
            kind: PackKind::School,
            publisher: None,
            school: None,
            derived_from: None,
            version: None,
            owner: None,
            author: None,
            audiences: Vec::new(),
            dates: Default::default(),
            review_period_months: None,
            next_review: None,
            replacement: None,
            cites: Vec::new(),
            related: Vec::new(),
            consulted,
            settings: Default::default(),
            source: Some(source_name.to_owned()),
        },
        clauses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_romans_and_headings() {
        let t = "MODEL POLICY\n\n1. PURPOSE\n\nThis sets out.\n\n4. GUIDANCE\n\n4.1 Employees should:\n(i) not do A;\n(iv) not do B.\n4.2\tSchools should not vet.\n\n5. SAFEGUARDING\nQuoted:\n12. Communication with children\nMore.\n\nParents/Carers\n\nBe kind.\n";
        let p = import("t.txt", t, None);
        let ids: Vec<&str> = p.clauses.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["1", "4", "4.1", "4.1(i)", "4.1(iv)", "4.2", "5", "parents-carers"], "{ids:?}");
        assert_eq!(p.clause("4.2").unwrap().text, "Schools should not vet.");
        assert!(
            p.clause("5").unwrap().text.contains("12. Communication with children"),
            "a jump in numbering stays text"
        );
        assert_eq!(p.meta.title, "MODEL POLICY");
        // The draft writes and reads back as a pack.
        let again = Pack::parse("t.md", &p.to_markdown().unwrap()).unwrap();
        assert_eq!(again.clauses, p.clauses);
    }

    #[test]
    fn consultation_is_recorded() {
        let t = "POLICY\n\n1. PURPOSE\n\nThis Policy has been developed in consultation with the recognised Trade Unions and professional Associations.\n";
        let p = import("t.txt", t, None);
        assert_eq!(
            p.meta.consulted,
            vec!["the recognised Trade Unions and professional Associations".to_string()]
        );
        let again = Pack::parse("t.md", &p.to_markdown().unwrap()).unwrap();
        assert_eq!(again.meta.consulted, p.meta.consulted);
    }
}
