//! Records as the store hands them out.

use domain::{AuditDraft, EmploymentType, Membership, Role};
use serde::Serialize;
use time::OffsetDateTime;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub employment_type: EmploymentType,
    #[serde(skip)]
    pub password_hash: Option<String>,
    pub system_admin: bool,
    pub disabled: bool,
    #[serde(skip)]
    pub totp_secret: Option<Vec<u8>>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub totp_enabled_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl User {
    pub fn display_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub employment_type: EmploymentType,
    pub password_hash: Option<String>,
    pub system_admin: bool,
}

/// A person with the roles they hold in one organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    #[serde(flatten)]
    pub user: User,
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id_hash: String,
    pub user_id: i64,
    pub csrf_token: String,
    /// Password accepted, second factor still to come.
    pub pending_two_factor: bool,
    pub two_factor_verified: bool,
    pub current_org_id: Option<i64>,
    pub created_at: OffsetDateTime,
    pub last_seen_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenPurpose {
    Invitation,
    PasswordReset,
}

impl TokenPurpose {
    pub fn code(self) -> &'static str {
        match self {
            TokenPurpose::Invitation => "invitation",
            TokenPurpose::PasswordReset => "password-reset",
        }
    }
}

/// A single-use emailed link, stored as a hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOneTimeToken {
    pub token_hash: String,
    pub purpose: TokenPurpose,
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    #[serde(skip)]
    pub token_hash: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_used_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub revoked_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEmail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEmail {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

/// What a write brings with it, committed in the same transaction: audit events and emails.
///
/// An audit draft with no record id takes the id of the record the write created (for writes
/// that create several, the k-th draft takes the k-th id).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Effects {
    pub audit: Vec<AuditDraft>,
    pub emails: Vec<NewEmail>,
}

impl Effects {
    pub fn audit(draft: AuditDraft) -> Self {
        Effects { audit: vec![draft], emails: Vec::new() }
    }

    pub fn with_email(mut self, email: NewEmail) -> Self {
        self.emails.push(email);
        self
    }

    pub fn and_audit(mut self, draft: AuditDraft) -> Self {
        self.audit.push(draft);
        self
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    /// Chains to read; empty means every chain.
    pub org_ids: Vec<i64>,
    pub actor_user_id: Option<i64>,
    /// Prefix of the action, e.g. `user.` or `session.signed-in`.
    pub action_prefix: Option<String>,
    pub from: Option<OffsetDateTime>,
    pub to: Option<OffsetDateTime>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    pub org_id: i64,
    pub seq: i64,
    pub hash: String,
}

/// One step of a staff import, already checked by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportItem {
    Create(NewUser, Role),
    AddRole { user_id: i64, role: Role },
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportOutcome {
    pub created: usize,
    pub roles_added: usize,
}

/// A column as both databases can describe it, for the schema-equivalence test.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct LogicalColumn {
    pub name: String,
    pub logical_type: &'static str,
    pub nullable: bool,
}

pub fn membership(org_id: i64, role: Role) -> Membership {
    Membership { org_id, role }
}

/// A school's published details, which are never personal data in a check.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct SchoolProfileRecord {
    pub aliases: Vec<String>,
    pub address: String,
    pub postcode: String,
    pub phone: String,
    pub email: String,
    pub website: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PupilRecord {
    pub upn: String,
    pub first_name: String,
    pub last_name: String,
    pub preferred_name: Option<String>,
    pub year_group: String,
    pub social_media_consent: bool,
    pub no_publish: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckStaffRecord {
    pub first_name: String,
    pub last_name: String,
    pub role: String,
}

/// Everything a school's check engine is built from, with a version that changes on every edit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckContextRecord {
    pub version: i64,
    pub profile: Option<SchoolProfileRecord>,
    pub pupils: Vec<PupilRecord>,
    pub staff: Vec<CheckStaffRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyVersionRecord {
    pub id: i64,
    pub org_id: i64,
    pub pack_id: String,
    pub version_no: i64,
    /// model, adoption or school
    pub kind: String,
    pub title: String,
    pub derived_from: Option<i64>,
    pub content_hash: String,
    /// The full pack (Markdown with front matter).
    #[serde(skip)]
    pub pack: String,
    /// draft, published (models), adopted or superseded
    pub status: String,
    pub created_by: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub adopted_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPolicyVersion {
    pub org_id: i64,
    pub pack_id: String,
    pub kind: String,
    pub title: String,
    pub derived_from: Option<i64>,
    pub content_hash: String,
    pub pack: String,
    pub status: String,
    pub created_by: Option<i64>,
    /// When set, every earlier adopted version in the organisation becomes superseded,
    /// and an acknowledgement campaign opens, due on this date (YYYY-MM-DD).
    pub campaign_due: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyApprovalRecord {
    pub stage: String,
    pub on_date: String,
    pub approver: String,
    pub minute_ref: String,
    pub recorded_by: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AcknowledgementRecord {
    pub user_id: i64,
    pub content_hash: String,
    #[serde(with = "time::serde::rfc3339")]
    pub acknowledged_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CourseRecord {
    pub id: i64,
    pub org_id: i64,
    pub code: String,
    pub title: String,
    /// How long a completion counts; none means it does not expire.
    pub valid_months: Option<i64>,
    /// Everyone in the school must complete it; those who have not are chased.
    pub required_for_all: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompletionRecord {
    pub course_id: i64,
    pub user_id: i64,
    /// YYYY-MM-DD
    pub completed_on: String,
    pub expires_on: Option<String>,
}

/// A policy review (states and outcomes are `domain::review` codes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRecord {
    pub id: i64,
    pub org_id: i64,
    pub version_id: i64,
    pub trigger: String,
    pub description: String,
    pub state: String,
    pub outcome: Option<String>,
    pub outcome_version_id: Option<i64>,
    pub outcome_note: String,
    pub opened_by: Option<i64>,
    pub opened_at: OffsetDateTime,
    pub closed_by: Option<i64>,
    pub closed_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsultationRecord {
    pub id: i64,
    pub review_id: i64,
    pub consultee: String,
    /// YYYY-MM-DD
    pub consulted_on: String,
    pub summary: String,
    pub recorded_by: Option<i64>,
    pub recorded_at: OffsetDateTime,
}

/// How a review ends, written only if the review is still in `from_state`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewClosing {
    pub from_state: String,
    pub outcome: String,
    pub outcome_version_id: Option<i64>,
    pub note: String,
    pub by: Option<i64>,
}

/// A lesson or guidance session: `kind` is "curriculum" or "parents".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EducationRecord {
    pub id: i64,
    pub org_id: i64,
    pub kind: String,
    /// YYYY-MM-DD
    pub on_date: String,
    pub audience: String,
    pub topic: String,
    pub notes: String,
    pub link: String,
    pub recorded_by: Option<i64>,
    #[serde(skip)]
    pub recorded_at: OffsetDateTime,
}

/// The policy referred to at someone's induction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InductionRecord {
    pub org_id: i64,
    pub user_id: i64,
    /// YYYY-MM-DD
    pub inducted_on: String,
    pub note: String,
    pub recorded_by: Option<i64>,
    #[serde(skip)]
    pub recorded_at: OffsetDateTime,
}

/// A link to guidance from a professional association or trade union.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuidanceLink {
    pub name: String,
    pub url: String,
}

/// A planned training session; attendance, once recorded, is kept as completions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingSessionRecord {
    pub id: i64,
    pub org_id: i64,
    pub course_id: i64,
    /// YYYY-MM-DD
    pub on_date: String,
    pub place: String,
    pub created_by: Option<i64>,
    pub created_at: OffsetDateTime,
    pub attendance_recorded_at: Option<OffsetDateTime>,
}
