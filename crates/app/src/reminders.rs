//! Reminder sweeps: acknowledgement reminders to staff (on opening, 7 days and 1 day before the
//! due date, on it, then daily while overdue) and review reminders to the policy's owners (30 days
//! before, on the day, then weekly while overdue), and training refreshers on the same ladder.
//! Emails go through the outbox; a reminder log
//! makes every sweep safe to run again.

use crate::{App, Result};
use domain::{AuditDraft, Role};
use policy::Pack;
use serde_json::json;
use store::{Effects, NewEmail};
use time::{Date, Duration};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SweepReport {
    pub acknowledgement: usize,
    pub review: usize,
    /// Scheduled review tasks opened because the review date came round.
    pub reviews_opened: usize,
    /// Refresher reminders for training that expires soon or has expired.
    pub training: usize,
    /// Weekly alerts that a planned replacement date has passed.
    pub replacement: usize,
}

/// The acknowledgement reminder due today, if any. Missed days send the current step only.
pub fn ack_step(today: Date, due: Date) -> String {
    if today > due {
        format!("overdue-{today}")
    } else if today == due {
        "due".into()
    } else if today >= due - Duration::days(1) {
        "1-day".into()
    } else if today >= due - Duration::days(7) {
        "7-days".into()
    } else {
        "start".into()
    }
}

/// The review reminder due today, if any.
pub fn review_step(today: Date, due: Date) -> Option<String> {
    if today > due {
        Some(format!("overdue-week-{}", (today - due).whole_days() / 7))
    } else if today == due {
        Some("due".into())
    } else if today >= due - Duration::days(30) {
        Some("30-days".into())
    } else {
        None
    }
}

/// One reminder email to one person, for one step of one ladder.
struct Reminder<'a> {
    org_id: i64,
    kind: &'static str,
    record_type: &'static str,
    subject_id: i64,
    step: String,
    to: &'a store::User,
    subject: String,
    body: String,
}

impl App {
    /// Queues the email with its audit event unless this step went already; true when queued.
    async fn remind(&self, r: Reminder<'_>) -> Result<bool> {
        let mail = NewEmail { to: r.to.email.clone(), subject: r.subject, body: r.body };
        let fx = Effects::audit(
            AuditDraft::new(r.org_id, None, "reminder.queued", r.record_type)
                .record(r.subject_id)
                .after(json!({"kind": r.kind, "step": r.step, "user_id": r.to.id})),
        )
        .with_email(mail);
        Ok(self.store.queue_reminder(r.kind, r.subject_id, r.to.id, &r.step, self.clock.now(), fx).await?)
    }

    pub async fn run_reminders(&self, today: Date) -> Result<SweepReport> {
        let now = self.clock.now();
        let base = self.settings.base_url.trim_end_matches('/').to_owned();
        let orgs = self.store.list_orgs().await?;
        let ids: Vec<i64> = orgs.iter().map(|o| o.id).collect();
        let mut report = SweepReport::default();
        for v in self.store.list_policy_versions(&ids).await?.into_iter().filter(|v| v.status == "adopted") {
            let link = format!("{base}/policies/{}", v.id);
            // Acknowledgements.
            if let Some(due) = self.store.policy_campaign_due(v.id).await? {
                let due = crate::dates::parse_day(&due).ok_or_else(|| {
                    crate::AppError::Internal(format!("campaign date '{due}' cannot be read"))
                })?;
                let step = ack_step(today, due);
                let acked: Vec<i64> =
                    self.store.policy_acknowledgements(v.id).await?.into_iter().map(|a| a.user_id).collect();
                let mut page = 0;
                loop {
                    let people = self.store.list_people(v.org_id, 500, page * 500).await?;
                    let n = people.len();
                    for p in people.iter().filter(|p| !p.user.disabled && !acked.contains(&p.user.id)) {
                        let (subject, lead) = match step.as_str() {
                            "start" => (
                                "Please read and acknowledge the social media policy",
                                "Your school has adopted a new version of its social media policy.",
                            ),
                            "7-days" => (
                                "One week left to acknowledge the social media policy",
                                "You have a week left to read and acknowledge the social media policy.",
                            ),
                            "1-day" => (
                                "Tomorrow: acknowledge the social media policy",
                                "Tomorrow is the last day to read and acknowledge the social media policy.",
                            ),
                            "due" => (
                                "Today: acknowledge the social media policy",
                                "Today is the last day to read and acknowledge the social media policy.",
                            ),
                            _ => (
                                "Overdue: acknowledge the social media policy",
                                "Your acknowledgement of the social media policy is overdue.",
                            ),
                        };
                        let sent = self
                            .remind(Reminder {
                                org_id: v.org_id,
                                kind: "acknowledgement",
                                record_type: "policy-version",
                                subject_id: v.id,
                                step: step.clone(),
                                to: &p.user,
                                subject: subject.into(),
                                body: format!("Hello {},\n\n{lead} Please read it and confirm you have read and understood it by {due}:\n\n{link}\n", p.user.first_name),
                            })
                            .await?;
                        if sent {
                            report.acknowledgement += 1;
                        }
                    }
                    if n < 500 {
                        break;
                    }
                    page += 1;
                }
            }
            // Reviews, to the school's headteachers (the owners who sign adoption off).
            let Ok(pack) = Pack::parse(&v.pack_id, &v.pack) else { continue };
            let owners: Vec<store::Person> = self
                .active_people(v.org_id)
                .await?
                .into_iter()
                .filter(|p| p.roles.contains(&Role::Headteacher))
                .collect();
            // A planned replacement whose date has passed: weekly, until a new version is adopted.
            if let Some(r) = pack.meta.replacement.as_ref().filter(|r| today > r.date.last_day()) {
                let (year, week, _) = today.to_iso_week_date();
                for o in &owners {
                    let sent = self
                        .remind(Reminder {
                            org_id: v.org_id,
                            kind: "replacement",
                            record_type: "policy-version",
                            subject_id: v.id,
                            step: format!("overdue-{year}-w{week}"),
                            to: &o.user,
                            subject: "Overdue: the social media policy was due to be replaced".into(),
                            body: format!(
                                "Hello {},\n\n\"{}\" says it would be replaced by {} in {}. That date has passed and it is still the policy in force. Adopt the replacement, or review the policy and record a new date:\n\n{link}\n",
                                o.user.first_name, v.title, r.by, r.date
                            ),
                        })
                        .await?;
                    if sent {
                        report.replacement += 1;
                    }
                }
            }
            let Some(next) = policy::lint::next_review(&pack) else { continue };
            let reviews = self.store.list_reviews(&[v.org_id]).await?;
            let mine: Vec<&store::ReviewRecord> = reviews.iter().filter(|r| r.version_id == v.id).collect();
            // A review closed with "no change" starts the next cycle from the day it closed.
            let period = pack.meta.review_period_months.unwrap_or(12);
            let due = mine
                .iter()
                .filter_map(|r| r.closed_at)
                .map(|t| crate::dates::add_months(t.date(), period as i64))
                .fold(next.last_day(), Date::max);
            let Some(step) = review_step(today, due) else { continue };
            // From the due date on, a scheduled review task is opened if none is under way.
            if (step == "due" || step.starts_with("overdue")) && !mine.iter().any(|r| r.closed_at.is_none()) {
                let fx = Effects::audit(
                    AuditDraft::new(v.org_id, None, "policy.review-opened", "policy-review")
                        .after(json!({"version_id": v.id, "trigger": "scheduled", "due": due.to_string()})),
                );
                self.store
                    .open_review(
                        v.org_id,
                        v.id,
                        "scheduled",
                        &format!("The review date ({due}) has come round."),
                        None,
                        now,
                        fx,
                    )
                    .await?;
                report.reviews_opened += 1;
            }
            for o in &owners {
                let sent = self
                    .remind(Reminder {
                        org_id: v.org_id,
                        kind: "review",
                        record_type: "policy-version",
                        subject_id: v.id,
                        step: step.clone(),
                        to: &o.user,
                        subject: if step.starts_with("overdue") { "Overdue: review the social media policy".into() } else { "The social media policy is due for review".into() },
                        body: format!(
                            "Hello {},\n\n\"{}\" is due for review by {next}. Open it to see what needs attention and to start the review:\n\n{link}\n",
                            o.user.first_name, v.title
                        ),
                    })
                    .await?;
                if sent {
                    report.review += 1;
                }
            }
        }
        self.training_reminders(today, &orgs, &mut report).await?;
        Ok(report)
    }

    /// Never done a required course: chased weekly until a completion is recorded.
    async fn chase_missing_training(
        &self,
        today: Date,
        org: &domain::Organisation,
        c: &store::CourseRecord,
        p: &store::Person,
        report: &mut SweepReport,
    ) -> Result<()> {
        let (year, week, _) = today.to_iso_week_date();
        let step = format!("missing-{year}-w{week}");
        let sent = self
            .remind(Reminder {
                org_id: org.id,
                kind: "training",
                record_type: "training-course",
                subject_id: c.id,
                step,
                to: &p.user,
                subject: format!("Please complete your \"{}\" training", c.title),
                body: format!(
                    "Hello {},\n\n{} asks everyone to complete \"{}\" training, and there is no record of yours. Please arrange it with the school office, who will record it on SafeSocial.\n",
                    p.user.first_name, org.name, c.title
                ),
            })
            .await?;
        if sent {
            report.training += 1;
        }
        Ok(())
    }

    /// Chases refreshers on the review ladder: 30 days before a completion expires, on the day,
    /// then weekly. Each cycle is keyed by its expiry date, so a new completion starts afresh.
    async fn training_reminders(
        &self,
        today: Date,
        orgs: &[domain::Organisation],
        report: &mut SweepReport,
    ) -> Result<()> {
        for org in orgs.iter().filter(|o| o.kind == domain::OrgKind::School) {
            let courses = self.store.list_courses(org.id).await?;
            if courses.is_empty() {
                continue;
            }
            // Newest first, so the first match is the completion that counts.
            let done = self.store.list_completions(org.id).await?;
            for p in self.active_people(org.id).await? {
                for c in &courses {
                    let Some(latest) = done.iter().find(|x| x.course_id == c.id && x.user_id == p.user.id)
                    else {
                        if c.required_for_all {
                            self.chase_missing_training(today, org, c, &p, report).await?;
                        }
                        continue;
                    };
                    let Some(expires) = latest.expires_on.as_deref().and_then(crate::dates::parse_day) else {
                        continue;
                    };
                    let Some(step) = review_step(today, expires) else { continue };
                    let (subject, lead) = if today > expires {
                        (
                            format!("Overdue: refresh your \"{}\" training", c.title),
                            format!("expired on {expires}"),
                        )
                    } else {
                        (
                            format!("Your \"{}\" training expires soon", c.title),
                            format!("expires on {expires}"),
                        )
                    };
                    // The cycle is keyed by its expiry, so a new completion starts afresh.
                    let sent = self
                        .remind(Reminder {
                            org_id: org.id,
                            kind: "training",
                            record_type: "training-course",
                            subject_id: c.id,
                            step: format!("{step}@{expires}"),
                            to: &p.user,
                            subject,
                            body: format!(
                                "Hello {},\n\nYour \"{}\" training at {} {lead}. Please arrange a refresher with the school office, who will record it on SafeSocial.\n",
                                p.user.first_name, c.title, org.name
                            ),
                        })
                        .await?;
                    if sent {
                        report.training += 1;
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn ladders() {
        let due = date!(2026 - 12 - 12);
        assert_eq!(ack_step(date!(2026 - 11 - 21), due), "start");
        assert_eq!(ack_step(date!(2026 - 12 - 05), due), "7-days");
        assert_eq!(ack_step(date!(2026 - 12 - 11), due), "1-day");
        assert_eq!(ack_step(due, due), "due");
        assert_eq!(ack_step(date!(2026 - 12 - 14), due), "overdue-2026-12-14");
        assert_eq!(review_step(date!(2026 - 10 - 01), due), None);
        assert_eq!(review_step(date!(2026 - 11 - 20), due).as_deref(), Some("30-days"));
        assert_eq!(review_step(due, due).as_deref(), Some("due"));
        assert_eq!(review_step(date!(2026 - 12 - 27), due).as_deref(), Some("overdue-week-2"));
    }
}
