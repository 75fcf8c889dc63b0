//! Ordinal days, weeks and months: "on the 18th", "the 21st of this month", "the 15th day of
//! next month", "the twenty third day of September", "the third month of 2021", "the 3rd week
//! of 2018", "last week of 2016", "the 9th month of next year".

use super::expr::Expr;
use super::lexicon::{Lex, Unit, is_ordinal_suffix};
use super::scan::{Match, Scan};
use crate::extract::token::Kind;

/// An ordinal day: "18th", "third", "twenty-first" (not a bare number).
fn ordinal(s: &Scan, i: usize) -> Option<(usize, i8)> {
    let (last, n) = s.day(i)?;
    let ok = matches!(s.lex(last), Lex::Ord(_)) || is_ordinal_suffix(s.tok(last));
    ok.then_some((last, n))
}

/// A shifted year at `k`: "next year" → 1 (and the last token).
fn shifted(s: &Scan, k: usize, unit: Unit) -> Option<(usize, i32)> {
    match (s.lex(k), s.lex(k + 1)) {
        (Lex::Shift(n), Lex::Unit(u)) if u == unit => Some((k + 1, i32::from(n))),
        (_, Lex::Unit(u)) if u == unit && s.any(k, &["the", "this"]) => Some((k + 1, 0)),
        _ => None,
    }
}

/// "on the 18th", "the 21st of this month", "the 15th day of next month", "the twenty third
/// day of September", "the third month of 2021", "the 3rd week of 2018", "last week of 2016".
pub fn at(s: &Scan, i: usize) -> Option<Match> {
    let the = s.is(i, "the");
    let k = if the { i + 1 } else { i };
    let (dl, n) = match s.lex(k) {
        Lex::Shift(-1) if s.is(k + 1, "week") => (k, -1),
        _ => ordinal(s, k)?,
    };
    let unit = s.unit(dl + 1).filter(|_| s.is(dl + 2, "of"));
    let j = dl + 3;
    match unit {
        Some(Unit::Day) => {
            if let Some((ml, month)) = s.month(j) {
                let (last, year) = match s.year(ml + 1) {
                    Some((yl, y)) => (yl, Some(y)),
                    None => (ml, None),
                };
                return Some(Match::new(
                    last,
                    Expr::Date {
                        year,
                        month,
                        day: n,
                    },
                ));
            }
            let (last, months) = shifted(s, j, Unit::Month)?;
            return Some(Match::new(
                last,
                Expr::MonthDay {
                    day: n,
                    months: Some(months),
                },
            ));
        }
        Some(u @ (Unit::Week | Unit::Month)) => {
            if let Some((yl, year)) = s.year(j) {
                let expr = match u {
                    Unit::Week => Expr::Week { year, week: n },
                    _ => Expr::Month {
                        year: Some(year),
                        month: n,
                    },
                };
                return (n <= 53 && (u == Unit::Week || n <= 12)).then_some(Match::new(yl, expr));
            }
            let (last, years) = shifted(s, j, Unit::Year)?;
            let years = i16::try_from(years).ok()?;
            let expr = match u {
                Unit::Week => Expr::WeekShift { years, week: n },
                _ => Expr::MonthShift {
                    month: n,
                    years,
                    nearest: false,
                },
            };
            return (n <= 12 || u == Unit::Week).then_some(Match::new(last, expr));
        }
        _ => {}
    }
    if n < 1 {
        return None;
    }
    // "the 21st this month", "the 21st of next month"
    let j = if s.is(dl + 1, "of") { dl + 2 } else { dl + 1 };
    if let Some((last, months)) = shifted(s, j, Unit::Month) {
        return Some(Match::new(
            last,
            Expr::MonthDay {
                day: n,
                months: Some(months),
            },
        ));
    }
    // "on the 18th" closing a clause
    let closes = dl + 1 >= s.len() || s.kind(dl + 1) == Some(Kind::Punct);
    (the && i > 0 && s.is(i - 1, "on") && closes).then_some(Match::new(
        dl,
        Expr::MonthDay {
            day: n,
            months: None,
        },
    ))
}
