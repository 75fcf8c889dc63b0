//! Resolution of an [`Expr`] against the reference date into a [`Timex`]. All calendar
//! arithmetic is jiff's.
//!
//! Conventions (news is mostly about the past):
//! - a month, day or weekday without a year is the most recent one on or before the reference
//!   date, or the next one (on or after) in a future clause; but a day of the reference's
//!   own month stays in the reference's year;
//! - a quarter without a year is the most recent one of that number that has begun ("a charge
//!   in the second quarter" written in April is this year's), but results reported for it
//!   ("fourth-quarter revenue", "reported sales in the third quarter") are of the most recent
//!   completed one; in a future clause the current or next one, except that results due to be
//!   reported ("will report fourth-quarter earnings" in January) are for the quarter that has
//!   just ended;
//! - "last/next Friday" is the Friday of the previous/next ISO week (Monday first);
//! - "last/next March" is the nearest March strictly before/after the current month;
//! - fiscal years are written `FY2025` (calendars differ between companies, so no mapping to
//!   calendar dates is attempted), a fiscal quarter `FY2025-Q1`.

use super::expr::{Expr, YearRef};
use super::holiday::{self, Holiday};
use super::lexicon::Unit;
use super::period;
use super::tense::Tense;
use crate::story::{Season, Timex};
use jiff::Span;
use jiff::civil::{Date, ISOWeekDate, Weekday};

/// `n` units as a jiff span (a fortnight is two weeks; a quarter three months).
fn span(unit: Unit, n: i32) -> Span {
    match unit {
        Unit::Day => Span::new().days(n),
        Unit::Week => Span::new().weeks(n),
        Unit::Fortnight => Span::new().weeks(2 * i64::from(n)),
        Unit::Month => Span::new().months(n),
        Unit::Quarter => Span::new().months(3 * i64::from(n)),
        Unit::Year => Span::new().years(n),
    }
}

/// `date` moved by `n` units, if still in range.
pub fn add(date: Date, unit: Unit, n: i32) -> Option<Date> {
    date.checked_add(span(unit, n)).ok()
}

fn week_of(d: Date) -> Timex {
    let w = d.iso_week_date();
    Timex::Week {
        year: w.year(),
        week: w.week(),
    }
}

/// The Monday starting the ISO week of `d`.
fn monday(d: Date) -> Option<Date> {
    add(
        d,
        Unit::Day,
        -i32::from(d.weekday().to_monday_zero_offset()),
    )
}

/// Resolves `e`: absolute expressions without `reference`, relative ones only with it.
///
/// A half or a season is given as its year, the unit that contains it: the convention of
/// the project's gold sets ("the first half of 1988", "this summer" and "the spring of 2018"
/// are years), since what a reader filters and orders by is the year; the words say the rest.
pub fn resolve(e: Expr, reference: Option<Date>, tense: Tense) -> Option<Timex> {
    exact(e, reference, tense).map(|t| match t {
        Timex::Half { year, .. } | Timex::Season { year, .. } => Timex::Year(year),
        t => t,
    })
}

/// [`resolve`] before a half or a season is widened to its year.
fn exact(e: Expr, reference: Option<Date>, tense: Tense) -> Option<Timex> {
    match e {
        Expr::Date {
            year: Some(y),
            month,
            day,
        } => Date::new(y, month, day).ok().map(Timex::Day),
        Expr::Month {
            year: Some(y),
            month,
        } => Some(Timex::Month { year: y, month }),
        Expr::Year(y) => Some(Timex::Year(y)),
        Expr::Decade(y) => Some(Timex::Decade(y)),
        Expr::Quarter {
            year: Some(y),
            quarter,
            ..
        } => Some(Timex::Quarter { year: y, quarter }),
        Expr::Fiscal { year, quarter } => year.map(|year| Timex::Fiscal { year, quarter }),
        Expr::Half {
            half,
            year: YearRef::Written(y),
        } => Some(Timex::Half { year: y, half }),
        Expr::Season {
            season,
            year: Some(y),
            ..
        } => season_of(y, season),
        Expr::Week { year, week } => iso_week(year, week),
        Expr::Holiday {
            holiday,
            year: Some(y),
            ..
        } => holiday::in_year(holiday, y).map(Timex::Day),
        Expr::WeekOf { year, month, day } => {
            match exact(Expr::Date { year, month, day }, reference, tense)? {
                Timex::Day(d) => Some(week_of(d)),
                _ => None,
            }
        }
        _ => relative(e, reference?, tense),
    }
}

/// ISO week `week` of `year` (-1 = its last week), if the year has it.
fn iso_week(year: i16, week: i8) -> Option<Timex> {
    let weeks = ISOWeekDate::new(year, 1, Weekday::Monday)
        .ok()?
        .weeks_in_year();
    let week = if week < 0 { weeks } else { week };
    (1..=weeks)
        .contains(&week)
        .then_some(Timex::Week { year, week })
}

fn relative(e: Expr, r: Date, tense: Tense) -> Option<Timex> {
    let (y, m) = (r.year(), r.month());
    // Days and months without a year lie ahead in a present or future clause; a weekday or
    // a quarter only in a future one.
    let (future, strictly) = (tense.ahead(), tense == Tense::Future);
    Some(match e {
        Expr::Date { month, day, .. } => Timex::Day(nearest_day(r, month, day, future)?),
        Expr::DateInYear { years, month, day } => {
            Timex::Day(Date::new(y.checked_add(years)?, month, day).ok()?)
        }
        Expr::WeekdayDay { weekday, day } => Timex::Day(weekday_day(r, weekday, day, future)?),
        Expr::MonthDay { day, months } => Timex::Day(month_day(r, day, months, future)?),
        Expr::Month { month, .. } => {
            let back = if future { month < m } else { month > m };
            let year = if !back {
                y
            } else if future {
                y + 1
            } else {
                y - 1
            };
            Timex::Month { year, month }
        }
        Expr::MonthShift {
            month,
            years,
            nearest: true,
        } => {
            let year = match years.signum() {
                -1 if month < m => y,
                -1 => y - 1,
                _ if month > m => y,
                _ => y + 1,
            };
            Timex::Month { year, month }
        }
        Expr::MonthShift { month, years, .. } => Timex::Month {
            year: y.checked_add(years)?,
            month,
        },
        Expr::Quarter {
            quarter, reported, ..
        } => {
            let current = (m - 1) / 3 + 1;
            // The quarter just ended (the one results are due for next).
            let previous = if current == 1 { 4 } else { current - 1 };
            let year = if strictly && !(reported && quarter == previous) {
                if quarter >= current { y } else { y + 1 }
            } else if quarter < current || quarter == current && !reported {
                y
            } else {
                y - 1
            };
            Timex::Quarter { year, quarter }
        }
        Expr::QuarterIn { quarter, years } => Timex::Quarter {
            year: y.checked_add(years)?,
            quarter,
        },
        Expr::Half {
            half,
            year: YearRef::Shifted(years),
        } => Timex::Half {
            year: y.checked_add(years)?,
            half,
        },
        Expr::SeasonNear { season } => {
            let (year, season) = period::nearest_season(r, season, future)?;
            season_of(year, season)?
        }
        Expr::Season { season, shift, .. } => {
            let (year, season) = period::resolve_season(r, season, shift)?;
            season_of(year, season)?
        }
        Expr::WeekShift { years, week } => iso_week(y.checked_add(years)?, week)?,
        Expr::Weekday {
            weekday,
            week: Some(k),
        } => {
            let d = add(monday(r)?, Unit::Week, k)?;
            Timex::Day(add(
                d,
                Unit::Day,
                i32::from(weekday.to_monday_zero_offset()),
            )?)
        }
        Expr::Weekday {
            weekday,
            week: None,
        } => {
            let back = i32::from(r.weekday().since(weekday));
            let ahead = i32::from(weekday.since(r.weekday()));
            Timex::Day(add(r, Unit::Day, if strictly { ahead } else { -back })?)
        }
        Expr::WeekdayNear { weekday, forward } => {
            let n = if forward {
                weekday.since(r.weekday())
            } else {
                r.weekday().since(weekday)
            };
            let n = i32::from(if n == 0 { 7 } else { n });
            Timex::Day(add(r, Unit::Day, if forward { n } else { -n })?)
        }
        Expr::Period { unit, shift } => period(r, unit, shift)?,
        Expr::Holiday { holiday, shift, .. } => Timex::Day(named_day(r, holiday, shift, future)?),
        Expr::Offset { unit, n } => Timex::Day(add(r, unit, n)?),
        _ => return None,
    })
}

/// The period of `unit` containing `r`, moved by `shift`.
fn period(r: Date, unit: Unit, shift: i32) -> Option<Timex> {
    Some(match unit {
        Unit::Day => Timex::Day(add(r, Unit::Day, shift)?),
        Unit::Week | Unit::Fortnight => week_of(add(r, Unit::Week, shift)?),
        Unit::Month => {
            let d = add(r.first_of_month(), Unit::Month, shift)?;
            Timex::Month {
                year: d.year(),
                month: d.month(),
            }
        }
        Unit::Quarter => {
            let index = i32::from(r.year()) * 4 + i32::from((r.month() - 1) / 3) + shift;
            Timex::Quarter {
                year: i16::try_from(index.div_euclid(4)).ok()?,
                quarter: (index.rem_euclid(4) + 1) as i8,
            }
        }
        Unit::Year => Timex::Year(r.year().checked_add(i16::try_from(shift).ok()?)?),
    })
}

/// A holiday near `r`: in its year ("this"), strictly before or after it ("last", "next"),
/// or per tense when bare.
fn named_day(r: Date, h: Holiday, shift: Option<i8>, future: bool) -> Option<Date> {
    let y = r.year();
    match shift {
        Some(0) => holiday::in_year(h, y),
        Some(n) if n < 0 => (0..3).find_map(|k| holiday::in_year(h, y - k).filter(|d| *d < r)),
        Some(_) => (0..3).find_map(|k| holiday::in_year(h, y + k).filter(|d| *d > r)),
        None if future => (0..3).find_map(|k| holiday::in_year(h, y + k).filter(|d| *d >= r)),
        None => (0..3).find_map(|k| holiday::in_year(h, y - k).filter(|d| *d <= r)),
    }
}

/// The most recent `month`/`day` on or before `r`, or the next on or after it (Feb 29 may be
/// years away).
///
/// A day of the reference's own month stays in its year whichever side of the reference it
/// falls (as HeidelTime compares months): "expires on March six" written on March 12 is a
/// date the writer had in mind just gone, not one eleven months ahead; "said on March 23"
/// written on March 19 is a schedule in a reported clause, not last year's.
fn nearest_day(r: Date, month: i8, day: i8, future: bool) -> Option<Date> {
    if month == r.month() {
        if let Ok(d) = Date::new(r.year(), month, day) {
            return Some(d);
        }
    }
    (0..9i16).find_map(|k| {
        let year = if future { r.year() + k } else { r.year() - k };
        Date::new(year, month, day)
            .ok()
            .filter(|d| if future { *d >= r } else { *d <= r })
    })
}

/// The nearest month (back, or forward in a future clause) whose `day` falls on `weekday`.
fn weekday_day(r: Date, weekday: Weekday, day: i8, future: bool) -> Option<Date> {
    let first = r.first_of_month();
    (0..60).find_map(|k| {
        let month = add(first, Unit::Month, if future { k } else { -k })?;
        Date::new(month.year(), month.month(), day)
            .ok()
            .filter(|d| d.weekday() == weekday && if future { *d >= r } else { *d <= r })
    })
}

/// Day `day` of the month `months` away from `r`, or of the nearest month that has it.
fn month_day(r: Date, day: i8, months: Option<i32>, future: bool) -> Option<Date> {
    let first = r.first_of_month();
    if let Some(k) = months {
        let month = add(first, Unit::Month, k)?;
        return Date::new(month.year(), month.month(), day).ok();
    }
    (0..3).find_map(|k| {
        let month = add(first, Unit::Month, if future { k } else { -k })?;
        Date::new(month.year(), month.month(), day)
            .ok()
            .filter(|d| if future { *d >= r } else { *d <= r })
    })
}

/// A season by its number in the year (spring 0 … winter 3).
fn season_of(year: i16, season: i8) -> Option<Timex> {
    let season = *Season::ALL.get(usize::try_from(season).ok()?)?;
    Some(Timex::Season { year, season })
}
