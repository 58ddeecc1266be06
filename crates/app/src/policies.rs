//! Policies: models published by a trust or local authority, adopted by schools with local
//! changes; approvals; acknowledgement of each adopted version.

use crate::people::By;
use crate::{App, AppError, Result};
use domain::permission::{authorize, Action, Actor, Resource};
use domain::{AuditDraft, OrgKind, Organisation, Role};
use policy::lint::{lint, LintFinding};
use policy::pack::{PackKind, Stage};
use policy::{Pack, PolicyDate};
use serde_json::json;
use store::{Effects, NewPolicyVersion, Person, PolicyApprovalRecord, PolicyVersionRecord};
use time::OffsetDateTime;

/// Template words a model uses where each school says which it is.
pub const PLACEHOLDERS: [&str; 7] = [
    "your school/service",
    "schools/services",
    "school/service",
    "school/trust",
    "school/academy",
    "school/college",
    "school/setting",
];

pub const STAGES: [(&str, &str); 8] = [
    ("written", "Written"),
    ("approved-by-staff", "Approved by staff"),
    ("approved-by-governors", "Formally approved by governors"),
    ("adopted", "Adopted by the governing board"),
    ("effective", "Effective from"),
    ("on-website", "Added to the website"),
    ("ratified", "Ratified by local governors"),
    // where staff find it; "by" names the handbook edition.
    ("in-staff-handbook", "Placed in the Staff Handbook"),
];

/// Days staff have to acknowledge a newly adopted version.
pub const ACK_DAYS: i64 = 21;

pub struct PolicyView {
    pub record: PolicyVersionRecord,
    pub pack: Pack,
    pub org: Organisation,
    pub approvals: Vec<PolicyApprovalRecord>,
    pub campaign_due: Option<String>,
    pub lint: Vec<LintFinding>,
}

pub struct CoverageRow {
    pub person: Person,
    pub acknowledged_at: Option<OffsetDateTime>,
    /// Joined after this version was adopted, so the policy belongs in their induction.
    pub new_starter: bool,
    /// When the policy was referred to at their induction.
    pub inducted_on: Option<String>,
}

pub struct Coverage {
    pub rows: Vec<CoverageRow>,
    /// Role, acknowledged, total.
    pub by_role: Vec<(Role, usize, usize)>,
    pub due: Option<String>,
    /// New starters whose induction has not yet been recorded.
    pub inductions_outstanding: usize,
}

fn parse_pack(file: &str, text: &str) -> Result<Pack> {
    Pack::parse(file, text).map_err(|e| AppError::Invalid(e.to_string()))
}

/// Distinct placeholders left in a pack, with the clauses they stand in.
pub fn placeholders_in(p: &Pack) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for c in &p.clauses {
        let mut lower = format!("{} {}", c.heading, c.text).to_lowercase();
        for ph in PLACEHOLDERS {
            if lower.contains(ph) {
                lower = lower.replace(ph, " ");
                match out.iter_mut().find(|(k, _)| k == ph) {
                    Some((_, ids)) => {
                        if !ids.contains(&c.id) {
                            ids.push(c.id.clone())
                        }
                    }
                    None => out.push((ph.to_owned(), vec![c.id.clone()])),
                }
            }
        }
    }
    out
}

fn replace_ci(text: &str, needle: &str, with: &str) -> String {
    let lower = text.to_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(i) = lower[at..].find(needle) {
        let s = at + i;
        out.push_str(&text[at..s]);
        out.push_str(with);
        at = s + needle.len();
    }
    out.push_str(&text[at..]);
    out
}

impl App {
    fn version_resource(&self, org: &Organisation) -> Resource {
        Resource::Org { org_id: org.id, parent_id: org.parent_id }
    }

    /// Models are readable by the schools below the trust or LA that published them.
    async fn can_view(&self, actor: &Actor, rec: &PolicyVersionRecord, org: &Organisation) -> bool {
        if authorize(actor, Action::ViewPolicies, self.version_resource(org)).is_allowed() {
            return true;
        }
        if rec.kind != "model" {
            return false;
        }
        let orgs = self.store.list_orgs().await.unwrap_or_default();
        can_view_with(actor, rec, org, &orgs)
    }

    pub async fn publish_model(&self, by: By<'_>, org_id: i64, pack_md: &str) -> Result<PolicyVersionRecord> {
        let (org, res) = self.org_resource(org_id).await?;
        if let By::Person(a) = by {
            self.require(a, Action::ManagePolicies, res)?;
        }
        if org.kind == OrgKind::School {
            return Err(AppError::Invalid(
                "Model policies are published by a trust or local authority.".into(),
            ));
        }
        let pack = parse_pack("model", pack_md)?;
        if pack.meta.kind != PackKind::Model {
            return Err(AppError::Invalid("This pack is not a model policy (kind = \"model\").".into()));
        }
        let user = match by {
            By::Person(a) => Some(a.user_id),
            By::Operator => None,
        };
        let hash = pack.content_hash();
        let v = NewPolicyVersion {
            org_id,
            pack_id: pack.meta.id.clone(),
            kind: "model".into(),
            title: pack.meta.title.clone(),
            derived_from: None,
            content_hash: hash.clone(),
            pack: pack_md.to_owned(),
            status: "published".into(),
            created_by: user,
            campaign_due: None,
        };
        let fx = Effects::audit(
            AuditDraft::new(org_id, user, "policy.published", "policy-version")
                .after(json!({"pack": pack.meta.id, "content_hash": hash})),
        );
        Ok(self.store.create_policy_version(v, self.clock.now(), fx).await?)
    }

    /// Adopts a school's own policy (not from a model), e.g. one the school wrote itself: stored as
    /// a new version with its fingerprint, in force at once, with an acknowledgement campaign.
    pub async fn adopt_own(&self, by: By<'_>, school_id: i64, pack_md: &str) -> Result<PolicyVersionRecord> {
        let (school, res) = self.org_resource(school_id).await?;
        if let By::Person(a) = by {
            self.require(a, Action::ManagePolicies, res)?;
        }
        if school.kind != OrgKind::School {
            return Err(AppError::Invalid("Only a school adopts its own policy.".into()));
        }
        if pack_md.len() > 1024 * 1024 {
            return Err(AppError::Invalid("The policy is larger than 1 MiB.".into()));
        }
        let pack = parse_pack("policy", pack_md)?;
        if pack.meta.kind != PackKind::School {
            return Err(AppError::Invalid(
                "This pack is not a school's own policy (kind = \"school\"); adopt a model from its page instead.".into(),
            ));
        }
        // The school's own words are kept as written; template words left in them show up as
        // lint findings on the policy's page rather than blocking a policy already in force.
        let user = match by {
            By::Person(a) => Some(a.user_id),
            By::Operator => None,
        };
        let hash = pack.content_hash();
        let due = self.clock.now().date() + time::Duration::days(ACK_DAYS);
        let v = NewPolicyVersion {
            org_id: school_id,
            pack_id: pack.meta.id.clone(),
            kind: "school".into(),
            title: format!("{}: {}", school.name, pack.meta.title),
            derived_from: None,
            content_hash: hash.clone(),
            pack: pack_md.to_owned(),
            status: "adopted".into(),
            created_by: user,
            campaign_due: Some(due.to_string()),
        };
        let fx = Effects::audit(
            AuditDraft::new(school_id, user, "policy.adopted", "policy-version")
                .after(json!({"pack": pack.meta.id, "own": true, "content_hash": hash, "acknowledge_by": due.to_string()})),
        );
        Ok(self.store.create_policy_version(v, self.clock.now(), fx).await?)
    }

    /// Every version the person may read: their schools' own, and the models above them.
    pub async fn policies_for(&self, actor: &Actor) -> Result<Vec<(PolicyVersionRecord, Organisation)>> {
        let orgs = self.store.list_orgs().await?;
        let mut ids: Vec<i64> = Vec::new();
        for o in &orgs {
            let res = Resource::Org { org_id: o.id, parent_id: o.parent_id };
            let mine = authorize(actor, Action::ViewPolicies, res).is_allowed();
            let parent_of_mine = actor
                .memberships
                .iter()
                .any(|m| orgs.iter().any(|x| x.id == m.org_id && x.parent_id == Some(o.id)));
            if mine || parent_of_mine {
                ids.push(o.id);
            }
        }
        let versions = self.store.list_policy_versions(&ids).await?;
        Ok(versions
            .into_iter()
            .filter_map(|v| {
                let org = orgs.iter().find(|o| o.id == v.org_id)?;
                can_view_with(actor, &v, org, &orgs).then(|| (v, org.clone()))
            })
            .collect())
    }

    /// A newer published edition of the model this version was adopted from.
    async fn model_update(&self, rec: &PolicyVersionRecord) -> Result<Option<policy::lint::LintFinding>> {
        let Some(model_id) = rec.derived_from else { return Ok(None) };
        let Some(model) = self.store.get_policy_version(model_id).await? else { return Ok(None) };
        let newer = self
            .store
            .list_policy_versions(&[model.org_id])
            .await?
            .into_iter()
            .filter(|v| {
                v.pack_id == model.pack_id && v.status == "published" && v.version_no > model.version_no
            })
            .max_by_key(|v| v.version_no);
        Ok(newer.map(|n| policy::lint::LintFinding {
            policy: rec.pack_id.clone(),
            code: "model-updated",
            severity: policy::lint::Severity::Warning,
            clause: None,
            message: format!(
                "It was adopted from version {} of {}; version {} has since been published: review it against the new model.",
                model.version_no, model.title, n.version_no
            ),
        }))
    }

    pub async fn policy(&self, actor: &Actor, version_id: i64) -> Result<PolicyView> {
        let rec = self.store.get_policy_version(version_id).await?.ok_or(AppError::NotFound("policy"))?;
        let (org, _) = self.org_resource(rec.org_id).await?;
        if !self.can_view(actor, &rec, &org).await {
            return Err(AppError::NotFound("policy"));
        }
        let pack = parse_pack(&rec.pack_id, &rec.pack)?;
        let today = self.clock.now().date();
        let mut findings = lint(&pack, today);
        findings.extend(self.model_update(&rec).await?);
        Ok(PolicyView {
            lint: findings,
            approvals: self.store.policy_approvals(rec.id).await?,
            campaign_due: self.store.policy_campaign_due(rec.id).await?,
            record: rec,
            pack,
            org,
        })
    }

    /// Adopts a model as the school's own version. Refused while any placeholder remains.
    pub async fn adopt(
        &self,
        actor: &Actor,
        school_id: i64,
        model_version_id: i64,
        replacements: &[(String, String)],
        edits: &[(String, String)],
    ) -> Result<PolicyVersionRecord> {
        self.adopt_with_settings(actor, school_id, model_version_id, replacements, edits, &[]).await
    }

    /// Adoption that also chooses settings where the model allows a choice; a choice that makes
    /// the policy contradict itself is refused, naming the clause.
    pub async fn adopt_with_settings(
        &self,
        actor: &Actor,
        school_id: i64,
        model_version_id: i64,
        replacements: &[(String, String)],
        edits: &[(String, String)],
        settings: &[(String, String)],
    ) -> Result<PolicyVersionRecord> {
        let (school, res) = self.org_resource(school_id).await?;
        self.require(actor, Action::ManagePolicies, res)?;
        if school.kind != OrgKind::School {
            return Err(AppError::Invalid("Only a school adopts a policy.".into()));
        }
        let model_rec = self
            .store
            .get_policy_version(model_version_id)
            .await?
            .ok_or(AppError::NotFound("model policy"))?;
        if model_rec.kind != "model" || Some(model_rec.org_id) != school.parent_id {
            return Err(AppError::NotFound("model policy"));
        }
        let mut pack = parse_pack(&model_rec.pack_id, &model_rec.pack)?;
        for (clause, text) in edits {
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            if text.chars().count() > 20_000 {
                return Err(AppError::Invalid(format!(
                    "The new text for clause {clause} is too long (at most 20,000 characters)."
                )));
            }
            let c = pack
                .clauses
                .iter_mut()
                .find(|c| &c.id == clause)
                .ok_or_else(|| AppError::Invalid(format!("Clause {clause} is not in the model.")))?;
            c.text = text.replace("\r\n", "\n");
        }
        for (ph, with) in replacements {
            let with = with.trim();
            if with.is_empty() {
                continue;
            }
            if with.chars().count() > 100 || with.contains(['\n', '/']) {
                return Err(AppError::Invalid(format!(
                    "Replace \"{ph}\" with one short choice, such as \"school\"."
                )));
            }
            for c in &mut pack.clauses {
                c.heading = replace_ci(&c.heading, ph, with);
                c.text = replace_ci(&c.text, ph, with);
            }
        }
        let mut chosen = Vec::new();
        for (name, value) in settings {
            let before = pack.meta.settings.list().into_iter().find(|(n, _, _)| n == name).map(|(_, v, _)| v);
            pack.meta.settings.set(name, value).map_err(|e| AppError::Invalid(format!("Setting: {e}.")))?;
            let after = pack.meta.settings.list().into_iter().find(|(n, _, _)| n == name).map(|(_, v, _)| v);
            if before != after {
                chosen.push(name.as_str());
            }
        }
        let contradictions: Vec<String> = lint(&pack, self.clock.now().date())
            .into_iter()
            .filter(|f| f.code == "contradiction" && f.severity == policy::lint::Severity::Error)
            .map(|f| f.message)
            .collect();
        if !contradictions.is_empty() {
            return Err(AppError::Invalid(format!(
                "The policy would contradict itself: {} Change the clause or the setting.",
                contradictions.join(" ")
            )));
        }
        let left = placeholders_in(&pack);
        if !left.is_empty() {
            let list: Vec<String> =
                left.iter().map(|(p, ids)| format!("\"{p}\" in clause {}", ids.join(", "))).collect();
            return Err(AppError::Invalid(format!(
                "Say which each placeholder means before adopting: {}.",
                list.join("; ")
            )));
        }
        let today = self.clock.now().date();
        let model_id = pack.meta.id.clone();
        pack.meta.kind = PackKind::Adoption;
        pack.meta.derived_from = Some(model_id.clone());
        pack.meta.school = Some(school.name.clone());
        pack.meta.id = format!("{}-{}", policy::import::slug(&school.name), model_id);
        pack.meta.dates.adopted = Some(Stage::On(PolicyDate::Day(today)));
        pack.meta.next_review = None;
        let md = pack.to_markdown().map_err(AppError::Internal)?;
        let hash = pack.content_hash();
        let due = today + time::Duration::days(ACK_DAYS);
        let changed: Vec<&str> =
            edits.iter().filter(|(_, t)| !t.trim().is_empty()).map(|(c, _)| c.as_str()).collect();
        let v = NewPolicyVersion {
            org_id: school_id,
            pack_id: pack.meta.id.clone(),
            kind: "adoption".into(),
            title: format!("{}: {}", school.name, pack.meta.title),
            derived_from: Some(model_rec.id),
            content_hash: hash.clone(),
            pack: md,
            status: "adopted".into(),
            created_by: Some(actor.user_id),
            campaign_due: Some(due.to_string()),
        };
        let after = json!({"pack": v.pack_id, "model": model_id, "model_version": model_rec.id, "content_hash": hash, "local_changes": changed, "settings_chosen": chosen, "acknowledge_by": due.to_string()});
        let fx = Effects::audit(
            AuditDraft::new(school_id, Some(actor.user_id), "policy.adopted", "policy-version").after(after),
        );
        Ok(self.store.create_policy_version(v, self.clock.now(), fx).await?)
    }

    pub async fn record_approval(
        &self,
        actor: &Actor,
        version_id: i64,
        stage: &str,
        on_date: &str,
        approver: &str,
        minute_ref: &str,
    ) -> Result<()> {
        let rec = self.store.get_policy_version(version_id).await?.ok_or(AppError::NotFound("policy"))?;
        let (org, res) = self.org_resource(rec.org_id).await?;
        if !self.can_view(actor, &rec, &org).await {
            return Err(AppError::NotFound("policy"));
        }
        self.require(actor, Action::RecordPolicyApproval, res)?;
        if !STAGES.iter().any(|(s, _)| *s == stage) {
            return Err(AppError::Invalid(format!("'{stage}' is not an approval stage.")));
        }
        let date = crate::dates::parse_day(on_date)
            .ok_or(AppError::Invalid("The date must look like 2026-11-21.".into()))?;
        if date > self.clock.now().date() {
            return Err(AppError::Invalid("An approval cannot be dated in the future.".into()));
        }
        let approver = approver.trim();
        if approver.is_empty() || approver.chars().count() > 200 {
            return Err(AppError::Invalid(
                "Say who approved it (for example \"Full governing board\"), in at most 200 characters."
                    .into(),
            ));
        }
        if minute_ref.chars().count() > 100 {
            return Err(AppError::Invalid(
                "The minute reference is too long (at most 100 characters).".into(),
            ));
        }
        let now = self.clock.now();
        let a = PolicyApprovalRecord {
            stage: stage.to_owned(),
            on_date: date.to_string(),
            approver: approver.to_owned(),
            minute_ref: minute_ref.trim().to_owned(),
            recorded_by: Some(actor.user_id),
            recorded_at: now,
        };
        let fx = Effects::audit(
            AuditDraft::new(rec.org_id, Some(actor.user_id), "policy.approval-recorded", "policy-version")
                .after(json!(a)),
        );
        self.store.add_policy_approval(version_id, a, fx).await?;
        Ok(())
    }

    /// "Read and understood": recorded with the time and the version's content hash.
    pub async fn acknowledge(&self, actor: &Actor, version_id: i64) -> Result<bool> {
        let rec = self.store.get_policy_version(version_id).await?.ok_or(AppError::NotFound("policy"))?;
        let (_, res) = self.org_resource(rec.org_id).await?;
        self.require(actor, Action::AcknowledgePolicy, res)?;
        if rec.status != "adopted" {
            return Err(AppError::Invalid(
                "Only the school's current adopted version is acknowledged.".into(),
            ));
        }
        let fx = Effects::audit(
            AuditDraft::new(rec.org_id, Some(actor.user_id), "policy.acknowledged", "policy-version")
                .after(json!({"version": rec.id, "content_hash": rec.content_hash})),
        );
        Ok(self
            .store
            .acknowledge_policy(version_id, actor.user_id, &rec.content_hash, self.clock.now(), fx)
            .await?)
    }

    /// Adopted versions this person still has to acknowledge.
    pub async fn pending_acknowledgements(&self, actor: &Actor) -> Result<Vec<PolicyVersionRecord>> {
        let mut out = Vec::new();
        // Only the person's own schools hold versions they acknowledge.
        let orgs = self.store.list_orgs().await?;
        let mine: Vec<i64> = actor.memberships.iter().map(|m| m.org_id).collect();
        let versions = self.store.list_policy_versions(&mine).await?;
        for v in versions {
            let Some(org) = orgs.iter().find(|o| o.id == v.org_id).cloned() else { continue };
            let res = self.version_resource(&org);
            if v.status == "adopted" && authorize(actor, Action::AcknowledgePolicy, res).is_allowed() {
                let done = self
                    .store
                    .policy_acknowledgements(v.id)
                    .await?
                    .iter()
                    .any(|a| a.user_id == actor.user_id);
                if !done {
                    out.push(v);
                }
            }
        }
        Ok(out)
    }

    /// Everyone in the organisation whose account is not disabled, read a page at a time.
    pub(crate) async fn active_people(&self, org_id: i64) -> Result<Vec<store::Person>> {
        let mut out = Vec::new();
        let mut page = 0;
        loop {
            let batch = self.store.list_people(org_id, 500, page * 500).await?;
            let n = batch.len();
            out.extend(batch.into_iter().filter(|p| !p.user.disabled));
            if n < 500 {
                return Ok(out);
            }
            page += 1;
        }
    }

    /// Who has acknowledged, per person and per role. Everyone in the school is in the audience,
    /// so people added later are enrolled automatically.
    pub async fn coverage(&self, actor: &Actor, version_id: i64) -> Result<Coverage> {
        let rec = self.store.get_policy_version(version_id).await?.ok_or(AppError::NotFound("policy"))?;
        let (_, res) = self.org_resource(rec.org_id).await?;
        self.require(actor, Action::ViewAcknowledgementCoverage, res)?;
        self.tally(&rec).await
    }

    /// The school's version in force (one at a time; adopting supersedes the last).
    pub(crate) async fn policy_in_force(&self, org_id: i64) -> Result<Option<PolicyVersionRecord>> {
        Ok(self
            .store
            .list_policy_versions(&[org_id])
            .await?
            .into_iter()
            .find(|v| v.status == "adopted" && v.kind != "model"))
    }

    /// Everyone in the version's school against it: acknowledged or not, new starter or not,
    /// inducted or not, and the counts per role. Callers check permission first.
    pub(crate) async fn tally(&self, rec: &PolicyVersionRecord) -> Result<Coverage> {
        let acks = self.store.policy_acknowledgements(rec.id).await?;
        let inductions = self.store.list_inductions(rec.org_id).await?;
        let since = rec.adopted_at.unwrap_or(rec.created_at);
        let rows: Vec<CoverageRow> = self
            .active_people(rec.org_id)
            .await?
            .into_iter()
            .map(|p| {
                let at = acks.iter().find(|a| a.user_id == p.user.id).map(|a| a.acknowledged_at);
                let inducted_on =
                    inductions.iter().find(|i| i.user_id == p.user.id).map(|i| i.inducted_on.clone());
                CoverageRow {
                    new_starter: p.user.created_at > since,
                    person: p,
                    acknowledged_at: at,
                    inducted_on,
                }
            })
            .collect();
        let inductions_outstanding = rows.iter().filter(|r| r.new_starter && r.inducted_on.is_none()).count();
        let mut by_role = Vec::new();
        for role in Role::ALL {
            let with: Vec<&CoverageRow> = rows.iter().filter(|r| r.person.roles.contains(&role)).collect();
            if !with.is_empty() {
                by_role.push((role, with.iter().filter(|r| r.acknowledged_at.is_some()).count(), with.len()));
            }
        }
        Ok(Coverage {
            rows,
            by_role,
            due: self.store.policy_campaign_due(rec.id).await?,
            inductions_outstanding,
        })
    }
}

fn can_view_with(
    actor: &Actor,
    rec: &PolicyVersionRecord,
    org: &Organisation,
    orgs: &[Organisation],
) -> bool {
    if authorize(actor, Action::ViewPolicies, Resource::Org { org_id: org.id, parent_id: org.parent_id })
        .is_allowed()
    {
        return true;
    }
    rec.kind == "model"
        && actor
            .memberships
            .iter()
            .any(|m| orgs.iter().any(|o| o.id == m.org_id && o.parent_id == Some(org.id)))
}
