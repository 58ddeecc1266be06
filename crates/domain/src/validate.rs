//! Field validation shared by the web forms, the API and the CLI.

use thiserror::Error;

pub const MAX_EMAIL_LEN: usize = 254;
pub const MAX_NAME_LEN: usize = 100;
pub const MIN_PASSWORD_LEN: usize = 12;
pub const MAX_PASSWORD_LEN: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FieldError {
    #[error("{field} is required")]
    Required { field: &'static str },
    #[error("{field} is too long (at most {max} characters)")]
    TooLong { field: &'static str, max: usize },
    #[error("{field} is not valid: {why}")]
    Invalid { field: &'static str, why: String },
}

/// Normalises and checks an email address. Returns the lower-cased address.
pub fn email(raw: &str) -> Result<String, FieldError> {
    let e = raw.trim().to_lowercase();
    if e.is_empty() {
        return Err(FieldError::Required { field: "email" });
    }
    if e.len() > MAX_EMAIL_LEN {
        return Err(FieldError::TooLong { field: "email", max: MAX_EMAIL_LEN });
    }
    let invalid = |why: &str| FieldError::Invalid { field: "email", why: why.to_owned() };
    let (local, domain) = e.split_once('@').ok_or_else(|| invalid("it has no @"))?;
    if local.is_empty() || domain.is_empty() || domain.contains('@') {
        return Err(invalid("it should look like name@school.sch.uk"));
    }
    if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') || domain.contains("..") {
        return Err(invalid("the part after @ is not a domain"));
    }
    if e.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"')) {
        return Err(invalid("it contains spaces or characters not allowed in an address"));
    }
    Ok(e)
}

/// A person's first or last name.
pub fn name(field: &'static str, raw: &str) -> Result<String, FieldError> {
    let n = raw.trim();
    if n.is_empty() {
        return Err(FieldError::Required { field });
    }
    if n.chars().count() > MAX_NAME_LEN {
        return Err(FieldError::TooLong { field, max: MAX_NAME_LEN });
    }
    if n.chars().any(|c| c.is_control()) {
        return Err(FieldError::Invalid { field, why: "it contains control characters".into() });
    }
    // Guard exported spreadsheets against formula injection at the source.
    if n.starts_with(['=', '+', '@']) || (n.starts_with('-') && n.len() > 1) {
        return Err(FieldError::Invalid { field, why: "it must not start with =, +, - or @".into() });
    }
    Ok(n.to_owned())
}

/// Password rules follow NCSC advice: length over composition, and no well-known passwords.
pub fn password(raw: &str) -> Result<(), FieldError> {
    if raw.is_empty() {
        return Err(FieldError::Required { field: "password" });
    }
    if raw.chars().count() < MIN_PASSWORD_LEN {
        return Err(FieldError::Invalid {
            field: "password",
            why: format!("use at least {MIN_PASSWORD_LEN} characters; three random words work well"),
        });
    }
    if raw.len() > MAX_PASSWORD_LEN {
        return Err(FieldError::TooLong { field: "password", max: MAX_PASSWORD_LEN });
    }
    const COMMON: [&str; 8] = [
        "password1234",
        "123456789012",
        "qwertyuiop12",
        "passwordpassword",
        "letmein12345",
        "iloveyou1234",
        "welcome12345",
        "changeme1234",
    ];
    if COMMON.contains(&raw.to_lowercase().as_str()) {
        return Err(FieldError::Invalid { field: "password", why: "it is a well-known password".into() });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(email("  Head@HollyGrove.sch.uk ").unwrap(), "head@hollygrove.sch.uk");
        for bad in ["", "nobody", "a@b", "@b.uk", "a@.uk", "a b@c.uk", "a@b..uk", "a@b@c.uk"] {
            assert!(email(bad).is_err(), "{bad}");
        }
        assert!(matches!(email(&format!("{}@x.uk", "a".repeat(260))), Err(FieldError::TooLong { .. })));
    }

    #[test]
    fn names_refuse_formulae_and_blanks() {
        assert_eq!(name("first name", " Siân ").unwrap(), "Siân");
        assert!(name("first name", "   ").is_err());
        assert!(name("last name", "=HYPERLINK(\"x\")").is_err());
        assert!(name("last name", &"x".repeat(101)).is_err());
    }

    #[test]
    fn passwords() {
        assert!(password("short").is_err());
        assert!(password("Password1234").is_err());
        assert!(password("correct horse battery").is_ok());
    }
}
