//! Policy reviews: opened on schedule or by a trigger, consulted on, and closed
//! with "no change" or the new version that came out of it.

use crate::dates::parse_day;
use crate::{App, AppError, Result};
use domain::permission::{Action, Actor};
use domain::review::{next, Consultee, ReviewEvent, ReviewOutcome, ReviewState, ReviewTrigger};
use domain::AuditDraft;
use serde_json::json;
use store::{ConsultationRecord, Effects, ReviewClosing, ReviewRecord};

const MAX_TEXT: usize = 2000;

fn state_of(r: &ReviewRecord) -> Result<ReviewState> {
    ReviewState::parse(&r.state)
        .ok_or_else(|| AppError::Invalid(format!("The review is in an unknown state '{}'.", r.state)))
}

fn text(field: &str, raw: &str, required: bool) -> Result<String> {
    let t = raw.trim();
    if required && t.is_empty() {
        return Err(AppError::Invalid(format!("Give the {field}.")));
    }
    if t.chars().count() > MAX_TEXT {
        return Err(AppError::Invalid(format!("The {field} is longer than {MAX_TEXT} characters.")));
    }
    Ok(t.to_owned())
}

impl App {
    /// The review with its policy's organisation checked against the actor (not found otherwise).
    async fn review_for(&self, actor: &Actor, id: i64, action: Action) -> Result<ReviewRecord> {
        let r = self.store.get_review(id).await?.ok_or(AppError::NotFound("review"))?;
        let (_, res) = self.org_resource(r.org_id).await?;
        if !domain::authorize(actor, Action::ViewPolicies, res).is_allowed() {
            return Err(AppError::NotFound("review"));
        }
        self.require(actor, action, res)?;
        Ok(r)
    }

    pub async fn open_review(
        &self,
        actor: &Actor,
        version_id: i64,
        trigger: &str,
        description: &str,
    ) -> Result<i64> {
        let v = self.store.get_policy_version(version_id).await?.ok_or(AppError::NotFound("policy"))?;
        let (_, res) = self.org_resource(v.org_id).await?;
        if !domain::authorize(actor, Action::ViewPolicies, res).is_allowed() {
            return Err(AppError::NotFound("policy"));
        }
        self.require(actor, Action::ManagePolicies, res)?;
        let trigger = ReviewTrigger::parse(trigger).ok_or_else(|| {
            let all: Vec<&str> = ReviewTrigger::ALL.iter().map(|t| t.code()).collect();
            AppError::Invalid(format!(
                "'{}' is not a review trigger; use one of {}.",
                trigger.trim(),
                all.join(", ")
            ))
        })?;
        let description = text(
            "description of what prompted the review",
            description,
            trigger != ReviewTrigger::Scheduled,
        )?;
        if !matches!(v.status.as_str(), "adopted" | "published") {
            return Err(AppError::Invalid(format!(
                "Only the version in force is reviewed; this one is {}.",
                v.status
            )));
        }
        let open = self.store.list_reviews(&[v.org_id]).await?;
        if open.iter().any(|r| r.version_id == v.id && r.state != ReviewState::Closed.code()) {
            return Err(AppError::Invalid(
                "A review of this policy is already open. Add to that review instead.".into(),
            ));
        }
        let fx = Effects::audit(
            AuditDraft::new(v.org_id, Some(actor.user_id), "policy.review-opened", "policy-review")
                .after(json!({"version_id": v.id, "trigger": trigger.code(), "description": description})),
        );
        Ok(self
            .store
            .open_review(
                v.org_id,
                v.id,
                trigger.code(),
                &description,
                Some(actor.user_id),
                self.clock.now(),
                fx,
            )
            .await?)
    }

    pub async fn record_consultation(
        &self,
        actor: &Actor,
        review_id: i64,
        consultee: &str,
        on: &str,
        summary: &str,
    ) -> Result<()> {
        let r = self.review_for(actor, review_id, Action::ManagePolicies).await?;
        let consultee = Consultee::parse(consultee).ok_or_else(|| {
            let all: Vec<&str> = Consultee::ALL.iter().map(|c| c.code()).collect();
            AppError::Invalid(format!(
                "'{}' is not someone a review consults; use one of {}.",
                consultee.trim(),
                all.join(", ")
            ))
        })?;
        let day = parse_day(on).ok_or_else(|| {
            AppError::Invalid(format!("The date '{}' must look like 2026-11-21.", on.trim()))
        })?;
        if day > self.clock.now().date() {
            return Err(AppError::Invalid("A consultation cannot be dated in the future.".into()));
        }
        let summary = text("summary of what they said", summary, true)?;
        let from = state_of(&r)?;
        let to = next(from, ReviewEvent::Consulted).map_err(|e| AppError::Invalid(e.to_string()))?;
        let now = self.clock.now();
        let c = ConsultationRecord {
            id: 0,
            review_id,
            consultee: consultee.code().into(),
            consulted_on: day.to_string(),
            summary,
            recorded_by: Some(actor.user_id),
            recorded_at: now,
        };
        // The summary may name people, so the audit keeps who was consulted and when, not what they said.
        let fx = Effects::audit(
            AuditDraft::new(r.org_id, Some(actor.user_id), "policy.review-consulted", "review-consultation")
                .after(
                    json!({"review_id": review_id, "consultee": c.consultee, "consulted_on": c.consulted_on}),
                ),
        );
        self.store.add_consultation(&c, from.code(), to.code(), fx).await?;
        Ok(())
    }

    /// Closes a review. "new-version" links the newest version of the same policy adopted since
    /// the review opened, and is refused until there is one.
    pub async fn close_review(
        &self,
        actor: &Actor,
        review_id: i64,
        outcome: &str,
        note: &str,
    ) -> Result<ReviewOutcome> {
        let r = self.review_for(actor, review_id, Action::ManagePolicies).await?;
        let outcome = ReviewOutcome::parse(outcome).ok_or_else(|| {
            AppError::Invalid(format!(
                "'{}' is not a review outcome; use no-change or new-version.",
                outcome.trim()
            ))
        })?;
        let note = text("note", note, false)?;
        let from = state_of(&r)?;
        next(from, ReviewEvent::Close(outcome)).map_err(|e| AppError::Invalid(e.to_string()))?;
        let outcome_version_id = match outcome {
            ReviewOutcome::NoChange => None,
            ReviewOutcome::NewVersion => {
                let reviewed =
                    self.store.get_policy_version(r.version_id).await?.ok_or(AppError::NotFound("policy"))?;
                let newer = self.store.list_policy_versions(&[r.org_id]).await?.into_iter().find(|v| {
                    v.id != reviewed.id
                        && v.pack_id == reviewed.pack_id
                        && v.created_at >= r.opened_at
                        && matches!(v.status.as_str(), "adopted" | "published")
                });
                Some(
                    newer
                        .ok_or(AppError::Invalid(
                            "No new version has been adopted since this review opened. Adopt it first, then close the review.".into(),
                        ))?
                        .id,
                )
            }
        };
        let closing = ReviewClosing {
            from_state: from.code().into(),
            outcome: outcome.code().into(),
            outcome_version_id,
            note,
            by: Some(actor.user_id),
        };
        let fx = Effects::audit(
            AuditDraft::new(r.org_id, Some(actor.user_id), "policy.review-closed", "policy-review")
                .record(review_id.to_string())
                .after(json!({"outcome": outcome.code(), "new_version_id": outcome_version_id})),
        );
        self.store.close_review(review_id, &closing, self.clock.now(), fx).await?;
        Ok(outcome)
    }

    /// The organisation's reviews, open first.
    pub async fn reviews(&self, actor: &Actor, org_id: i64) -> Result<Vec<ReviewRecord>> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ViewPolicies, res)?;
        Ok(self.store.list_reviews(&[org_id]).await?)
    }

    pub async fn review(&self, actor: &Actor, id: i64) -> Result<(ReviewRecord, Vec<ConsultationRecord>)> {
        let r = self.review_for(actor, id, Action::ViewPolicies).await?;
        let c = self.store.list_consultations(id).await?;
        Ok((r, c))
    }
}

/// One line of a policy's revision log: when, what, by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionEntry {
    pub on: time::OffsetDateTime,
    pub version_id: i64,
    pub what: String,
    pub by: String,
}

impl App {
    /// Every version of this policy held by its organisation, and every review of them, newest first.
    pub async fn revision_log(&self, actor: &Actor, version_id: i64) -> Result<Vec<RevisionEntry>> {
        let view = self.policy(actor, version_id).await?;
        let rec = view.record;
        let versions: Vec<_> = self
            .store
            .list_policy_versions(&[rec.org_id])
            .await?
            .into_iter()
            .filter(|v| v.pack_id == rec.pack_id)
            .collect();
        let mut names = std::collections::HashMap::new();
        let mut name = async |id: Option<i64>| -> Result<String> {
            let Some(id) = id else { return Ok("SafeSocial".to_owned()) };
            if let Some(n) = names.get(&id) {
                return Ok(String::clone(n));
            }
            let n = self
                .store
                .get_user(id)
                .await?
                .map(|u| u.display_name())
                .unwrap_or_else(|| "A former user".into());
            names.insert(id, n.clone());
            Ok(n)
        };
        let mut out = Vec::new();
        for v in &versions {
            let what = match v.kind.as_str() {
                "model" => format!("Version {} published", v.version_no),
                "adoption" => format!("Version {} adopted from the model", v.version_no),
                _ => format!("Version {} stored", v.version_no),
            };
            out.push(RevisionEntry {
                on: v.created_at,
                version_id: v.id,
                what,
                by: name(v.created_by).await?,
            });
        }
        for r in self.store.list_reviews(&[rec.org_id]).await? {
            if !versions.iter().any(|v| v.id == r.version_id) {
                continue;
            }
            let why = ReviewTrigger::parse(&r.trigger).map(|t| t.label()).unwrap_or("Unknown");
            out.push(RevisionEntry {
                on: r.opened_at,
                version_id: r.version_id,
                what: format!("Review opened: {why}"),
                by: name(r.opened_by).await?,
            });
            if let (Some(at), Some(o)) = (r.closed_at, r.outcome.as_deref().and_then(ReviewOutcome::parse)) {
                let what = if r.outcome_note.is_empty() {
                    o.label().to_owned()
                } else {
                    format!("{}: {}", o.label(), r.outcome_note)
                };
                out.push(RevisionEntry {
                    on: at,
                    version_id: r.version_id,
                    what,
                    by: name(r.closed_by).await?,
                });
            }
        }
        out.sort_by_key(|e| std::cmp::Reverse(e.on));
        Ok(out)
    }
}
