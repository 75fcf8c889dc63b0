//! Dates written with month and weekday names: "March 3, 2025", "3 March 2025", "Jan. 15",
//! "the fourth of July", "Sept. 2024", "October", "this September", "next 5/12", "on Tuesday",
//! "next Friday", "Monday 21".

use super::expr::Expr;
use super::lexicon::{Lex, Unit};
use super::numeric;
use super::scan::{Match, Scan};
use crate::extract::token::Kind;

/// "March 3", "March 3, 2025", "Dec31 , 1994", "October, 1st", "Sept. 2024", "Dec, 2018",
/// "April of 87", "October".
pub fn month_first(s: &Scan, i: usize) -> Option<Match> {
    let (ml, month) = s.month(i)?;
    let k = if s.punct(ml + 1, ",") { ml + 2 } else { ml + 1 };
    if let Some((dl, day)) = day_after_month(s, k) {
        // "April 11-20": days inside one month are that month.
        if s.punct(dl + 1, "-–") && s.tight(dl + 1) && s.tight(dl + 2) {
            if let Some((dl2, _)) = s.day(dl + 2).filter(|&(_, d)| d > day) {
                let (last, year) = match year_after(s, dl2 + 1) {
                    Some((yl, y)) => (yl, Some(y)),
                    None => (dl2, None),
                };
                return Some(Match::new(last, Expr::Month { year, month }));
            }
        }
        if let Some((yl, year)) = year_after(s, dl + 1) {
            return Some(Match::new(
                yl,
                Expr::Date {
                    year: Some(year),
                    month,
                    day,
                },
            ));
        }
        // "March 5 last year", "June 1 next year"
        if let Some((yl, years)) = shifted_year(s, dl + 1) {
            return Some(Match::new(yl, Expr::DateInYear { years, month, day }));
        }
        return Some(Match::new(
            dl,
            Expr::Date {
                year: None,
                month,
                day,
            },
        ));
    }
    // "April of last year", "March of next year", "June of this year", "July last year"
    let of = if s.is(ml + 1, "of") { ml + 2 } else { ml + 1 };
    if let Some((yl, years)) = shifted_year(s, of) {
        let expr = Expr::MonthShift {
            month,
            years,
            nearest: false,
        };
        return Some(Match::new(yl, expr));
    }
    let k = if s.punct(ml + 1, ",") || s.is(ml + 1, "of") {
        ml + 2
    } else {
        ml + 1
    };
    if let Some((yl, year)) = s.year(k) {
        let two_digit = s.punct(k, "'’") || s.int(k).is_some_and(|(_, d)| d == 2);
        if !two_digit || s.is(k - 1, "of") || s.punct(k, "'’") {
            return Some(Match::new(
                yl,
                Expr::Month {
                    year: Some(year),
                    month,
                },
            ));
        }
    }
    if let Some((yl, year)) = s.int(k).filter(|&(_, d)| d == 2).map(|(n, _)| (k, n)) {
        if s.is(k - 1, "of") {
            return Some(Match::new(
                yl,
                Expr::Month {
                    year: Some(super::scan::pivot(year)),
                    month,
                },
            ));
        }
    }
    Some(Match::new(ml, Expr::Month { year: None, month }))
}

/// "the week of March 23", "the week beginning 4 May", "the week ended Jan. 9": the ISO week
/// of that day.
pub fn week_of(s: &Scan, i: usize) -> Option<Match> {
    let w = if s.is(i, "the") { i + 1 } else { i };
    let joined = s.any(
        w + 1,
        &["of", "beginning", "starting", "ended", "ending", "to"],
    );
    if !(s.is(w, "week") && joined) {
        return None;
    }
    let day = month_first(s, w + 2).or_else(|| day_first(s, w + 2))?;
    match day.expr {
        Expr::Date {
            year,
            month,
            day: d,
        } => Some(Match::new(
            day.last,
            Expr::WeekOf {
                year,
                month,
                day: d,
            },
        )),
        _ => None,
    }
}

/// Shift words that count from the article's date.
const DEICTIC: &[&str] = &["last", "this", "next"];

/// "last year", "this year", "next year" at `k`: its last token and the shift in years.
fn shifted_year(s: &Scan, k: usize) -> Option<(usize, i16)> {
    match s.lex(k) {
        // "July last year", but not "July following year" (the story's year, not the article's)
        Lex::Shift(n) if s.is(k + 1, "year") && (s.is(k - 1, "of") || s.any(k, DEICTIC)) => {
            Some((k + 1, i16::from(n)))
        }
        _ => None,
    }
}

/// A day right after a month name: digits (not a year, not a figure) or words from twenty up
/// ("May twenty nine"), since "in March two companies…" is not March 2.
fn day_after_month(s: &Scan, k: usize) -> Option<(usize, i8)> {
    let (dl, day) = s.day(k)?;
    if let Lex::Card(n) = s.lex(k) {
        // "March five" closing a phrase, not "in March two companies".
        let closes = dl + 1 >= s.len()
            || s.kind(dl + 1) == Some(Kind::Punct)
            || s.any(
                dl + 1,
                &["through", "to", "until", "till", "and", "or", "at"],
            );
        if n < 20 && !closes {
            return None;
        }
    }
    let figure = s.tight(dl + 1) && matches!(s.kind(dl + 1), Some(Kind::Number | Kind::Symbol))
        || s.tight(dl + 1) && s.punct(dl + 1, ":.") && s.kind(dl + 2) == Some(Kind::Number)
        || matches!(s.lex(dl + 1), Lex::Unit(_))
        || s.any(dl + 1, &["percent", "per", "%"]);
    (!figure).then_some((dl, day))
}

/// The year that may follow a month and day: ", 2025", " 2025", " of 1995", " in 2020", "'87".
fn year_after(s: &Scan, k: usize) -> Option<(usize, i16)> {
    if s.is(k, "of") {
        if let Some((n, 2)) = s.int(k + 1) {
            return Some((k + 1, super::scan::pivot(n))); // "April of 87"
        }
    }
    let k = if s.punct(k, ",") || s.any(k, &["of", "in"]) {
        k + 1
    } else {
        k
    };
    s.year(k)
}

/// "3 March 2025", "04th Jan 2019", "the fourth of July", "15 April of 87", "twenty five
/// January nineteen eighty six"; and the first of two days sharing a month ("18 and 19 June").
pub fn day_first(s: &Scan, i: usize) -> Option<Match> {
    let k = if s.is(i, "the") { i + 1 } else { i };
    if k > 0 && s.kind(k - 1) == Some(Kind::Symbol) {
        return None; // "$12 December 27": the 12 is money
    }
    let (dl, day) = s.day(k)?;
    if let Some((last, month, year)) = month_after_day(s, dl + 1) {
        let last = if year.is_some() || last > dl {
            last
        } else {
            dl
        };
        return Some(Match::new(last, Expr::Date { year, month, day }));
    }
    if s.any(dl + 1, &["and", "or", "&"]) {
        let (dl2, _) = s.day(dl + 2)?;
        let (_, month, year) = month_after_day(s, dl2 + 1)?;
        return Some(Match::new(dl, Expr::Date { year, month, day }));
    }
    None
}

fn month_after_day(s: &Scan, k: usize) -> Option<(usize, i8, Option<i16>)> {
    let k = if s.is(k, "of") { k + 1 } else { k };
    let Lex::Month { month, short } = s.lex(k) else {
        return None;
    };
    if month == 5 && !s.capital(k) {
        return None; // "one may ask"
    }
    let ml = if short && s.punct(k + 1, ".") && s.tight(k + 1) {
        k + 1
    } else {
        k
    };
    match year_after(s, ml + 1) {
        Some((yl, y)) => Some((yl, month, Some(y))),
        None => Some((ml, month, None)),
    }
}

/// A weekday name that is really one: abbreviations need a capital and a neighbour that
/// makes them a day ("Mon or Tue", "on Sat"), or a number after them.
fn weekday_at(s: &Scan, i: usize) -> Option<jiff::civil::Weekday> {
    let Lex::Weekday { weekday, short } = s.lex(i) else {
        return None;
    };
    if !short || s.kind(i + 1) == Some(Kind::Number) {
        return Some(weekday);
    }
    let near = (i > 0 && (s.any(i - 1, &["on", "or", "and", ",", "-", "week"])))
        || s.any(i + 1, &["or", "and", ","]);
    (s.capital(i) && near).then_some(weekday)
}

/// "Friday", "next Friday", "this past Wednesday", "coming Thursday", "Tue May 9", "Friday
/// 7/6", "this friday (jun-15)", "Monday 21", "tuesday the eleventh", "tuesday of next week".
pub fn weekday(s: &Scan, i: usize) -> Option<Match> {
    // The modifier: (near, forward) for "this past"/"coming", or a week shift.
    let (w, near, shift) = match (s.lex(i), s.lex(i + 1)) {
        (Lex::Shift(0), _) if s.is(i + 1, "past") => (i + 2, Some(false), None),
        (Lex::Shift(0), Lex::Shift(1)) => (i + 2, Some(true), None),
        (Lex::Shift(1), _) if s.any(i, &["coming", "upcoming"]) => (i + 1, Some(true), None),
        (Lex::Shift(n), _) => (i + 1, None, Some(n)),
        _ if s.is(i, "past") => (i + 1, Some(false), None),
        _ => (i, None, None),
    };
    let weekday = weekday_at(s, w)?;
    let modified = w > i;
    let paren = s.punct(w + 1, "(");
    let k = if s.punct(w + 1, ",-(") { w + 2 } else { w + 1 };
    if let Some(m) = date_after(s, k) {
        let close = usize::from(paren && s.punct(m.last + 1, ")"));
        let expr = match m.expr {
            Expr::Date {
                year: None,
                month,
                day,
            } if modified => Expr::DateInYear {
                years: 0,
                month,
                day,
            },
            e => e,
        };
        return Some(Match::new(m.last + close, expr));
    }
    if !modified {
        let k = if s.is(w + 1, "the") { w + 2 } else { w + 1 };
        if let Some((dl, day)) = s.day(k) {
            let plain = s.int(k).is_some() && dl == k;
            let ends = dl + 1 >= s.len() || s.kind(dl + 1) == Some(Kind::Punct);
            if !plain || ends {
                return Some(Match::new(dl, Expr::WeekdayDay { weekday, day }));
            }
        }
        if s.is(w + 1, "of") {
            let j = if s.is(w + 2, "the") { w + 3 } else { w + 2 };
            if let (Lex::Shift(n), Lex::Unit(Unit::Week)) = (s.lex(j), s.lex(j + 1)) {
                let week = Some(i32::from(n));
                return Some(Match::new(j + 1, Expr::Weekday { weekday, week }));
            }
        }
    }
    let expr = match (near, shift) {
        (Some(forward), _) => Expr::WeekdayNear { weekday, forward },
        (None, Some(n)) => Expr::Weekday {
            weekday,
            week: Some(i32::from(n)),
        },
        (None, None) => Expr::Weekday {
            weekday,
            week: None,
        },
    };
    Some(Match::new(w, expr))
}

/// A full or partial calendar date starting at `k` (after a weekday or "this"/"next").
pub fn date_after(s: &Scan, k: usize) -> Option<Match> {
    let m = numeric::chain(s, k, true)
        .and_then(|c| c.found)
        .or_else(|| month_first(s, k))
        .or_else(|| day_first(s, k))?;
    matches!(m.expr, Expr::Date { .. }).then_some(m)
}

/// "this September", "last December", "next March", "this 5/12", "next 6th of April": a
/// month or date moved by a shift word. A shifted month is the nearest one strictly before or
/// after the current month; a shifted date keeps its day and moves the reference year.
pub fn shifted(s: &Scan, i: usize) -> Option<Match> {
    let Lex::Shift(n) = s.lex(i) else { return None };
    let k = i + 1;
    let m = numeric::chain(s, k, true)
        .and_then(|c| c.found)
        .or_else(|| month_first(s, k))
        .or_else(|| day_first(s, k))?;
    let expr = match m.expr {
        Expr::Month { year: None, month } => Expr::MonthShift {
            month,
            years: i16::from(n),
            nearest: n != 0,
        },
        Expr::Date {
            year: None,
            month,
            day,
        } => Expr::DateInYear {
            years: i16::from(n),
            month,
            day,
        },
        _ => return None,
    };
    Some(Match::new(m.last, expr))
}
