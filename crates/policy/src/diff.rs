//! Clause-level differences between two versions (or an adoption and its model).

use crate::pack::Pack;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum ClauseChange {
    Added {
        id: String,
        text: String,
    },
    Removed {
        id: String,
        text: String,
    },
    /// `words` marks removed words `[-like this-]` and added ones `{+like this+}`.
    Changed {
        id: String,
        words: String,
        removed: usize,
        added: usize,
    },
}

impl ClauseChange {
    pub fn id(&self) -> &str {
        match self {
            ClauseChange::Added { id, .. }
            | ClauseChange::Removed { id, .. }
            | ClauseChange::Changed { id, .. } => id,
        }
    }
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

fn body(p: &Pack, id: &str) -> Option<String> {
    p.clause(id).map(|c| format!("{} {}", c.heading, c.text))
}

/// Word-level difference by longest common subsequence (clauses are short).
fn word_diff(a: &[&str], b: &[&str]) -> (String, usize, usize) {
    let (n, m) = (a.len(), b.len());
    if n * m > 4_000_000 {
        return (format!("[-{}-] {{+{}+}}", a.join(" "), b.join(" ")), n, m);
    }
    let mut dp = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if a[i] == b[j] { dp[i + 1][j + 1] + 1 } else { dp[i + 1][j].max(dp[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut out, mut removed, mut added) = (Vec::new(), 0, 0);
    let mut del: Vec<&str> = Vec::new();
    let mut ins: Vec<&str> = Vec::new();
    let flush = |out: &mut Vec<String>, del: &mut Vec<&str>, ins: &mut Vec<&str>| {
        if !del.is_empty() {
            out.push(format!("[-{}-]", del.join(" ")));
            del.clear();
        }
        if !ins.is_empty() {
            out.push(format!("{{+{}+}}", ins.join(" ")));
            ins.clear();
        }
    };
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            flush(&mut out, &mut del, &mut ins);
            out.push(a[i].to_owned());
            i += 1;
            j += 1;
        } else if j < m && (i == n || dp[i][j + 1] >= dp[i + 1][j]) {
            ins.push(b[j]);
            added += 1;
            j += 1;
        } else {
            del.push(a[i]);
            removed += 1;
            i += 1;
        }
    }
    flush(&mut out, &mut del, &mut ins);
    (out.join(" "), removed, added)
}

/// What changed from `a` to `b`, clause by clause, in `b`'s order then `a`'s removed clauses.
pub fn diff(a: &Pack, b: &Pack) -> Vec<ClauseChange> {
    let mut out = Vec::new();
    for c in &b.clauses {
        let after = body(b, &c.id).unwrap_or_default();
        match body(a, &c.id) {
            None => out.push(ClauseChange::Added { id: c.id.clone(), text: c.text.clone() }),
            Some(before) => {
                let (wa, wb) = (words(&before), words(&after));
                if wa != wb {
                    let (words, removed, added) = word_diff(&wa, &wb);
                    out.push(ClauseChange::Changed { id: c.id.clone(), words, removed, added });
                }
            }
        }
    }
    for c in &a.clauses {
        if b.clause(&c.id).is_none() {
            out.push(ClauseChange::Removed { id: c.id.clone(), text: c.text.clone() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import;

    #[test]
    fn shows_added_removed_and_reworded_clauses() {
        let a = import("a", "T\n\n1. ONE\nThe cat sat on the mat.\n\n2. TWO\nGone soon.\n", None);
        let b = import("b", "T\n\n1. ONE\nThe dog sat on the mat.\n\n3. THREE\nNew.\n", None);
        let d = diff(&a, &b);
        assert_eq!(d.iter().map(ClauseChange::id).collect::<Vec<_>>(), ["1", "3", "2"]);
        match &d[0] {
            ClauseChange::Changed { words, removed, added, .. } => {
                assert!(words.contains("[-cat-] {+dog+}"), "{words}");
                assert_eq!((*removed, *added), (1, 1));
            }
            other => panic!("{other:?}"),
        }
        assert!(diff(&a, &a).is_empty());
    }
}
