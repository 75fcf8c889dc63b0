//! Quarters ("fourth-quarter", "Q4 2025", "the third quarter of 2024"), fiscal years
//! ("fiscal 2025", "FY2024", "fiscal year 2025" — all `FY2025`) and standalone years and
//! decades ("in 2025", "since 1998", "2007 and 2009", "the 1990s").
//!
//! A bare four-digit number is a year only in a year-like position: after a preposition that
//! takes a time ("in", "since", "by", "of", "from", "until", "through", "during", "before",
//! "after", "between", "for", "to", "early", "mid", "late", "year"), right before a month
//! ("2017 April"), after an article ("the 2008 crisis", "a slow 2024"), or joined by
//! "and"/"or"/"to"/"-"/"but not" to a year just found. Even there,
//! a following plural noun makes it a count ("in 2000 pieces", "of 2025 employees").

use super::expr::Expr;
use super::lexicon::{Lex, Unit, is_ordinal_suffix};
use super::scan::{Match, Scan, pivot};
use crate::extract::token::Kind;

/// A quarter number at `k`: "fourth", "4th", and the last token.
fn quarter_number(s: &Scan, k: usize) -> Option<(usize, i8)> {
    if let Lex::Ord(n @ 1..=4) = s.lex(k) {
        return Some((k, n));
    }
    let (n, _) = s.int(k).filter(|&(n, d)| d == 1 && (1..=4).contains(&n))?;
    (s.tight(k + 1) && is_ordinal_suffix(s.tok(k + 1))).then_some((k + 1, n as i8))
}

/// How far from a quarter the words about its results may be.
const RESULTS_AFTER: usize = 4;
const REPORT_BEFORE: usize = 12;

/// Whether the words around a quarter (whose number ends at `from - 1`) are about its
/// results, which are only ever reported once it is over ("fourth-quarter earnings",
/// "reported sales in the third quarter").
fn reported(s: &Scan, from: usize) -> bool {
    (from..s.len().min(from + RESULTS_AFTER)).any(|j| {
        let t = s.tok(j);
        [
            "earnings", "results", "revenue", "profit", "sales", "report", "loss", "numbers",
        ]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
    }) || (from.saturating_sub(REPORT_BEFORE)..s.len().min(from + REPORT_BEFORE)).any(|j| {
        s.tok(j)
            .get(..6)
            .is_some_and(|p| p.eq_ignore_ascii_case("report"))
    })
}

/// How far from a date words about results may be for [`about_results`].
const RESULTS_WINDOW: usize = 8;

/// Whether the words near token `i` are about a company's results: a money or percent sign,
/// or a noun of results ("profit", "sales", "earnings").
pub fn about_results(s: &Scan, i: usize) -> bool {
    (i.saturating_sub(RESULTS_WINDOW)..s.len().min(i + RESULTS_WINDOW)).any(|k| {
        s.kind(k) == Some(Kind::Symbol)
            || s.any(
                k,
                &[
                    "profit", "profits", "sales", "revenue", "earnings", "results", "loss",
                ],
            )
            || s.any(k, &["pct", "percent", "mln", "million", "billion", "bln"])
    })
}

/// "the April-June quarter", "the July-September period": the calendar quarter those months
/// make.
pub fn month_range_quarter(s: &Scan, i: usize) -> Option<Match> {
    let (a, from) = s.month(i)?;
    if !(s.punct(a + 1, "-–") && s.tight(a + 1) && s.tight(a + 2)) {
        return None;
    }
    let (b, to) = s.month(a + 2)?;
    let noun = s.any(b + 1, &["quarter", "period"]);
    (noun && from % 3 == 1 && to == from + 2).then(|| {
        let quarter = (from - 1) / 3 + 1;
        Match::new(
            b + 1,
            Expr::Quarter {
                year: None,
                quarter,
                reported: reported(s, b + 2),
            },
        )
    })
}

/// "fourth-quarter", "the 3rd quarter of 2024", "Q4", "Q4 2025", "Q4 of 2025", "fiscal
/// fourth quarter", "the first quarter of fiscal 2025".
pub fn quarter(s: &Scan, i: usize) -> Option<Match> {
    let fiscal = s.is(i, "fiscal");
    let k = if fiscal { i + 1 } else { i };
    let (ql, q) = if s.is(k, "q") && s.tight(k + 1) {
        let (n, d) = s.int(k + 1)?;
        (d == 1 && (1..=4).contains(&n)).then_some((k + 1, n as i8))?
    } else {
        let (nl, n) = quarter_number(s, k)?;
        let f = if s.is(nl + 1, "fiscal") {
            nl + 2
        } else {
            nl + 1
        };
        let u = if s.punct(f, "-") { f + 1 } else { f };
        (s.any(u, &["quarter", "qtr", "qtrs"])).then_some((u, n))?
    };
    let fiscal = fiscal
        || (ql >= 2 && s.is(ql - 1, "fiscal"))
        || ql.checked_sub(2).is_some_and(|p| s.is(p, "fiscal"));
    let y = if s.any(ql + 1, &["of", ","]) || s.punct(ql + 1, "-") {
        ql + 2
    } else {
        ql + 1
    };
    if s.is(y, "fiscal") || s.is(y, "fy") {
        if let Some(m) = fiscal_year(s, y) {
            if let Expr::Fiscal { year, .. } = m.expr {
                return Some(Match::new(
                    m.last,
                    Expr::Fiscal {
                        year,
                        quarter: Some(q),
                    },
                ));
            }
        }
    }
    let year = s
        .year(y)
        .filter(|_| s.kind(y) != Some(Kind::Number) || s.int(y).is_some_and(|(_, d)| d == 4));
    if fiscal {
        return Some(Match::new(
            year.map_or(ql, |(l, _)| l),
            Expr::Fiscal {
                year: year.map(|(_, y)| y),
                quarter: Some(q),
            },
        ));
    }
    // "second-quarter profit for fiscal 1987": the quarter of the fiscal year named after
    // its noun (the fiscal year stays a date of its own).
    if year.is_none() {
        if let Some(fy) = fiscal_after(s, ql + 1) {
            return Some(Match::new(
                ql,
                Expr::Fiscal {
                    year: Some(fy),
                    quarter: Some(q),
                },
            ));
        }
    }
    Some(match year {
        Some((yl, y)) => Match::new(
            yl,
            Expr::Quarter {
                year: Some(y),
                quarter: q,
                reported: false,
            },
        ),
        None => Match::new(
            ql,
            Expr::Quarter {
                year: None,
                quarter: q,
                reported: reported(s, ql + 1),
            },
        ),
    })
}

/// How many words of a noun phrase may lie between a quarter and "for fiscal 1987".
const FISCAL_NOUN_REACH: usize = 3;

/// The year of "for fiscal 1987" / "of fiscal 1987" after at most a few lower-case words from
/// `k` ("profit", "net income").
fn fiscal_after(s: &Scan, k: usize) -> Option<i16> {
    let word = |j: usize| s.kind(j) == Some(Kind::Word) && !s.capital(j) && s.lex(j) == Lex::Other;
    let p = (k..k + FISCAL_NOUN_REACH + 1).find(|&j| !word(j) || s.any(j, &["for", "of", "in"]))?;
    if !s.any(p, &["for", "of", "in"]) || !s.is(p + 1, "fiscal") {
        return None;
    }
    match fiscal_year(s, p + 1)?.expr {
        Expr::Fiscal { year, .. } => year,
        _ => None,
    }
}

/// "fiscal 2025", "fiscal year 2025", "fiscal '25", "FY2024", "FY 24", "FY25"; "the fiscal
/// year" alone is a date that cannot be resolved (fiscal calendars differ).
pub fn fiscal_year(s: &Scan, i: usize) -> Option<Match> {
    let k = if s.is(i, "fiscal") {
        if s.is(i + 1, "year") { i + 2 } else { i + 1 }
    } else if s.is(i, "fy") && s.capital(i) {
        i + 1
    } else {
        return None;
    };
    let year = match s.int(k) {
        Some((n, 4)) if (1900..=2100).contains(&n) => Some((k, n as i16)),
        Some((n, 2)) if s.tight(k) || s.is(i, "fy") => Some((k, pivot(n))),
        _ => s.year(k).filter(|_| s.punct(k, "'’")),
    };
    match year {
        Some((last, y)) => Some(Match::new(
            last,
            Expr::Fiscal {
                year: Some(y),
                quarter: None,
            },
        )),
        None if s.is(i + 1, "year") => Some(Match::new(
            i + 1,
            Expr::Fiscal {
                year: None,
                quarter: None,
            },
        )),
        None => None,
    }
}

const YEAR_PREPS: &[&str] = &[
    "in",
    "since",
    "by",
    "of",
    "from",
    "until",
    "till",
    "through",
    "thru",
    "during",
    "before",
    "after",
    "between",
    "for",
    "to",
    "early",
    "mid",
    "late",
    "year",
    "cy",
    "circa",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "due",
    "than",
    "over",
    "against",
    "versus",
    "vs",
    "ended",
    "ending",
    "beyond",
    "toward",
    "towards",
    "throughout",
];

/// Nouns a year qualifies: "2003 results", "its 2006 forecast", "a 1986 net loss".
#[rustfmt::skip]
const YEAR_NOUNS: &[&str] = &[
    "results", "result", "earnings", "profit", "profits", "net", "loss", "losses", "sales",
    "revenue", "revenues", "income", "figures", "figure", "budget", "budgets", "forecast",
    "forecasts", "target", "targets", "plan", "plans", "report", "accounts", "level", "levels",
    "period", "quarter", "season", "election", "elections", "model", "models", "dividend",
    "dividends", "output", "production", "performance", "statement", "statements", "total",
    "totals", "payout", "outlook", "guidance", "deficit", "surplus", "crop", "harvest", "contract",
    "census", "olympics", "games", "campaign", "accord", "agreement", "estimate", "estimates",
    "average", "high", "low", "peak", "operating", "pretax", "annual", "fiscal", "first",
    "second", "third", "fourth", "full", "financial", "provisional", "capital", "spending",
];

/// Words after a year that make it the subject of a verb: "1987 would be worse".
const YEAR_VERBS: &[&str] = &[
    "was", "is", "will", "would", "has", "had", "saw", "marked", "could", "should", "promises",
    "proved", "looks",
];

/// Possessive determiners a year may follow: "its 2006 forecast".
const POSSESSIVES: &[&str] = &[
    "its", "their", "his", "her", "our", "my", "'s", "’s", "this",
];

/// The years a bare four-digit number is taken for without a preposition before it.
const PLAUSIBLE: std::ops::RangeInclusive<i16> = 1900..=2099;

/// A standalone year or decade at `i`; `joined` says a year fact ends right before the
/// connector preceding `i` ("2007 and 2009").
pub fn year(s: &Scan, i: usize, joined: bool) -> Option<Match> {
    let numeric = s.int(i).is_some_and(|(_, d)| d == 4);
    let (yl, y) = if numeric {
        s.year(i)?
    } else {
        s.year(i).filter(|_| !s.punct(i, "'’"))?
    };
    if numeric && s.tight(yl + 1) && s.is(yl + 1, "s") && y % 10 == 0 {
        return Some(Match::new(yl + 1, Expr::Decade(y)));
    }
    if let Some((ml, month)) = s.month(yl + 1) {
        return Some(Match::new(
            ml,
            Expr::Month {
                year: Some(y),
                month,
            },
        ));
    }
    if numeric && PLAUSIBLE.contains(&y) {
        if let Some(m) = part_of_year(s, yl + 1, y) {
            return Some(m);
        }
    }
    let before = i.checked_sub(1);
    let prep = before.is_some_and(|p| {
        s.any(p, YEAR_PREPS)
            || s.punct(p, "-")
                && s.tight(i)
                && p > 0
                && s.any(p - 1, &["mid", "end", "early", "late"])
    });
    // "the 2008 financial crisis", "after a slow 2024": a year as a modifier or a noun after
    // an article, with at most one lower-case adjective between.
    let article = |k: usize| s.any(k, &["the", "a", "an"]);
    let modifier = before.is_some_and(|p| {
        article(p)
            || p > 0
                && article(p - 1)
                && s.kind(p) == Some(Kind::Word)
                && s.tok(p).starts_with(|c: char| c.is_ascii_lowercase())
    });
    let later = before
        .is_some_and(|p| p > 0 && s.is(p, "than") && s.any(p - 1, &["later", "earlier", "sooner"]));
    let start = i == 0 && s.any(yl + 1, YEAR_VERBS);
    if !(prep || modifier && numeric || later || start || joined || numeric && bare(s, i, y))
        || (!numeric && !before.is_some_and(|p| s.is(p, "in")))
    {
        return None;
    }
    Some(Match::new(yl, Expr::Year(y))).filter(|_| !counted(s, yl + 1))
}

/// A quarter or half named right after its year: "the 1987 first quarter", "1986
/// fourth-quarter profit", "its 1986 second half", "1987 fiscal first quarter".
fn part_of_year(s: &Scan, k: usize, year: i16) -> Option<Match> {
    if let Some(m) = quarter(s, k) {
        return match m.expr {
            Expr::Quarter {
                year: None,
                quarter,
                ..
            } => Some(Match::new(
                m.last,
                Expr::Quarter {
                    year: Some(year),
                    quarter,
                    reported: false,
                },
            )),
            Expr::Fiscal {
                year: None,
                quarter,
            } => Some(Match::new(
                m.last,
                Expr::Fiscal {
                    year: Some(year),
                    quarter,
                },
            )),
            _ => None,
        };
    }
    let Lex::Ord(half @ 1..=2) = s.lex(k) else {
        return None;
    };
    let h = if s.punct(k + 1, "-") && s.tight(k + 1) {
        k + 2
    } else {
        k + 1
    };
    s.is(h, "half").then_some(Match::new(
        h,
        Expr::Half {
            half,
            year: super::expr::YearRef::Written(year),
        },
    ))
}

/// Whether the plain number `y` at `i`, with no preposition before it, reads as a year: it
/// qualifies a noun of the kind years do ("1986 operating profits", "its 2006 forecast"),
/// follows a possessive ("Turner's 1986 figure"), is the subject of a verb ("that 1987
/// would be worse"), or stands in parentheses ("(1986)").
fn bare(s: &Scan, i: usize, y: i16) -> bool {
    if !PLAUSIBLE.contains(&y) || i > 0 && s.kind(i - 1) == Some(Kind::Symbol) {
        return false;
    }
    let word = |k: usize| s.kind(k) == Some(Kind::Word) && !s.capital(k);
    let noun = (i + 1..i + 3)
        .take_while(|&k| word(k))
        .any(|k| s.any(k, YEAR_NOUNS));
    let possessive = i > 0 && s.any(i - 1, POSSESSIVES) && word(i + 1);
    let subject = s.any(i + 1, YEAR_VERBS) && (i == 0 || !s.capital(i - 1));
    let parenthesised = i > 0 && s.punct(i - 1, "(") && s.punct(i + 1, ")");
    // "as early as 2020", "as recently as 2018"
    let compared = i > 2 && s.is(i - 1, "as") && s.is(i - 3, "as");
    noun || possessive || subject || parenthesised || compared
}

/// Whether the word at `k` makes the number before it a count: a plural noun or a unit.
fn counted(s: &Scan, k: usize) -> bool {
    let t = s.tok(k);
    if s.kind(k) == Some(Kind::Symbol) || s.any(k, &["percent", "per"]) {
        return true;
    }
    let plural = s.kind(k) == Some(Kind::Word)
        && t.len() > 3
        && t.ends_with('s')
        && !t.ends_with("ss")
        && !t.starts_with(|c: char| c.is_uppercase());
    plural
        && !matches!(s.lex(k), Lex::Month { .. } | Lex::Unit(Unit::Year))
        && !s.any(k, &["was", "has", "its", "this", "thus", "plus", "versus"])
        && !s.any(k, YEAR_NOUNS)
}

/// Whether token `k` joins a year found before it to one after: "and", "or", "to", "-",
/// "through", ",", "but not".
pub fn joiner(s: &Scan, k: usize) -> bool {
    s.any(
        k,
        &["and", "or", "to", "through", "-", "–", ",", "not", "nor"],
    )
}
