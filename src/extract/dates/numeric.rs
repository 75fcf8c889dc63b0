//! Dates written with digits: ISO `2025-03-14`, `03/14/2025`, `14-Mar-2025`, `2019/aug/01`,
//! `2015-3`, `Oct/2`, compact `20250314`.
//!
//! A *chain* is numbers and month names joined by `/`, `-` or `.` with no spaces. It is read as
//! a whole, so a phone number (`138-2010-2015`, `555-1212`) or a code (`133-03-03-2020`) never
//! yields a date from a piece of it. All-digit dates are read month first (US order) unless the
//! first number cannot be a month (`22/04` is 22 April); two-digit years pivot at 40. A month and
//! day without a year joined by `-` or `.` (`7-6`, `5.12`) is too easily a score or a figure, so
//! it needs a context word before it ("on", a weekday); with `/` it needs none, but proper
//! fractions (`1/3`) and `24/7` are not dates.

use super::expr::Expr;
use super::lexicon::Lex;
use super::scan::{Match, Scan, pivot};
use crate::extract::token::Kind;
use jiff::civil::Date;

/// Words after a number that make it a figure: "on 1.6 mln shares".
const MAGNITUDES: &[&str] = &[
    "mln", "million", "billion", "bln", "bn", "trillion", "thousand", "pct", "percent", "per",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Num(u32, usize),
    Month(i8),
}

/// The outcome of reading a chain at a token: how far it goes, and the date if it is one.
pub struct Chain {
    pub last: usize,
    pub found: Option<Match>,
}

/// Reads the chain starting at `i`; `None` when no chain starts there. `context` says whether
/// a word licensing a bare `7-6` or `5.12` precedes it.
pub fn chain(s: &Scan, i: usize, context: bool) -> Option<Chain> {
    let mut parts = [Part::Num(0, 0); 4];
    let mut seps = [' '; 3];
    let (mut n, mut nseps, mut j, mut last) = (0usize, 0usize, i, i);
    loop {
        let before = n;
        if !push_parts(s, j, &mut parts, &mut n, &mut seps, &mut nseps) {
            return (before > 0).then_some(Chain { last, found: None });
        }
        last = j;
        if n > 3 {
            // Too many parts for a date: swallow the rest of the chain too.
            while s.tight(last + 1)
                && s.punct(last + 1, "/-.")
                && s.tight(last + 2)
                && is_part(s, last + 2)
            {
                last += 2;
            }
            return Some(Chain { last, found: None });
        }
        if s.tight(j + 1) && s.punct(j + 1, "/-.") && s.tight(j + 2) && is_part(s, j + 2) {
            if nseps < seps.len() {
                seps[nseps] = s.tok(j + 1).chars().next().unwrap_or(' ');
                nseps += 1;
            }
            j += 2;
        } else {
            break;
        }
    }
    if n == 1 && matches!(parts[0], Part::Month(_)) {
        return None; // a lone month name is the phrase matchers' business
    }
    // Glued to a currency sign, a percent sign or a decimal number: a figure, not a date.
    let glued = (i > 0 && s.tight(i) && matches!(s.kind(i - 1), Some(Kind::Symbol)))
        || (s.tight(last + 1) && matches!(s.kind(last + 1), Some(Kind::Symbol | Kind::Number)))
        || s.any(last + 1, MAGNITUDES);
    let found = if glued {
        None
    } else {
        read(&parts[..n], &seps[..nseps], context).map(|expr| Match::new(last, expr))
    };
    Some(Chain { last, found })
}

fn is_part(s: &Scan, i: usize) -> bool {
    s.kind(i) == Some(Kind::Number) || matches!(s.lex(i), Lex::Month { .. })
}

/// Appends the parts of token `j` (a number may be "7.6": two parts joined by '.').
fn push_parts(
    s: &Scan,
    j: usize,
    parts: &mut [Part; 4],
    n: &mut usize,
    seps: &mut [char; 3],
    nseps: &mut usize,
) -> bool {
    if let Lex::Month { month, .. } = s.lex(j) {
        if *n < parts.len() {
            parts[*n] = Part::Month(month);
        }
        *n += 1;
        return true;
    }
    if s.kind(j) != Some(Kind::Number) {
        return false;
    }
    for (k, piece) in s.tok(j).split('.').enumerate() {
        if piece.is_empty() || !piece.bytes().all(|b| b.is_ascii_digit()) || piece.len() > 8 {
            return false;
        }
        if k > 0 && *nseps < seps.len() {
            seps[*nseps] = '.';
            *nseps += 1;
        }
        if *n < parts.len() {
            parts[*n] = Part::Num(piece.parse().unwrap_or(0), piece.len());
        }
        *n += 1;
    }
    true
}

fn date(year: Option<i16>, month: u32, day: u32) -> Option<Expr> {
    let (month, day) = (i8::try_from(month).ok()?, i8::try_from(day).ok()?);
    // Validate against a leap year when the year is unknown, so 2/29 passes.
    Date::new(year.unwrap_or(2000), month, day).ok()?;
    Some(Expr::Date { year, month, day })
}

/// A year part: four digits, or two digits (pivoted).
fn year_of(p: Part) -> Option<i16> {
    match p {
        Part::Num(y, 4) if (1000..=2999).contains(&y) => Some(y as i16),
        Part::Num(y, 2) => Some(pivot(y)),
        _ => None,
    }
}

fn read(parts: &[Part], seps: &[char], context: bool) -> Option<Expr> {
    use Part::{Month as M, Num as N};
    let uniform = seps.windows(2).all(|w| w[0] == w[1]);
    let month_part = parts.iter().any(|p| matches!(p, M(_)));
    if !month_part && !uniform {
        return None;
    }
    match *parts {
        [N(v, 8)] => {
            let y = (v / 10000) as i16;
            (1900..=2099).contains(&y).then_some(())?;
            date(Some(y), v / 100 % 100, v % 100)
        }
        // "2022-23": the fiscal year ending in 2023.
        [N(y, 4), N(next, 2)] if seps == ['-'] && (y + 1) % 100 == next => Some(Expr::Fiscal {
            year: Some(y as i16 + 1),
            quarter: None,
        }),
        [M(m), N(y, 4)] | [N(y, 4), M(m)] if (1000..=2999).contains(&y) => Some(Expr::Month {
            year: Some(y as i16),
            month: m,
        }),
        [M(m), N(d, 1..=2)] | [N(d, 1..=2), M(m)] => date(None, m as u32, d),
        [N(y, 4), N(m, 1..=2)] | [N(m, 1..=2), N(y, 4)] if (1000..=2999).contains(&y) => {
            (1..=12).contains(&m).then_some(Expr::Month {
                year: Some(y as i16),
                month: m as i8,
            })
        }
        [N(a, 1..=2), N(b, db @ 1..=2)] => {
            let slash = seps.first() == Some(&'/');
            if !(context || slash) {
                return None;
            }
            let fraction = slash && a < b && db == 1;
            if fraction || (a, b) == (24, 7) {
                return None;
            }
            if a <= 12 {
                date(None, a, b)
            } else {
                date(None, b, a)
            }
        }
        [N(y, 4), N(m, 1..=2), N(d, 1..=2)] => date(year_of(N(y, 4)), m, d),
        [N(a, 1..=2), N(b, 1..=2), y @ N(_, 2 | 4)] => {
            let year = Some(year_of(y)?);
            if a <= 12 {
                date(year, a, b)
            } else {
                date(year, b, a)
            }
        }
        [a, b, c] if month_part => {
            let m = parts.iter().find_map(|p| match p {
                M(m) => Some(*m),
                _ => None,
            })?;
            let nums: Vec<Part> = [a, b, c]
                .into_iter()
                .filter(|p| matches!(p, N(..)))
                .collect();
            let [x, y] = nums[..] else { return None };
            let (day, year) = match (x, y) {
                (N(d, 1..=2), N(_, 4)) => (d, year_of(y)?),
                (N(_, 4), N(d, 1..=2)) => (d, year_of(x)?),
                (N(d, 1..=2), N(_, 2)) => (d, year_of(y)?),
                _ => return None,
            };
            date(Some(year), m as u32, day)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Part::{Month as M, Num as N};

    #[test]
    fn reads_numeric_orders() {
        let d = |y, m, d| {
            Some(Expr::Date {
                year: y,
                month: m,
                day: d,
            })
        };
        assert_eq!(
            read(&[N(2025, 4), N(3, 2), N(14, 2)], &['-', '-'], false),
            d(Some(2025), 3, 14)
        );
        assert_eq!(
            read(&[N(3, 2), N(14, 2), N(2025, 4)], &['/', '/'], false),
            d(Some(2025), 3, 14)
        );
        assert_eq!(
            read(&[N(14, 2), N(3, 2), N(2025, 4)], &['/', '/'], false),
            d(Some(2025), 3, 14)
        );
        assert_eq!(
            read(&[N(3, 2), N(18, 2), N(40, 2)], &['/', '/'], false),
            d(Some(1940), 3, 18)
        );
        assert_eq!(read(&[N(20161016, 8)], &[], false), d(Some(2016), 10, 16));
        assert_eq!(
            read(&[N(23, 2), M(9), N(2020, 4)], &['/', '/'], false),
            d(Some(2020), 9, 23)
        );
        assert_eq!(
            read(&[N(2015, 4), N(3, 1)], &['-'], false),
            Some(Expr::Month {
                year: Some(2015),
                month: 3
            })
        );
    }

    #[test]
    fn rejects_figures_that_are_not_dates() {
        assert_eq!(read(&[N(1, 1), N(3, 1)], &['/'], false), None); // a fraction
        assert_eq!(read(&[N(24, 2), N(7, 1)], &['/'], false), None);
        assert_eq!(read(&[N(7, 1), N(6, 1)], &['-'], false), None); // needs "on"
        assert_eq!(read(&[N(2015, 4), N(32, 2)], &['-'], false), None);
        assert_eq!(
            read(&[N(2015, 4), N(1, 1), N(32, 2)], &['-', '-'], false),
            None
        );
        assert_eq!(
            read(&[N(30, 2), N(4, 1), N(85, 2)], &['/', '.'], false),
            None
        );
        assert_eq!(
            read(&[N(138, 3), N(2010, 4), N(2015, 4)], &['-', '-'], false),
            None
        );
    }
}
