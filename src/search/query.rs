//! The query language, parsed once per keystroke into a [`Query`]:
//! words (fuzzy, smart case), `"exact phrases"`, scopes (`%money`, `%org`, `%event`…) and value
//! filters (`>10b`, `<=20,000`, `1m..5m`, `~14000`, `<3%`, `2025-Q4`, `>=2025-10`).
//! Errors say what is wrong and at which character.

use super::normal::{fold_case, fold_lookalike, has_upper, is_ignorable, mask, needle};
use super::value::{self, DateRange, Hint, Num, NumRange};
use crate::story::FactKind;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use std::fmt;

/// A parsed query. The default (and the parse of an empty or blank input) matches everything.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub(super) terms: Vec<Term>,
    /// Bit `kind as u16` per fact kind, [`EVENT`] for `%event`; 0 means no scope was given.
    pub(super) scopes: u16,
    pub(super) filters: Vec<Filter>,
}

/// The scope bit of `%event`, after the nine fact kinds.
pub(super) const EVENT: u16 = 1 << 9;

impl Query {
    /// True when the query asks for nothing, and so matches everything.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.scopes == 0 && self.filters.is_empty()
    }

    /// True when the query only has words and phrases: then sentences match on their own,
    /// with no fact in them, as in a pager's search.
    pub fn is_text_only(&self) -> bool {
        self.scopes == 0 && self.filters.is_empty() && !self.terms.is_empty()
    }

    pub(super) fn allows_fact(&self, kind: FactKind) -> bool {
        self.scopes == 0 || self.scopes & scope_bit(kind) != 0
    }

    pub(super) fn allows_events(&self) -> bool {
        self.scopes == 0 || self.scopes & EVENT != 0
    }
}

pub(super) fn scope_bit(kind: FactKind) -> u16 {
    1 << (kind as u16)
}

/// Something to find in text.
#[derive(Debug, Clone)]
pub(super) enum Term {
    /// Fuzzy, as in fzf: the characters in order, gaps allowed; `mask` prefilters haystacks.
    Word { atom: Atom, mask: u64 },
    /// A literal run of text; case-folded unless it has an uppercase letter.
    Phrase { text: String, case_sensitive: bool },
}

/// A value filter; a fact or event must pass every one.
#[derive(Debug, Clone, Copy)]
pub(super) enum Filter {
    Number(NumRange),
    Date(DateRange),
    /// A bare four-digit operand (`>2000`, `1990..2010`): a number or a year, whichever the
    /// fact or event has.
    Either(NumRange, DateRange),
}

/// A malformed query: what is wrong, and the character position (0-based, in chars) where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub message: String,
    pub position: usize,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at character {})", self.message, self.position + 1)
    }
}

impl std::error::Error for QueryError {}

fn error(position: usize, message: String) -> QueryError {
    QueryError { message, position }
}

const SCOPES: &str =
    "%money, %count, %percent, %ordinal, %org, %person, %place, %group, %date, %event";

/// One character of the input with its position; invisible characters are already gone.
type Ch = (usize, char);

/// Parses a query. See the module doc for the language.
pub fn parse(input: &str) -> Result<Query, QueryError> {
    let chars: Vec<Ch> = input
        .chars()
        .enumerate()
        .filter(|&(_, c)| !is_ignorable(c))
        .map(|(i, c)| (i, fold_lookalike(c)))
        .collect();
    let mut query = Query::default();
    let mut i = 0;
    while let Some(&(pos, c)) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
        } else if c == '"' {
            let rest = chars.get(i + 1..).unwrap_or_default();
            let Some(close) = rest.iter().position(|&(_, c)| c == '"') else {
                return Err(error(pos, "unclosed quote: end the phrase with \"".into()));
            };
            let text: String = rest[..close].iter().map(|&(_, c)| c).collect();
            query.push_phrase(&text);
            i += close + 2;
        } else {
            let start = i;
            while chars
                .get(i)
                .is_some_and(|&(_, c)| !c.is_whitespace() && c != '"')
            {
                i += 1;
            }
            query.push_token(&chars[start..i])?;
        }
    }
    Ok(query)
}

impl Query {
    fn push_phrase(&mut self, raw: &str) {
        let text = needle(raw);
        if text.is_empty() {
            return;
        }
        let case_sensitive = has_upper(&text);
        let text = if case_sensitive {
            text
        } else {
            text.chars().map(fold_case).collect()
        };
        self.terms.push(Term::Phrase {
            text,
            case_sensitive,
        });
    }

    fn push_token(&mut self, tok: &[Ch]) -> Result<(), QueryError> {
        let text: String = tok.iter().map(|&(_, c)| c).collect();
        let pos = tok.first().map_or(0, |&(p, _)| p);
        let end = tok.last().map_or(0, |&(p, _)| p + 1);
        if let Some(name) = text.strip_prefix('%') {
            return self.push_scope(name, pos);
        }
        let op_len = match text.as_bytes() {
            [b'>' | b'<', b'=', ..] => 2,
            [b'>' | b'<' | b'~', ..] => 1,
            _ => 0,
        };
        if op_len > 0 {
            let (op, operand) = text.split_at(op_len);
            let at = tok.get(op_len).map_or(end, |&(p, _)| p);
            let filter = comparison(op, operand, at)?;
            self.filters.push(filter);
            return Ok(());
        }
        if let Some((lo, hi)) = range_parts(&text) {
            let split = lo.chars().count();
            let hi_at = tok.get(split + 2).map_or(end, |&(p, _)| p);
            let filter = range(&text, (lo, pos), (hi, hi_at))?;
            self.filters.push(filter);
            return Ok(());
        }
        if let Some(p) = value::period(&text) {
            self.filters.push(Filter::Date(DateRange {
                start: Some(p.0),
                end: Some(p.1),
            }));
            return Ok(());
        }
        let atom = Atom::new(
            &text,
            CaseMatching::Smart,
            Normalization::Smart,
            AtomKind::Fuzzy,
            false,
        );
        self.terms.push(Term::Word {
            atom,
            mask: mask(&text),
        });
        Ok(())
    }

    fn push_scope(&mut self, name: &str, pos: usize) -> Result<(), QueryError> {
        if name.is_empty() {
            return Err(error(pos, format!("% needs a kind after it: {SCOPES}")));
        }
        if name.eq_ignore_ascii_case("event") {
            self.scopes |= EVENT;
            return Ok(());
        }
        match FactKind::ALL
            .iter()
            .find(|k| k.name().eq_ignore_ascii_case(name))
        {
            Some(&kind) => {
                self.scopes |= scope_bit(kind);
                Ok(())
            }
            None => Err(error(pos, format!("unknown scope %{name} (try {SCOPES})"))),
        }
    }
}

/// Splits `1m..5m` (and the malformed `1m..`, `..5m`) when the token looks like a range of
/// values, so that an ellipsis in a word ("wait...") stays a word.
fn range_parts(text: &str) -> Option<(&str, &str)> {
    let (lo, hi) = text.split_once("..")?;
    let numeric =
        |s: &str| s.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '-'));
    (numeric(lo) || lo.is_empty() && numeric(hi)).then_some((lo, hi))
}

/// What a value operand is: a number, a date period, or (four bare digits) either.
enum Operand {
    Num(Num),
    Date((jiff::civil::Date, jiff::civil::Date)),
    Either(Num, (jiff::civil::Date, jiff::civil::Date)),
}

fn operand(s: &str, at: usize) -> Result<Operand, QueryError> {
    if let Some(p) = value::period(s) {
        return Ok(match value::number(s) {
            Some(n) if s.len() == 4 => Operand::Either(n, p),
            _ => Operand::Date(p),
        });
    }
    if value::is_date_shape(s) {
        return Err(error(
            at,
            format!(
                "{s} is not a real date (write 2025, 2025-10, 2025-Q4, 2026-W04 or 2025-03-14)"
            ),
        ));
    }
    value::number(s).map(Operand::Num).ok_or_else(|| {
        error(
            at,
            format!("{s} is not a number or a date (try 10b, 5m, $2.5bn, 20,000, 3% or 2025-10)"),
        )
    })
}

fn comparison(op: &str, s: &str, at: usize) -> Result<Filter, QueryError> {
    if s.is_empty() {
        let example = if op == "~" {
            "~14000"
        } else {
            "10b or 2025-06"
        };
        return Err(error(
            at,
            format!("{op} needs a value right after it, like {op}{example}"),
        ));
    }
    let numbers = |n: Num| {
        let (lo, lo_open, hi, hi_open) = match op {
            ">" => (n.value, true, f64::INFINITY, false),
            ">=" => (n.value, false, f64::INFINITY, false),
            "<" => (f64::NEG_INFINITY, false, n.value, true),
            "<=" => (f64::NEG_INFINITY, false, n.value, false),
            _ => {
                let d = n.value.abs() * 0.1;
                (n.value - d, false, n.value + d, false)
            }
        };
        NumRange {
            lo,
            lo_open,
            hi,
            hi_open,
            hint: n.hint,
        }
    };
    let dates = |(s, e)| match op {
        ">" => DateRange {
            start: Some(e),
            end: None,
        },
        ">=" => DateRange {
            start: Some(s),
            end: None,
        },
        "<" => DateRange {
            start: None,
            end: Some(s),
        },
        _ => DateRange {
            start: None,
            end: Some(e),
        },
    };
    match operand(s, at)? {
        Operand::Num(n) => Ok(Filter::Number(numbers(n))),
        Operand::Either(n, _) if op == "~" => Ok(Filter::Number(numbers(n))),
        Operand::Date(_) if op == "~" => {
            Err(error(at, format!("~ needs a number, not a date like {s}")))
        }
        Operand::Date(p) => Ok(Filter::Date(dates(p))),
        Operand::Either(n, p) => Ok(Filter::Either(numbers(n), dates(p))),
    }
}

fn range(
    text: &str,
    (lo, lo_at): (&str, usize),
    (hi, hi_at): (&str, usize),
) -> Result<Filter, QueryError> {
    if lo.is_empty() {
        return Err(error(
            lo_at,
            format!("range {text} needs a lower bound, like 1m..5m"),
        ));
    }
    if hi.is_empty() {
        return Err(error(
            hi_at,
            format!("range {text} needs an upper bound, like 1m..5m"),
        ));
    }
    let numbers = |a: Num, b: Num| -> Result<NumRange, QueryError> {
        if a.value > b.value {
            return Err(error(
                lo_at,
                format!("range {text} is empty: {lo} is more than {hi}"),
            ));
        }
        let hint = if a.hint == Hint::Any { b.hint } else { a.hint };
        Ok(NumRange {
            lo: a.value,
            lo_open: false,
            hi: b.value,
            hi_open: false,
            hint,
        })
    };
    let dates = |a: (jiff::civil::Date, jiff::civil::Date),
                 b: (jiff::civil::Date, jiff::civil::Date)| {
        if a.0 >= b.1 {
            return Err(error(
                lo_at,
                format!("range {text} is empty: {lo} is after {hi}"),
            ));
        }
        Ok(DateRange {
            start: Some(a.0),
            end: Some(b.1),
        })
    };
    use Operand as O;
    match (operand(lo, lo_at)?, operand(hi, hi_at)?) {
        (O::Num(a) | O::Either(a, _), O::Num(b)) | (O::Num(a), O::Either(b, _)) => {
            Ok(Filter::Number(numbers(a, b)?))
        }
        (O::Date(a) | O::Either(_, a), O::Date(b)) | (O::Date(a), O::Either(_, b)) => {
            Ok(Filter::Date(dates(a, b)?))
        }
        (O::Either(a, p), O::Either(b, q)) => Ok(Filter::Either(numbers(a, b)?, dates(p, q)?)),
        (O::Num(_), O::Date(_)) | (O::Date(_), O::Num(_)) => Err(error(
            lo_at,
            format!("range {text} mixes a number and a date"),
        )),
    }
}
