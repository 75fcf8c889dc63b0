//! Dates relative to the reference date: "today", "the day after tomorrow", "last week",
//! "next month", "this quarter", "the following week", "next week Wednesday", "the week after
//! next", "in the year", "3 weeks ago", "in two days", "a fortnight later", "three weeks from
//! tomorrow", "2 weeks before May 13 1999", "week 31", "week 27 of last year".
//!
//! Offsets ("3 weeks ago", "in two months") are days, as TIMEX3 gives them; "three days
//! later" counts from an event of the story, so it is a date fact that stays unresolved; "this/last/next
//! week|month|quarter|year" are the periods themselves. "The past week" is a span ending today,
//! not a calendar week, so it is left alone.

use super::expr::Expr;
use super::lexicon::{Lex, Unit};
use super::scan::{Match, Scan};
use super::{holiday, phrase};
use crate::extract::token::Kind;

/// Any relative expression starting at `i`.
pub fn at(s: &Scan, i: usize) -> Option<Match> {
    day_word(s, i)
        .or_else(|| period(s, i))
        .or_else(|| offset(s, i))
        .or_else(|| the_unit(s, i))
        .or_else(|| week_number(s, i))
}

/// "today", "tomorrow", "yesterday", "the day after tomorrow", "the day before yesterday".
fn day_word(s: &Scan, i: usize) -> Option<Match> {
    // "last night", "this afternoon", "this morning"
    if let Lex::Shift(n @ -1..=0) = s.lex(i) {
        let part = s.any(i + 1, &["morning", "afternoon", "evening"]) && n == 0
            || s.is(i + 1, "night") && n == -1;
        if part && !s.is(i.wrapping_sub(1), "the") {
            return Some(Match::new(
                i + 1,
                Expr::Offset {
                    unit: Unit::Day,
                    n: i32::from(n),
                },
            ));
        }
    }
    if let Lex::Day(n) = s.lex(i) {
        return Some(Match::new(
            i,
            Expr::Offset {
                unit: Unit::Day,
                n: i32::from(n),
            },
        ));
    }
    if !(s.is(i, "the") && s.is(i + 1, "day")) {
        return None;
    }
    let step = if s.is(i + 2, "after") {
        1
    } else if s.is(i + 2, "before") {
        -1
    } else {
        return None;
    };
    let Lex::Day(n) = s.lex(i + 3) else {
        return None;
    };
    Some(Match::new(
        i + 3,
        Expr::Offset {
            unit: Unit::Day,
            n: i32::from(n) + step,
        },
    ))
}

/// "this week", "last month", "next quarter", "the following week", "this working week",
/// "the week after next", "next week Wednesday", "last week of 2016".
fn period(s: &Scan, i: usize) -> Option<Match> {
    let the = s.is(i, "the");
    let k = if the { i + 1 } else { i };
    let Lex::Shift(shift) = s.lex(k) else {
        return None;
    };
    // "the previous year", "the following week": next to the time the story is about.
    let anchored = the
        && (s.any(k, &["previous", "following", "prior", "preceding"])
            || s.is(k, "next") && s.is(k + 1, "day"));
    // "this working week", "next calendar year"
    let u = if s.any(k + 1, &["working", "business", "calendar"]) {
        k + 2
    } else {
        k + 1
    };
    // "the next day", "the previous day" count from the story's day; "next day" alone is
    // no date.
    let unit = s
        .unit(u)
        .filter(|&u| u != Unit::Fortnight && (u != Unit::Day || anchored))?;
    if !s.tok(u).eq_ignore_ascii_case(singular(unit)) && !s.is(u, "workweek") {
        return None;
    }
    if unit == Unit::Week {
        if shift == -1 && s.is(u + 1, "of") {
            return None; // "last week of 2016": an ordinal week, see `ordinal::at`
        }
        // "next week Wednesday", "previous week - Monday", "next week on Tuesday"
        let w = if s.punct(u + 1, "-,") || s.is(u + 1, "on") {
            u + 2
        } else {
            u + 1
        };
        if let Some(m) = phrase::weekday(s, w) {
            if let Expr::Weekday {
                weekday,
                week: None,
            } = m.expr
            {
                let week = Some(i32::from(shift));
                return Some(Match::new(m.last, Expr::Weekday { weekday, week }));
            }
        }
    }
    let shift = i32::from(shift);
    let expr = if anchored {
        Expr::Anchored { unit, shift }
    } else {
        Expr::Period { unit, shift }
    };
    Some(Match::new(u, expr))
}

fn singular(unit: Unit) -> &'static str {
    match unit {
        Unit::Day => "day",
        Unit::Week => "week",
        Unit::Fortnight => "fortnight",
        Unit::Month => "month",
        Unit::Quarter => "quarter",
        Unit::Year => "year",
    }
}

/// "in the year", "for the month", "of the week", "the week after next"; "year to date"; "end
/// of month". Only after a preposition, so "have a great month" is no date.
fn the_unit(s: &Scan, i: usize) -> Option<Match> {
    if s.is(i, "year") && s.is(i + 1, "to") && s.is(i + 2, "date") {
        return Some(Match::new(
            i + 2,
            Expr::Period {
                unit: Unit::Year,
                shift: 0,
            },
        ));
    }
    if s.any(i, &["eoy", "ytd"]) {
        return Some(Match::new(
            i,
            Expr::Period {
                unit: Unit::Year,
                shift: 0,
            },
        ));
    }
    let the = s.is(i, "the");
    let u = if the { i + 1 } else { i };
    let unit = s.unit(u)?;
    if !s.tok(u).eq_ignore_ascii_case(singular(unit))
        || matches!(unit, Unit::Fortnight | Unit::Quarter)
    {
        return None;
    }
    if the && unit == Unit::Week && s.is(u + 1, "after") && s.is(u + 2, "next") {
        return Some(Match::new(u + 2, Expr::Period { unit, shift: 2 }));
    }
    let prep = if the { i.checked_sub(1) } else { None };
    let licensed = match prep {
        Some(p) if the => match unit {
            Unit::Day => s.any(p, &["for", "of"]),
            _ => s.any(p, &["in", "for", "of", "during", "throughout"]),
        },
        // "end of month", "by end of year"
        _ => {
            unit != Unit::Day
                && u >= 2
                && s.is(u - 1, "of")
                && s.any(u - 2, &["end", "beginning", "start", "middle"])
        }
    };
    let follows = s.any(
        u + 1,
        &[
            "of", "before", "after", "ended", "ending", "earlier", "when", "that", "in",
        ],
    ) || s.kind(u + 1) == Some(Kind::Number);
    // "in the year", "for the month": the one the story is about.
    let expr = if the {
        Expr::Anchored { unit, shift: 0 }
    } else {
        Expr::Period { unit, shift: 0 }
    };
    (licensed && !follows).then_some(Match::new(u, expr))
}

/// "3 weeks ago", "in two days", "a fortnight later", "two months from now", "in a
/// fortnight's time", and "N units from/after/before" a day ("three weeks from tomorrow").
fn offset(s: &Scan, i: usize) -> Option<Match> {
    // "laid off for 18 weeks from March 5": a duration, not a day 18 weeks on.
    if i > 0 && s.any(i - 1, &["for", "over", "during"]) {
        return None;
    }
    let within = s.is(i, "in");
    let c = if within { i + 1 } else { i };
    let (cl, n) = s.count(c)?;
    let u = cl + 1;
    let unit = s.unit(u).filter(|&u| u != Unit::Quarter)?;
    if within {
        // "in a fortnight's time"
        let last = if (s.is(u + 1, "'s") || s.is(u + 1, "’s")) && s.is(u + 2, "time") {
            u + 2
        } else {
            u
        };
        let last = if last == u && s.is(u + 1, "time") {
            u + 1
        } else {
            last
        };
        if s.is(last + 1, "of") {
            return None; // "in two weeks of fighting"
        }
        if let Some(m) = anchored(s, last + 1, unit, n) {
            return Some(m);
        }
        return Some(Match::new(last, Expr::Offset { unit, n }));
    }
    if s.is(u + 1, "ago") {
        // "three years ago" is a year; days, weeks and months count in days.
        let expr = if unit == Unit::Year {
            Expr::YearsAgo { years: n }
        } else {
            Expr::Offset { unit, n: -n }
        };
        return Some(Match::new(u + 1, expr));
    }
    if s.is(u + 1, "hence") {
        return Some(Match::new(u + 1, Expr::Offset { unit, n }));
    }
    if s.any(u + 1, &["later", "earlier"]) || s.is(u + 1, "before") && closes(s, u + 2) {
        // Later or earlier than the time the story is about, not than the reference date.
        let n = if s.is(u + 1, "later") { n } else { -n };
        let expr = if unit == Unit::Year {
            Expr::YearsFrom {
                years: n,
                unit: None,
            }
        } else {
            Expr::Anchored { unit, shift: n }
        };
        return Some(Match::new(u + 1, expr));
    }
    anchored(s, u + 1, unit, n)
}

/// Whether nothing that could be an anchor follows at `k`: the end of the clause, or a word
/// that is not the start of a date ("a year before the merger" is not "a year before").
fn closes(s: &Scan, k: usize) -> bool {
    k >= s.len() || s.kind(k) == Some(Kind::Punct) || s.any(k, &["and", "or", "but", "when"])
}

/// "from now", "from today", "after next Friday", "before May 13 1999" at `k`: `n` units
/// from that day.
fn anchored(s: &Scan, k: usize, unit: Unit, n: i32) -> Option<Match> {
    let sign = if s.any(k, &["from", "after"]) {
        1
    } else if s.is(k, "before") {
        -1
    } else {
        return None;
    };
    if s.is(k, "from") && s.is(k + 1, "now") {
        return Some(Match::new(k + 1, Expr::Offset { unit, n }));
    }
    let a = k + 1;
    let base = day_word(s, a)
        .or_else(|| phrase::weekday(s, a))
        .or_else(|| phrase::date_after(s, a))
        .or_else(|| holiday::at(s, a))?;
    let day_like = matches!(
        base.expr,
        Expr::Offset { .. }
            | Expr::Date { .. }
            | Expr::Weekday { .. }
            | Expr::WeekdayNear { .. }
            | Expr::DateInYear { .. }
            | Expr::Holiday { .. }
    );
    day_like.then_some(Match {
        last: base.last,
        expr: base.expr,
        plus: Some((unit, sign * n)),
    })
}

/// "week 31", "the week 1", "week 3 of 2027", "week 27 of last year".
fn week_number(s: &Scan, i: usize) -> Option<Match> {
    if !s.is(i, "week") {
        return None;
    }
    let (n, _) = s
        .int(i + 1)
        .filter(|&(n, d)| (1..=53).contains(&n) && d <= 2)?;
    let week = n as i8;
    if s.is(i + 2, "of") {
        if let Some((yl, year)) = s.year(i + 3) {
            return Some(Match::new(yl, Expr::Week { year, week }));
        }
        if let (Lex::Shift(k), Lex::Unit(Unit::Year)) = (s.lex(i + 3), s.lex(i + 4)) {
            return Some(Match::new(
                i + 4,
                Expr::WeekShift {
                    years: i16::from(k),
                    week,
                },
            ));
        }
        return None; // "week 3 of the season"
    }
    Some(Match::new(i + 1, Expr::WeekShift { years: 0, week }))
}
