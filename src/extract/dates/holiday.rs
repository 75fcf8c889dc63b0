//! Named days that news dates things by: "Christmas", "New Year's Eve", "Easter", "Good
//! Friday", "Thanksgiving", "Black Friday", "Labor Day", "St. Patrick's Day", "Halloween"…,
//! optionally with a year ("Easter 2018") or a shift ("last Easter", "next Christmas").
//!
//! Without a year a holiday follows the news convention of every other date (the most recent
//! one, or the next one in a future clause); "last"/"next" take the nearest one strictly before
//! or after the reference date, "this" the one in the reference year. Easter is computed with the
//! Gregorian computus (jiff has no Easter); everything else is a fixed day or the nth weekday
//! of a month.

use super::expr::Expr;
use super::lexicon::{Lex, Unit};
use super::resolve::add;
use super::scan::{Match, Scan};
use jiff::civil::{Date, Weekday};

/// How a holiday falls in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    Fixed {
        month: i8,
        day: i8,
    },
    /// Days from Easter Sunday.
    Easter(i8),
    /// The `nth` `weekday` of `month` (-1 = the last), plus `plus` days.
    Nth {
        month: i8,
        nth: i8,
        weekday: Weekday,
        plus: i8,
    },
}

/// The holiday's date in `year`.
pub fn in_year(h: Holiday, year: i16) -> Option<Date> {
    match h {
        Holiday::Fixed { month, day } => Date::new(year, month, day).ok(),
        Holiday::Easter(plus) => add(easter(year)?, Unit::Day, i32::from(plus)),
        Holiday::Nth {
            month,
            nth,
            weekday,
            plus,
        } => {
            let d = Date::new(year, month, 1)
                .ok()?
                .nth_weekday_of_month(nth, weekday)
                .ok()?;
            add(d, Unit::Day, i32::from(plus))
        }
    }
}

/// Easter Sunday (anonymous Gregorian algorithm).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The holiday named at `i`, and its last token.
fn name(s: &Scan, i: usize) -> Option<(usize, Holiday)> {
    let fixed = |month, day| Holiday::Fixed { month, day };
    let nth = |month, nth, weekday, plus| Holiday::Nth {
        month,
        nth,
        weekday,
        plus,
    };
    let w = |k: usize, word: &str| s.is(k, word);
    // A trailing "day" / "'s day" is optional for most names.
    let day_after = |k: usize| {
        let k2 = if w(k + 1, "'s") || w(k + 1, "’s") || s.punct(k + 1, "'’") {
            k + 2
        } else {
            k + 1
        };
        if w(k2, "day") { k2 } else { k }
    };
    let needs_day = |k: usize| {
        let d = day_after(k);
        (d > k).then_some(d)
    };
    if w(i, "christmas") || w(i, "xmas") {
        if w(i + 1, "eve") {
            return Some((i + 1, fixed(12, 24)));
        }
        return Some((day_after(i), fixed(12, 25)));
    }
    if w(i, "new") && (w(i + 1, "year") || w(i + 1, "years")) {
        let k = i + 1;
        let k2 = if w(k + 1, "'s") || w(k + 1, "’s") || s.punct(k + 1, "'’") {
            k + 1
        } else {
            k
        };
        if w(k2 + 1, "eve") {
            return Some((k2 + 1, fixed(12, 31)));
        }
        if w(k2 + 1, "day") {
            return Some((k2 + 1, fixed(1, 1)));
        }
        let bare = i > 0 && s.any(i - 1, &["before", "after", "until", "since", "on", "by"]);
        return bare.then_some((k, fixed(1, 1)));
    }
    if w(i, "easter") {
        let k = i + 1;
        return Some(match () {
            _ if w(k, "monday") => (k, Holiday::Easter(1)),
            _ if w(k, "sunday") => (k, Holiday::Easter(0)),
            _ => (i, Holiday::Easter(0)),
        });
    }
    let two = |a: &str, b: &str| w(i, a) && w(i + 1, b);
    let found = match () {
        _ if two("good", "friday") => (i + 1, Holiday::Easter(-2)),
        _ if two("black", "friday") => (i + 1, nth(11, 4, Weekday::Thursday, 1)),
        _ if two("cyber", "monday") => (i + 1, nth(11, 4, Weekday::Thursday, 4)),
        _ if w(i, "thanksgiving") => (day_after(i), nth(11, 4, Weekday::Thursday, 0)),
        _ if w(i, "halloween") => (i, fixed(10, 31)),
        _ if w(i, "valentine") || w(i, "valentines") => (needs_day(i)?, fixed(2, 14)),
        _ if (w(i, "labor") || w(i, "labour")) && w(i + 1, "day") => {
            (i + 1, nth(9, 1, Weekday::Monday, 0))
        }
        _ if two("memorial", "day") => (i + 1, nth(5, -1, Weekday::Monday, 0)),
        _ if two("independence", "day") && s.capital(i) => (i + 1, fixed(7, 4)),
        _ if two("earth", "day") => (i + 1, fixed(4, 22)),
        _ if two("boxing", "day") => (i + 1, fixed(12, 26)),
        _ if two("may", "day") && s.capital(i) => (i + 1, fixed(5, 1)),
        _ if w(i, "workers") && (w(i + 1, "day") || s.punct(i + 1, "'’") && w(i + 2, "day")) => {
            (if w(i + 1, "day") { i + 1 } else { i + 2 }, fixed(5, 1))
        }
        _ if (w(i, "st") || w(i, "saint")) => {
            let k = if s.punct(i + 1, ".") { i + 2 } else { i + 1 };
            if !w(k, "patrick") && !w(k, "patricks") {
                return None;
            }
            (day_after(k), fixed(3, 17))
        }
        _ => return None,
    };
    Some(found)
}

/// A holiday at `i`, with an optional shift word before and year after.
pub fn at(s: &Scan, i: usize) -> Option<Match> {
    let (shift, k) = match s.lex(i) {
        Lex::Shift(n) => (Some(n), i + 1),
        Lex::Key if s.is(i, "international") => (None, i + 1),
        _ => (None, i),
    };
    let may_day = s.is(k, "may") && s.is(k + 1, "day");
    if s.lex(k) != Lex::Named && !may_day {
        return None;
    }
    let (last, holiday) = name(s, k)?;
    if let Some((n, 4)) = s.int(last + 1)
        && (1000..=2999).contains(&n)
    {
        return Some(Match::new(
            last + 1,
            Expr::Holiday {
                holiday,
                year: Some(n as i16),
                shift: None,
            },
        ));
    }
    Some(Match::new(
        last,
        Expr::Holiday {
            holiday,
            year: None,
            shift,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn moveable_holidays() {
        assert_eq!(easter(2018), Some(date(2018, 4, 1)));
        assert_eq!(easter(2019), Some(date(2019, 4, 21)));
        assert_eq!(easter(2025), Some(date(2025, 4, 20)));
        let black_friday = Holiday::Nth {
            month: 11,
            nth: 4,
            weekday: Weekday::Thursday,
            plus: 1,
        };
        assert_eq!(in_year(black_friday, 2010), Some(date(2010, 11, 26)));
        let memorial = Holiday::Nth {
            month: 5,
            nth: -1,
            weekday: Weekday::Monday,
            plus: 0,
        };
        assert_eq!(in_year(memorial, 2025), Some(date(2025, 5, 26)));
    }
}
