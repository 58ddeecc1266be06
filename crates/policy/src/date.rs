//! Policy dates are often month-only ("Oct 2023"): keep the precision the document gives.

use serde::{Deserialize, Serialize};
use std::fmt;
use time::{Date, Month};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PolicyDate {
    Day(Date),
    Month { year: i32, month: Month },
}

impl PolicyDate {
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub fn parse(s: &str) -> Result<PolicyDate, String> {
        let t = s.trim();
        let bad = || {
            format!("'{t}' is not a date (use YYYY-MM-DD, or YYYY-MM when the document gives only a month)")
        };
        let parts: Vec<&str> = t.split('-').collect();
        let num = |p: &str| p.parse::<i32>().map_err(|_| bad());
        match parts.as_slice() {
            [y, m] if y.len() == 4 && m.len() == 2 => {
                let month = Month::try_from(num(m)? as u8).map_err(|_| bad())?;
                Ok(PolicyDate::Month { year: num(y)?, month })
            }
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                let month = Month::try_from(num(m)? as u8).map_err(|_| bad())?;
                Date::from_calendar_date(num(y)?, month, num(d)? as u8)
                    .map(PolicyDate::Day)
                    .map_err(|_| bad())
            }
            _ => Err(bad()),
        }
    }

    /// The last day this date could mean (lenient: a month counts until it has ended).
    pub fn last_day(self) -> Date {
        match self {
            PolicyDate::Day(d) => d,
            PolicyDate::Month { year, month } => {
                Date::from_calendar_date(year, month, month.length(year)).unwrap_or(Date::MIN)
            }
        }
    }

    pub fn first_day(self) -> Date {
        match self {
            PolicyDate::Day(d) => d,
            PolicyDate::Month { year, month } => {
                Date::from_calendar_date(year, month, 1).unwrap_or(Date::MIN)
            }
        }
    }

    /// This date moved on by whole months, keeping its precision.
    pub fn add_months(self, months: u32) -> PolicyDate {
        let shift = |year: i32, month: Month| {
            let idx = year * 12 + (month as i32 - 1) + months as i32;
            (idx.div_euclid(12), Month::try_from((idx.rem_euclid(12) + 1) as u8).unwrap_or(Month::January))
        };
        match self {
            PolicyDate::Month { year, month } => {
                let (y, m) = shift(year, month);
                PolicyDate::Month { year: y, month: m }
            }
            PolicyDate::Day(d) => {
                let (y, m) = shift(d.year(), d.month());
                let day = d.day().min(m.length(y));
                PolicyDate::Day(Date::from_calendar_date(y, m, day).unwrap_or(d))
            }
        }
    }
}

impl fmt::Display for PolicyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PolicyDate::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day()),
            PolicyDate::Month { year, month } => write!(f, "{year:04}-{:02}", *month as u8),
        }
    }
}

impl Serialize for PolicyDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for PolicyDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PolicyDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn parse_and_arithmetic() {
        assert_eq!(PolicyDate::parse("2025-11-12").unwrap(), PolicyDate::Day(date!(2025 - 11 - 12)));
        assert_eq!(PolicyDate::parse("2023-10").unwrap().last_day(), date!(2023 - 10 - 31));
        assert!(PolicyDate::parse("Oct 2023").unwrap_err().contains("is not a date"));
        assert!(PolicyDate::parse("2023-13").is_err());
        assert_eq!(PolicyDate::parse("2025-11-12").unwrap().add_months(12).to_string(), "2026-11-12");
        assert_eq!(PolicyDate::parse("2025-10").unwrap().add_months(12).to_string(), "2026-10");
        assert_eq!(PolicyDate::parse("2024-01-31").unwrap().add_months(1).to_string(), "2024-02-29");
    }
}
