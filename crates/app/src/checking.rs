//! Checking drafts against a school's policy, and keeping what the checks know about the school.

use crate::{App, AppError, Result};
use check::{Context, Draft, Engine, Outcome, PolicyRules, SchoolProfile};
use domain::permission::{Action, Actor};
use domain::AuditDraft;
use serde_json::json;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use store::{CheckStaffRecord, Effects, PupilRecord, SchoolProfileRecord};

/// What an engine was built from: the check context version and the adopted policy version.
type EngineKey = (i64, Option<i64>);

/// Built engines by organisation, with the context version they were built from.
#[derive(Default)]
pub struct EngineCache {
    engines: Mutex<HashMap<i64, (EngineKey, Arc<Engine>)>>,
}

/// What a school's check context holds, for its settings page.
#[derive(Debug, Clone, Default)]
pub struct ContextSummary {
    pub profile: SchoolProfileRecord,
    pub pupils: usize,
    pub no_publish: usize,
    pub without_consent: usize,
    pub staff: usize,
}

impl App {
    /// The engine for a school, rebuilt only when its profile, roster or staff list changed.
    pub async fn check_engine(&self, org_id: i64) -> Result<Arc<Engine>> {
        let adopted = self.policy_in_force(org_id).await?;
        let version = (self.store.check_context_version(org_id).await?, adopted.as_ref().map(|v| v.id));
        if let Ok(cache) = self.engines.engines.lock() {
            if let Some((v, e)) = cache.get(&org_id) {
                if *v == version {
                    return Ok(e.clone());
                }
            }
        }
        let (org, _) = self.org_resource(org_id).await?;
        let rec = self.store.check_context(org_id).await?;
        let p = rec.profile.unwrap_or_default();
        let ctx = Context {
            profile: SchoolProfile {
                name: org.name.clone(),
                aliases: p.aliases,
                address: p.address,
                postcode: p.postcode,
                phone: p.phone,
                email: p.email,
                website: p.website,
            },
            roster: rec
                .pupils
                .into_iter()
                .map(|r| check::Pupil {
                    upn: r.upn,
                    first_name: r.first_name,
                    last_name: r.last_name,
                    preferred_name: r.preferred_name,
                    year_group: r.year_group,
                    social_media_consent: r.social_media_consent,
                    no_publish: r.no_publish,
                })
                .collect(),
            staff: rec
                .staff
                .into_iter()
                .map(|s| check::StaffMember {
                    first_name: s.first_name,
                    last_name: s.last_name,
                    role: s.role,
                })
                .collect(),
            rules: self.rules_for(adopted.as_ref()),
        };
        // Building takes milliseconds for thousands of pupils: do it off the async threads.
        let engine = tokio::task::spawn_blocking(move || Engine::new(ctx))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let engine = Arc::new(engine);
        if let Ok(mut cache) = self.engines.engines.lock() {
            cache.insert(org_id, ((rec.version, version.1), engine.clone()));
        }
        Ok(engine)
    }

    /// What the adopted policy says about staff's own accounts that no text check can see (when
    /// they may post, whom they may befriend): shown beside a personal post's check.
    pub async fn personal_use_guidance(&self, actor: &Actor, org_id: i64) -> Result<Vec<(String, String)>> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::CheckPost, res)?;
        let Some(v) = self.policy_in_force(org_id).await? else { return Ok(Vec::new()) };
        let Ok(pack) = policy::Pack::parse(&v.pack_id, &v.pack) else { return Ok(Vec::new()) };
        use policy::pack::{FormerPupils, ParentFriendships, PersonalUse};
        let settings = &pack.meta.settings;
        let cite = |clause: &str| format!("{}, version {}, clause {clause}", v.title, v.version_no);
        let mut out = Vec::new();
        if let Some(s) = &settings.personal_use {
            let when = match s.value {
                PersonalUse::OutsideWorkingHours => {
                    "Use your personal social media outside your working hours."
                }
                PersonalUse::OutsideLessonTime => "Do not use your personal social media during lesson time.",
            };
            out.push((when.to_owned(), cite(&s.clause)));
        }
        if let Some(s) = &settings.staff_parent_friendships {
            let rule = match s.value {
                ParentFriendships::Prohibited => "Do not become online friends with parents or carers.",
                ParentFriendships::AllowedForStaffWhoAreParents => {
                    "Online friendships with parents are only for staff who are parents at the school themselves, and never to discuss school."
                }
            };
            out.push((rule.to_owned(), cite(&s.clause)));
        }
        if let Some(s) = &settings.former_pupil_contact {
            let rule = match s.value {
                FormerPupils::Discouraged => {
                    "Online friendships with former pupils are strongly discouraged, especially under 18."
                }
                FormerPupils::ProhibitedUnder18 => {
                    "Do not accept or send friend requests to former pupils under 18."
                }
            };
            out.push((rule.to_owned(), cite(&s.clause)));
        }
        Ok(out)
    }

    /// The decision table, citing the school's adopted version where it adopted the LCC model.
    fn rules_for(&self, adopted: Option<&store::PolicyVersionRecord>) -> PolicyRules {
        let mut rules = PolicyRules::default();
        let Some(v) = adopted else { return rules };
        let Ok(pack) = policy::Pack::parse(&v.pack_id, &v.pack) else { return rules };
        let label = format!(
            "{}, version {} ({})",
            v.title,
            v.version_no,
            &v.content_hash[..v.content_hash.len().min(12)]
        );
        let cite = |clause: &str| check::ClauseRef {
            policy: label.clone(),
            clause: clause.to_owned(),
            text: pack.clause(clause).map(|c| c.text.clone()),
        };
        // Settings the engine acts on, from whichever policy the school has in force.
        let settings = &pack.meta.settings;
        if let Some(s) = &settings.image_consent {
            if s.value == policy::pack::ImageConsent::ParentsAndHeadteacher {
                rules.image_approval = Some(cite(&s.clause));
            }
        }
        if let Some(s) = &settings.staff_parent_friendships {
            if s.value == policy::pack::ParentFriendships::AllowedForStaffWhoAreParents {
                rules.parent_friendships = Some(cite(&s.clause));
            }
        }
        if let Some(s) = &settings.former_pupil_contact {
            rules.former_pupils = (cite(&s.clause), s.value == policy::pack::FormerPupils::ProhibitedUnder18);
        }
        if pack.meta.derived_from.as_deref() == Some(check::rules::LCC) {
            rules.cite_adopted(check::rules::LCC, &label, |id| pack.clause(id).map(|c| c.text.clone()));
        }
        rules
    }

    pub async fn check_draft(&self, actor: &Actor, org_id: i64, draft: &Draft) -> Result<Outcome> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::CheckPost, res)?;
        let engine = self.check_engine(org_id).await?;
        engine.check(draft).map_err(|e| AppError::Invalid(e.to_string()))
    }

    /// Checks many drafts; each result is the outcome or the reason that draft was refused.
    pub async fn check_drafts(
        &self,
        actor: &Actor,
        org_id: i64,
        drafts: &[Draft],
    ) -> Result<Vec<std::result::Result<Outcome, String>>> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::CheckPost, res)?;
        let engine = self.check_engine(org_id).await?;
        Ok(drafts.iter().map(|d| engine.check(d).map_err(|e| e.to_string())).collect())
    }

    pub async fn check_context_summary(&self, actor: &Actor, org_id: i64) -> Result<ContextSummary> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ManageCheckContext, res)?;
        let rec = self.store.check_context(org_id).await?;
        Ok(ContextSummary {
            profile: rec.profile.unwrap_or_default(),
            pupils: rec.pupils.len(),
            no_publish: rec.pupils.iter().filter(|p| p.no_publish).count(),
            without_consent: rec.pupils.iter().filter(|p| !p.social_media_consent).count(),
            staff: rec.staff.len(),
        })
    }

    /// Replaces the roster from a MIS export. Every row is checked first; nothing changes on error.
    pub async fn upload_roster(&self, actor: &Actor, org_id: i64, csv: &[u8]) -> Result<usize> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ManageCheckContext, res)?;
        let pupils = check::parse_roster(csv).map_err(|e| AppError::Invalid(e.to_string()))?;
        let records: Vec<PupilRecord> = pupils
            .into_iter()
            .map(|p| PupilRecord {
                upn: p.upn,
                first_name: p.first_name,
                last_name: p.last_name,
                preferred_name: p.preferred_name,
                year_group: p.year_group,
                social_media_consent: p.social_media_consent,
                no_publish: p.no_publish,
            })
            .collect();
        // Counts only: the audit log keeps no children's names.
        let after = json!({
            "pupils": records.len(),
            "no_publish": records.iter().filter(|p| p.no_publish).count(),
            "without_consent": records.iter().filter(|p| !p.social_media_consent).count(),
        });
        let fx = Effects::audit(
            AuditDraft::new(org_id, Some(actor.user_id), "roster.replaced", "roster").after(after),
        );
        self.store.replace_roster(org_id, &records, self.clock.now(), fx).await?;
        Ok(records.len())
    }

    pub async fn upload_staff_list(&self, actor: &Actor, org_id: i64, csv: &[u8]) -> Result<usize> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ManageCheckContext, res)?;
        let staff = check::parse_staff(csv).map_err(|e| AppError::Invalid(e.to_string()))?;
        let records: Vec<CheckStaffRecord> = staff
            .into_iter()
            .map(|s| CheckStaffRecord { first_name: s.first_name, last_name: s.last_name, role: s.role })
            .collect();
        let fx = Effects::audit(
            AuditDraft::new(org_id, Some(actor.user_id), "staff-list.replaced", "staff-list")
                .after(json!({"staff": records.len()})),
        );
        self.store.replace_check_staff(org_id, &records, self.clock.now(), fx).await?;
        Ok(records.len())
    }

    /// The school's published details: what checks treat as the school's own, never personal data.
    pub async fn set_school_profile(&self, actor: &Actor, org_id: i64, p: SchoolProfileRecord) -> Result<()> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ManageCheckContext, res)?;
        let field = |name: &str, v: &str, max: usize| -> Result<()> {
            if v.chars().count() > max || v.chars().any(char::is_control) {
                return Err(AppError::Invalid(format!(
                    "{name} is too long (at most {max} characters) or has control characters."
                )));
            }
            Ok(())
        };
        field("The address", &p.address, 300)?;
        field("The postcode", &p.postcode, 10)?;
        field("The phone number", &p.phone, 30)?;
        field("The email address", &p.email, 254)?;
        field("The website", &p.website, 200)?;
        if p.aliases.len() > 20 {
            return Err(AppError::Invalid("Give at most 20 other names.".into()));
        }
        for a in &p.aliases {
            field("Each other name", a, 100)?;
        }
        if !p.email.is_empty() {
            domain::validate::email(&p.email)?;
        }
        let before = self.store.check_context(org_id).await?.profile;
        let mut draft =
            AuditDraft::new(org_id, Some(actor.user_id), "school-profile.updated", "school-profile")
                .after(json!(p));
        if let Some(b) = before {
            draft = draft.before(json!(b));
        }
        self.store.set_school_profile(org_id, &p, self.clock.now(), Effects::audit(draft)).await?;
        Ok(())
    }
}
