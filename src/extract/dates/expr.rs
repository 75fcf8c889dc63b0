//! What a matched date expression means ([`Expr`]), before `resolve.rs` turns it into a
//! [`crate::story::Timex`].

use super::holiday::Holiday;
use super::lexicon::Unit;
pub use super::period::YearRef;
use jiff::civil::Weekday;

/// A recognised date expression, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expr {
    /// A calendar day; without a year the tense picks one.
    Date {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// A month and day in the reference year shifted by `years` ("next 6th of April").
    DateInYear {
        years: i16,
        month: i8,
        day: i8,
    },
    /// A day of the month known by its weekday too ("Monday 21").
    WeekdayDay {
        weekday: Weekday,
        day: i8,
    },
    /// A day of some month: of the month `months` away, or the nearest ("on the 18th").
    MonthDay {
        day: i8,
        months: Option<i32>,
    },
    Month {
        year: Option<i16>,
        month: i8,
    },
    /// A named month in the reference year shifted by `years` ("this September", "the 9th
    /// month of next year"), or with `nearest` the closest one strictly before (`years` < 0) or
    /// after ("last December", "next March").
    MonthShift {
        month: i8,
        years: i16,
        nearest: bool,
    },
    Year(i16),
    /// A decade by its first year: 1990 for "the 1990s".
    Decade(i16),
    Quarter {
        year: Option<i16>,
        quarter: i8,
        reported: bool,
    },
    /// A quarter of the reference year shifted by `years` ("first quarter of next year").
    QuarterIn {
        quarter: i8,
        years: i16,
    },
    /// A half year (1 or 2) of a written or shifted year.
    Half {
        half: i8,
        year: YearRef,
    },
    /// A season (0 spring … 3 winter) of a written year, or `shift` seasons of its kind from
    /// the current one ("this summer" 0, "last fall" -1).
    Season {
        season: i8,
        year: Option<i16>,
        shift: i8,
    },
    /// A season named without a year after a preposition ("by the summer", "in the spring"):
    /// the current one if it is that season, else the next one in a clause that looks ahead
    /// and the last one otherwise.
    SeasonNear {
        season: i8,
    },
    /// A fiscal year, with an optional quarter; `year` `None` when the text gives none.
    Fiscal {
        year: Option<i16>,
        quarter: Option<i8>,
    },
    /// The ISO week of a day: "the week of March 23", "the week ended May 4".
    WeekOf {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// An ISO week: week -1 is the last week of the year.
    Week {
        year: i16,
        week: i8,
    },
    /// An ISO week of the reference year shifted by `years`.
    WeekShift {
        years: i16,
        week: i8,
    },
    /// A weekday: in the ISO week `week` weeks from the reference one, or when `None` the
    /// nearest per tense.
    Weekday {
        weekday: Weekday,
        week: Option<i32>,
    },
    /// The nearest weekday strictly after (`forward`) or strictly before the reference date.
    WeekdayNear {
        weekday: Weekday,
        forward: bool,
    },
    /// The period of `unit` containing the reference date, shifted by `shift` periods.
    Period {
        unit: Unit,
        shift: i32,
    },
    /// A named day; `shift` is the word before it: -1 last, 0 this, 1 next.
    Holiday {
        holiday: Holiday,
        year: Option<i16>,
        shift: Option<i8>,
    },
    /// Relative to the time the story is about at this point (see `register.rs`), else to
    /// the reference date: "the previous year" (year, -1), "the same day" (day, 0), "that
    /// week", "three days later" (day, 3), "in the year" (year, 0).
    Anchored {
        unit: Unit,
        shift: i32,
    },
    /// The period the story is about moved by `years`, as precise as it is: "a year
    /// earlier" after a quarter is that quarter a year before; or, when the words name a
    /// `unit`, the story's period of that unit: "the same quarter a year ago", "the
    /// year-earlier quarter", "the same month last year".
    YearsFrom {
        years: i32,
        unit: Option<Unit>,
    },
    /// The period the story is about, in another year: "the same 1986 period", "the 1986
    /// quarter".
    SamePeriod {
        year: i16,
    },
    /// The period of `months` months ending on `end` ("the year to March 21").
    Ending {
        months: i8,
        end: super::reporting::EndDate,
    },
    /// The first `months` months of a year (the written or shifted one, else the one the
    /// story is about).
    FirstMonths {
        months: i8,
        year: Option<YearRef>,
    },
    /// A year, quarter or month relative to the reference date counted the way news counts
    /// back from the present: "three years ago" is the year (`Offset` keeps days).
    YearsAgo {
        years: i32,
    },
    /// The day `n` units from the reference date ("3 weeks ago" = -3).
    Offset {
        unit: Unit,
        n: i32,
    },
}
