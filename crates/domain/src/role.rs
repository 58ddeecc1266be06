use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Roles a person holds in one organisation, named as the policies name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Headteacher or member of the senior leadership team.
    Headteacher,
    /// Designated Safeguarding Lead.
    Dsl,
    DeputyDsl,
    /// Runs the school's official accounts (often the office manager).
    Moderator,
    Staff,
    Hr,
    Governor,
    /// Trust or local-authority adviser; held on the parent organisation.
    Adviser,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Headteacher,
        Role::Dsl,
        Role::DeputyDsl,
        Role::Moderator,
        Role::Staff,
        Role::Hr,
        Role::Governor,
        Role::Adviser,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Headteacher => "headteacher",
            Role::Dsl => "dsl",
            Role::DeputyDsl => "deputy-dsl",
            Role::Moderator => "moderator",
            Role::Staff => "staff",
            Role::Hr => "hr",
            Role::Governor => "governor",
            Role::Adviser => "adviser",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Headteacher => "Headteacher / SLT",
            Role::Dsl => "Designated Safeguarding Lead",
            Role::DeputyDsl => "Deputy DSL",
            Role::Moderator => "Account moderator",
            Role::Staff => "Staff",
            Role::Hr => "HR",
            Role::Governor => "Governor",
            Role::Adviser => "Trust / LA adviser",
        }
    }

    /// Roles that see safeguarding records or approve things must use two-factor sign-in.
    pub fn requires_two_factor(self) -> bool {
        matches!(self, Role::Headteacher | Role::Dsl | Role::DeputyDsl)
    }

    /// Advisers sit on a local authority or trust; every other role sits on a school.
    pub fn held_on_parent(self) -> bool {
        self == Role::Adviser
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        let alias = match t.as_str() {
            "slt" | "senior-leader" | "head" => Some(Role::Headteacher),
            "deputy" | "ddsl" => Some(Role::DeputyDsl),
            "account-moderator" => Some(Role::Moderator),
            "trust-adviser" | "la-adviser" | "advisor" => Some(Role::Adviser),
            _ => None,
        };
        alias.or_else(|| Role::ALL.into_iter().find(|r| r.code() == t)).ok_or_else(|| {
            format!(
                "unknown role '{}' (expected one of: {})",
                s.trim(),
                Role::ALL.map(|r| r.code()).join(", ")
            )
        })
    }
}

/// How a person is engaged; the policies cover every kind, not only employees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EmploymentType {
    Employee,
    FixedTerm,
    Agency,
    Volunteer,
    Contractor,
    Governor,
}

impl EmploymentType {
    pub const ALL: [EmploymentType; 6] = [
        EmploymentType::Employee,
        EmploymentType::FixedTerm,
        EmploymentType::Agency,
        EmploymentType::Volunteer,
        EmploymentType::Contractor,
        EmploymentType::Governor,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EmploymentType::Employee => "employee",
            EmploymentType::FixedTerm => "fixed-term",
            EmploymentType::Agency => "agency",
            EmploymentType::Volunteer => "volunteer",
            EmploymentType::Contractor => "contractor",
            EmploymentType::Governor => "governor",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EmploymentType::Employee => "Employee",
            EmploymentType::FixedTerm => "Fixed-term",
            EmploymentType::Agency => "Agency worker",
            EmploymentType::Volunteer => "Volunteer",
            EmploymentType::Contractor => "Contractor",
            EmploymentType::Governor => "Governor",
        }
    }
}

impl fmt::Display for EmploymentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for EmploymentType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        EmploymentType::ALL.into_iter().find(|e| e.code() == t).ok_or_else(|| {
            format!(
                "unknown employment type '{}' (expected one of: {})",
                s.trim(),
                EmploymentType::ALL.map(|e| e.code()).join(", ")
            )
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Membership {
    pub org_id: i64,
    pub role: Role,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(r.code().parse::<Role>(), Ok(r));
        }
        assert_eq!("SLT".parse::<Role>(), Ok(Role::Headteacher));
        assert_eq!("Deputy DSL".parse::<Role>(), Ok(Role::DeputyDsl));
        assert!("caretaker".parse::<Role>().unwrap_err().contains("unknown role 'caretaker'"));
    }

    #[test]
    fn employment_codes_round_trip() {
        for e in EmploymentType::ALL {
            assert_eq!(e.code().parse::<EmploymentType>(), Ok(e));
        }
        assert_eq!("Fixed term".parse::<EmploymentType>(), Ok(EmploymentType::FixedTerm));
        assert!("intern".parse::<EmploymentType>().is_err());
    }

    #[test]
    fn only_senior_and_safeguarding_roles_need_two_factor() {
        let need: Vec<Role> = Role::ALL.into_iter().filter(|r| r.requires_two_factor()).collect();
        assert_eq!(need, vec![Role::Headteacher, Role::Dsl, Role::DeputyDsl]);
    }
}
