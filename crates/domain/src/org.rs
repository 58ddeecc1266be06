use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Organisations form a tree: a local authority or trust holds schools; a school may stand alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrgKind {
    LocalAuthority,
    Trust,
    School,
}

impl OrgKind {
    pub const ALL: [OrgKind; 3] = [OrgKind::LocalAuthority, OrgKind::Trust, OrgKind::School];

    pub fn code(self) -> &'static str {
        match self {
            OrgKind::LocalAuthority => "local-authority",
            OrgKind::Trust => "trust",
            OrgKind::School => "school",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OrgKind::LocalAuthority => "Local authority",
            OrgKind::Trust => "Multi-academy trust",
            OrgKind::School => "School",
        }
    }

    /// Only a local authority or trust may hold other organisations, and only schools.
    pub fn may_hold(self, child: OrgKind) -> bool {
        matches!(self, OrgKind::LocalAuthority | OrgKind::Trust) && child == OrgKind::School
    }
}

impl fmt::Display for OrgKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for OrgKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OrgKind::ALL.into_iter().find(|k| k.code() == s.trim()).ok_or_else(|| {
            format!("unknown organisation kind '{s}' (expected local-authority, trust or school)")
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: i64,
    pub kind: OrgKind,
    pub name: String,
    pub parent_id: Option<i64>,
}
