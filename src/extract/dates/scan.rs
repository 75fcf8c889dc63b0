//! The sentence as the date matchers see it: tokens with their [`Lex`] classes, and the small
//! parsers every pattern shares — a day of the month, a year, a month name, a count.

use super::expr::Expr;
use super::lexicon::{Lex, Unit, classify, is_ordinal_suffix};
use crate::extract::Ctx;
use crate::extract::token::Kind;

/// A match: tokens up to `last` (inclusive) mean `expr`, moved by `plus` units when given
/// ("two days after tomorrow").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub last: usize,
    pub expr: Expr,
    pub plus: Option<(Unit, i32)>,
}

impl Match {
    pub fn new(last: usize, expr: Expr) -> Match {
        Match {
            last,
            expr,
            plus: None,
        }
    }
}

/// One sentence's tokens and their classes.
pub struct Scan<'c, 'a> {
    pub ctx: &'c Ctx<'a>,
    lex: Vec<Lex>,
}

impl<'c, 'a> Scan<'c, 'a> {
    pub fn new(ctx: &'c Ctx<'a>) -> Self {
        let lex = ctx
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| match t.kind {
                Kind::Word => classify(ctx.tok(i)),
                _ => Lex::Other,
            })
            .collect();
        Scan { ctx, lex }
    }

    pub fn len(&self) -> usize {
        self.lex.len()
    }

    /// Whether a date may start at token `i`: a number or a known word.
    pub fn starts(&self, i: usize) -> bool {
        self.lex(i) != Lex::Other || self.kind(i) == Some(Kind::Number)
    }

    pub fn lex(&self, i: usize) -> Lex {
        probe();
        self.lex.get(i).copied().unwrap_or(Lex::Other)
    }

    pub fn tok(&self, i: usize) -> &'a str {
        probe();
        self.ctx.tok(i)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        probe();
        self.ctx.is(i, word)
    }

    /// Whether token `i` is one of `words` (ASCII case ignored).
    pub fn any(&self, i: usize, words: &[&str]) -> bool {
        let t = self.tok(i);
        !t.is_empty() && words.iter().any(|w| t.eq_ignore_ascii_case(w))
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        probe();
        self.ctx.tokens.get(i).map(|t| t.kind)
    }

    /// Token `i` exists and touches the previous token (no space between).
    pub fn tight(&self, i: usize) -> bool {
        probe();
        self.ctx.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    pub fn punct(&self, i: usize, chars: &str) -> bool {
        self.kind(i) == Some(Kind::Punct) && chars.contains(self.tok(i))
    }

    /// A plain run of digits (no separators) and its digit count.
    pub fn int(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i);
        if self.kind(i) != Some(Kind::Number)
            || t.len() > 8
            || !t.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        t.parse().ok().map(|n| (n, t.len()))
    }

    /// Whether token `i` starts with an uppercase letter.
    pub fn capital(&self, i: usize) -> bool {
        self.tok(i).starts_with(|c: char| c.is_uppercase())
    }

    /// A number 0..=99 in words: "seven", "twenty", "twenty-five", "thirty one".
    pub fn words_0_99(&self, i: usize) -> Option<(usize, i32)> {
        let Lex::Card(n) = self.lex(i) else {
            return None;
        };
        if n >= 20 && n % 10 == 0 {
            let j = if self.punct(i + 1, "-") { i + 2 } else { i + 1 };
            if let Lex::Card(u @ 1..=9) = self.lex(j) {
                return Some((j, i32::from(n + u)));
            }
        }
        Some((i, i32::from(n)))
    }

    /// A day of the month: "3", "03", "3rd", "third", "twenty-first", "twenty five".
    pub fn day(&self, i: usize) -> Option<(usize, i8)> {
        if let Some((n, digits)) = self.int(i) {
            let last = if self.tight(i + 1) && is_ordinal_suffix(self.tok(i + 1)) {
                i + 1
            } else {
                i
            };
            return (digits <= 2 && (1..=31).contains(&n)).then_some((last, n as i8));
        }
        match self.lex(i) {
            Lex::Ord(n) => Some((i, n)),
            Lex::Card(t @ (20 | 30)) => {
                let j = if self.punct(i + 1, "-") { i + 2 } else { i + 1 };
                match self.lex(j) {
                    Lex::Ord(u @ 1..=9) | Lex::Card(u @ 1..=9) if t + u <= 31 => Some((j, t + u)),
                    _ => Some((i, t)),
                }
            }
            Lex::Card(n @ 1..=19) => Some((i, n)),
            _ => None,
        }
    }

    /// A year: "2025", "'87" (1987) and spelled-out years ("nineteen eighty six", "two thousand
    /// and fifteen"). Two-digit years pivot at 40: '39 is 2039, '40 is 1940.
    pub fn year(&self, i: usize) -> Option<(usize, i16)> {
        if let Some((n, 4)) = self.int(i) {
            return (1000..=2999).contains(&n).then_some((i, n as i16));
        }
        if self.punct(i, "'’") && self.tight(i + 1) {
            if let Some((n, 2)) = self.int(i + 1) {
                return Some((i + 1, pivot(n)));
            }
        }
        self.word_year(i)
    }

    fn word_year(&self, i: usize) -> Option<(usize, i16)> {
        let (j, head) = self.words_0_99(i)?;
        let rest = |k: usize| {
            let k = if self.is(k, "and") { k + 1 } else { k };
            self.words_0_99(k)
        };
        if head == 2 && self.is(j + 1, "thousand") {
            return Some(match rest(j + 2) {
                Some((k, n)) => (k, 2000 + n as i16),
                None => (j + 1, 2000),
            });
        }
        if !(10..=29).contains(&head) {
            return None;
        }
        if self.is(j + 1, "hundred") {
            let (k, n) = rest(j + 2).unwrap_or((j + 1, 0));
            return Some((k, head as i16 * 100 + n as i16));
        }
        let (k, n) = self.words_0_99(j + 1)?;
        (n >= 10).then_some((k, head as i16 * 100 + n as i16))
    }

    /// A month name at `i`, with the dot of an abbreviation ("Sept."). Words that are also
    /// common verbs or nouns ("may", "march", "sat"-like abbreviations) need a number after
    /// them, or a capital and a preposition before.
    pub fn month(&self, i: usize) -> Option<(usize, i8)> {
        let Lex::Month { month, short } = self.lex(i) else {
            return None;
        };
        if i > 0 && self.tight(i) && self.kind(i - 1) == Some(Kind::Symbol) {
            return None; // "$DEC": a ticker
        }
        let dot = short && self.punct(i + 1, ".") && self.tight(i + 1);
        let last = if dot { i + 1 } else { i };
        let number_after = self.kind(last + 1) == Some(Kind::Number)
            || matches!(self.lex(last + 1), Lex::Card(_) | Lex::Ord(_))
            || self.punct(last + 1, "'’");
        let ambiguous = short || month == 5 || (month == 3 && !self.capital(i));
        if !ambiguous || number_after {
            return Some((last, month));
        }
        let before =
            i > 0 && (self.any(i - 1, MONTH_PREPS) || matches!(self.lex(i - 1), Lex::Shift(_)));
        (before && (self.capital(i) || month != 5)).then_some((last, month))
    }

    /// A count: "3", "three", "twenty-one", "a", "an".
    pub fn count(&self, i: usize) -> Option<(usize, i32)> {
        if let Some((n, _)) = self.int(i) {
            return (n <= 9999).then_some((i, n as i32));
        }
        if self.any(i, &["a", "an"]) {
            return Some((i, 1));
        }
        self.words_0_99(i).filter(|&(_, n)| n > 0)
    }

    /// A calendar unit at `i`.
    pub fn unit(&self, i: usize) -> Option<Unit> {
        match self.lex(i) {
            Lex::Unit(u) => Some(u),
            _ => None,
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Token reads by the matchers on this thread, for the tests that hold the work per
    /// token constant (`tests.rs`, `linear`).
    pub static READS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts one token read (in tests only; nothing otherwise).
#[inline(always)]
fn probe() {
    #[cfg(test)]
    READS.with(|r| r.set(r.get() + 1));
}

/// Words after which a month name is a month: "in May", "since March", "early May".
pub const MONTH_PREPS: &[&str] = &[
    "in", "since", "until", "till", "by", "during", "of", "from", "through", "early", "mid",
    "late", "before", "after", "to", "and", "or", "on", "for", "between", "-",
];

/// A two-digit year as a four-digit one.
pub fn pivot(n: u32) -> i16 {
    if n < 40 {
        2000 + n as i16
    } else {
        1900 + n as i16
    }
}
