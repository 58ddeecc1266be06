//! SafeSocial storage: one interface ([`Store`]), two implementations (SQLite and PostgreSQL),
//! one conformance suite (`tests/conformance.rs`).
//!
//! The store keeps records and never decides policy. Every write takes its [`Effects`] (audit
//! events and outgoing email) and commits them in the same transaction as the change.

mod common;
mod error;
pub mod model;
mod postgres;
mod sqlite;
pub mod testing;

use async_trait::async_trait;
use domain::{AuditEvent, EmploymentType, Membership, OrgKind, Organisation, Role};
use std::collections::BTreeMap;
use std::path::Path;
use time::OffsetDateTime;

pub use error::{Result, StoreError};
pub use model::*;
pub use postgres::PgStore;
pub use sqlite::SqliteStore;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    fn backend(&self) -> Backend;
    async fn ping(&self) -> Result<()>;
    /// Applies pending migrations; returns the names applied now.
    async fn migrate(&self) -> Result<Vec<String>>;
    /// Tables and their columns in backend-neutral terms.
    async fn logical_schema(&self) -> Result<BTreeMap<String, Vec<LogicalColumn>>>;
    /// Writes a consistent copy of the database to `path` (SQLite only).
    async fn backup_to(&self, path: &Path) -> Result<()>;
    async fn close(&self);

    // Organisations
    async fn create_org(
        &self,
        kind: OrgKind,
        name: &str,
        parent_id: Option<i64>,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<Organisation>;
    async fn get_org(&self, id: i64) -> Result<Option<Organisation>>;
    async fn list_orgs(&self) -> Result<Vec<Organisation>>;

    // People
    async fn create_user(
        &self,
        user: NewUser,
        roles: Vec<Membership>,
        invitation: Option<NewOneTimeToken>,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<User>;
    async fn get_user(&self, id: i64) -> Result<Option<User>>;
    async fn find_user_by_email(&self, email: &str) -> Result<Option<User>>;
    async fn memberships(&self, user_id: i64) -> Result<Vec<Membership>>;
    async fn list_people(&self, org_id: i64, limit: i64, offset: i64) -> Result<Vec<Person>>;
    async fn count_people(&self, org_id: i64) -> Result<i64>;
    /// Replaces the roles `user_id` holds in `org_id`.
    async fn set_roles(
        &self,
        user_id: i64,
        org_id: i64,
        roles: Vec<Role>,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    async fn set_disabled(
        &self,
        user_id: i64,
        disabled: bool,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    async fn set_password(
        &self,
        user_id: i64,
        password_hash: &str,
        revoke_sessions: bool,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    async fn update_user_details(
        &self,
        user_id: i64,
        first_name: &str,
        last_name: &str,
        employment_type: EmploymentType,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    async fn apply_staff_import(
        &self,
        org_id: i64,
        items: Vec<ImportItem>,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<ImportOutcome>;

    // Two-factor
    async fn set_totp_secret(&self, user_id: i64, encrypted: Option<Vec<u8>>) -> Result<()>;
    async fn enable_totp(
        &self,
        user_id: i64,
        recovery_code_hashes: Vec<String>,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    async fn disable_totp(&self, user_id: i64, now: OffsetDateTime, fx: Effects) -> Result<()>;
    /// Marks a recovery code used; false when it is unknown or used already.
    async fn use_recovery_code(
        &self,
        user_id: i64,
        code_hash: &str,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<bool>;
    async fn unused_recovery_codes(&self, user_id: i64) -> Result<i64>;

    // Sessions
    async fn create_session(&self, session: Session, fx: Effects) -> Result<()>;
    async fn get_session(&self, id_hash: &str) -> Result<Option<Session>>;
    async fn update_session(&self, session: &Session) -> Result<()>;
    async fn delete_session(&self, id_hash: &str, now: OffsetDateTime, fx: Effects) -> Result<()>;
    async fn delete_expired_sessions(&self, now: OffsetDateTime) -> Result<u64>;

    // Throttling of failed sign-ins
    async fn record_login_failure(&self, key: &str, now: OffsetDateTime) -> Result<()>;
    async fn count_login_failures(&self, key: &str, since: OffsetDateTime) -> Result<i64>;
    async fn clear_login_failures(&self, key: &str) -> Result<()>;

    // Single-use emailed links
    async fn create_one_time_token(
        &self,
        user_id: i64,
        token: NewOneTimeToken,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    /// The user a live (unused, unexpired) token belongs to.
    async fn peek_one_time_token(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
        now: OffsetDateTime,
    ) -> Result<Option<i64>>;
    /// Uses the token and sets the password in one transaction; signs the person out everywhere.
    async fn redeem_token_for_password(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
        password_hash: &str,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<i64>;

    // API tokens
    async fn create_api_token(
        &self,
        user_id: i64,
        name: &str,
        token_hash: &str,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<i64>;
    async fn list_api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>>;
    async fn revoke_api_token(&self, user_id: i64, id: i64, now: OffsetDateTime, fx: Effects) -> Result<()>;
    async fn find_api_token(&self, token_hash: &str) -> Result<Option<ApiToken>>;
    async fn touch_api_token(&self, id: i64, now: OffsetDateTime) -> Result<()>;

    // Outbox
    /// Claims up to `limit` due emails until `lease_until`, so no other worker sends them.
    async fn claim_emails(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<OutboxEmail>>;
    /// Marks sent and clears the body (it may hold a single-use link).
    async fn mark_email_sent(&self, id: i64, now: OffsetDateTime) -> Result<()>;
    async fn mark_email_failed(&self, id: i64, error: &str, next_attempt_at: OffsetDateTime) -> Result<()>;
    async fn pending_email_count(&self) -> Result<i64>;

    // Check context
    async fn check_context(&self, org_id: i64) -> Result<CheckContextRecord>;
    /// 0 when the school has never saved a profile, roster or staff list.
    async fn check_context_version(&self, org_id: i64) -> Result<i64>;
    async fn set_school_profile(
        &self,
        org_id: i64,
        profile: &SchoolProfileRecord,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    /// Replaces the whole roster in one transaction.
    async fn replace_roster(
        &self,
        org_id: i64,
        pupils: &[PupilRecord],
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    async fn replace_check_staff(
        &self,
        org_id: i64,
        staff: &[CheckStaffRecord],
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;

    // Policies
    /// Stores a new version (numbered after the pack's last one in the organisation).
    async fn create_policy_version(
        &self,
        v: NewPolicyVersion,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<PolicyVersionRecord>;
    async fn get_policy_version(&self, id: i64) -> Result<Option<PolicyVersionRecord>>;
    /// Versions held by these organisations, newest first.
    async fn list_policy_versions(&self, org_ids: &[i64]) -> Result<Vec<PolicyVersionRecord>>;
    async fn add_policy_approval(&self, version_id: i64, a: PolicyApprovalRecord, fx: Effects) -> Result<()>;
    async fn policy_approvals(&self, version_id: i64) -> Result<Vec<PolicyApprovalRecord>>;
    /// The acknowledgement campaign's due date, if one is open.
    async fn policy_campaign_due(&self, version_id: i64) -> Result<Option<String>>;
    /// False when this person has acknowledged this version already.
    async fn acknowledge_policy(
        &self,
        version_id: i64,
        user_id: i64,
        content_hash: &str,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<bool>;
    async fn policy_acknowledgements(&self, version_id: i64) -> Result<Vec<AcknowledgementRecord>>;

    // Training
    #[allow(clippy::too_many_arguments)]
    async fn create_course(
        &self,
        org_id: i64,
        code: &str,
        title: &str,
        valid_months: Option<i64>,
        required_for_all: bool,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<i64>;
    async fn list_courses(&self, org_id: i64) -> Result<Vec<CourseRecord>>;
    /// Records completions in one transaction (a whole CSV import, or one).
    async fn record_completions(
        &self,
        items: &[CompletionRecord],
        recorded_by: Option<i64>,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    /// Completions for the organisation's courses, newest first.
    async fn list_completions(&self, org_id: i64) -> Result<Vec<CompletionRecord>>;

    // Training sessions
    async fn create_training_session(&self, s: &TrainingSessionRecord, fx: Effects) -> Result<i64>;
    /// The organisation's sessions, latest date first.
    async fn list_training_sessions(&self, org_id: i64) -> Result<Vec<TrainingSessionRecord>>;
    async fn get_training_session(&self, id: i64) -> Result<Option<TrainingSessionRecord>>;
    /// Records who attended as completions, once: a conflict if attendance was recorded already.
    async fn record_attendance(
        &self,
        session_id: i64,
        completions: &[CompletionRecord],
        by: Option<i64>,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;

    // Education (curriculum and parent guidance)
    async fn add_education_record(&self, r: &EducationRecord, fx: Effects) -> Result<i64>;
    /// The organisation's records, newest first.
    async fn list_education_records(&self, org_id: i64) -> Result<Vec<EducationRecord>>;

    // Induction and professional guidance
    /// Records (or re-records) that the policy was referred to at this person's induction.
    async fn record_induction(&self, r: &InductionRecord, fx: Effects) -> Result<()>;
    async fn list_inductions(&self, org_id: i64) -> Result<Vec<InductionRecord>>;
    /// Replaces the organisation's list of guidance links, in the order given.
    async fn set_guidance_links(
        &self,
        org_id: i64,
        links: &[GuidanceLink],
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;
    async fn guidance_links(&self, org_id: i64) -> Result<Vec<GuidanceLink>>;

    // Reviews
    #[allow(clippy::too_many_arguments)]
    async fn open_review(
        &self,
        org_id: i64,
        version_id: i64,
        trigger: &str,
        description: &str,
        by: Option<i64>,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<i64>;
    /// Reviews of these organisations, open ones first, newest first.
    async fn list_reviews(&self, org_ids: &[i64]) -> Result<Vec<ReviewRecord>>;
    async fn get_review(&self, id: i64) -> Result<Option<ReviewRecord>>;
    /// Adds a consultation and moves the review from `from_state` to `to_state`; a conflict if
    /// the review is no longer in `from_state`.
    async fn add_consultation(
        &self,
        c: &ConsultationRecord,
        from_state: &str,
        to_state: &str,
        fx: Effects,
    ) -> Result<i64>;
    async fn list_consultations(&self, review_id: i64) -> Result<Vec<ConsultationRecord>>;
    async fn close_review(
        &self,
        id: i64,
        closing: &ReviewClosing,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<()>;

    /// Queues a reminder email unless this step was sent already; true when queued.
    async fn queue_reminder(
        &self,
        kind: &str,
        subject_id: i64,
        user_id: i64,
        step: &str,
        now: OffsetDateTime,
        fx: Effects,
    ) -> Result<bool>;

    // Audit
    /// Appends events that go with no other change (sign-in, reads of restricted records).
    async fn append_audit(&self, now: OffsetDateTime, fx: Effects) -> Result<()>;
    async fn query_audit(&self, q: &AuditQuery) -> Result<Vec<AuditEvent>>;
    async fn audit_heads(&self) -> Result<Vec<ChainHead>>;
    async fn audit_chain_page(&self, org_id: i64, after_seq: i64, limit: i64) -> Result<Vec<AuditEvent>>;
}

/// Opens the store a URL names: `sqlite://PATH` (created if missing) or `postgres://…`.
pub async fn open(url: &str) -> Result<Box<dyn Store>> {
    if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
        Ok(Box::new(SqliteStore::open(path).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Box::new(PgStore::open(url).await?))
    } else {
        Err(StoreError::BadUrl(format!("'{}' should start with sqlite:// or postgres://", redact_url(url))))
    }
}

/// A database URL with any password removed, for messages and logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}://{}:***@{}", &url[..s], user, &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

pub(crate) fn role_list(raw: Vec<String>) -> Result<Vec<Role>> {
    raw.into_iter()
        .map(|r| r.parse::<Role>().map_err(|why| StoreError::Corrupt { what: "role", why }))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn urls_are_redacted() {
        assert_eq!(super::redact_url("postgres://app:s3cret@db:5432/x"), "postgres://app:***@db:5432/x");
        assert_eq!(super::redact_url("sqlite://data/x.db"), "sqlite://data/x.db");
    }
}
