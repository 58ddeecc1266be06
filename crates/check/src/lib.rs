//! SafeSocial's content-check engine.

pub mod context;
pub mod model;
pub mod normalize;
pub mod pii;
pub mod text;
