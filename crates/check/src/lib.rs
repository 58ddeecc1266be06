//! SafeSocial's content-check engine.

pub mod context;
pub mod engine;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod pii;
pub mod rules;
pub mod synth;
pub mod text;

pub use context::{parse_roster, parse_staff, Pupil, SchoolProfile, StaffMember};
pub use engine::{BuildError, CheckError, Context, Engine, MAX_TEXT};
pub use model::*;
pub use rules::PolicyRules;
