//! Expressions that point back at a time the story already gave, rather than at the
//! article's date: "that year", "the same day", "that date", "the same quarter a year ago",
//! "the same 1986 period", "the 1986 quarter", "the year before", "the year-ago quarter",
//! "in the quarter". `register.rs` resolves them.

use super::expr::Expr;
use super::lexicon::{Lex, Unit};
use super::register::Register;
use super::scan::{Match, Scan};
use crate::extract::token::Kind;

/// Any anchored expression starting at `i`.
pub fn at(s: &Scan, i: usize, register: &Register) -> Option<Match> {
    same(s, i)
        .or_else(|| that(s, i))
        .or_else(|| year_of_period(s, i))
        .or_else(|| year_before(s, i))
        .or_else(|| the_quarter(s, i, register))
        .or_else(|| full_year(s, i))
}

/// "December 31, 1987, the date the law takes effect": a day in apposition to the date that
/// ends right before its comma (`previous`, the last token of the date before) is that day.
pub fn apposed(s: &Scan, i: usize, previous: Option<usize>) -> Option<Match> {
    let after_date = previous.is_some_and(|p| p + 2 == i && s.punct(p + 1, ",") && s.is(i, "the"));
    (after_date && s.any(i + 1, &["date", "day"])).then_some(Match::new(
        i + 1,
        Expr::Anchored {
            unit: Unit::Day,
            shift: 0,
        },
    ))
}

/// A unit word at `k` ("date" is a day, "period" the period the story is about).
fn unit_at(s: &Scan, k: usize) -> Option<Option<Unit>> {
    if s.any(k, &["date", "day"]) {
        return Some(Some(Unit::Day));
    }
    if s.is(k, "period") {
        return Some(None);
    }
    match s.lex(k) {
        Lex::Unit(u) if !s.tok(k).ends_with('s') && u != Unit::Fortnight => Some(Some(u)),
        _ => None,
    }
}

/// "a year ago", "a year earlier", "one year before", "last year" at `k`: its last token.
fn year_back(s: &Scan, k: usize) -> Option<usize> {
    if s.is(k, "last") && s.is(k + 1, "year") {
        return Some(k + 1);
    }
    let one = s.any(k, &["a", "one"]);
    (one && s.is(k + 1, "year") && s.any(k + 2, &["ago", "earlier", "before", "previously"]))
        .then_some(k + 2)
}

/// "the same day", "the same date", "the same quarter a year ago", "the same period a year
/// earlier", "the same 1986 period", "the same period in 1986".
fn same(s: &Scan, i: usize) -> Option<Match> {
    if !(s.is(i, "the") && s.is(i + 1, "same")) {
        return None;
    }
    if let Some((yl, year)) = s.year(i + 2).filter(|_| s.int(i + 2).is_some()) {
        if unit_at(s, yl + 1).is_some() {
            return Some(Match::new(yl + 1, Expr::SamePeriod { year }));
        }
    }
    let u = i + 2;
    let unit = unit_at(s, u)?;
    if let Some(last) = year_back(s, u + 1) {
        return Some(Match::new(last, Expr::YearsFrom { years: -1, unit }));
    }
    if s.any(u + 1, &["in", "of"]) {
        if let Some((yl, year)) = s.year(u + 2).filter(|_| s.int(u + 2).is_some()) {
            return Some(Match::new(yl, Expr::SamePeriod { year }));
        }
    }
    let expr = match unit {
        Some(unit) => Expr::Anchored { unit, shift: 0 },
        None => return None, // "the same period" alone: compared with what, the text says
    };
    Some(Match::new(u, expr))
}

/// "that day", "that date", "that week", "that month", "that quarter", "that year" — the
/// demonstrative, not the conjunction ("said that year-end sales…").
fn that(s: &Scan, i: usize) -> Option<Match> {
    if !s.is(i, "that") || (s.tight(i + 2) && s.punct(i + 2, "-")) {
        return None;
    }
    let unit = unit_at(s, i + 1)??;
    Some(Match::new(i + 1, Expr::Anchored { unit, shift: 0 }))
}

/// "the 1986 quarter", "the 1986 period": the period the story is about, in that year.
fn year_of_period(s: &Scan, i: usize) -> Option<Match> {
    if !s.is(i, "the") {
        return None;
    }
    let (yl, year) = s.year(i + 1).filter(|_| s.int(i + 1).is_some())?;
    (s.any(yl + 1, &["quarter", "period"]) && !s.tok(yl + 1).ends_with('s'))
        .then_some(Match::new(yl + 1, Expr::SamePeriod { year }))
}

/// "the year before", "the year earlier", "the year-earlier quarter", "the year-ago period".
fn year_before(s: &Scan, i: usize) -> Option<Match> {
    if !(s.is(i, "the") && s.is(i + 1, "year")) {
        return None;
    }
    let compound = s.punct(i + 2, "-") && s.tight(i + 2) && s.tight(i + 3);
    if compound && s.any(i + 3, &["ago", "earlier"]) {
        let unit = unit_at(s, i + 4);
        let last = if unit.is_some() { i + 4 } else { i + 3 };
        let unit = unit.flatten();
        return Some(Match::new(last, Expr::YearsFrom { years: -1, unit }));
    }
    let closes = |k: usize| {
        k >= s.len() || s.kind(k) == Some(Kind::Punct) || s.any(k, &["and", "or", "but"])
    };
    (s.any(i + 2, &["before", "earlier", "previously"]) && closes(i + 3)).then_some(Match::new(
        i + 2,
        Expr::Anchored {
            unit: Unit::Year,
            shift: -1,
        },
    ))
}

/// "in the quarter", "for the quarter", "for its strong quarter", once the story has named
/// one.
fn the_quarter(s: &Scan, i: usize, register: &Register) -> Option<Match> {
    let determiner = s.any(i, &["the", "its", "their"]);
    // one lower-case adjective may qualify it: "its strong quarter", "the latest quarter"
    let adjective = s.kind(i + 1) == Some(Kind::Word)
        && s.tok(i + 1).starts_with(|c: char| c.is_ascii_lowercase())
        && s.lex(i + 1) == Lex::Other
        && s.is(i + 2, "quarter");
    let q = if adjective { i + 2 } else { i + 1 };
    let ok = determiner
        && s.is(q, "quarter")
        && i > 0
        && s.any(i - 1, &["in", "for", "during", "of", "throughout"])
        && register.has_quarter();
    let follows = s.any(q + 1, &["of", "ended", "ending", "to"]) || s.punct(q + 1, "-");
    (ok && !follows).then_some(Match::new(
        q,
        Expr::Anchored {
            unit: Unit::Quarter,
            shift: 0,
        },
    ))
}

/// "full year", "the full year", "full-year": the year the story is about.
fn full_year(s: &Scan, i: usize) -> Option<Match> {
    let k = if s.is(i, "the") { i + 1 } else { i };
    if !s.is(k, "full") {
        return None;
    }
    let y = if s.punct(k + 1, "-") && s.tight(k + 1) {
        k + 2
    } else {
        k + 1
    };
    // "full-year 2025", "full year fiscal 1987" are that year: the year matchers take it
    // from there.
    let written = s.year(y + 1).is_some_and(|_| s.int(y + 1).is_some())
        || s.any(y + 1, &["fiscal", "fy"]) && s.int(y + 2).is_some();
    (s.is(y, "year") && !written).then_some(Match::new(
        y,
        Expr::Anchored {
            unit: Unit::Year,
            shift: 0,
        },
    ))
}
