//! The query language, parsed once per keystroke into a [`Query`]:
//! words (fuzzy, smart case), `"exact phrases"`, scopes (`%money`, `%org`, `%event`…) and value
//! filters (`>10b`, `<=20,000`, `1m..5m`, `~14000`, `<3%`, `2025-Q4`, `>=2025-10`).
//! Errors say what is wrong and at which character.

use super::normal::{fold_case, fold_lookalike, has_upper, is_ignorable, mask, needle};
use super::operand::{comparison, range, range_parts};
use super::value::{self, DateRange, Filter, kind_bit};
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

    /// The fact kinds that can match, as bits: those named (every kind when no scope is
    /// given, none when only `%event` is), narrowed to what the value filters accept.
    pub(super) fn fact_kinds(&self) -> u16 {
        let mut kinds = match self.scopes & ALL_FACTS {
            0 if self.scopes == 0 => ALL_FACTS,
            named => named,
        };
        for f in &self.filters {
            kinds &= f.kinds();
        }
        kinds
    }

    pub(super) fn allows_events(&self) -> bool {
        self.scopes == 0 || self.scopes & EVENT != 0
    }
}

/// The scope bits of all nine fact kinds.
const ALL_FACTS: u16 = EVENT - 1;

/// Something to find in text.
#[derive(Debug, Clone)]
pub(super) enum Term {
    /// Fuzzy, as in fzf: the characters in order, gaps allowed; `mask` prefilters haystacks.
    Word { atom: Atom, mask: u64 },
    /// A literal run of text; case-folded unless it has an uppercase letter.
    Phrase {
        text: String,
        case_sensitive: bool,
        mask: u64,
    },
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

pub(super) fn error(position: usize, message: String) -> QueryError {
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
            mask: mask(&text),
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
                self.scopes |= kind_bit(kind);
                Ok(())
            }
            None => Err(error(pos, format!("unknown scope %{name} (try {SCOPES})"))),
        }
    }
}
