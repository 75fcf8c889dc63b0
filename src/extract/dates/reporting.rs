//! Periods as companies report them: "the fourth quarter ended January 3", "the year to
//! March 21", "the 53 weeks ending January 3, 1987", "the three months to September", "the
//! 15 months to end-1986", "the first three months (of this year)", "1985's fourth quarter",
//! "this year's first quarter".
//!
//! A period is named by where it ends. Following the conventions of the project's gold
//! sets: a year or quarter that ends within a week of a calendar one is that calendar
//! period ("the 53 weeks ending January 3, 1987" is 1986); a longer period inside one
//! calendar year is that year ("the six months to June 30", "the nine months to
//! September"); any other period off the calendar is the fiscal year it ends ("the year to March 21" is FY1987, "the six months to September"
//! FY of that year); a span inside one quarter is that quarter ("the first two months of
//! this year" is Q1). Three months that end off a calendar quarter have no value.

use super::calendar;
use super::expr::{Expr, YearRef};
use super::lexicon::{Lex, Unit};
use super::period::year_ref;
use super::scan::{Match, Scan};
use crate::story::Timex;
use jiff::civil::Date;

/// How many days a period may end from a calendar boundary and still be the calendar one.
const SLACK_DAYS: i32 = 7;

/// "the fourth quarter ended January 3", "the year to March 21", "the 53 weeks ending
/// January 3, 1987", "the three months to September", "the 15 months to end-1986".
pub fn ending(s: &Scan, i: usize) -> Option<Match> {
    let k = if s.is(i, "the") { i + 1 } else { i };
    let k = if s.any(k, &["fiscal", "financial"]) {
        k + 1
    } else {
        k
    };
    let (unit_last, months) = length(s, k)?;
    let to = unit_last + 1;
    if !s.any(to, &["ended", "ending", "to", "through", "until"]) {
        return None;
    }
    let e = to + 1;
    // "to end-1986", "to the end of March"
    let e = if s.is(e, "end") && s.punct(e + 1, "-") && s.tight(e + 1) {
        e + 2
    } else {
        e
    };
    let (last, end) = end_date(s, e)?;
    Some(Match::new(last, Expr::Ending { months, end }))
}

/// The length of the period at `k` in months, and its last token: "fourth quarter" (3, and
/// the quarter's number is kept in the end date's reading), "year", "three months", "53
/// weeks", "12 months".
fn length(s: &Scan, k: usize) -> Option<(usize, i8)> {
    if let Some(m) = calendar::quarter(s, k) {
        if let Expr::Quarter { year: None, .. } = m.expr {
            return Some((m.last, 3));
        }
        return None;
    }
    if s.is(k, "year") || s.is(k, "quarter") {
        return Some((k, if s.is(k, "year") { 12 } else { 3 }));
    }
    let (cl, n) = s.count(k)?;
    let u = if s.punct(cl + 1, "-") { cl + 2 } else { cl + 1 };
    let months = match s.unit(u)? {
        Unit::Month => n,
        // 13 weeks make a quarter, 52 or 53 a year.
        Unit::Week => (n * 12 + 26) / 52,
        _ => return None,
    };
    // A shorter span ("the six weeks to Jan. 4") is no reporting period: its end date
    // stands alone.
    (3..=24).contains(&months).then_some((u, months as i8))
}

/// The day a period ends: "January 3, 1987", "January 3", "March 21", "September",
/// "1986" (its end), and its last token.
fn end_date(s: &Scan, e: usize) -> Option<(usize, EndDate)> {
    if let Some(m) = super::phrase::month_first(s, e) {
        let end = match m.expr {
            Expr::Date { year, month, day } => EndDate { year, month, day },
            Expr::Month { year, month } => EndDate {
                year,
                month,
                day: 0,
            },
            _ => return None,
        };
        return Some((m.last, end));
    }
    if let Some(m) = super::phrase::day_first(s, e) {
        if let Expr::Date { year, month, day } = m.expr {
            return Some((m.last, EndDate { year, month, day }));
        }
    }
    let (yl, year) = s.year(e).filter(|_| s.int(e).is_some())?;
    Some((
        yl,
        EndDate {
            year: Some(year),
            month: 12,
            day: 0,
        },
    ))
}

/// Where a period ends: day 0 is the month's last day; a missing year is the latest one
/// that puts the day on or before the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndDate {
    pub year: Option<i16>,
    pub month: i8,
    pub day: i8,
}

/// The period of `months` months ending at `end`.
pub fn resolve_ending(months: i8, end: EndDate, reference: Option<Date>) -> Option<Timex> {
    let year = match end.year {
        Some(y) => y,
        None => {
            let r = reference?;
            if (end.month, end.day) <= (r.month(), r.day()) {
                r.year()
            } else {
                r.year() - 1
            }
        }
    };
    let first = Date::new(year, end.month, 1).ok()?;
    let day = if end.day == 0 {
        first.last_of_month()
    } else {
        Date::new(year, end.month, end.day).ok()?
    };
    // The calendar quarter end nearest the day, if within the slack.
    let near = |d: Date| -> Option<Date> {
        let back = d
            .first_of_month()
            .checked_sub(jiff::Span::new().days(1))
            .ok()?;
        [d.last_of_month(), back].into_iter().find(|q| {
            q.month() % 3 == 0
                && d.since(*q)
                    .is_ok_and(|span| span.get_days().abs() <= SLACK_DAYS)
        })
    };
    let calendar = near(day);
    match (months, calendar) {
        (3, Some(q)) => Timex::quarter(q.year(), q.month() / 3),
        (3, None) => None,
        // Inside one calendar year (twelve months to December, six to June, nine to
        // September): that year.
        (m, Some(q)) if m <= q.month() => Some(Timex::Year(q.year())),
        // Off the calendar: the fiscal year it ends.
        _ => Timex::fiscal(day.year(), None),
    }
}

/// "1985's fourth quarter", "1986's 4th qtr", "this year's first quarter", "last year's
/// third quarter".
pub fn possessive_quarter(s: &Scan, i: usize) -> Option<Match> {
    let (owner_last, year) = if let Some((yl, y)) = s.year(i).filter(|_| s.int(i).is_some()) {
        (yl, YearRef::Written(y))
    } else if let (Lex::Shift(n), true) = (s.lex(i), s.is(i + 1, "year")) {
        (i + 1, YearRef::Shifted(i16::from(n)))
    } else {
        return None;
    };
    let q = owner_last + 1;
    if !(s.any(q, &["'s", "’s"]) || s.punct(q, "'’") && s.is(q + 1, "s")) {
        return None;
    }
    let k = if s.is(q, "s") || s.tok(q).len() > 1 {
        q + 1
    } else {
        q + 2
    };
    let m = calendar::quarter(s, k)?;
    let Expr::Quarter {
        year: None,
        quarter,
        ..
    } = m.expr
    else {
        return None;
    };
    let expr = match year {
        YearRef::Written(y) => Expr::Quarter {
            year: Some(y),
            quarter,
            reported: false,
        },
        YearRef::Shifted(years) => Expr::QuarterIn { quarter, years },
    };
    Some(Match::new(m.last, expr))
}

/// "the first three months", "the first two months of this year", "the first six months
/// of 1986": inside a quarter, that quarter; else the year.
pub fn first_months(s: &Scan, i: usize) -> Option<Match> {
    let k = if s.is(i, "the") { i + 1 } else { i };
    if !s.is(k, "first") {
        return None;
    }
    let (cl, n) = s.count(k + 1)?;
    if !(s.unit(cl + 1) == Some(Unit::Month) && (1..=12).contains(&n)) {
        return None;
    }
    let (last, year) = match s.is(cl + 2, "of").then(|| year_ref(s, cl + 3)).flatten() {
        Some((last, y)) => (last, Some(y)),
        None => (cl + 1, None),
    };
    Some(Match::new(
        last,
        Expr::FirstMonths {
            months: n as i8,
            year,
        },
    ))
}
