//! Packs back to readable plain text and HTML.

use crate::pack::Pack;

pub fn to_text(p: &Pack) -> String {
    let mut out = format!("{}\n{}\n", p.meta.title, "=".repeat(p.meta.title.chars().count().min(80)));
    for c in &p.clauses {
        out.push('\n');
        let label = if c.heading.is_empty() {
            c.id.clone()
        } else if c.heading.starts_with(&c.id) {
            c.heading.clone()
        } else {
            format!("{} {}", c.id, c.heading)
        };
        out.push_str(&label);
        out.push('\n');
        if !c.text.is_empty() {
            out.push_str(&c.text);
            out.push('\n');
        }
    }
    out
}

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// An HTML fragment: one section a clause, with an anchor per clause id.
pub fn to_html(p: &Pack) -> String {
    format!(
        "<article class=\"policy\"><h1>{}</h1>\n{}</article>\n",
        escape(&p.meta.title),
        clauses_html(p, 2)
    )
}

/// The clauses only, headings starting at level `base` and never skipping a level.
pub fn clauses_html(p: &Pack, base: u8) -> String {
    let mut out = String::new();
    let top = p.clauses.iter().map(|c| c.level).min().unwrap_or(1);
    let mut prev = base.saturating_sub(1);
    for c in &p.clauses {
        let wanted = (base + c.level.saturating_sub(top)).clamp(2, 6);
        let level = wanted.min(prev + 1).max(base);
        prev = level;
        let anchor: String =
            c.id.chars().map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '-' }).collect();
        out.push_str(&format!("<section id=\"clause-{anchor}\"><h{level}>"));
        if c.heading.is_empty() || !c.heading.starts_with(&c.id) {
            out.push_str(&format!("<span class=\"clause-id\">{}</span> ", escape(&c.id)));
        }
        out.push_str(&format!("{}</h{level}>\n", escape(&c.heading)));
        for para in c.text.split("\n\n").filter(|s| !s.trim().is_empty()) {
            out.push_str(&format!("<p>{}</p>\n", escape(para.trim()).replace('\n', "<br>")));
        }
        out.push_str("</section>\n");
    }
    out
}
