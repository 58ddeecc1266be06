//! SafeSocial's domain: who people are, what they may do, and how the audit trail is encoded.
//!
//! Pure code only. Nothing here touches HTTP, SQL, files or the clock; callers pass time in.

pub mod audit;
pub mod org;
pub mod permission;
pub mod review;
pub mod role;
pub mod staff_import;
pub mod validate;

pub use audit::{AuditDraft, AuditEvent, ChainBreak, PLATFORM_CHAIN};
pub use org::{OrgKind, Organisation};
pub use permission::{authorize, Action, Actor, Decision, DenyReason, Resource};
pub use role::{EmploymentType, Membership, Role};
