//! Temporal expressions: every date, month, week, quarter, year and fiscal year a sentence
//! mentions becomes a `date` fact whose `resolved` is its TIMEX3 value (`2025-03-14`, `2025-10`,
//! `2026-W04`, `2025-Q4`, `2025`, `FY2025`), or `null` when it is relative and no reference
//! date is known. See `expr.rs` for the resolution conventions and `dateline.rs` for how an
//! article's own date is found.
//!
//! ```text
//! tokens ─▶ Scan (word classes) ─▶ at each token the longest match of
//!   relative · weekday · numeric chain · month-first · day-first · nth · quarter · fiscal · year
//! ─▶ Expr ─▶ resolve(reference or register, tense of the clause) ─▶ Fact { kind: date, resolved }
//! ```

mod anchored;
mod calendar;
mod dateline;
mod expr;
mod holiday;
mod lexicon;
mod names;
mod numeric;
mod ordinal;
mod period;
mod phrase;
mod register;
mod relative;
mod reporting;
mod resolve;
mod scan;
mod tense;

use super::Ctx;
use crate::story::Timex;
use crate::story::{Fact, FactKind};
use expr::Expr;
use jiff::civil::Date;
use lexicon::Lex;
use scan::{Match, Scan};

pub use dateline::reference_date;
pub use register::Register;

/// Appends candidate date facts found in one sentence; `register` carries the time the story
/// is about from one sentence to the next (call with the sentences in reading order).
pub fn find(ctx: &Ctx, out: &mut Vec<Fact>, register: &mut Register) {
    if !ctx
        .tokens
        .iter()
        .any(|t| t.kind != super::token::Kind::Punct)
    {
        return;
    }
    let s = Scan::new(ctx);
    let mut i = 0;
    let mut last_year: Option<usize> = None;
    // The last token of the last day found, for "…, the date" after it.
    let mut last_day: Option<usize> = None;
    while i < s.len() {
        if !s.starts(i) {
            i += 1;
            continue;
        }
        let numeric = s.kind(i) == Some(super::token::Kind::Number);
        let chain = numeric::chain(&s, i, numeric && context(&s, i));
        let found =
            best(&s, i, &chain, last_year, register).or_else(|| anchored::apposed(&s, i, last_day));
        let Some(m) = found else {
            i = chain.map_or(i, |c| c.last) + 1;
            continue;
        };
        if m.last == i && names::in_name(&s, i) {
            i += 1;
            continue;
        }
        let mut first = extend_start(&s, i, m.expr);
        // "the current quarter", "the summer of 2024": the article is not part of the date.
        let article_led = matches!(
            m.expr,
            Expr::Period { .. } | Expr::Season { .. } | Expr::Half { .. }
        );
        if article_led && first == i && first < m.last && s.is(first, "the") {
            first += 1;
        }
        let tense = tense::of(&s, first, m.last);
        // "its second round of cuts in a year": in a past clause, "in" and a count of units
        // is a stretch of time, not a day.
        // Nor is "the biggest fall in a year", "its second round of cuts in a year" unless
        // the clause looks ahead ("will close in a year").
        let span = tense == tense::Tense::Past
            || s.any(i + 1, &["a", "an"]) && tense != tense::Tense::Future && ranked(&s, i);
        if s.is(i, "in") && matches!(m.expr, Expr::Offset { .. }) && span {
            i = m.last + 1;
            continue;
        }
        let value = register
            .resolve(m.expr, ctx.reference_date, tense)
            .and_then(|v| shift(v, m.plus));
        if let Some(v) = value {
            register.note(v, &s, first, tense, m.expr);
        }
        let mut fact = ctx.fact(FactKind::Date, first, m.last);
        fact.set_resolved(Some(value));
        out.push(fact);
        last_year = matches!(m.expr, Expr::Year(_)).then_some(m.last);
        last_day = matches!(value, Some(Timex::Day(_))).then_some(m.last);
        i = m.last + 1;
        // "April 2, 7, 8, 21 and 22": one date per day under the one month name.
        if let Expr::Date { year, month, day } = m.expr {
            let mut previous = day;
            while let Some((k, day)) = listed_day(&s, i, previous) {
                let expr = Expr::Date { year, month, day };
                let value = register.resolve(expr, ctx.reference_date, tense);
                let mut fact = ctx.fact(FactKind::Date, k, k);
                fact.set_resolved(Some(value));
                out.push(fact);
                previous = day;
                i = k + 1;
            }
        }
    }
}

/// Whether an ordinal or a superlative comes shortly before token `i` ("its second round of
/// cuts in", "the biggest fall in"): what follows counts a stretch of time.
fn ranked(s: &Scan, i: usize) -> bool {
    (i.saturating_sub(RANK_REACH)..i)
        .any(|k| matches!(s.lex(k), lexicon::Lex::Ord(_)) || s.any(k, SUPERLATIVES))
}

/// How far before "in a year" a rank may be.
const RANK_REACH: usize = 6;

#[rustfmt::skip]
const SUPERLATIVES: &[&str] = &[
    "biggest", "largest", "highest", "lowest", "strongest", "weakest", "sharpest", "steepest",
    "fastest", "slowest", "best", "worst", "deepest", "smallest", "greatest", "heaviest",
    "busiest", "most", "least",
];

/// A day number listed after a date at `i`: ", 7", "and 22" (each larger than the one
/// before, and closing its item), and its token.
fn listed_day(s: &Scan, i: usize, previous: i8) -> Option<(usize, i8)> {
    if !(s.punct(i, ",") || s.any(i, &["and", "or"])) {
        return None;
    }
    let k = if s.punct(i, ",") && s.any(i + 1, &["and", "or"]) {
        i + 2
    } else {
        i + 1
    };
    let (n, digits) = s.int(k)?;
    let closes = s.punct(k + 1, ",.;") || s.any(k + 1, &["and", "or"]) || k + 1 >= s.len();
    let day = i8::try_from(n).ok().filter(|&d| d > previous && d <= 31)?;
    (digits <= 2 && closes).then_some((k, day))
}

/// The longest match starting at `i`.
fn best(
    s: &Scan,
    i: usize,
    chain: &Option<numeric::Chain>,
    last_year: Option<usize>,
    register: &Register,
) -> Option<Match> {
    let joined = last_year.is_some_and(|ly| {
        (ly + 1..i).len() <= 2
            && (ly + 1..i).all(|k| calendar::joiner(s, k) || s.is(k, "but"))
            && i > ly + 1
    });
    let candidates = [
        anchored::at(s, i, register),
        relative::at(s, i),
        phrase::weekday(s, i),
        phrase::week_of(s, i),
        chain.as_ref().and_then(|c| c.found),
        phrase::month_first(s, i),
        phrase::day_first(s, i),
        ordinal::at(s, i),
        phrase::shifted(s, i),
        calendar::quarter(s, i),
        calendar::month_range_quarter(s, i),
        reporting::ending(s, i),
        reporting::possessive_quarter(s, i),
        reporting::first_months(s, i),
        period::quarter_of_year(s, i),
        period::half(s, i),
        period::season(s, i),
        holiday::at(s, i),
        calendar::fiscal_year(s, i),
        calendar::year(s, i, joined),
    ];
    candidates.into_iter().flatten().max_by_key(|m| m.last)
}

/// Whether a word before `i` licenses a bare `7-6` or `5.12` as a date.
fn context(s: &Scan, i: usize) -> bool {
    i > 0
        && (s.any(i - 1, &["on", "this", "next", "by", "until", "since"])
            || matches!(s.lex(i - 1), Lex::Weekday { .. }))
}

/// Takes a leading "mid-", "earlier", "later", "earlier in", "late" into the span:
/// "mid-October", "earlier this year", "later in the week", "early 2026", "late summer 2024"
/// (the value stays the whole period: TIMEX3 has no finer one).
fn extend_start(s: &Scan, i: usize, expr: Expr) -> usize {
    if i >= 2
        && s.punct(i - 1, "-")
        && s.tight(i)
        && s.tight(i - 1)
        && s.any(i - 2, &["mid", "end", "early", "late"])
    {
        return i - 2;
    }
    // "the end of 1987", "the remainder of the year": the part is dated by its whole.
    if i >= 3 && s.is(i - 1, "of") && s.is(i - 3, "the") && s.any(i - 2, PARTS) {
        return i - 3;
    }
    let leads = |k: usize| s.any(k, &["earlier", "later", "early", "late", "mid"]);
    let relative = matches!(s.lex(i), Lex::Shift(_))
        || s.is(i, "the")
        || matches!(expr, Expr::Year(_) | Expr::Season { .. });
    if relative && i >= 2 && s.is(i - 1, "in") && leads(i - 2) {
        i - 2
    } else if relative && i >= 1 && leads(i - 1) {
        i - 1
    } else {
        i
    }
}

/// Parts of a period that take their date from it: "the end of 1987".
const PARTS: &[&str] = &[
    "end",
    "remainder",
    "rest",
    "start",
    "beginning",
    "middle",
    "close",
    "balance",
];

/// Applies an anchored offset ("two days after tomorrow") to a day.
fn shift(v: Timex, plus: Option<(lexicon::Unit, i32)>) -> Option<Timex> {
    match (v, plus) {
        (v, None) => Some(v),
        (Timex::Day(d), Some((unit, n))) => resolve::add(d, unit, n).map(Timex::Day),
        _ => None,
    }
}

#[cfg(test)]
mod tests;

/// Used by `dateline.rs`: the first full date (with a year) among tokens `from..to`, with its
/// first and last token.
fn full_date_in(ctx: &Ctx, from: usize, to: usize) -> Option<(usize, usize, Date)> {
    let s = Scan::new(ctx);
    (from..to.min(s.len())).find_map(|i| {
        let chain = numeric::chain(&s, i, false).and_then(|c| c.found);
        let m = chain
            .or_else(|| phrase::weekday(&s, i))
            .or_else(|| phrase::month_first(&s, i))
            .or_else(|| phrase::day_first(&s, i))?;
        match resolve::resolve(m.expr, None, tense::Tense::None) {
            Some(Timex::Day(d)) if matches!(m.expr, Expr::Date { year: Some(_), .. }) => {
                Some((i, m.last, d))
            }
            _ => None,
        }
    })
}
