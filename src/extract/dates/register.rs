//! The reference-time register: what time the story is about at each point, in reading order,
//! for the expressions anchored to it rather than to the article's date ("a year earlier",
//! "the previous quarter", "the same day", "that year"), as HeidelTime's "last mentioned
//! date" does.
//!
//! Every resolved date updates the last *day* mentioned. The last *period* (a month or
//! coarser) is updated only by a date the story is about: not one it compares with ("against
//! 3.3 mln dlrs in 1985's fourth quarter", "versus 46.4 mln in 1985") and not one in a clause
//! about the future ("would be reduced … during the remainder of 1987").
//!
//! With nothing in the register an anchored expression falls back to the reference date, so
//! "the previous year" in a story with no other year is the year before the article's.

use super::expr::{Expr, YearRef};
use super::lexicon::Unit;
use super::reporting;
use super::resolve::{self, add};
use super::scan::Scan;
use super::tense::Tense;
use crate::story::{Granularity, Timex};
use jiff::civil::Date;

/// How far before a date a comparison word may be: "compared with a loss of 3.3 mln dlrs,
/// or 21 cts per share, in".
const COMPARISON_REACH: usize = 20;
/// How far before a date a word that makes its clause hypothetical may be.
const HYPOTHESIS_REACH: usize = 16;

/// The times the story is about so far.
#[derive(Debug, Default, Clone, Copy)]
pub struct Register {
    /// The last day mentioned.
    day: Option<Date>,
    /// The last week mentioned.
    week: Option<Timex>,
    /// The last period (month or coarser) the story is about.
    period: Option<Timex>,
    /// The last quarter the story is about ("in the quarter").
    quarter: Option<Timex>,
}

impl Register {
    /// Resolves `e` against the register (anchored expressions) or the reference date.
    pub fn resolve(&self, e: Expr, reference: Option<Date>, tense: Tense) -> Option<Timex> {
        match e {
            Expr::Anchored { unit, shift } => {
                let v = self.anchored(unit, shift, reference)?;
                // "will depress earnings in the first half", after a paragraph on 1986: what
                // a clause looks ahead to is not a period already over, so the article's own.
                let over = reference.zip(v.end()).is_some_and(|(r, end)| end <= r);
                if tense == Tense::Future && shift >= 0 && unit != Unit::Day && over {
                    return Register::default().anchored(unit, shift, reference);
                }
                Some(v)
            }
            Expr::YearsFrom {
                years,
                unit: Some(unit),
            } if unit != Unit::Year => shift_years(self.anchored(unit, 0, reference)?, years),
            Expr::YearsFrom { years, .. } => match self.period {
                Some(p) => shift_years(p, years),
                None => {
                    let base = self.day.or(reference)?;
                    Some(Timex::Year(
                        base.year().checked_add(i16::try_from(years).ok()?)?,
                    ))
                }
            },
            Expr::SamePeriod { year } => Some(match self.period {
                Some(p) => with_year(p, year)?,
                None => Timex::Year(year),
            }),
            Expr::YearsAgo { years } => {
                // "a year ago" after a quarter compares with that quarter a year before.
                if years == 1 && self.period.is_some() {
                    let e = Expr::YearsFrom {
                        years: -1,
                        unit: None,
                    };
                    return self.resolve(e, reference, tense);
                }
                let y = reference?.year().checked_sub(i16::try_from(years).ok()?)?;
                Some(Timex::Year(y))
            }
            Expr::Ending { months, end } => reporting::resolve_ending(months, end, reference),
            Expr::FirstMonths { months, year } => {
                // Without a year, the article's (news reports the months just gone).
                let year = match (year, reference) {
                    (Some(YearRef::Written(y)), _) => y,
                    (Some(YearRef::Shifted(n)), r) => r?.year().checked_add(n)?,
                    (None, Some(r)) => r.year(),
                    (None, None) => self.anchored(Unit::Year, 0, None)?.year(),
                };
                Some(if months <= 3 {
                    Timex::Quarter { year, quarter: 1 }
                } else {
                    Timex::Year(year)
                })
            }
            _ => resolve::resolve(e, reference, tense),
        }
    }

    /// "the same day" (day, 0), "three days later" (day, 3), "that week", "the previous
    /// month", "the quarter", "the year before" (year, -1).
    fn anchored(&self, unit: Unit, shift: i32, reference: Option<Date>) -> Option<Timex> {
        let period = |g: Granularity| match g {
            Granularity::Quarter => self.quarter,
            g => self.period.filter(|p| p.granularity() == g),
        };
        match unit {
            Unit::Day => Some(Timex::Day(add(self.day.or(reference)?, Unit::Day, shift)?)),
            Unit::Week | Unit::Fortnight => {
                let weeks = if unit == Unit::Fortnight {
                    2 * shift
                } else {
                    shift
                };
                let start = match self.week {
                    Some(w) => w.start()?,
                    None => self.day.or(reference)?,
                };
                let d = add(start, Unit::Week, weeks)?;
                let w = d.iso_week_date();
                Timex::week(w.year(), w.week())
            }
            Unit::Month => {
                let first = match period(Granularity::Month) {
                    Some(m) => m.start()?,
                    None => self.day.or(reference)?.first_of_month(),
                };
                let d = add(first, Unit::Month, shift)?;
                Timex::month(d.year(), d.month())
            }
            Unit::Quarter => {
                let first = match period(Granularity::Quarter) {
                    Some(Timex::Fiscal { year, quarter }) if shift == 0 => {
                        return Timex::fiscal(year, quarter);
                    }
                    Some(q) => q.start()?,
                    None => self.day.or(reference)?,
                };
                let d = add(first, Unit::Quarter, shift)?;
                Timex::quarter(d.year(), (d.month() - 1) / 3 + 1)
            }
            Unit::Year => {
                let year = match self.period {
                    Some(p) => p.year(),
                    None => self.day.or(reference)?.year(),
                };
                Some(Timex::Year(year.checked_add(i16::try_from(shift).ok()?)?))
            }
        }
    }

    /// Records a date resolved to `value` at tokens `first..`: every day; a period only when
    /// the story is about it (see the module notes).
    pub fn note(&mut self, value: Timex, s: &Scan, first: usize, tense: Tense, e: Expr) {
        match value {
            Timex::Day(d) => self.day = Some(d),
            Timex::Week { .. } => self.week = Some(value),
            _ => {
                let anaphoric = matches!(
                    e,
                    Expr::YearsFrom { .. } | Expr::YearsAgo { .. } | Expr::SamePeriod { .. }
                );
                let topic = !anaphoric
                    && tense != Tense::Future
                    && !compared(s, first)
                    && !hypothetical(s, first)
                    && !aside(s, first);
                if topic {
                    self.period = Some(value);
                    if value.granularity() == Granularity::Quarter {
                        self.quarter = Some(value);
                    }
                }
            }
        }
    }

    /// Whether the register knows a period of quarter granularity (for "the quarter").
    pub fn has_quarter(&self) -> bool {
        self.quarter.is_some()
    }
}

/// `p` moved by `years`, as precise as it is.
fn shift_years(p: Timex, years: i32) -> Option<Timex> {
    let y = p.year().checked_add(i16::try_from(years).ok()?)?;
    with_year(p, y)
}

/// `p` in year `year`.
fn with_year(p: Timex, year: i16) -> Option<Timex> {
    match p {
        Timex::Day(d) => Date::new(year, d.month(), d.day()).ok().map(Timex::Day),
        Timex::Week { week, .. } => Timex::week(year, week),
        Timex::Month { month, .. } => Timex::month(year, month),
        Timex::Quarter { quarter, .. } => Timex::quarter(year, quarter),
        Timex::Half { half, .. } => Timex::half(year, half),
        Timex::Season { season, .. } => Some(Timex::Season { year, season }),
        Timex::Year(_) => Some(Timex::Year(year)),
        Timex::Decade(_) => None,
        Timex::Fiscal { quarter, .. } => Timex::fiscal(year, quarter),
    }
}

/// Whether the date at `first` is what a figure is compared with: "against 31 cts in 1985",
/// "versus 46.4 mln in 1985", "up from 3.4 mln a year earlier", "compared with 1985".
fn compared(s: &Scan, first: usize) -> bool {
    let floor = first.saturating_sub(COMPARISON_REACH);
    let mut k = first;
    while k > floor {
        k -= 1;
        if s.any(k, &["to", "and", "but", "which", "that"]) || s.punct(k, ";:(") {
            return false;
        }
        if s.any(
            k,
            &[
                "versus", "vs", "against", "compared", "from", "than", "over",
            ],
        ) {
            return true;
        }
    }
    false
}

/// Whether the date at `first` is inside a non-restrictive relative clause, an aside about
/// something named in the sentence rather than the time the story is about: "NBC, which was
/// not part of GE in the first quarter of 1986, …".
fn aside(s: &Scan, first: usize) -> bool {
    let floor = first.saturating_sub(COMPARISON_REACH);
    let mut k = first;
    while k > floor {
        k -= 1;
        if s.punct(k, ",;:()") {
            return false;
        }
        if s.any(k, &["which", "who", "whose"]) {
            return k > 0 && s.punct(k - 1, ",");
        }
    }
    false
}

/// Whether the clause of the date at `first` is a condition or a forecast: "if no payments
/// are received during the remainder of 1987", "would be reduced in 1987".
fn hypothetical(s: &Scan, first: usize) -> bool {
    let floor = first.saturating_sub(HYPOTHESIS_REACH);
    (floor..first)
        .rev()
        .take_while(|&k| !s.punct(k, ";:."))
        .any(|k| {
            s.any(
                k,
                &[
                    "if", "unless", "whether", "would", "could", "might", "should",
                ],
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn anchored_units_move_from_the_register_else_the_reference() {
        let r = Some(date(1987, 3, 4));
        let empty = Register::default();
        let a = |reg: &Register, unit, shift| reg.anchored(unit, shift, r).map(|t| t.to_string());
        assert_eq!(a(&empty, Unit::Year, -1).as_deref(), Some("1986"));
        assert_eq!(a(&empty, Unit::Day, 0).as_deref(), Some("1987-03-04"));
        let reg = Register {
            day: Some(date(1987, 3, 23)),
            week: None,
            period: Timex::quarter(1986, 4),
            quarter: Timex::quarter(1986, 4),
        };
        assert_eq!(a(&reg, Unit::Year, -1).as_deref(), Some("1985"));
        assert_eq!(a(&reg, Unit::Quarter, -1).as_deref(), Some("1986-Q3"));
        assert_eq!(a(&reg, Unit::Quarter, 0).as_deref(), Some("1986-Q4"));
        assert_eq!(a(&reg, Unit::Day, 0).as_deref(), Some("1987-03-23"));
        assert_eq!(a(&reg, Unit::Week, 0).as_deref(), Some("1987-W13"));
        assert_eq!(a(&reg, Unit::Month, -1).as_deref(), Some("1987-02"));
        let ago = reg.resolve(Expr::YearsAgo { years: 1 }, r, Tense::None);
        assert_eq!(ago, Timex::quarter(1985, 4));
        let same = reg.resolve(Expr::SamePeriod { year: 1985 }, r, Tense::None);
        assert_eq!(same, Timex::quarter(1985, 4));
        let ago3 = empty.resolve(Expr::YearsAgo { years: 3 }, r, Tense::None);
        assert_eq!(ago3, Some(Timex::Year(1984)));
    }
}
