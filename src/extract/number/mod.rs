//! Numbers as written, shared by the money, percent, count and ordinal recognisers: digits with
//! separators and decimals ("16,000", "1.5"), spelled numbers ("twenty-five", "two hundred
//! thousand", "a dozen"), magnitudes ("bn", "m", "k", "million", "lakh", "crore") and the
//! qualifiers in front of a quantity ("up to", "roughly").
//!
//! ```text
//! tokens:  up  to  $  1.5  billion      parse(3) → Num { value: 1.5e9, raw: 1.5, mag: 1e9 }
//!                                       qualifier::before(2) → (AtMost, 0)
//! ```

pub mod filter;
mod fraction;
mod function_words;
pub mod headline;
pub mod qualifier;
mod spelled;
pub mod words;

pub use function_words::is_function_word;

use super::Ctx;
use super::token::Kind;
use std::cell::Cell;

/// A number found at some token: its value and the tokens it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    /// The value with any magnitude applied ("1.5 billion" → 1.5e9).
    pub value: f64,
    /// The value before the magnitude word ("1.5").
    pub raw: f64,
    /// The magnitude multiplier when one was written ("billion" → 1e9).
    pub mag: Option<f64>,
    pub first: usize,
    pub last: usize,
    /// Written in words ("twenty-five") rather than digits.
    pub spelled: bool,
    /// The written number has no decimal part (so it can take cents: "$20 43").
    pub integer: bool,
    /// Bare digits with no separator, decimal or magnitude ("2025", "737"): may be a year or
    /// a model number.
    pub plain: bool,
}

/// What [`parse`] found at each token of one sentence, filled as the recognisers ask: money,
/// percentages and counts each try a number at every token, and a parse is a pure function
/// of the sentence's tokens, so each token is parsed once.
#[derive(Debug, Default)]
pub struct Cache(Vec<Cell<Option<Option<Num>>>>);

impl Cache {
    /// An empty cache for a sentence of `tokens` tokens.
    pub fn new(tokens: usize) -> Cache {
        Cache(vec![Cell::new(None); tokens])
    }
}

/// Parses the number starting at token `i`, if one does.
pub fn parse(ctx: &Ctx, i: usize) -> Option<Num> {
    let Some(slot) = ctx.nums.0.get(i) else {
        return parse_uncached(ctx, i);
    };
    if let Some(known) = slot.get() {
        return known;
    }
    let num = parse_uncached(ctx, i);
    slot.set(Some(num));
    num
}

fn parse_uncached(ctx: &Ctx, i: usize) -> Option<Num> {
    let token = ctx.tokens.get(i)?;
    match token.kind {
        Kind::Number => {
            let text = ctx.tok(i);
            let raw = parse_digits(text)?;
            let mut num = Num {
                value: raw,
                raw,
                mag: None,
                first: i,
                last: i,
                spelled: false,
                integer: !text.contains('.'),
                plain: !text.contains([',', '.']),
            };
            // "5-1/2", "7 1/2", "3½": a mixed number.
            if num.integer
                && let Some((fraction, last)) = fraction::after(ctx, i)
            {
                num.value += fraction;
                num.raw = num.value;
                num.last = last;
                num.integer = false;
                num.plain = false;
            }
            if let Some(m) = magnitude(ctx, num.last + 1) {
                num.value *= m;
                num.mag = Some(m);
                num.last += 1;
                num.plain = false;
            }
            Some(num)
        }
        Kind::Word => spelled::parse(ctx, i),
        _ => None,
    }
}

/// The value of a digit string with thousands separators and a decimal point.
pub fn parse_digits(text: &str) -> Option<f64> {
    if text.contains(',') {
        text.replace(',', "").parse().ok()
    } else {
        text.parse().ok()
    }
}

/// The multiplier written at token `i` after a number in digits: words ("million", "bn",
/// "lakh") with or without a space, single letters ("k", "m", "b") only when glued ("$10K").
pub fn magnitude(ctx: &Ctx, i: usize) -> Option<f64> {
    let token = ctx.tokens.get(i)?;
    if token.kind != Kind::Word {
        return None;
    }
    let mut buf = [0u8; 24];
    let word = lower(ctx.tok(i), &mut buf);
    let glued = !token.space_before;
    let m = match word {
        "k" if glued => 1e3,
        "m" if glued => 1e6,
        "b" if glued => 1e9,
        "thousand" => 1e3,
        "dozen" => 12.0,
        "hundred" => 100.0,
        _ => return word_magnitude(word),
    };
    Some(m)
}

/// Magnitude words that also follow spelled numbers and currency codes ("75 USD million").
pub fn word_magnitude(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" => 1e3,
        "million" | "millions" | "mn" | "mln" | "mlns" | "mil" => 1e6,
        "billion" | "billions" | "bn" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" => 1e12,
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// `s` in ASCII lowercase, written into `buf`; empty when `s` is not ASCII or too long, so
/// lexicon lookups never allocate.
pub fn lower<'b>(s: &str, buf: &'b mut [u8; 24]) -> &'b str {
    if !s.is_ascii() || s.len() > buf.len() {
        return "";
    }
    let out = &mut buf[..s.len()];
    out.copy_from_slice(s.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or_default()
}

/// Whether token `i` touches the token before it with no space, and that token is part of a
/// code, identifier or URL ("COVID-19", "24/7", "3:30", "%20", "q=30") rather than an opening
/// bracket or quote.
pub fn glued_left(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.tokens.get(i) else {
        return false;
    };
    if i == 0 || t.space_before {
        return false;
    }
    let prev = &ctx.tokens[i - 1];
    match prev.kind {
        Kind::Word | Kind::Number => true,
        Kind::Symbol => ctx.tok(i - 1) == "%" || ctx.tok(i - 1) == "#",
        Kind::Punct => !matches!(
            ctx.tok(i - 1),
            "(" | "[" | "\"" | "“" | "‘" | "'" | "~" | "—" | "–"
        ),
    }
}

/// Whether token `i` starts a code or identifier glued to what follows ("737MAX", "5G",
/// "3:30", "24/7", "555-1234", "19.x").
pub fn glued_right(ctx: &Ctx, last: usize) -> bool {
    let Some(next) = ctx.tokens.get(last + 1) else {
        return false;
    };
    if next.space_before {
        return false;
    }
    match next.kind {
        Kind::Word | Kind::Number => true,
        Kind::Punct => {
            matches!(ctx.tok(last + 1), "/" | ":" | "-" | "." | "_" | "=")
                && ctx
                    .tokens
                    .get(last + 2)
                    .is_some_and(|t| !t.space_before && t.kind == Kind::Number)
        }
        Kind::Symbol => false,
    }
}

/// Whether tokens `from..to` (exclusive) are a range connector between two quantities:
/// "-", "–", "to", or "and" when `between` precedes the first quantity.
pub fn range_connector(ctx: &Ctx, from: usize, to: usize, first_of_range: usize) -> bool {
    if to != from + 1 {
        return false;
    }
    match ctx.tok(from) {
        "-" | "–" | "—" => true,
        w if w.eq_ignore_ascii_case("to") => true,
        w if w.eq_ignore_ascii_case("and") => {
            first_of_range > 0 && ctx.is(first_of_range - 1, "between")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
