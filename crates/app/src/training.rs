//! Training records: each school's catalogue, completions with expiry, CSV import, and the
//! readiness question the account workflow asks.

use crate::dates::{add_months, parse_day};
use crate::people::By;
use crate::{App, AppError, Result};
use domain::permission::{Action, Actor};
use domain::AuditDraft;
use serde::Serialize;
use serde_json::json;
use store::{CompletionRecord, CourseRecord, Effects};

/// (code, title, months a completion counts, everyone must complete it)
pub const DEMO_COURSES: [(&str, &str, Option<i64>, bool); 2] = [
    ("online-safety", "Online safety", Some(12), true),
    ("account-runner", "School social media account runner", Some(24), false),
];

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Readiness {
    pub acknowledged_current_policy: bool,
    pub trained: bool,
    /// Why not, in plain words, when either is false.
    pub reasons: Vec<String>,
}

fn course_code(raw: &str) -> Result<String> {
    let c = raw.trim().to_lowercase();
    if c.is_empty() || c.len() > 40 || !c.chars().all(|x| x.is_ascii_alphanumeric() || x == '-') {
        return Err(AppError::Invalid(
            "A course code uses letters, digits and hyphens, at most 40 (for example online-safety).".into(),
        ));
    }
    Ok(c)
}

impl App {
    pub async fn create_course(
        &self,
        by: By<'_>,
        org_id: i64,
        code: &str,
        title: &str,
        valid_months: Option<i64>,
        required_for_all: bool,
    ) -> Result<i64> {
        let (_, res) = self.org_resource(org_id).await?;
        let user = match by {
            By::Person(a) => {
                self.require(a, Action::ManagePeople, res)?;
                Some(a.user_id)
            }
            By::Operator => None,
        };
        let code = course_code(code)?;
        let title = title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            return Err(AppError::Invalid("Give the course a title of at most 200 characters.".into()));
        }
        if valid_months.is_some_and(|m| !(1..=120).contains(&m)) {
            return Err(AppError::Invalid(
                "A completion counts for 1 to 120 months, or leave it blank for ever.".into(),
            ));
        }
        let fx = Effects::audit(
            AuditDraft::new(org_id, user, "training.course-created", "training-course")
                .after(json!({"code": code, "title": title, "valid_months": valid_months, "required_for_all": required_for_all})),
        );
        Ok(self
            .store
            .create_course(org_id, &code, title, valid_months, required_for_all, self.clock.now(), fx)
            .await?)
    }

    pub async fn courses(
        &self,
        actor: &Actor,
        org_id: i64,
    ) -> Result<(Vec<CourseRecord>, Vec<CompletionRecord>)> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ViewPeople, res)?;
        Ok((self.store.list_courses(org_id).await?, self.store.list_completions(org_id).await?))
    }

    /// Checks rows of (email, course code, completion date) against the school: every row first.
    async fn completions_from(
        &self,
        org_id: i64,
        rows: &[(u64, String, String, String)],
    ) -> Result<Vec<CompletionRecord>> {
        let courses = self.store.list_courses(org_id).await?;
        let today = self.clock.now().date();
        let mut out = Vec::new();
        let mut problems = Vec::new();
        for (line, email, code, date) in rows {
            let row = async {
                let email = domain::validate::email(email).map_err(|e| e.to_string())?;
                let user = self
                    .store
                    .find_user_by_email(&email)
                    .await
                    .map_err(|e| e.to_string())?
                    .ok_or(format!("{email} is not on SafeSocial"))?;
                let member = self
                    .store
                    .memberships(user.id)
                    .await
                    .map_err(|e| e.to_string())?
                    .iter()
                    .any(|m| m.org_id == org_id);
                if !member {
                    return Err(format!("{email} is not a member of this school"));
                }
                let code = code.trim().to_lowercase();
                let course = courses
                    .iter()
                    .find(|c| c.code == code)
                    .ok_or(format!("there is no course with the code '{code}'"))?;
                let done = parse_day(date)
                    .ok_or(format!("completed_on '{}' must look like 2026-11-21", date.trim()))?;
                if done > today {
                    return Err(format!("completed_on {done} is in the future"));
                }
                Ok(CompletionRecord {
                    course_id: course.id,
                    user_id: user.id,
                    completed_on: done.to_string(),
                    expires_on: course.valid_months.map(|m| add_months(done, m).to_string()),
                })
            }
            .await;
            match row {
                Ok(c) => out.push(c),
                Err(reason) => problems.push(format!("line {line}: {reason}")),
            }
        }
        if !problems.is_empty() {
            return Err(AppError::Invalid(problems.join("\n")));
        }
        Ok(out)
    }

    pub async fn record_completion(
        &self,
        actor: &Actor,
        org_id: i64,
        email: &str,
        code: &str,
        completed_on: &str,
    ) -> Result<()> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ManagePeople, res)?;
        let rows = vec![(1, email.to_owned(), code.to_owned(), completed_on.to_owned())];
        let items = self
            .completions_from(org_id, &rows)
            .await
            .map_err(|e| AppError::Invalid(e.to_string().trim_start_matches("line 1: ").to_owned()))?;
        let fx = Effects::audit(
            AuditDraft::new(
                org_id,
                Some(actor.user_id),
                "training.completion-recorded",
                "training-completion",
            )
            .after(json!(items[0])),
        );
        self.store.record_completions(&items, Some(actor.user_id), self.clock.now(), fx).await?;
        Ok(())
    }

    /// CSV `email,course,completed_on`: every row is checked; any problem means nothing is written.
    pub async fn import_training(&self, by: By<'_>, org_id: i64, csv_bytes: &[u8]) -> Result<usize> {
        let (_, res) = self.org_resource(org_id).await?;
        let user = match by {
            By::Person(a) => {
                self.require(a, Action::ManagePeople, res)?;
                Some(a.user_id)
            }
            By::Operator => None,
        };
        if csv_bytes.len() > 5 * 1024 * 1024 {
            return Err(AppError::Invalid("The file is larger than 5 MiB.".into()));
        }
        let text = std::str::from_utf8(csv_bytes)
            .map_err(|_| AppError::Invalid("The file is not UTF-8 text.".into()))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
        let header: Vec<String> = rdr
            .headers()
            .map_err(|e| AppError::Invalid(e.to_string()))?
            .iter()
            .map(|h| h.trim().to_lowercase())
            .collect();
        if header != ["email", "course", "completed_on"] {
            return Err(AppError::Invalid(format!(
                "line 1: the header must be `email,course,completed_on` but was `{}`",
                header.join(",")
            )));
        }
        let mut rows = Vec::new();
        for (i, rec) in rdr.records().enumerate() {
            if i >= 20_000 {
                return Err(AppError::Invalid("The file has more than 20,000 rows.".into()));
            }
            let rec =
                rec.map_err(|e| AppError::Invalid(format!("line {}: cannot read the row: {e}", i + 2)))?;
            let line = rec.position().map(|p| p.line()).unwrap_or(i as u64 + 2);
            if rec.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            if rec.len() != 3 {
                return Err(AppError::Invalid(format!(
                    "line {line}: expected 3 columns but found {}",
                    rec.len()
                )));
            }
            rows.push((line, rec[0].to_owned(), rec[1].to_owned(), rec[2].to_owned()));
        }
        let items = self.completions_from(org_id, &rows).await?;
        let fx = Effects::audit(
            AuditDraft::new(org_id, user, "training.imported", "training-completion")
                .after(json!({"completions": items.len()})),
        );
        self.store.record_completions(&items, user, self.clock.now(), fx).await?;
        Ok(items.len())
    }

    /// Has this person acknowledged the school's current policy and completed this training, in date?
    pub async fn readiness(
        &self,
        actor: &Actor,
        org_id: i64,
        user_id: i64,
        course: &str,
    ) -> Result<Readiness> {
        let (_, res) = self.org_resource(org_id).await?;
        if actor.user_id != user_id {
            self.require(actor, Action::ViewPeople, res)?;
        }
        let today = self.clock.now().date();
        let mut reasons = Vec::new();
        let versions = self.store.list_policy_versions(&[org_id]).await?;
        let current = versions.iter().find(|v| v.status == "adopted");
        let acknowledged = match current {
            Some(v) => self.store.policy_acknowledgements(v.id).await?.iter().any(|a| a.user_id == user_id),
            None => false,
        };
        match (current, acknowledged) {
            (None, _) => reasons.push("The school has not adopted a social media policy yet.".to_owned()),
            (Some(_), false) => reasons.push("They have not acknowledged the current policy.".to_owned()),
            _ => {}
        }
        let courses = self.store.list_courses(org_id).await?;
        let code = course.trim().to_lowercase();
        let trained = match courses.iter().find(|c| c.code == code) {
            None => {
                reasons.push(format!("There is no course with the code '{code}'."));
                false
            }
            Some(c) => {
                let ok = self.store.list_completions(org_id).await?.iter().any(|x| {
                    x.course_id == c.id
                        && x.user_id == user_id
                        && x.expires_on.as_deref().and_then(parse_day).is_none_or(|e| e >= today)
                });
                if !ok {
                    reasons
                        .push(format!("They have no completion of \"{}\" that is still in date.", c.title));
                }
                ok
            }
        };
        Ok(Readiness { acknowledged_current_policy: acknowledged, trained, reasons })
    }
}

/// One person's standing on one course.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TrainingRow {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub course: String,
    pub completed_on: Option<String>,
    pub expires_on: Option<String>,
    /// "in-date", "expiring" (within 30 days), "expired" or "missing".
    pub state: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct TrainingOverview {
    pub courses: Vec<CourseRecord>,
    /// Every active member against every course, latest completion first considered.
    pub rows: Vec<TrainingRow>,
}

impl App {
    pub async fn training_overview(&self, actor: &Actor, org_id: i64) -> Result<TrainingOverview> {
        let (courses, done) = self.courses(actor, org_id).await?;
        let today = self.clock.now().date();
        let people = self.active_people(org_id).await?;
        let mut rows = Vec::new();
        for p in &people {
            for c in &courses {
                let latest = done
                    .iter()
                    .filter(|x| x.course_id == c.id && x.user_id == p.user.id)
                    .max_by(|a, b| a.completed_on.cmp(&b.completed_on));
                let expires = latest.and_then(|x| x.expires_on.as_deref().and_then(parse_day));
                // Optional courses list only those who took them.
                if latest.is_none() && !c.required_for_all {
                    continue;
                }
                let state = match (latest, expires) {
                    (None, _) => "missing",
                    (Some(_), Some(e)) if e < today => "expired",
                    (Some(_), Some(e)) if e < today + time::Duration::days(30) => "expiring",
                    _ => "in-date",
                };
                rows.push(TrainingRow {
                    user_id: p.user.id,
                    name: p.user.display_name(),
                    email: p.user.email.clone(),
                    course: c.title.clone(),
                    completed_on: latest.map(|x| x.completed_on.clone()),
                    expires_on: latest.and_then(|x| x.expires_on.clone()),
                    state,
                });
            }
        }
        Ok(TrainingOverview { courses, rows })
    }
}

/// A session with its course and who it is for.
#[derive(Debug, Clone)]
pub struct SessionView {
    pub session: store::TrainingSessionRecord,
    pub course: CourseRecord,
    /// Everyone active in the school, with whether they need this course now
    /// (never done it, expired or expiring within 30 days) — the people to invite.
    pub people: Vec<(store::Person, bool)>,
}

impl App {
    /// Plans a session of one of the school's courses.
    pub async fn plan_session(
        &self,
        actor: &Actor,
        org_id: i64,
        course: &str,
        on: &str,
        place: &str,
    ) -> Result<i64> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ManagePeople, res)?;
        let code = course.trim().to_lowercase();
        let course = self
            .store
            .list_courses(org_id)
            .await?
            .into_iter()
            .find(|c| c.code == code)
            .ok_or_else(|| AppError::Invalid(format!("There is no course with the code '{code}'.")))?;
        let day = parse_day(on).ok_or_else(|| {
            AppError::Invalid(format!("The date '{}' must look like 2026-11-21.", on.trim()))
        })?;
        let today = self.clock.now().date();
        if day > add_months(today, 24) || day < add_months(today, -24) {
            return Err(AppError::Invalid("A session is dated within two years of today.".into()));
        }
        let place = place.trim();
        if place.is_empty() || place.chars().count() > 200 {
            return Err(AppError::Invalid(
                "Say where the session is (or \"online\"), in at most 200 characters.".into(),
            ));
        }
        let rec = store::TrainingSessionRecord {
            id: 0,
            org_id,
            course_id: course.id,
            on_date: day.to_string(),
            place: place.to_owned(),
            created_by: Some(actor.user_id),
            created_at: self.clock.now(),
            attendance_recorded_at: None,
        };
        let fx = Effects::audit(
            AuditDraft::new(org_id, Some(actor.user_id), "training.session-planned", "training-session")
                .after(json!({"course": course.code, "on_date": rec.on_date, "place": rec.place})),
        );
        Ok(self.store.create_training_session(&rec, fx).await?)
    }

    pub async fn sessions(&self, actor: &Actor, org_id: i64) -> Result<Vec<store::TrainingSessionRecord>> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ViewPeople, res)?;
        Ok(self.store.list_training_sessions(org_id).await?)
    }

    pub async fn session(&self, actor: &Actor, id: i64) -> Result<SessionView> {
        let session =
            self.store.get_training_session(id).await?.ok_or(AppError::NotFound("training session"))?;
        let (_, res) = self.org_resource(session.org_id).await?;
        if !domain::authorize(actor, Action::ViewPeople, res).is_allowed() {
            return Err(AppError::NotFound("training session"));
        }
        let course = self
            .store
            .list_courses(session.org_id)
            .await?
            .into_iter()
            .find(|c| c.id == session.course_id)
            .ok_or(AppError::NotFound("course"))?;
        let done = self.store.list_completions(session.org_id).await?;
        let soon = self.clock.now().date() + time::Duration::days(30);
        let people = self
            .active_people(session.org_id)
            .await?
            .into_iter()
            .map(|p| {
                let latest = done.iter().find(|x| x.course_id == course.id && x.user_id == p.user.id);
                let needs = match latest {
                    None => true,
                    Some(x) => x.expires_on.as_deref().and_then(parse_day).is_some_and(|e| e < soon),
                };
                (p, needs)
            })
            .collect();
        Ok(SessionView { session, course, people })
    }

    /// Records who attended a session that has taken place; each gets a completion dated that day.
    pub async fn record_attendance(&self, actor: &Actor, session_id: i64, attended: &[i64]) -> Result<usize> {
        let view = self.session(actor, session_id).await?;
        let (_, res) = self.org_resource(view.session.org_id).await?;
        self.require(actor, Action::ManagePeople, res)?;
        let day = parse_day(&view.session.on_date).ok_or(AppError::Internal("session date".into()))?;
        if day > self.clock.now().date() {
            return Err(AppError::Invalid("Record attendance once the session has taken place.".into()));
        }
        if view.session.attendance_recorded_at.is_some() {
            return Err(AppError::Invalid("Attendance for this session has been recorded already.".into()));
        }
        let mut items = Vec::new();
        for uid in attended {
            if !view.people.iter().any(|(p, _)| p.user.id == *uid) {
                return Err(AppError::Invalid(format!("Person {uid} is not a member of this school.")));
            }
            if items.iter().any(|c: &CompletionRecord| c.user_id == *uid) {
                continue;
            }
            items.push(CompletionRecord {
                course_id: view.course.id,
                user_id: *uid,
                completed_on: day.to_string(),
                expires_on: view.course.valid_months.map(|m| add_months(day, m).to_string()),
            });
        }
        let fx = Effects::audit(
            AuditDraft::new(
                view.session.org_id,
                Some(actor.user_id),
                "training.attendance-recorded",
                "training-session",
            )
            .record(session_id)
            .after(json!({"attended": items.len()})),
        );
        self.store.record_attendance(session_id, &items, Some(actor.user_id), self.clock.now(), fx).await?;
        Ok(items.len())
    }
}
