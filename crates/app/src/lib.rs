//! SafeSocial's use cases. Each one asks the permission check, validates its input before any
//! write, and hands the store one transaction with its audit events and emails.

pub mod auth;
pub mod checking;
pub mod clock;
pub mod crypto;
pub mod dates;
pub mod demo;
pub mod distribution;
pub mod education;
pub mod mail;
pub mod people;
pub mod policies;
pub mod reminders;
pub mod reviews;
pub mod testing;
pub mod totp;
pub mod training;
pub mod verify;

use clock::Clock;
use crypto::Keys;
use domain::permission::{authorize, Action, Actor, DenyReason, Resource};
use domain::validate::FieldError;
use std::sync::Arc;
use store::{Store, StoreError};
use thiserror::Error;
use time::Duration;

#[derive(Debug, Error)]
pub enum AppError {
    #[error("{0}")]
    Invalid(String),
    #[error("{}", .0.message())]
    Forbidden(DenyReason),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{0}")]
    Conflict(String),
    #[error("Too many attempts. Wait 15 minutes and try again.")]
    Throttled,
    #[error("The email address or password is not right.")]
    BadCredentials,
    #[error("That code is not right. Check your authenticator app and try again.")]
    BadCode,
    #[error("Please sign in.")]
    Unauthenticated,
    #[error("{0}")]
    Store(StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// A stable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Invalid(_) => "invalid-input",
            AppError::Forbidden(r) => r.code(),
            AppError::NotFound(_) => "not-found",
            AppError::Conflict(_) => "conflict",
            AppError::Throttled => "too-many-attempts",
            AppError::BadCredentials => "bad-credentials",
            AppError::BadCode => "bad-code",
            AppError::Unauthenticated => "unauthenticated",
            AppError::Store(_) | AppError::Internal(_) => "internal",
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => AppError::NotFound(what),
            StoreError::Conflict(m) => AppError::Conflict(m),
            other => AppError::Store(other),
        }
    }
}

impl From<FieldError> for AppError {
    fn from(e: FieldError) -> Self {
        AppError::Invalid(e.to_string())
    }
}

impl From<crypto::CryptoError> for AppError {
    fn from(e: crypto::CryptoError) -> Self {
        AppError::Internal(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, AppError>;

#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub from: String,
    pub username: Option<String>,
    pub password: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    /// Where people reach the service; used in emailed links.
    pub base_url: String,
    pub session_lifetime: Duration,
    pub session_idle: Duration,
    pub invitation_lifetime: Duration,
    pub reset_lifetime: Duration,
    pub throttle_window: Duration,
    pub max_failures_per_account: i64,
    pub max_failures_per_address: i64,
    pub smtp: Option<SmtpSettings>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            base_url: "http://127.0.0.1:8080".into(),
            session_lifetime: Duration::hours(12),
            session_idle: Duration::hours(2),
            invitation_lifetime: Duration::days(7),
            reset_lifetime: Duration::hours(1),
            throttle_window: Duration::minutes(15),
            max_failures_per_account: 5,
            max_failures_per_address: 50,
            smtp: None,
        }
    }
}

/// Everything a use case needs. Cheap to clone.
#[derive(Clone)]
pub struct App {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub keys: Keys,
    pub settings: Arc<Settings>,
    pub engines: Arc<checking::EngineCache>,
}

impl App {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, keys: Keys, settings: Settings) -> Self {
        App { store, clock, keys, settings: Arc::new(settings), engines: Arc::default() }
    }

    /// The permission check, as every use case asks it.
    pub fn require(&self, actor: &Actor, action: Action, resource: Resource) -> Result<()> {
        match authorize(actor, action, resource) {
            domain::Decision::Allow => Ok(()),
            domain::Decision::Deny(r) => Err(AppError::Forbidden(r)),
        }
    }

    /// The resource for an organisation, carrying its parent for adviser checks.
    pub async fn org_resource(&self, org_id: i64) -> Result<(domain::Organisation, Resource)> {
        let org = self.store.get_org(org_id).await?.ok_or(AppError::NotFound("organisation"))?;
        let res = Resource::Org { org_id: org.id, parent_id: org.parent_id };
        Ok((org, res))
    }

    /// Reads of restricted records are audited: call this before returning one.
    pub async fn audited_read(
        &self,
        actor: &Actor,
        org_id: i64,
        record_type: &str,
        record_id: &str,
    ) -> Result<()> {
        let draft =
            domain::AuditDraft::new(org_id, Some(actor.user_id), &format!("{record_type}.read"), record_type)
                .record(record_id);
        self.store.append_audit(self.clock.now(), store::Effects::audit(draft)).await?;
        Ok(())
    }
}
