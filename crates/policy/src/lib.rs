//! Policy documents as clause-structured packs.
//!
//! A pack is Markdown with TOML front matter between `+++` lines. Each clause is a heading line
//! ending in `{#ID}`: `### 4.1(iv) {#4.1(iv)}`. The text under it, to the next clause heading,
//! is the clause. Unnumbered sections get stable ids from their headings.

pub mod date;
pub mod diff;
pub mod import;
pub mod lint;
pub mod pack;
pub mod render;

pub use date::PolicyDate;
pub use pack::{Clause, Meta, Pack, PackError};
