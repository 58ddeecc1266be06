//! Getting the policy to people beyond the acknowledgement: referring to it at each new
//! starter's induction and showing staff their professional association's or union's
//! guidance. Its place in the Staff Handbook is an approval stage.

use crate::dates::parse_day;
use crate::{App, AppError, Result};
use domain::permission::{Action, Actor};
use domain::AuditDraft;
use serde_json::json;
use store::{Effects, GuidanceLink, InductionRecord};

/// At most this many guidance links per organisation.
pub const MAX_LINKS: usize = 20;

/// A guidance link as shown: whose list it came from (the school's or its trust's / LA's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownLink {
    pub name: String,
    pub url: String,
    pub from: String,
}

/// Parses the editor's lines, `Name | https://…`, one link per line; blank lines are skipped.
pub fn parse_links(text: &str) -> Result<Vec<GuidanceLink>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let n = i + 1;
        let Some((name, url)) = line.rsplit_once('|') else {
            return Err(AppError::Invalid(format!(
                "Line {n}: write the name, a bar and the address, for example \"NEU | https://neu.org.uk/\"."
            )));
        };
        out.push(GuidanceLink { name: name.trim().to_owned(), url: url.trim().to_owned() });
    }
    validate_links(&out)?;
    Ok(out)
}

pub fn validate_links(links: &[GuidanceLink]) -> Result<()> {
    if links.len() > MAX_LINKS {
        return Err(AppError::Invalid(format!(
            "Give at most {MAX_LINKS} links (there are {}).",
            links.len()
        )));
    }
    for (i, l) in links.iter().enumerate() {
        let n = i + 1;
        let name = l.name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(AppError::Invalid(format!(
                "Link {n}: give the association's or union's name, in at most 100 characters."
            )));
        }
        let url = l.url.trim();
        let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
        if !scheme_ok
            || url.len() > 500
            || url.chars().any(char::is_whitespace)
            || !url.split_once("://").is_some_and(|(_, rest)| rest.contains('.'))
        {
            return Err(AppError::Invalid(format!(
                "Link {n} ({name}): '{url}' is not a web address; it must start with https:// and have no spaces."
            )));
        }
    }
    Ok(())
}

impl App {
    /// Records that the policy was specifically referred to at this person's induction.
    pub async fn record_induction(
        &self,
        actor: &Actor,
        org_id: i64,
        user_id: i64,
        on_date: &str,
        note: &str,
    ) -> Result<()> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::RecordInduction, res)?;
        let day = parse_day(on_date).ok_or_else(|| {
            AppError::Invalid(format!("The induction date '{}' must look like 2026-11-21.", on_date.trim()))
        })?;
        if day > self.clock.now().date() {
            return Err(AppError::Invalid("Record an induction once it has happened, not before.".into()));
        }
        let note = note.trim();
        if note.chars().count() > 500 {
            return Err(AppError::Invalid("The note is longer than 500 characters.".into()));
        }
        if !self.active_people(org_id).await?.iter().any(|p| p.user.id == user_id) {
            return Err(AppError::NotFound("person"));
        }
        let r = InductionRecord {
            org_id,
            user_id,
            inducted_on: day.to_string(),
            note: note.to_owned(),
            recorded_by: Some(actor.user_id),
            recorded_at: self.clock.now(),
        };
        let fx = Effects::audit(
            AuditDraft::new(org_id, Some(actor.user_id), "policy.induction-recorded", "user")
                .record(user_id)
                .after(json!({"inducted_on": r.inducted_on, "note": r.note})),
        );
        Ok(self.store.record_induction(&r, fx).await?)
    }

    /// The links staff of this organisation see: its own, then its trust's or LA's.
    pub async fn guidance_links(&self, actor: &Actor, org_id: i64) -> Result<Vec<ShownLink>> {
        let (org, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ViewPolicies, res)?;
        let mut out: Vec<ShownLink> = Vec::new();
        let mut from = Some(org);
        while let Some(o) = from {
            for l in self.store.guidance_links(o.id).await? {
                if !out.iter().any(|x| x.url == l.url) {
                    out.push(ShownLink { name: l.name, url: l.url, from: o.name.clone() });
                }
            }
            from = match o.parent_id {
                Some(p) => self.store.get_org(p).await?,
                None => None,
            };
        }
        Ok(out)
    }

    /// The organisation's own links (for editing).
    pub async fn own_guidance_links(&self, actor: &Actor, org_id: i64) -> Result<Vec<GuidanceLink>> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ViewPolicies, res)?;
        Ok(self.store.guidance_links(org_id).await?)
    }

    pub async fn set_guidance_links(
        &self,
        actor: &Actor,
        org_id: i64,
        links: Vec<GuidanceLink>,
    ) -> Result<()> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ManagePolicies, res)?;
        let links: Vec<GuidanceLink> = links
            .into_iter()
            .map(|l| GuidanceLink { name: l.name.trim().to_owned(), url: l.url.trim().to_owned() })
            .collect();
        validate_links(&links)?;
        let before = self.store.guidance_links(org_id).await?;
        let fx = Effects::audit(
            AuditDraft::new(org_id, Some(actor.user_id), "policy.guidance-links-set", "organisation")
                .record(org_id)
                .before(json!(before))
                .after(json!(links)),
        );
        Ok(self.store.set_guidance_links(org_id, &links, self.clock.now(), fx).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_parsed_line_by_line_and_bad_ones_named() {
        let l =
            parse_links("NEU | https://neu.org.uk/advice\n\n  NASUWT|https://www.nasuwt.org.uk/ \n").unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!((l[1].name.as_str(), l[1].url.as_str()), ("NASUWT", "https://www.nasuwt.org.uk/"));
        let e = parse_links("NEU https://neu.org.uk").unwrap_err().to_string();
        assert!(e.contains("Line 1"), "{e}");
        let e =
            parse_links("NEU | https://neu.org.uk\nUnison | javascript:alert(1)").unwrap_err().to_string();
        assert!(e.contains("Link 2 (Unison)") && e.contains("not a web address"), "{e}");
        let e = parse_links(" | https://neu.org.uk").unwrap_err().to_string();
        assert!(e.contains("Link 1"), "{e}");
        let many: String = (0..21).map(|i| format!("U{i} | https://u{i}.org.uk\n")).collect();
        assert!(parse_links(&many).unwrap_err().to_string().contains("at most 20"));
    }
}

/// One school's row in a trust's or LA's roll-up: counts only, never names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolCoverage {
    pub school_id: i64,
    pub school: String,
    /// The policy in force: (title, version number); `None` when nothing is adopted.
    pub policy: Option<(String, i64)>,
    /// The model version it was adopted from, if one of this organisation's.
    pub model_version: Option<i64>,
    pub acknowledged: usize,
    pub people: usize,
    /// Role, acknowledged, total.
    pub by_role: Vec<(domain::Role, usize, usize)>,
    pub inductions_outstanding: usize,
    /// The lint's review or replacement finding, when overdue.
    pub overdue: Option<String>,
}

impl App {
    /// Policy coverage for every school below a trust or LA (R-010–R-012, per school and per role).
    pub async fn policy_rollup(&self, actor: &Actor, org_id: i64) -> Result<Vec<SchoolCoverage>> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ViewAggregates, res)?;
        let schools: Vec<domain::Organisation> =
            self.store.list_orgs().await?.into_iter().filter(|o| o.parent_id == Some(org_id)).collect();
        let today = self.clock.now().date();
        let mut out = Vec::with_capacity(schools.len());
        for sc in schools {
            let in_force = self.policy_in_force(sc.id).await?;
            let mut row = SchoolCoverage {
                school_id: sc.id,
                school: sc.name.clone(),
                policy: None,
                model_version: None,
                acknowledged: 0,
                people: 0,
                by_role: Vec::new(),
                inductions_outstanding: 0,
                overdue: None,
            };
            match in_force {
                None => row.people = self.active_people(sc.id).await?.len(),
                Some(v) => {
                    let c = self.tally(&v).await?;
                    row.people = c.rows.len();
                    row.acknowledged = c.rows.iter().filter(|r| r.acknowledged_at.is_some()).count();
                    row.by_role = c.by_role;
                    row.inductions_outstanding = c.inductions_outstanding;
                    if let Some(m) = v.derived_from {
                        row.model_version = self.store.get_policy_version(m).await?.map(|m| m.version_no);
                    }
                    if let Ok(pack) = policy::Pack::parse(&v.pack_id, &v.pack) {
                        row.overdue = policy::lint::lint(&pack, today)
                            .into_iter()
                            .find(|f| f.code == "review-overdue" || f.code == "replacement-overdue")
                            .map(|f| f.message);
                    }
                    row.policy = Some((v.title, v.version_no));
                }
            }
            out.push(row);
        }
        Ok(out)
    }
}
