//! [`Timex`], the value of a date: a day, week, month, quarter, half, season, year, decade or
//! fiscal year, as TIMEX3 writes it (`2025-03-14`, `2026-W04`, `2025-10`, `2025-Q4`,
//! `2026-H1`, `2024-SU`, `2025`, `199`, `FY2025`, `FY2025-Q1`).
//!
//! Extraction builds it, events order by it, search filters by the days it covers and the
//! output writes it: the TIMEX3 string exists only at the edges (`Display`, and `FromStr` for
//! text that really is text — a search query, a JSON file read back).
//!
//! Periods in days, `[start, end)`: a season is the meteorological one (winter `2024-WI` is
//! December 2024 to February 2025, the winter that *begins* in 2024); a fiscal year or
//! quarter is taken as the calendar one of the same number, since fiscal calendars differ
//! between companies and the text rarely says which.

use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A season, in the order TIMEX3 counts them within a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub const ALL: [Season; 4] = [Season::Spring, Season::Summer, Season::Fall, Season::Winter];

    /// TIMEX3's code: `SP`, `SU`, `FA`, `WI`.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The month it begins in (winter in December of its year).
    fn first_month(self) -> i8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// The resolved value of a temporal expression. Build it with the checked constructors
/// ([`Timex::month`], [`Timex::week`], …) or by parsing; the variants are public to match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Timex {
    Day(Date),
    /// An ISO week (Monday first) of an ISO week-numbering year.
    Week {
        year: i16,
        week: i8,
    },
    Month {
        year: i16,
        month: i8,
    },
    Quarter {
        year: i16,
        quarter: i8,
    },
    /// A half year, 1 or 2.
    Half {
        year: i16,
        half: i8,
    },
    Season {
        year: i16,
        season: Season,
    },
    Year(i16),
    /// A decade by its first year: 1990 for the 1990s (`199`).
    Decade(i16),
    /// A fiscal year, or one of its quarters.
    Fiscal {
        year: i16,
        quarter: Option<i8>,
    },
}

/// How fine a value is, coarsest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Granularity {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
}

/// The years a TIMEX3 value can write with four digits.
const YEARS: std::ops::RangeInclusive<i16> = 0..=9999;

impl Timex {
    pub fn month(year: i16, month: i8) -> Option<Timex> {
        Timex::Month { year, month }.checked()
    }

    pub fn quarter(year: i16, quarter: i8) -> Option<Timex> {
        Timex::Quarter { year, quarter }.checked()
    }

    /// ISO week `week` of `year`, if that year has it (some have 53).
    pub fn week(year: i16, week: i8) -> Option<Timex> {
        Timex::Week { year, week }.checked()
    }

    pub fn half(year: i16, half: i8) -> Option<Timex> {
        Timex::Half { year, half }.checked()
    }

    pub fn fiscal(year: i16, quarter: Option<i8>) -> Option<Timex> {
        Timex::Fiscal { year, quarter }.checked()
    }

    /// `self` if every part is in range (a day is always valid: jiff checked it).
    fn checked(self) -> Option<Timex> {
        let ok = match self {
            Timex::Day(_) => true,
            Timex::Week { year, week } => {
                YEARS.contains(&year) && week >= 1 && week <= weeks_in(year).unwrap_or(0)
            }
            Timex::Month { year, month } => YEARS.contains(&year) && (1..=12).contains(&month),
            Timex::Quarter { year, quarter } => YEARS.contains(&year) && (1..=4).contains(&quarter),
            Timex::Half { year, half } => YEARS.contains(&year) && (1..=2).contains(&half),
            Timex::Season { year, .. } | Timex::Year(year) => YEARS.contains(&year),
            Timex::Decade(year) => YEARS.contains(&year) && year % 10 == 0,
            Timex::Fiscal { year, quarter } => {
                YEARS.contains(&year) && quarter.is_none_or(|q| (1..=4).contains(&q))
            }
        };
        ok.then_some(self)
    }

    pub fn granularity(self) -> Granularity {
        match self {
            Timex::Day(_) => Granularity::Day,
            Timex::Week { .. } => Granularity::Week,
            Timex::Month { .. } => Granularity::Month,
            Timex::Quarter { .. }
            | Timex::Fiscal {
                quarter: Some(_), ..
            } => Granularity::Quarter,
            Timex::Half { .. } => Granularity::Half,
            Timex::Season { .. } => Granularity::Season,
            Timex::Year(_) | Timex::Fiscal { quarter: None, .. } => Granularity::Year,
            Timex::Decade(_) => Granularity::Decade,
        }
    }

    /// The (calendar) year the value starts in.
    pub fn year(self) -> i16 {
        match self {
            Timex::Day(d) => d.year(),
            Timex::Week { year, .. }
            | Timex::Month { year, .. }
            | Timex::Quarter { year, .. }
            | Timex::Half { year, .. }
            | Timex::Season { year, .. }
            | Timex::Year(year)
            | Timex::Decade(year)
            | Timex::Fiscal { year, .. } => year,
        }
    }

    /// The first day it covers.
    pub fn start(self) -> Option<Date> {
        let first = |month: i8| Date::new(self.year(), month, 1).ok();
        match self {
            Timex::Day(d) => Some(d),
            Timex::Week { year, week } => ISOWeekDate::new(year, week, Weekday::Monday)
                .ok()
                .map(|d| d.date()),
            Timex::Month { month, .. } => first(month),
            Timex::Quarter { quarter, .. }
            | Timex::Fiscal {
                quarter: Some(quarter),
                ..
            } => first((quarter - 1) * 3 + 1),
            Timex::Half { half, .. } => first((half - 1) * 6 + 1),
            Timex::Season { season, .. } => first(season.first_month()),
            Timex::Year(_) | Timex::Decade(_) | Timex::Fiscal { quarter: None, .. } => first(1),
        }
    }

    /// The day after the last day it covers (so `[start, end)` is the period).
    pub fn end(self) -> Option<Date> {
        let length = match self {
            Timex::Day(_) => 1.day(),
            Timex::Week { .. } => 1.week(),
            Timex::Month { .. } => 1.month(),
            Timex::Quarter { .. }
            | Timex::Season { .. }
            | Timex::Fiscal {
                quarter: Some(_), ..
            } => 3.months(),
            Timex::Half { .. } => 6.months(),
            Timex::Year(_) | Timex::Fiscal { quarter: None, .. } => 1.year(),
            Timex::Decade(_) => 10.years(),
        };
        self.start()?.checked_add(length).ok()
    }

    /// The days it covers, `[start, end)`.
    pub fn period(self) -> Option<(Date, Date)> {
        Some((self.start()?, self.end()?))
    }

    /// The value in 64 bits (see [`Timex::unpack`]); never 0, so 0 can mean "none".
    pub fn pack(self) -> u64 {
        let (tag, a, b): (u8, i8, i8) = match self {
            Timex::Day(d) => (1, d.month(), d.day()),
            Timex::Week { week, .. } => (2, week, 0),
            Timex::Month { month, .. } => (3, month, 0),
            Timex::Quarter { quarter, .. } => (4, quarter, 0),
            Timex::Half { half, .. } => (5, half, 0),
            Timex::Season { season, .. } => (6, season as i8, 0),
            Timex::Year(_) => (7, 0, 0),
            Timex::Decade(_) => (8, 0, 0),
            Timex::Fiscal { quarter, .. } => (9, quarter.unwrap_or(0), 0),
        };
        u64::from(tag) << 32
            | u64::from(self.year() as u16) << 16
            | u64::from(a as u8) << 8
            | u64::from(b as u8)
    }

    /// The value [`Timex::pack`] made, or `None` for anything else (0 included).
    pub fn unpack(bits: u64) -> Option<Timex> {
        let year = (bits >> 16) as u16 as i16;
        let (a, b) = ((bits >> 8) as u8 as i8, bits as u8 as i8);
        let t = match bits >> 32 {
            1 => Timex::Day(Date::new(year, a, b).ok()?),
            2 => Timex::Week { year, week: a },
            3 => Timex::Month { year, month: a },
            4 => Timex::Quarter { year, quarter: a },
            5 => Timex::Half { year, half: a },
            6 => Timex::Season {
                year,
                season: *Season::ALL.get(usize::try_from(a).ok()?)?,
            },
            7 => Timex::Year(year),
            8 => Timex::Decade(year),
            9 => Timex::Fiscal {
                year,
                quarter: (a != 0).then_some(a),
            },
            _ => return None,
        };
        (t.pack() == bits).then_some(t)
    }
}

/// The number of ISO weeks in `year` (52 or 53).
fn weeks_in(year: i16) -> Option<i8> {
    ISOWeekDate::new(year, 1, Weekday::Monday)
        .ok()
        .map(|w| w.weeks_in_year())
}

/// In time order: the earlier start first; of two starting together, the longer first (it
/// contains the other: `2025`, `2025-Q1`, `2025-01`, `2025-01-01`); then by kind, so that
/// only equal values compare equal.
impl Ord for Timex {
    fn cmp(&self, other: &Timex) -> Ordering {
        self.start()
            .cmp(&other.start())
            .then_with(|| other.end().cmp(&self.end()))
            .then_with(|| self.pack().cmp(&other.pack()))
    }
}

impl PartialOrd for Timex {
    fn partial_cmp(&self, other: &Timex) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The TIMEX3 value.
impl fmt::Display for Timex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Timex::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Timex::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            Timex::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Timex::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            Timex::Half { year, half } => write!(f, "{year:04}-H{half}"),
            Timex::Season { year, season } => write!(f, "{year:04}-{}", season.code()),
            Timex::Year(year) => write!(f, "{year:04}"),
            Timex::Decade(year) => write!(f, "{:03}", year / 10),
            Timex::Fiscal {
                year,
                quarter: None,
            } => write!(f, "FY{year:04}"),
            Timex::Fiscal {
                year,
                quarter: Some(q),
            } => write!(f, "FY{year:04}-Q{q}"),
        }
    }
}

/// Why a string is not a TIMEX3 value dateline knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseTimexError(String);

impl fmt::Display for ParseTimexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a date value (like 2025-03-14, 2026-W04, 2025-10, 2025-Q4, 2026-H1, \
             2024-SU, 2025, 199, FY2025)",
            self.0
        )
    }
}

impl std::error::Error for ParseTimexError {}

/// Parses exactly what [`fmt::Display`] writes (uppercase letters, zero-padded numbers).
impl FromStr for Timex {
    type Err = ParseTimexError;

    fn from_str(s: &str) -> Result<Timex, ParseTimexError> {
        parse(s).ok_or_else(|| ParseTimexError(s.chars().take(40).collect()))
    }
}

/// `digits` ASCII digits exactly, as a number.
fn digits(s: &str, n: usize) -> Option<i16> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn parse(s: &str) -> Option<Timex> {
    if let Some(fy) = s.strip_prefix("FY") {
        let (year, quarter) = match fy.split_once("-Q") {
            Some((y, q)) => (y, Some(digits(q, 1)? as i8)),
            None => (fy, None),
        };
        return Timex::fiscal(digits(year, 4)?, quarter);
    }
    if s.len() == 3 {
        return Timex::Decade(digits(s, 3)? * 10).checked();
    }
    let year = digits(s.get(..4)?, 4)?;
    let rest = &s[4..];
    if rest.is_empty() {
        return Some(Timex::Year(year));
    }
    let rest = rest.strip_prefix('-')?;
    let number = |r: &str, n: usize| digits(r, n).map(|v| v as i8);
    if let Some(season) = Season::ALL.iter().find(|s| s.code() == rest) {
        return Some(Timex::Season {
            year,
            season: *season,
        });
    }
    match rest.as_bytes().first()? {
        b'W' => Timex::week(year, number(&rest[1..], 2)?),
        b'Q' => Timex::quarter(year, number(&rest[1..], 1)?),
        b'H' => Timex::half(year, number(&rest[1..], 1)?),
        b'0'..=b'9' => match rest.split_once('-') {
            Some((m, d)) => Date::new(year, number(m, 2)?, number(d, 2)?)
                .ok()
                .map(Timex::Day),
            None => Timex::month(year, number(rest, 2)?),
        },
        _ => None,
    }
}

impl serde::Serialize for Timex {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Timex {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Timex, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests;
