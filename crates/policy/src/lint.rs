//! Policy lint: reviews and replacements due, unresolved placeholders, outdated platforms and
//! guidance editions, approval stages left blank, and contradictions.

use crate::pack::{OnlineSearch, Pack, PackKind, ParentFriendships, Stage};
use crate::PolicyDate;
use serde::Serialize;
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LintFinding {
    pub policy: String,
    pub code: &'static str,
    pub severity: Severity,
    pub clause: Option<String>,
    pub message: String,
}

/// The current editions lint compares against. Kept with the code; update them each year.
pub const KCSIE_CURRENT: u32 = 2025;
pub const GSWP_CURRENT: &str = "February 2022";

const PLACEHOLDERS: [&str; 7] = [
    "your school/service",
    "school/service",
    "school/trust",
    "school/academy",
    "school/college",
    "schools/services",
    "school/setting",
];

/// When the next review falls, as the document states it or as its period implies.
pub fn next_review(p: &Pack) -> Option<crate::PolicyDate> {
    next_review_of(&p.meta)
}

pub fn next_review_of(m: &crate::pack::Meta) -> Option<crate::PolicyDate> {
    if let Some(d) = m.next_review {
        return Some(d);
    }
    let period = m.review_period_months?;
    let d = &m.dates;
    [&d.last_review, &d.adopted, &d.approved_by_governors, &d.written].into_iter().find_map(|s| match s {
        Some(Stage::On(date)) => Some(date.add_months(period)),
        _ => None,
    })
}

pub fn lint(p: &Pack, today: Date) -> Vec<LintFinding> {
    let mut out = Vec::new();
    let id = p.meta.id.clone();
    let mut add = |code: &'static str, severity: Severity, clause: Option<&str>, message: String| {
        out.push(LintFinding {
            policy: id.clone(),
            code,
            severity,
            clause: clause.map(str::to_owned),
            message,
        });
    };
    // Reviews and replacement.
    if let Some(due) = next_review(p) {
        let last = due.last_day();
        if today > last {
            let days = (today - last).whole_days();
            let strict = (today - due.first_day()).whole_days();
            let detail = if strict != days {
                format!(" ({strict} counting from the start of the month)")
            } else {
                String::new()
            };
            add(
                "review-overdue",
                Severity::Error,
                None,
                format!("The review was due {due} and is {days} days overdue{detail}."),
            );
        }
    } else if p.meta.replacement.is_none() {
        add(
            "review-overdue",
            Severity::Warning,
            None,
            "No review date is recorded and none can be worked out: set a review period and a date.".into(),
        );
    }
    if let Some(r) = &p.meta.replacement {
        let last = r.date.last_day();
        if today > last {
            add(
                "replacement-overdue",
                Severity::Error,
                None,
                format!(
                    "The policy says it would be replaced by {} in {}; that was {} days ago.",
                    r.by,
                    r.date,
                    (today - last).whole_days()
                ),
            );
        }
    }
    // Approval stages.
    for (stage, value) in p.meta.dates.stages() {
        if value == &Some(Stage::Blank) {
            add("approval-missing", Severity::Warning, None, format!("The date {stage} is left blank."));
        }
    }
    let d = &p.meta.dates;
    let any_approval =
        [&d.approved_by_governors, &d.adopted, &d.ratified].iter().any(|s| matches!(s, Some(Stage::On(_))));
    if p.meta.kind != PackKind::Model && !any_approval {
        add(
            "approval-missing",
            Severity::Warning,
            None,
            "No approval by the governing board is recorded.".into(),
        );
    }
    // Stages in the wrong order: approval comes before publication and before taking effect.
    let on = |s: &Option<Stage>| match s {
        Some(Stage::On(x)) => Some(*x),
        _ => None,
    };
    let order = [
        ("written", on(&d.written), "approved by governors", on(&d.approved_by_governors)),
        (
            "approved by staff",
            on(&d.approved_by_staff),
            "approved by governors",
            on(&d.approved_by_governors),
        ),
        ("approved by governors", on(&d.approved_by_governors), "added to the website", on(&d.on_website)),
        ("approved by governors", on(&d.approved_by_governors), "effective", on(&d.effective)),
        ("written", on(&d.written), "added to the website", on(&d.on_website)),
    ];
    for (first, a, then, b) in order {
        if let (Some(a), Some(b)) = (a, b) {
            // Month-only dates overlap a whole month: only a clear inversion is reported.
            if b.last_day() < a.first_day() {
                add(
                    "date-order",
                    Severity::Warning,
                    None,
                    format!("It was {then} ({b}) before it was {first} ({a})."),
                );
            }
        }
    }
    // A version or title dated before the policy was written is usually the model's date carried over.
    if let (Some((stated, source)), Some(written)) =
        (stated_date(p.meta.version.as_deref().unwrap_or(""), &p.meta.title), on(&d.written))
    {
        if stated.last_day() < written.first_day() {
            add(
                "date-order",
                Severity::Info,
                None,
                format!(
                    "The {source} is dated {stated}, before the date it was written ({written}): give this version its own version string and date."
                ),
            );
        }
    }
    // Text checks, clause by clause.
    for (c, text) in p.full_text() {
        let lower = text.to_lowercase();
        if p.meta.kind != PackKind::Model {
            for ph in PLACEHOLDERS {
                if lower.contains(ph) && !(ph == "school/service" && lower.contains("your school/service")) {
                    add(
                        "placeholder-unresolved",
                        Severity::Warning,
                        Some(&c.id),
                        format!("\"{ph}\" is template text from the model: say which it is."),
                    );
                }
            }
        }
        for (needle, message) in [
            ("myspace", "MySpace is no longer a platform staff use: remove it or name current ones."),
            ("google+", "Google+ closed in April 2019: remove it."),
            ("pintrest", "\"Pintrest\" is misspelt: Pinterest."),
            ("tik tok", "\"Tik Tok\" is spelt TikTok."),
            ("you tube", "\"You Tube\" is spelt YouTube."),
        ] {
            if lower.contains(needle) {
                add("outdated-platform", Severity::Info, Some(&c.id), message.into());
            }
        }
        if text.contains("Whatsapp") {
            add("outdated-platform", Severity::Info, Some(&c.id), "\"Whatsapp\" is spelt WhatsApp.".into());
        }
        let twitter = lower.matches("twitter").count();
        let formerly = lower.matches("formerly twitter").count();
        if twitter > formerly {
            add(
                "outdated-platform",
                Severity::Warning,
                Some(&c.id),
                "Twitter has been X since July 2023.".into(),
            );
        }
        if let Some(pos) = lower.find("keeping children safe in education") {
            let after = &lower[pos + 34..];
            let year: Option<u32> = after.trim_start().get(..4).and_then(|y| y.parse().ok());
            match year {
                Some(y) if y < KCSIE_CURRENT => add(
                    "outdated-guidance",
                    Severity::Warning,
                    Some(&c.id),
                    format!("Keeping Children Safe in Education {y} has been replaced; the current edition is {KCSIE_CURRENT}."),
                ),
                None => add("outdated-guidance", Severity::Info, Some(&c.id), "Keeping Children Safe in Education is cited without an edition.".into()),
                _ => {}
            }
        }
        if lower.contains("safer working practice") {
            if lower.contains("may 2019") {
                add(
                    "outdated-guidance",
                    Severity::Warning,
                    Some(&c.id),
                    format!("Guidance for safer working practice (May 2019) has been replaced; the current edition is {GSWP_CURRENT}."),
                );
            }
            if lower.contains("department for education document") {
                let edition = if lower.contains("may 2019") { "" } else { ", and no edition is given" };
                add(
                    "outdated-guidance",
                    Severity::Warning,
                    Some(&c.id),
                    format!("Guidance for safer working practice is published by the Safer Recruitment Consortium, not the Department for Education{edition}."),
                );
            }
        }
    }
    // Contradictions: between clauses, and between settings and clauses.
    let says_no_vetting = p.clauses.iter().find(|c| {
        c.text.to_lowercase().contains("in order to 'vet'")
            || c.text.to_lowercase().contains("in order to \"vet\"")
    });
    let says_search =
        p.clauses.iter().find(|c| c.text.to_lowercase().contains("online search will be carried out"));
    if let (Some(a), Some(b)) = (says_no_vetting, says_search) {
        add(
            "contradiction",
            Severity::Error,
            Some(&a.id),
            format!("Clause {} forbids searching candidates online; clause {} requires it.", a.id, b.id),
        );
    }
    if let Some(s) = &p.meta.settings.candidate_online_search {
        match (s.value, says_no_vetting, says_search) {
            (OnlineSearch::Required, Some(c), _) => add(
                "contradiction",
                Severity::Error,
                Some(&c.id),
                format!(
                    "The setting requires online searches of candidates, but clause {} forbids them.",
                    c.id
                ),
            ),
            (OnlineSearch::Prohibited, _, Some(c)) => add(
                "contradiction",
                Severity::Error,
                Some(&c.id),
                format!(
                    "The setting prohibits online searches of candidates, but clause {} requires them.",
                    c.id
                ),
            ),
            _ => {}
        }
    }
    if let Some(s) = &p.meta.settings.staff_parent_friendships {
        if s.value == ParentFriendships::AllowedForStaffWhoAreParents {
            if let Some(c) =
                p.clauses.iter().find(|c| c.text.to_lowercase().contains("contradictory to this policy"))
            {
                add(
                    "contradiction",
                    Severity::Warning,
                    Some(&c.id),
                    format!("Clause {} allows staff who are parents to stay friends with parents, but clause {} still calls such contact contradictory to this policy.", s.clause, c.id),
                );
            }
        }
    }
    out
}

/// An adoption whose model has a newer edition in the library ("lcc-model-2020" beside
/// "lcc-model-2025"): the school is running on superseded wording.
pub fn model_updated(p: &Pack, library: &[Pack]) -> Option<LintFinding> {
    let from = p.meta.derived_from.as_deref()?;
    let split = |id: &str| -> Option<(String, u32)> {
        let (family, year) = id.rsplit_once('-')?;
        Some((family.to_owned(), year.parse().ok().filter(|y| (1990..=2100).contains(y))?))
    };
    let (family, year) = split(from)?;
    let newest = library
        .iter()
        .filter(|m| m.meta.kind == PackKind::Model)
        .filter_map(|m| split(&m.meta.id).filter(|(f, y)| *f == family && *y > year).map(|(_, y)| (y, m)))
        .max_by_key(|(y, _)| *y)?;
    Some(LintFinding {
        policy: p.meta.id.clone(),
        code: "model-updated",
        severity: Severity::Warning,
        clause: None,
        message: format!(
            "It is based on {from}, but the model has a newer edition ({}, {}): review it against the new model.",
            newest.1.meta.id, newest.0
        ),
    })
}

/// A date stated in the version string ("…_01122020", day-month-year) or the title ("(Dec 2020)").
fn stated_date(version: &str, title: &str) -> Option<(PolicyDate, &'static str)> {
    let bytes = version.as_bytes();
    for w in 0..bytes.len().saturating_sub(7) {
        let run = &version[w..w + 8];
        let edge = |i: usize| bytes.get(i).is_none_or(|b| !b.is_ascii_digit());
        if run.bytes().all(|b| b.is_ascii_digit()) && (w == 0 || edge(w - 1)) && edge(w + 8) {
            let iso = format!("{}-{}-{}", &run[4..], &run[2..4], &run[..2]);
            if let Ok(d) = PolicyDate::parse(&iso) {
                if (1990..=2100).contains(&d.first_day().year()) {
                    return Some((d, "version string"));
                }
            }
        }
    }
    const MONTHS: [&str; 12] =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let lower = title.to_lowercase();
    let inner = lower.rsplit_once('(')?.1.split_once(')')?.0;
    let (month, year) = inner.trim().split_once(' ')?;
    let m = MONTHS.iter().position(|x| month.starts_with(x))?;
    let year: i32 = year.trim().trim_end_matches(',').parse().ok()?;
    PolicyDate::parse(&format!("{year:04}-{:02}", m + 1)).ok().map(|d| (d, "title"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Pack;
    use time::macros::date;

    fn pack(front: &str, body: &str) -> Pack {
        Pack::parse("t.md", &format!("+++\nid = \"t\"\ntitle = \"T\"\n{front}\n+++\n{body}")).unwrap()
    }

    #[test]
    fn stages_out_of_order_are_reported() {
        let p = Pack::parse("w", include_str!("../../../policies/willow-lane-2020.md")).unwrap();
        let f = lint(&p, date!(2026 - 11 - 21));
        let order: Vec<&str> =
            f.iter().filter(|x| x.code == "date-order").map(|x| x.message.as_str()).collect();
        assert_eq!(
            order,
            vec![
                "It was added to the website (2021-09) before it was approved by governors (2021-11).",
                "The version string is dated 2020-12-01, before the date it was written (2021-09): give this version its own version string and date."
            ],
            "{f:?}"
        );
        assert_eq!(stated_date("v2", "Policy (April 2025)").map(|x| x.0.to_string()), Some("2025-04".into()));
        assert_eq!(stated_date("V10.0_01122020", "").map(|x| x.1), Some("version string"));
        assert_eq!(stated_date("123456789", "no date"), None);
        let lcc = Pack::parse("l", include_str!("../../../policies/lcc-model-2025.md")).unwrap();
        let m = model_updated(&p, std::slice::from_ref(&lcc)).unwrap();
        assert_eq!(m.code, "model-updated");
        assert!(
            m.message.contains("lcc-model-2020") && m.message.contains("lcc-model-2025"),
            "{}",
            m.message
        );
        let hg = Pack::parse("h", include_str!("../../../policies/holly-grove-2025.md")).unwrap();
        assert!(model_updated(&hg, &[lcc]).is_none(), "Holly Grove adopted the current model");
        let holly = Pack::parse("h", include_str!("../../../policies/holly-grove-2025.md")).unwrap();
        assert!(lint(&holly, date!(2026 - 11 - 21)).iter().all(|x| x.code != "date-order"));
    }

    #[test]
    fn reviews_replacements_and_approvals() {
        let p = pack("kind = \"adoption\"\nreview_period_months = 12\n[dates]\nadopted = \"2025-11-12\"\nratified = \"\"", "## 1 {#1}\nText.\n");
        let f = lint(&p, date!(2026 - 11 - 21));
        let overdue = f.iter().find(|x| x.code == "review-overdue").unwrap();
        assert!(overdue.message.contains("due 2026-11-12 and is 9 days overdue"), "{}", overdue.message);
        assert!(f.iter().any(|x| x.code == "approval-missing" && x.message.contains("ratified")));
        assert!(lint(&p, date!(2026 - 11 - 01)).iter().all(|x| x.code != "review-overdue"));
        let q = pack(
            "kind = \"model\"\n[replacement]\ndate = \"2025-09\"\nby = \"the Digi360 model\"",
            "## 1 {#1}\nText.\n",
        );
        let f = lint(&q, date!(2026 - 11 - 21));
        assert!(
            f.iter().any(|x| x.code == "replacement-overdue" && x.message.contains("417 days ago")),
            "{f:?}"
        );
    }

    #[test]
    fn text_checks() {
        let p = pack(
            "kind = \"school\"\n[dates]\nadopted = \"2025-01-01\"",
            "## 1 {#1}\nSites such as Facebook, Twitter, X (formerly Twitter), MySpace and Pintrest in your school/service.\n## 2 {#2}\nIn line with Keeping Children Safe in Education 2023 an online search will be carried out.\n## 3 {#3}\nSchools should not access social networking sites in order to 'vet' candidates.\n",
        );
        let f = lint(&p, date!(2026 - 11 - 21));
        let codes: Vec<(&str, Option<&str>)> = f.iter().map(|x| (x.code, x.clause.as_deref())).collect();
        for want in [
            ("placeholder-unresolved", Some("1")),
            ("outdated-platform", Some("1")),
            ("outdated-guidance", Some("2")),
            ("contradiction", Some("3")),
        ] {
            assert!(codes.contains(&want), "{want:?} in {codes:?}");
        }
        assert_eq!(f.iter().filter(|x| x.message.contains("Twitter has been X")).count(), 1);
    }
}
