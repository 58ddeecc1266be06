//! The one permission check. Every route and every use case asks [`authorize`]; nothing else
//! decides access.

use crate::role::{Membership, Role};
use serde::Serialize;
use std::fmt;

/// Who is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i64,
    pub system_admin: bool,
    pub memberships: Vec<Membership>,
    /// The person has two-factor sign-in set up and used it for this session.
    pub two_factor_verified: bool,
    pub disabled: bool,
}

impl Actor {
    pub fn roles_in(&self, org_id: i64) -> impl Iterator<Item = Role> + '_ {
        self.memberships.iter().filter(move |m| m.org_id == org_id).map(|m| m.role)
    }

    pub fn has_role(&self, org_id: i64, role: Role) -> bool {
        self.roles_in(org_id).any(|r| r == role)
    }

    /// Two-factor is required when any role this person holds requires it.
    pub fn requires_two_factor(&self) -> bool {
        self.system_admin || self.memberships.iter().any(|m| m.role.requires_two_factor())
    }
}

/// What is being acted on. Organisation-scoped resources carry their organisation and its parent,
/// so a trust or LA adviser can be matched without a database look-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// Things that belong to no organisation (the list of organisations, the platform audit chain).
    Platform,
    /// A record held by one organisation.
    Org { org_id: i64, parent_id: Option<i64> },
    /// The actor's own account (password, two-factor, API tokens).
    OwnAccount,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Open the organisation's dashboard.
    ViewDashboard,
    /// See counts and roll-ups with no case detail.
    ViewAggregates,
    /// See the people of an organisation and their roles.
    ViewPeople,
    /// Invite people, change roles, disable accounts, import staff.
    ManagePeople,
    /// Read the audit log.
    ViewAuditLog,
    /// Read safeguarding concerns and their evidence.
    ViewSafeguarding,
    /// Record safeguarding decisions.
    ManageSafeguarding,
    /// Report a concern (any member of the organisation).
    ReportConcern,
    /// Create organisations and set up the tree.
    ManageOrganisations,
    /// Verify the audit chains, back up and restore.
    OperatePlatform,
    /// Change one's own password, two-factor set-up and API tokens.
    ManageOwnAccount,
    /// Finish two-factor set-up (allowed before two-factor is verified).
    SetUpTwoFactor,
    /// Check a draft post, comment or message against the school's policy.
    CheckPost,
    /// Keep the school's profile, roster and staff list that checks use (children's data).
    ManageCheckContext,
    /// Read the policy library and policies.
    ViewPolicies,
    /// Publish model policies (trust or LA) or adopt them (school).
    ManagePolicies,
    /// Record approval stages (governors' approval, ratification).
    RecordPolicyApproval,
    /// Read and acknowledge the school's adopted policy.
    AcknowledgePolicy,
    /// See who has and has not acknowledged.
    ViewAcknowledgementCoverage,
    /// Record online-safety teaching and parent guidance.
    RecordEducation,
    /// Record that the policy was referred to at a new starter's induction.
    RecordInduction,
}

impl Action {
    pub const ALL: [Action; 21] = [
        Action::ViewDashboard,
        Action::ViewAggregates,
        Action::ViewPeople,
        Action::ManagePeople,
        Action::ViewAuditLog,
        Action::ViewSafeguarding,
        Action::ManageSafeguarding,
        Action::ReportConcern,
        Action::ManageOrganisations,
        Action::OperatePlatform,
        Action::ManageOwnAccount,
        Action::SetUpTwoFactor,
        Action::CheckPost,
        Action::ManageCheckContext,
        Action::ViewPolicies,
        Action::ManagePolicies,
        Action::RecordPolicyApproval,
        Action::AcknowledgePolicy,
        Action::ViewAcknowledgementCoverage,
        Action::RecordEducation,
        Action::RecordInduction,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Action::ViewDashboard => "view-dashboard",
            Action::ViewAggregates => "view-aggregates",
            Action::ViewPeople => "view-people",
            Action::ManagePeople => "manage-people",
            Action::ViewAuditLog => "view-audit-log",
            Action::ViewSafeguarding => "view-safeguarding",
            Action::ManageSafeguarding => "manage-safeguarding",
            Action::ReportConcern => "report-concern",
            Action::ManageOrganisations => "manage-organisations",
            Action::OperatePlatform => "operate-platform",
            Action::ManageOwnAccount => "manage-own-account",
            Action::SetUpTwoFactor => "set-up-two-factor",
            Action::CheckPost => "check-post",
            Action::ManageCheckContext => "manage-check-context",
            Action::ViewPolicies => "view-policies",
            Action::ManagePolicies => "manage-policies",
            Action::RecordPolicyApproval => "record-policy-approval",
            Action::AcknowledgePolicy => "acknowledge-policy",
            Action::ViewAcknowledgementCoverage => "view-acknowledgement-coverage",
            Action::RecordEducation => "record-education",
            Action::RecordInduction => "record-induction",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DenyReason {
    AccountDisabled,
    TwoFactorRequired,
    NotAMember,
    RoleLacksPermission,
    /// Safeguarding records are for the DSL team only.
    SafeguardingRestricted,
    WrongResource,
}

impl DenyReason {
    pub fn code(self) -> &'static str {
        match self {
            DenyReason::AccountDisabled => "account-disabled",
            DenyReason::TwoFactorRequired => "two-factor-required",
            DenyReason::NotAMember => "not-a-member",
            DenyReason::RoleLacksPermission => "role-lacks-permission",
            DenyReason::SafeguardingRestricted => "safeguarding-restricted",
            DenyReason::WrongResource => "wrong-resource",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            DenyReason::AccountDisabled => "This account has been disabled.",
            DenyReason::TwoFactorRequired => {
                "Your role needs two-factor sign-in. Set it up before opening anything else."
            }
            DenyReason::NotAMember => "You are not a member of this organisation.",
            DenyReason::RoleLacksPermission => "Your role does not allow this.",
            DenyReason::SafeguardingRestricted => {
                "Safeguarding records are open to the Designated Safeguarding Lead and deputies only."
            }
            DenyReason::WrongResource => "This action does not apply to that record.",
        }
    }
}

impl fmt::Display for DenyReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Deny(DenyReason),
}

impl Decision {
    pub fn is_allowed(self) -> bool {
        self == Decision::Allow
    }
}

/// Which roles held *in the organisation itself* grant each organisation-scoped action.
fn roles_granting(action: Action) -> &'static [Role] {
    use Role::*;
    match action {
        Action::ViewDashboard | Action::ReportConcern => {
            &[Headteacher, Dsl, DeputyDsl, Moderator, Staff, Hr, Governor, Adviser]
        }
        Action::CheckPost => &[Headteacher, Dsl, DeputyDsl, Moderator, Staff, Hr, Governor],
        Action::ManageCheckContext => &[Headteacher, Dsl, Moderator],
        Action::ViewPolicies => &[Headteacher, Dsl, DeputyDsl, Moderator, Staff, Hr, Governor, Adviser],
        Action::ManagePolicies => &[Headteacher, Adviser],
        Action::RecordPolicyApproval => &[Headteacher, Governor],
        Action::AcknowledgePolicy => &[Headteacher, Dsl, DeputyDsl, Moderator, Staff, Hr, Governor],
        Action::ViewAcknowledgementCoverage => &[Headteacher, Dsl, Hr, Governor],
        Action::RecordEducation => &[Headteacher, Dsl, DeputyDsl, Staff],
        Action::RecordInduction => &[Headteacher, Dsl, Hr],
        Action::ViewAggregates => &[Headteacher, Dsl, DeputyDsl, Governor, Hr, Adviser],
        Action::ViewPeople => &[Headteacher, Dsl, DeputyDsl, Hr],
        Action::ManagePeople => &[Headteacher, Hr],
        Action::ViewAuditLog => &[Headteacher, Dsl],
        Action::ViewSafeguarding | Action::ManageSafeguarding => &[Dsl, DeputyDsl],
        Action::ManageOrganisations
        | Action::OperatePlatform
        | Action::ManageOwnAccount
        | Action::SetUpTwoFactor => &[],
    }
}

/// Actions an adviser holds over the schools below their trust or LA: roll-ups only.
fn adviser_reaches_child(action: Action) -> bool {
    matches!(action, Action::ViewDashboard | Action::ViewAggregates | Action::ViewPolicies)
}

/// Actions a system administrator holds over every organisation. Never safeguarding.
fn system_admin_may(action: Action) -> bool {
    matches!(
        action,
        Action::ViewDashboard
            | Action::ViewAggregates
            | Action::ViewPeople
            | Action::ManagePeople
            | Action::ViewAuditLog
            | Action::ManageOrganisations
            | Action::OperatePlatform
            | Action::ManageCheckContext
            | Action::ViewPolicies
            | Action::ManagePolicies
            | Action::ViewAcknowledgementCoverage
    )
}

fn is_safeguarding(action: Action) -> bool {
    matches!(action, Action::ViewSafeguarding | Action::ManageSafeguarding)
}

/// Decide whether `actor` may do `action` on `resource`.
pub fn authorize(actor: &Actor, action: Action, resource: Resource) -> Decision {
    if actor.disabled {
        return Decision::Deny(DenyReason::AccountDisabled);
    }
    if action == Action::SetUpTwoFactor {
        return match resource {
            Resource::OwnAccount => Decision::Allow,
            _ => Decision::Deny(DenyReason::WrongResource),
        };
    }
    if actor.requires_two_factor() && !actor.two_factor_verified {
        return Decision::Deny(DenyReason::TwoFactorRequired);
    }
    match (action, resource) {
        (Action::ManageOwnAccount, Resource::OwnAccount) => Decision::Allow,
        (Action::ManageOwnAccount, _) | (_, Resource::OwnAccount) => {
            Decision::Deny(DenyReason::WrongResource)
        }
        (Action::ManageOrganisations | Action::OperatePlatform, Resource::Platform) => {
            if actor.system_admin {
                Decision::Allow
            } else {
                Decision::Deny(DenyReason::RoleLacksPermission)
            }
        }
        (Action::ViewAuditLog, Resource::Platform) => {
            if actor.system_admin {
                Decision::Allow
            } else {
                Decision::Deny(DenyReason::RoleLacksPermission)
            }
        }
        (_, Resource::Platform) => Decision::Deny(DenyReason::WrongResource),
        (_, Resource::Org { org_id, parent_id }) => authorize_in_org(actor, action, org_id, parent_id),
    }
}

fn authorize_in_org(actor: &Actor, action: Action, org_id: i64, parent_id: Option<i64>) -> Decision {
    let granting = roles_granting(action);
    let own: Vec<Role> = actor.roles_in(org_id).collect();
    if own.iter().any(|r| granting.contains(r)) {
        return Decision::Allow;
    }
    let adviser_above = parent_id.is_some_and(|p| actor.has_role(p, Role::Adviser));
    if is_safeguarding(action) {
        return Decision::Deny(DenyReason::SafeguardingRestricted);
    }
    if adviser_above && adviser_reaches_child(action) {
        return Decision::Allow;
    }
    if actor.system_admin && system_admin_may(action) {
        return Decision::Allow;
    }
    if own.is_empty() && !adviser_above && !actor.system_admin {
        return Decision::Deny(DenyReason::NotAMember);
    }
    Decision::Deny(DenyReason::RoleLacksPermission)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHOOL: i64 = 10;
    const OTHER_SCHOOL: i64 = 11;
    const LA: i64 = 1;

    fn actor_with(role: Option<Role>, org: i64, admin: bool) -> Actor {
        Actor {
            user_id: 7,
            system_admin: admin,
            memberships: role.map(|role| Membership { org_id: org, role }).into_iter().collect(),
            two_factor_verified: true,
            disabled: false,
        }
    }

    fn school() -> Resource {
        Resource::Org { org_id: SCHOOL, parent_id: Some(LA) }
    }

    /// The full role × action table for a school resource. `A` = allow, `.` = deny.
    /// Columns follow `Action::ALL`.
    #[test]
    fn every_role_and_action_on_a_school() {
        // dash agg ppl mng aud sgV sgM rep org ops own 2fa chk ctx vpo mpo apr ack cov edu ind
        let table: &[(&str, &str)] = &[
            ("headteacher", "A A A A A . . A . . . . A A A A A A A A A"),
            ("dsl", "A A A . A A A A . . . . A A A . . A A A A"),
            ("deputy-dsl", "A A A . . A A A . . . . A . A . . A . A ."),
            ("moderator", "A . . . . . . A . . . . A A A . . A . . ."),
            ("staff", "A . . . . . . A . . . . A . A . . A . A ."),
            ("hr", "A A A A . . . A . . . . A . A . . A A . A"),
            ("governor", "A A . . . . . A . . . . A . A . A A A . ."),
            ("adviser-on-la", "A A . . . . . . . . . . . . A . . . . . ."),
            ("system-admin", "A A A A A . . . A A . . . A A A . . A . ."),
            ("member-of-other-school", ". . . . . . . . . . . . . . . . . . . . ."),
        ];
        for (who, row) in table {
            let actor = match *who {
                "adviser-on-la" => actor_with(Some(Role::Adviser), LA, false),
                "system-admin" => actor_with(None, SCHOOL, true),
                "member-of-other-school" => actor_with(Some(Role::Headteacher), OTHER_SCHOOL, false),
                code => actor_with(Some(code.parse().unwrap()), SCHOOL, false),
            };
            let expected: Vec<&str> = row.split(' ').collect();
            assert_eq!(expected.len(), Action::ALL.len(), "row for {who}");
            for (action, want) in Action::ALL.into_iter().zip(expected) {
                let got = authorize(&actor, action, school());
                assert_eq!(got.is_allowed(), want == "A", "{who} × {} gave {got:?}", action.code());
            }
        }
    }

    #[test]
    fn safeguarding_denial_names_the_restriction() {
        for actor in [
            actor_with(None, SCHOOL, true),
            actor_with(Some(Role::Adviser), LA, false),
            actor_with(Some(Role::Headteacher), SCHOOL, false),
        ] {
            assert_eq!(
                authorize(&actor, Action::ViewSafeguarding, school()),
                Decision::Deny(DenyReason::SafeguardingRestricted)
            );
        }
    }

    #[test]
    fn adviser_reaches_only_schools_below_their_own_org() {
        let adviser = actor_with(Some(Role::Adviser), LA, false);
        let elsewhere = Resource::Org { org_id: 99, parent_id: Some(2) };
        assert_eq!(
            authorize(&adviser, Action::ViewDashboard, elsewhere),
            Decision::Deny(DenyReason::NotAMember)
        );
        let standalone = Resource::Org { org_id: 99, parent_id: None };
        assert!(!authorize(&adviser, Action::ViewAggregates, standalone).is_allowed());
    }

    #[test]
    fn platform_actions_are_for_system_admins() {
        let admin = actor_with(None, SCHOOL, true);
        let head = actor_with(Some(Role::Headteacher), SCHOOL, false);
        for action in [Action::ManageOrganisations, Action::OperatePlatform, Action::ViewAuditLog] {
            assert!(authorize(&admin, action, Resource::Platform).is_allowed());
            assert_eq!(
                authorize(&head, action, Resource::Platform),
                Decision::Deny(DenyReason::RoleLacksPermission)
            );
        }
        assert_eq!(
            authorize(&admin, Action::ViewDashboard, Resource::Platform),
            Decision::Deny(DenyReason::WrongResource)
        );
    }

    #[test]
    fn two_factor_gates_everything_but_its_own_setup() {
        let mut dsl = actor_with(Some(Role::Dsl), SCHOOL, false);
        dsl.two_factor_verified = false;
        for action in Action::ALL {
            let res = if action == Action::SetUpTwoFactor { Resource::OwnAccount } else { school() };
            let got = authorize(&dsl, action, res);
            if action == Action::SetUpTwoFactor {
                assert!(got.is_allowed());
            } else {
                assert_eq!(got, Decision::Deny(DenyReason::TwoFactorRequired), "{action:?}");
            }
        }
        // Staff do not need two-factor.
        let mut staff = actor_with(Some(Role::Staff), SCHOOL, false);
        staff.two_factor_verified = false;
        assert!(authorize(&staff, Action::ViewDashboard, school()).is_allowed());
    }

    #[test]
    fn own_account_actions() {
        let staff = actor_with(Some(Role::Staff), SCHOOL, false);
        assert!(authorize(&staff, Action::ManageOwnAccount, Resource::OwnAccount).is_allowed());
        assert_eq!(
            authorize(&staff, Action::ManageOwnAccount, school()),
            Decision::Deny(DenyReason::WrongResource)
        );
        assert_eq!(
            authorize(&staff, Action::ViewDashboard, Resource::OwnAccount),
            Decision::Deny(DenyReason::WrongResource)
        );
    }

    #[test]
    fn disabled_accounts_are_denied_everything() {
        let mut head = actor_with(Some(Role::Headteacher), SCHOOL, false);
        head.disabled = true;
        for action in Action::ALL {
            assert_eq!(authorize(&head, action, school()), Decision::Deny(DenyReason::AccountDisabled));
        }
    }
}
