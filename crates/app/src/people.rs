//! Organisations and the people in them.

use crate::auth::Current;
use crate::crypto::random_token;
use crate::{App, AppError, Result};
use domain::permission::{Action, Actor, Resource};
use domain::staff_import::{Parsed, RowError};
use domain::{validate, AuditDraft, EmploymentType, Membership, OrgKind, Organisation, Role, PLATFORM_CHAIN};
use serde::Serialize;
use serde_json::json;
use store::{
    Effects, ImportItem, ImportOutcome, NewEmail, NewOneTimeToken, NewUser, Person, TokenPurpose, User,
};

#[derive(Debug, Clone)]
pub struct Invite {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub employment_type: EmploymentType,
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub valid_rows: usize,
    pub errors: Vec<RowError>,
    pub outcome: Option<ImportOutcome>,
}

/// Who is doing it: a signed-in person, or the operator at the command line.
#[derive(Debug, Clone, Copy)]
pub enum By<'a> {
    Person(&'a Actor),
    Operator,
}

impl By<'_> {
    fn user_id(&self) -> Option<i64> {
        match self {
            By::Person(a) => Some(a.user_id),
            By::Operator => None,
        }
    }
}

fn check_roles_fit(org: &Organisation, roles: &[Role]) -> Result<()> {
    if roles.is_empty() {
        return Err(AppError::Invalid("Choose at least one role.".into()));
    }
    for r in roles {
        let on_parent = org.kind != OrgKind::School;
        if r.held_on_parent() != on_parent {
            return Err(AppError::Invalid(if on_parent {
                format!(
                    "A {} holds only the adviser role; {} is a school role.",
                    org.kind.label().to_lowercase(),
                    r.label()
                )
            } else {
                format!("{} is held on a trust or local authority, not on a school.", r.label())
            }));
        }
    }
    Ok(())
}

impl App {
    pub async fn create_org(
        &self,
        by: By<'_>,
        kind: OrgKind,
        name: &str,
        parent_id: Option<i64>,
    ) -> Result<Organisation> {
        if let By::Person(a) = by {
            self.require(a, Action::ManageOrganisations, Resource::Platform)?;
        }
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(AppError::Invalid(
                "The organisation name must be between 1 and 200 characters.".into(),
            ));
        }
        if kind != OrgKind::School && parent_id.is_some() {
            return Err(AppError::Invalid("Only a school sits inside another organisation.".into()));
        }
        let after = json!({"kind": kind.code(), "name": name, "parent_id": parent_id});
        // Recorded on the platform chain and on the new organisation's own chain (-1 = the new id).
        let fx = Effects::audit(
            AuditDraft::new(PLATFORM_CHAIN, by.user_id(), "organisation.created", "organisation")
                .after(after.clone()),
        )
        .and_audit(AuditDraft::new(-1, by.user_id(), "organisation.created", "organisation").after(after));
        Ok(self.store.create_org(kind, name, parent_id, self.clock.now(), fx).await?)
    }

    pub async fn list_people(&self, actor: &Actor, org_id: i64, page: i64) -> Result<(Vec<Person>, i64)> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ViewPeople, res)?;
        let per_page = 50;
        let people = self.store.list_people(org_id, per_page, page.max(0) * per_page).await?;
        Ok((people, self.store.count_people(org_id).await?))
    }

    /// One person as seen from one organisation; people of other organisations are not found.
    pub async fn person_in(&self, actor: &Actor, org_id: i64, user_id: i64) -> Result<(User, Vec<Role>)> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ViewPeople, res)?;
        let user = self.store.get_user(user_id).await?.ok_or(AppError::NotFound("person"))?;
        let roles: Vec<Role> = self
            .store
            .memberships(user_id)
            .await?
            .into_iter()
            .filter(|m| m.org_id == org_id)
            .map(|m| m.role)
            .collect();
        if roles.is_empty() {
            return Err(AppError::NotFound("person"));
        }
        Ok((user, roles))
    }

    /// Invites a person by email to set their own password. Someone who already has an account
    /// (for example, staff shared across a trust) is given the roles without a new invitation.
    pub async fn invite(&self, actor: &Actor, inviter_name: &str, org_id: i64, inv: Invite) -> Result<User> {
        let (org, res) = self.org_resource(org_id).await?;
        self.require(actor, Action::ManagePeople, res)?;
        let first = validate::name("first name", &inv.first_name)?;
        let last = validate::name("last name", &inv.last_name)?;
        let email = validate::email(&inv.email)?;
        let mut roles = inv.roles.clone();
        roles.sort();
        roles.dedup();
        check_roles_fit(&org, &roles)?;
        let now = self.clock.now();
        let after = json!({
            "email": email, "first_name": first, "last_name": last,
            "employment_type": inv.employment_type.code(), "roles": roles.iter().map(|r| r.code()).collect::<Vec<_>>(),
        });
        if let Some(existing) = self.store.find_user_by_email(&email).await? {
            let mut held: Vec<Role> = self
                .store
                .memberships(existing.id)
                .await?
                .into_iter()
                .filter(|m| m.org_id == org_id)
                .map(|m| m.role)
                .collect();
            let before = json!({"roles": held.iter().map(|r| r.code()).collect::<Vec<_>>()});
            held.extend(roles.iter().copied());
            held.sort();
            held.dedup();
            let draft = AuditDraft::new(org_id, Some(actor.user_id), "person.roles-changed", "person")
                .record(existing.id)
                .before(before)
                .after(json!({"roles": held.iter().map(|r| r.code()).collect::<Vec<_>>()}));
            self.store.set_roles(existing.id, org_id, held, now, Effects::audit(draft)).await?;
            return Ok(existing);
        }
        let token = random_token();
        let link = format!("{}/invitation/{token}", self.settings.base_url.trim_end_matches('/'));
        let mail = NewEmail {
            to: email.clone(),
            subject: format!("You have been invited to SafeSocial for {}", org.name),
            body: format!(
                "Hello {first},\n\n{} has invited you to SafeSocial, where {} runs its social media policy.\n\n\
                 Open this link within {} days to choose your password:\n\n{link}\n\nThe link works once.\n",
                inviter_name,
                org.name,
                self.settings.invitation_lifetime.whole_days()
            ),
        };
        let new = NewUser {
            email,
            first_name: first,
            last_name: last,
            employment_type: inv.employment_type,
            password_hash: None,
            system_admin: false,
        };
        let tok = NewOneTimeToken {
            token_hash: self.keys.token_hash(&token),
            purpose: TokenPurpose::Invitation,
            expires_at: now + self.settings.invitation_lifetime,
        };
        let memberships = roles.iter().map(|&role| Membership { org_id, role }).collect();
        let fx = Effects::audit(
            AuditDraft::new(org_id, Some(actor.user_id), "person.invited", "person").after(after),
        )
        .with_email(mail);
        Ok(self.store.create_user(new, memberships, Some(tok), now, fx).await?)
    }

    pub async fn set_roles(
        &self,
        current: &Current,
        org_id: i64,
        user_id: i64,
        roles: Vec<Role>,
    ) -> Result<()> {
        let (org, res) = self.org_resource(org_id).await?;
        self.require(&current.actor, Action::ManagePeople, res)?;
        if user_id == current.actor.user_id {
            return Err(AppError::Invalid(
                "You cannot change your own roles; ask another headteacher or HR lead, or the system administrator.".into(),
            ));
        }
        let (_, before) = self.person_in(&current.actor, org_id, user_id).await?;
        let mut roles = roles;
        roles.sort();
        roles.dedup();
        check_roles_fit(&org, &roles)?;
        let draft = AuditDraft::new(org_id, Some(current.actor.user_id), "person.roles-changed", "person")
            .record(user_id)
            .before(json!({"roles": before.iter().map(|r| r.code()).collect::<Vec<_>>()}))
            .after(json!({"roles": roles.iter().map(|r| r.code()).collect::<Vec<_>>()}));
        self.store.set_roles(user_id, org_id, roles, self.clock.now(), Effects::audit(draft)).await?;
        Ok(())
    }

    pub async fn set_disabled(
        &self,
        current: &Current,
        org_id: i64,
        user_id: i64,
        disabled: bool,
    ) -> Result<()> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(&current.actor, Action::ManagePeople, res)?;
        if user_id == current.actor.user_id {
            return Err(AppError::Invalid("You cannot disable your own account.".into()));
        }
        let (user, _) = self.person_in(&current.actor, org_id, user_id).await?;
        let action = if disabled { "person.disabled" } else { "person.enabled" };
        let draft = AuditDraft::new(org_id, Some(current.actor.user_id), action, "person")
            .record(user_id)
            .before(json!({"disabled": user.disabled}))
            .after(json!({"disabled": disabled}));
        self.store.set_disabled(user_id, disabled, self.clock.now(), Effects::audit(draft)).await?;
        Ok(())
    }

    /// Writes a validated staff file in one transaction. With row errors and without
    /// `skip_invalid`, nothing is written and the errors are returned.
    pub async fn import_staff(
        &self,
        by: By<'_>,
        org_id: i64,
        parsed: Parsed,
        skip_invalid: bool,
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Result<ImportReport> {
        let (org, res) = self.org_resource(org_id).await?;
        if let By::Person(a) = by {
            self.require(a, Action::ManagePeople, res)?;
        }
        if org.kind != OrgKind::School {
            return Err(AppError::Invalid(format!(
                "{} is not a school; staff are imported into schools.",
                org.name
            )));
        }
        let valid_rows = parsed.rows.len();
        if !parsed.errors.is_empty() && !skip_invalid {
            return Ok(ImportReport { valid_rows, errors: parsed.errors, outcome: None });
        }
        let mut items = Vec::with_capacity(valid_rows);
        let mut audit = Vec::with_capacity(valid_rows);
        for (i, row) in parsed.rows.iter().enumerate() {
            let existing = self.store.find_user_by_email(&row.email).await?;
            let after = json!({"email": row.email, "role": row.role.code(), "employment_type": row.employment_type.code(), "line": row.line});
            match existing {
                Some(u) => items.push(ImportItem::AddRole { user_id: u.id, role: row.role }),
                None => items.push(ImportItem::Create(
                    NewUser {
                        email: row.email.clone(),
                        first_name: row.first_name.clone(),
                        last_name: row.last_name.clone(),
                        employment_type: row.employment_type,
                        password_hash: None,
                        system_admin: false,
                    },
                    row.role,
                )),
            }
            audit.push(AuditDraft::new(org_id, by.user_id(), "person.imported", "person").after(after));
            if (i + 1) % 200 == 0 || i + 1 == valid_rows {
                progress(i + 1, valid_rows);
            }
        }
        let outcome = self
            .store
            .apply_staff_import(org_id, items, self.clock.now(), Effects { audit, emails: Vec::new() })
            .await?;
        Ok(ImportReport { valid_rows, errors: parsed.errors, outcome: Some(outcome) })
    }

    /// The organisations a person can open, with the organisation they are working in first.
    pub async fn orgs_for(&self, actor: &Actor) -> Result<Vec<Organisation>> {
        let all = self.store.list_orgs().await?;
        Ok(all
            .into_iter()
            .filter(|o| {
                domain::authorize(
                    actor,
                    Action::ViewDashboard,
                    Resource::Org { org_id: o.id, parent_id: o.parent_id },
                )
                .is_allowed()
            })
            .collect())
    }
}
