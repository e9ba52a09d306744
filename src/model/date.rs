//! Calendar dates and instants as the card carries them.
//!
//! The JSON record writes dates as ISO 8601 text (`2026-10-14`, or `1991-03` / `1991` where only
//! part of a date is known, as is common for birth dates of people without documents). The wire
//! format stores a full date as an integer count of days since 1970-01-01 (3 bytes instead of 11)
//! and keeps partial dates as text. Instants (iat, exp, trust-list times) are POSIX seconds.

use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime};

/// Julian day number of 1970-01-01.
const UNIX_EPOCH_JULIAN_DAY: i32 = 2_440_588;

/// Earliest and latest year ephr accepts anywhere in a record. Nobody alive was born before 1900,
/// and a later year is a typing error, not a plan.
pub const MIN_YEAR: i32 = 1900;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i32 = 2100;

/// A date with day, month or only year precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialDate {
    /// Only the year is known.
    Year(i32),
    /// Year and month are known.
    YearMonth(i32, u8),
    /// A full calendar date.
    Full(Date),
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (nothing else: no times, no other separators).
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        let year = || -> Option<i32> {
            let y = number(&b[0..4]) as i32;
            (MIN_YEAR..=MAX_YEAR).contains(&y).then_some(y)
        };
        match b.len() {
            4 if digits(0..4) => Some(Self::Year(year()?)),
            7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
                let m = number(&b[5..7]) as u8;
                (1..=12).contains(&m).then_some(Self::YearMonth(year()?, m))
            }
            10 => parse_full_date(s).map(Self::Full),
            _ => None,
        }
    }

    /// The earliest day this date may stand for, used to order entries in time.
    pub fn earliest(&self) -> Date {
        match *self {
            Self::Year(y) => Date::from_calendar_date(y, Month::January, 1).unwrap_or(Date::MIN),
            Self::YearMonth(y, m) => Month::try_from(m)
                .ok()
                .and_then(|m| Date::from_calendar_date(y, m, 1).ok())
                .unwrap_or(Date::MIN),
            Self::Full(d) => d,
        }
    }
}

impl std::fmt::Display for PartialDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Year(y) => write!(f, "{y:04}"),
            Self::YearMonth(y, m) => write!(f, "{y:04}-{m:02}"),
            Self::Full(d) => f.write_str(&format_date(*d)),
        }
    }
}

/// The value of a few ASCII digits, already checked to be digits (`str::parse` checks them
/// again, and costs more than the rest of a date).
fn number(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |n, &d| n * 10 + u32::from(d.wrapping_sub(b'0')))
}

/// Parses exactly `YYYY-MM-DD` with a year in [`MIN_YEAR`]..=[`MAX_YEAR`].
pub fn parse_full_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if ![0..4, 5..7, 8..10]
        .into_iter()
        .all(|r| b[r].iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    let (y, m, d) = (
        number(&b[0..4]) as i32,
        number(&b[5..7]) as u8,
        number(&b[8..10]) as u8,
    );
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return None;
    }
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

/// `YYYY-MM-DD`.
pub fn format_date(d: Date) -> String {
    // Written digit by digit: every date of every verified card passes through here, and the
    // formatting machinery costs more than the rest of the date's decoding.
    if !(0..=9999).contains(&d.year()) {
        return format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day());
    }
    let (y, m, day) = (
        d.year().unsigned_abs(),
        u32::from(u8::from(d.month())),
        u32::from(d.day()),
    );
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let text = [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(day / 10),
        digit(day),
    ];
    // ASCII digits and hyphens: never the empty default.
    String::from_utf8(text.to_vec()).unwrap_or_default()
}

/// Days since 1970-01-01 (negative before).
pub fn to_epoch_days(d: Date) -> i64 {
    i64::from(d.to_julian_day() - UNIX_EPOCH_JULIAN_DAY)
}

/// Inverse of [`to_epoch_days`]; `None` outside the accepted year range.
pub fn from_epoch_days(days: i64) -> Option<Date> {
    let jd = i32::try_from(days)
        .ok()?
        .checked_add(UNIX_EPOCH_JULIAN_DAY)?;
    let d = Date::from_julian_day(jd).ok()?;
    (MIN_YEAR..=MAX_YEAR).contains(&d.year()).then_some(d)
}

/// Parses an instant given on the command line: RFC 3339 (`2026-11-22T10:00:00Z`, any offset)
/// or a bare date, taken as midnight UTC.
pub fn parse_instant(s: &str) -> Option<i64> {
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Some(t.unix_timestamp());
    }
    parse_full_date(s).map(|d| to_epoch_days(d) * 86_400)
}

/// RFC 3339 in UTC, to the second; an out-of-range value prints as the raw number.
pub fn format_instant(t: i64) -> String {
    OffsetDateTime::from_unix_timestamp(t)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| format!("@{t}"))
}

/// The UTC calendar day of an instant.
pub fn instant_date(t: i64) -> Option<Date> {
    OffsetDateTime::from_unix_timestamp(t)
        .ok()
        .map(|t| t.date())
}

/// The current time from the system clock, in POSIX seconds. Library functions never call this
/// themselves: every check takes the time as an argument so tests run on fixed clocks.
pub fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates() {
        assert_eq!(PartialDate::parse("1991"), Some(PartialDate::Year(1991)));
        assert_eq!(
            PartialDate::parse("1991-03"),
            Some(PartialDate::YearMonth(1991, 3))
        );
        assert!(matches!(
            PartialDate::parse("1991-03-05"),
            Some(PartialDate::Full(_))
        ));
        for bad in [
            "",
            "91",
            "1991-3",
            "1991-13",
            "1991-02-30",
            "1899",
            "2101",
            "1991/03",
            "１９９１",
            "1991-03-05T00:00",
            "+1991",
            "-991",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
        assert_eq!(
            PartialDate::parse("2024-02").unwrap().to_string(),
            "2024-02"
        );
    }

    #[test]
    fn epoch_days_round_trip() {
        let d = parse_full_date("1970-01-01").unwrap();
        assert_eq!(to_epoch_days(d), 0);
        let d = parse_full_date("2026-10-14").unwrap();
        assert_eq!(to_epoch_days(d), 20_740);
        assert_eq!(from_epoch_days(20_740), Some(d));
        let d = parse_full_date("1950-06-30").unwrap();
        assert_eq!(from_epoch_days(to_epoch_days(d)), Some(d));
        assert_eq!(from_epoch_days(i64::MAX), None);
        assert_eq!(from_epoch_days(-30_000), None, "before 1900");
    }

    #[test]
    fn format_date_writes_what_the_formatter_writes() {
        // Every day of the accepted range, and years outside it.
        for days in -30_000..50_000 {
            if let Some(d) = from_epoch_days(days) {
                let want = format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day());
                assert_eq!(format_date(d), want);
                assert_eq!(parse_full_date(&want), Some(d));
            }
        }
        let far = Date::from_calendar_date(-44, time::Month::March, 15).unwrap();
        assert_eq!(format_date(far), "-044-03-15");
        let first = Date::from_calendar_date(1, time::Month::January, 1).unwrap();
        assert_eq!(format_date(first), "0001-01-01");
    }

    #[test]
    fn instants() {
        assert_eq!(parse_instant("2026-11-22T10:00:00Z"), Some(1_795_341_600));
        assert_eq!(
            parse_instant("2026-11-22T11:00:00+01:00"),
            Some(1_795_341_600)
        );
        assert_eq!(parse_instant("2026-11-22"), Some(1_795_305_600));
        assert_eq!(parse_instant("yesterday"), None);
        assert_eq!(format_instant(1_795_341_600), "2026-11-22T10:00:00Z");
    }
}
