//! Calendar dates as the forms and CSVs give them (YYYY-MM-DD), and month arithmetic for
//! expiries and review cycles.

use time::{Date, Month};

pub fn parse_day(s: &str) -> Option<Date> {
    Date::parse(s.trim(), time::macros::format_description!("[year]-[month]-[day]")).ok()
}

/// The same day `months` later (or earlier), clamped to the month's last day.
pub fn add_months(d: Date, months: i64) -> Date {
    let idx = d.year() as i64 * 12 + (d.month() as i64 - 1) + months;
    let (y, m) = (
        idx.div_euclid(12) as i32,
        Month::try_from((idx.rem_euclid(12) + 1) as u8).unwrap_or(Month::January),
    );
    Date::from_calendar_date(y, m, d.day().min(m.length(y))).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn months_clamp_to_the_last_day() {
        assert_eq!(add_months(date!(2026 - 01 - 31), 1), date!(2026 - 02 - 28));
        assert_eq!(add_months(date!(2026 - 11 - 21), -12), date!(2025 - 11 - 21));
        assert_eq!(add_months(date!(2025 - 10 - 01), 12), date!(2026 - 10 - 01));
        assert_eq!(parse_day(" 2026-11-21 "), Some(date!(2026 - 11 - 21)));
        assert_eq!(parse_day("21/11/2026"), None);
    }
}
