//! Online-safety teaching through the curriculum and guidance offered to parents and
//! carers: a dated record of each, and what is missing.

use crate::dates::parse_day;
use crate::{App, AppError, Result};
use domain::permission::{Action, Actor};
use domain::AuditDraft;
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;
use store::{EducationRecord, Effects};

pub const KINDS: [(&str, &str); 2] =
    [("curriculum", "Online safety taught to pupils"), ("parents", "Guidance offered to parents and carers")];

/// What to record, as typed in.
#[derive(Debug, Clone, Default)]
pub struct EducationInput {
    pub kind: String,
    pub on_date: String,
    pub audience: String,
    pub topic: String,
    pub notes: String,
    pub link: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EducationOverview {
    pub records: Vec<EducationRecord>,
    /// Latest curriculum date per audience (year group or class).
    pub curriculum_by_audience: BTreeMap<String, String>,
    /// Plain warnings: no parent guidance in the last 12 months, no teaching recorded this year.
    pub gaps: Vec<String>,
}

fn field(name: &str, raw: &str, max: usize, required: bool) -> Result<String> {
    let t = raw.trim();
    if required && t.is_empty() {
        return Err(AppError::Invalid(format!("Give the {name}.")));
    }
    if t.chars().count() > max {
        return Err(AppError::Invalid(format!("The {name} is longer than {max} characters.")));
    }
    Ok(t.to_owned())
}

impl App {
    pub async fn record_education(&self, actor: &Actor, org_id: i64, input: &EducationInput) -> Result<i64> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::RecordEducation, res)?;
        let kind = input.kind.trim();
        if !KINDS.iter().any(|(k, _)| *k == kind) {
            return Err(AppError::Invalid(format!(
                "'{kind}' is not a kind of record; use curriculum or parents."
            )));
        }
        let day = parse_day(&input.on_date).ok_or_else(|| {
            AppError::Invalid(format!("The date '{}' must look like 2026-11-21.", input.on_date.trim()))
        })?;
        if day > self.clock.now().date() {
            return Err(AppError::Invalid(
                "Record teaching and guidance once it has happened, not before.".into(),
            ));
        }
        let audience = field("audience (for example Year 5, or All parents)", &input.audience, 100, true)?;
        let topic = field("topic", &input.topic, 200, true)?;
        let notes = field("notes", &input.notes, 2000, false)?;
        let link = field("link", &input.link, 500, false)?;
        if !(link.is_empty() || link.starts_with("https://") || link.starts_with("http://")) {
            return Err(AppError::Invalid(
                "A link must start with https:// (for example the page on the school website).".into(),
            ));
        }
        let r = EducationRecord {
            id: 0,
            org_id,
            kind: kind.to_owned(),
            on_date: day.to_string(),
            audience,
            topic,
            notes,
            link,
            recorded_by: Some(actor.user_id),
            recorded_at: self.clock.now(),
        };
        let fx = Effects::audit(
            AuditDraft::new(org_id, Some(actor.user_id), "education.recorded", "education-record").after(
                json!({"kind": r.kind, "on_date": r.on_date, "audience": r.audience, "topic": r.topic}),
            ),
        );
        Ok(self.store.add_education_record(&r, fx).await?)
    }

    pub async fn education(&self, actor: &Actor, org_id: i64) -> Result<EducationOverview> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ViewPolicies, res)?;
        let records = self.store.list_education_records(org_id).await?;
        let today = self.clock.now().date();
        let mut curriculum_by_audience = BTreeMap::new();
        // Newest first, so the first date seen per audience is its latest.
        for r in records.iter().filter(|r| r.kind == "curriculum") {
            curriculum_by_audience.entry(r.audience.clone()).or_insert_with(|| r.on_date.clone());
        }
        let year_ago = crate::dates::add_months(today, -12).to_string();
        let mut gaps = Vec::new();
        if !records.iter().any(|r| r.kind == "parents" && r.on_date >= year_ago) {
            gaps.push("No guidance has been offered to parents and carers in the last 12 months.".to_owned());
        }
        if !records.iter().any(|r| r.kind == "curriculum" && r.on_date >= year_ago) {
            gaps.push("No online-safety teaching has been recorded in the last 12 months.".to_owned());
        }
        Ok(EducationOverview { records, curriculum_by_audience, gaps })
    }
}
