//! Amounts whose currency is left out because the figure before gave it: newswire and business
//! copy compare two figures and write the unit once.
//!
//! ```text
//! revenues fell to 521.1 mln dlrs from 716.9 mln     → 716.9e6 USD ("from")
//! cut its payout to 33 francs per share from 38      → 38 CHF
//! earnings per share dropped to 1.51 dlrs from 1.62  → 1.62 USD
//! net of 5.2 mln stg against 4.8                     → 4.8e6 GBP (the magnitude, too)
//! NZI shares were at 2.18 N.Z. Dlrs, BIL at 4.08     → 4.08 NZD (the same preposition)
//! ```
//!
//! Only a number that stands alone (nothing that could own it follows: no noun, no percent
//! sign, no time word) and is of the same order as the figure before takes its currency; a
//! year never does.

use super::{Amount, Recent, currency};
use crate::extract::Ctx;
use crate::extract::count;
use crate::extract::number::{self, Num, glued_left, is_function_word, lower, qualifier};
use crate::extract::token::Kind;

/// The smallest and largest ratio of a figure to the one before it for the two to be the same
/// kind of amount ("from 38" after "33 francs", not "from 1,000" after "5 dlrs").
const SAME_ORDER: (f64, f64) = (0.1, 10.0);

/// Magnitudes from which a bare figure after money is money too ("from 716.9 mln").
const BIG: f64 = 1e6;

/// Singular nouns that name an amount of money ("a 16.5 mln debit").
const MONEY_NOUNS: [&str; 9] = [
    "debit",
    "credit",
    "loss",
    "profit",
    "deficit",
    "surplus",
    "charge",
    "gain",
    "shortfall",
];

/// Words that, before a bare number, compare it with the money figure before it.
const COMPARISONS: [&str; 5] = ["from", "against", "versus", "vs", "vs."];

/// Prepositions that, repeated, make a list of parallel figures ("at 2.18 dlrs, BIL at 4.08").
const PARALLEL: [&str; 4] = ["at", "to", "of", "for"];

/// Adds to `found` (sorted by position) the amounts whose currency is implied.
pub(super) fn find(ctx: &Ctx, found: &mut Vec<Amount>) {
    if found.is_empty() {
        return;
    }
    let mut added = Vec::new();
    let mut next_found = 0;
    let mut anchor: Option<Amount> = None;
    let mut i = found[0].last + 1;
    while i < ctx.tokens.len() {
        if let Some(a) = found.get(next_found)
            && a.first <= i
        {
            anchor = Some(*a);
            i = a.last.max(i) + 1;
            next_found += 1;
            continue;
        }
        let Some(a) = anchor else {
            i += 1;
            continue;
        };
        if ctx.tokens[i].kind != Kind::Number {
            i += 1;
            continue;
        }
        if let Some(b) = implied_at(ctx, i, a) {
            added.push(b);
            anchor = Some(b);
            i = b.last + 1;
        } else {
            i += 1;
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|a| a.first);
    }
}

/// In a sentence with no money of its own, right after one with some: a big figure compared
/// with another ("It was 21.8 mln versus 19.5 mln") or naming an amount ("a 16.5 mln debit")
/// is in the currency of the sentence before.
pub(super) fn after_recent(ctx: &Ctx, recent: &Recent, found: &mut Vec<Amount>) {
    let Some(iso) = recent.just_before(ctx) else {
        return;
    };
    for i in 0..ctx.tokens.len() {
        if ctx.tokens[i].kind != Kind::Number {
            continue;
        }
        let Some(num) = number::parse(ctx, i) else {
            continue;
        };
        let big = num.mag.is_some_and(|m| m >= BIG);
        if !big || glued_left(ctx, i) || counted_between(ctx, 0, i) {
            continue;
        }
        let next = num.last + 1;
        let compared = COMPARISONS.iter().any(|w| ctx.is(next, w))
            || i > 0 && COMPARISONS.iter().any(|w| ctx.is(i - 1, w));
        if compared || MONEY_NOUNS.iter().any(|n| ctx.is(next, n)) {
            found.push(amount(num, num.value, num.mag, Some(iso)));
            return;
        }
    }
}

/// The amount at number token `i` whose currency comes from `anchor`, the money before it.
fn implied_at(ctx: &Ctx, i: usize, anchor: Amount) -> Option<Amount> {
    let num = number::parse(ctx, i)?;
    let year = num.plain && (1000.0..3000.0).contains(&num.value);
    // "2 . 0 billion": a number after a stray full stop is the end of a broken decimal.
    let broken = i > 0 && ctx.tok(i - 1) == ".";
    if year || broken || num.value <= 0.0 || glued_left(ctx, i) {
        return None;
    }
    if counted_between(ctx, anchor.last + 1, i) {
        return None;
    }
    // "with 314 mln subtracted", "a 16.5 mln debit": a big figure needs no comparison word.
    let big = num.mag.is_some_and(|m| m >= BIG);
    let alone = stands_alone(ctx, num.last + 1);
    if big && (alone || money_noun_or_participle(ctx, num.last + 1)) {
        return Some(amount(num, num.value, num.mag, anchor.iso));
    }
    if !alone || !compared(ctx, i, anchor) {
        return None;
    }
    let (value, mag) = match (num.mag, anchor.mag) {
        (Some(_), _) => (num.value, num.mag),
        (None, Some(m)) => (num.value * m, Some(m)),
        (None, None) => (num.value, None),
    };
    let (lo, hi) = SAME_ORDER;
    (lo..=hi)
        .contains(&(value / anchor.value))
        .then(|| amount(num, value, mag, anchor.iso))
}

fn amount(num: Num, value: f64, mag: Option<f64>, iso: Option<&'static str>) -> Amount {
    Amount {
        first: num.first,
        last: num.last,
        value,
        raw: num.raw,
        mag,
        iso,
        sub: None,
        bare_dollar: false,
    }
}

/// Whether the number at `i` is compared with `anchor` ("from 38", "versus 19.5", "compared
/// with 4.8") or parallel to it (the same preposition before both: "at 2.18 dlrs, BIL at 4.08").
fn compared(ctx: &Ctx, i: usize, anchor: Amount) -> bool {
    let start = qualifier::before(ctx, i).map_or(i, |(_, s)| s);
    let Some(prev) = start.checked_sub(1) else {
        return false;
    };
    let compared = COMPARISONS.iter().any(|w| ctx.is(prev, w))
        || prev > 0 && ctx.is(prev - 1, "compared") && (ctx.is(prev, "with") || ctx.is(prev, "to"));
    let anchor_start = qualifier::before(ctx, anchor.first).map_or(anchor.first, |(_, s)| s);
    let parallel = PARALLEL.iter().any(|w| ctx.is(prev, w))
        && anchor_start
            .checked_sub(1)
            .is_some_and(|k| ctx.tok(k).eq_ignore_ascii_case(ctx.tok(prev)));
    compared || parallel
}

/// Whether a number with its own noun lies in tokens `from..to` ("58.8 mln shares, with 52
/// million sold"): the figure after it then counts those, not money.
fn counted_between(ctx: &Ctx, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        ctx.tokens[k].kind == Kind::Number
            && number::parse(ctx, k).is_some_and(|n| count::has_noun(ctx, n))
    })
}

/// "a 16.5 mln debit", "314 mln subtracted": a singular money noun or a participle.
fn money_noun_or_participle(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.tok(k);
    let participle =
        w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase());
    participle || MONEY_NOUNS.iter().any(|n| ctx.is(k, n))
}

/// Whether nothing that could own the number follows it at token `k`: the end, closing
/// punctuation, or a function word that is not a unit ("from 38.", "from 2.5 billion in 1985").
fn stands_alone(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.tokens.get(k) else {
        return true;
    };
    match t.kind {
        Kind::Punct => matches!(ctx.tok(k), "." | "," | ";" | ")" | ":"),
        Kind::Word => {
            let mut buf = [0u8; 24];
            let w = lower(ctx.tok(k), &mut buf);
            // "up from 39.6 mln previously"
            (is_function_word(w) || w == "previously" || w == "respectively")
                && !matches!(
                    w,
                    "percent" | "pct" | "percentage" | "times" | "a.m." | "p.m." | "am" | "pm"
                )
                && !currency::any_marker(ctx, k)
        }
        Kind::Number | Kind::Symbol => false,
    }
}
