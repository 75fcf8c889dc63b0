//! Spelled numbers: "seven", "twenty-five", "two hundred thousand", "three hundred and
//! fifty", "a dozen", "a thousand", "half a million", "three quarters billion", "five lakh".
//!
//! A small state machine over the words: units add, "hundred" multiplies the current group,
//! a big word ("thousand", "million") closes it. Only complete states are returned, so "three
//! quarters" alone yields "three" and "a" alone yields nothing.

use super::filter::WordFilter;
use super::{Num, lower, words};
use crate::extract::Ctx;
use crate::extract::token::Kind;

#[derive(Debug, Clone, Copy, PartialEq)]
enum W {
    Unit(f64),
    Teen(f64),
    Ten(f64),
    Hundred,
    Big(f64),
    Dozen,
    Half,
    Quarter,
    A,
    And,
}

fn class(word: &str) -> Option<W> {
    use W::*;
    if let Some(n) = super::words::cardinal(word) {
        let v = f64::from(n);
        return Some(match n {
            0..=9 => Unit(v),
            10..=19 => Teen(v),
            _ => Ten(v),
        });
    }
    Some(match word {
        "hundred" => Hundred,
        "thousand" => Big(1e3),
        // Newswire writes the magnitude short after spelled numbers too ("two mln dlrs").
        "million" | "mln" | "mn" => Big(1e6),
        "billion" | "bln" | "bn" => Big(1e9),
        "trillion" => Big(1e12),
        "lakh" | "lakhs" => Big(1e5),
        "crore" | "crores" => Big(1e7),
        "dozen" => Dozen,
        "half" => Half,
        "quarter" | "quarters" => Quarter,
        "a" | "an" => A,
        "and" => And,
        _ => return None,
    })
}

/// Every word [`class`] knows, for the pre-filter.
static WORDS: WordFilter = WordFilter::new(&words::UNITS).with(&words::TENS).with(&[
    "hundred", "thousand", "million", "mln", "mn", "billion", "bln", "bn", "trillion", "lakh",
    "lakhs", "crore", "crores", "dozen", "half", "quarter", "quarters", "a", "an",
]);

/// Parses a spelled number starting at word token `i`.
pub fn parse(ctx: &Ctx, i: usize) -> Option<Num> {
    if !WORDS.may_contain(ctx.tok(i)) {
        return None;
    }
    let mut buf = [0u8; 24];
    let first = class(lower(ctx.tok(i), &mut buf))?;
    if first == W::And {
        return None;
    }
    let (mut total, mut cur) = (0.0_f64, 0.0_f64);
    let mut frac: Option<f64> = None;
    let mut prev: Option<W> = None;
    let mut biggest: Option<f64> = None;
    let mut good: Option<Num> = None;
    let mut j = i;
    while let Some(t) = ctx.tokens.get(j) {
        // "twenty-five": a glued hyphen between a tens word and a unit.
        if t.kind == Kind::Punct {
            let hyphen = ctx.tok(j) == "-" && !t.space_before;
            let next_glued = ctx.tokens.get(j + 1).is_some_and(|n| !n.space_before);
            if hyphen && next_glued && matches!(prev, Some(W::Ten(_))) {
                let mut b = [0u8; 24];
                if matches!(class(lower(ctx.tok(j + 1), &mut b)), Some(W::Unit(_))) {
                    j += 1;
                    continue;
                }
            }
            break;
        }
        if t.kind != Kind::Word {
            break;
        }
        let Some(w) = class(lower(ctx.tok(j), &mut buf)) else {
            break;
        };
        let after_group = matches!(prev, None | Some(W::Hundred | W::Big(_) | W::And));
        let ok = match w {
            W::Unit(v) => {
                let ok = after_group || matches!(prev, Some(W::Ten(_)));
                cur += v;
                ok
            }
            W::Teen(v) | W::Ten(v) => {
                cur += v;
                after_group
            }
            W::Hundred => {
                let ok =
                    matches!(prev, Some(W::A | W::Unit(_) | W::Teen(_) | W::Ten(_))) && cur < 100.0;
                cur = cur.max(1.0) * 100.0;
                ok
            }
            W::Big(m) => {
                let ok = matches!(
                    prev,
                    Some(
                        W::A | W::Unit(_)
                            | W::Teen(_)
                            | W::Ten(_)
                            | W::Hundred
                            | W::Half
                            | W::Quarter
                    )
                ) && biggest.is_none_or(|b| m < b);
                total += frac.take().unwrap_or(cur.max(1.0)) * m;
                cur = 0.0;
                biggest = biggest.or(Some(m));
                ok
            }
            W::Dozen => {
                let ok = matches!(prev, Some(W::A | W::Unit(_) | W::Teen(_) | W::Ten(_)));
                cur = cur.max(1.0) * 12.0;
                ok
            }
            W::Half => {
                frac = Some(0.5);
                matches!(prev, None | Some(W::A))
            }
            W::Quarter => {
                frac = Some(cur.max(1.0) * 0.25);
                cur = 0.0;
                matches!(prev, None | Some(W::A | W::Unit(_)))
            }
            // "half a million" takes its "a" after the fraction.
            W::A => matches!(prev, None | Some(W::Half)),
            W::And => {
                let mut b = [0u8; 24];
                let next = class(lower(ctx.tok(j + 1), &mut b));
                matches!(prev, Some(W::Hundred | W::Big(_)))
                    && matches!(next, Some(W::Unit(_) | W::Teen(_) | W::Ten(_)))
            }
        };
        if !ok {
            break;
        }
        prev = Some(w);
        if matches!(
            w,
            W::Unit(_) | W::Teen(_) | W::Ten(_) | W::Hundred | W::Big(_) | W::Dozen
        ) && frac.is_none()
        {
            let value = total + cur;
            good = Some(Num {
                value,
                raw: biggest.map_or(value, |b| value / b),
                mag: biggest,
                first: i,
                last: j,
                spelled: true,
                integer: value.fract() == 0.0,
                plain: false,
            });
        }
        j += 1;
    }
    good
}
