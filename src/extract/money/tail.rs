//! Cents tails after a whole amount: "15 dollars 50", "$20 and 43c", "3 GBP 1 pence",
//! "one kuai and five mao five".

use super::{Amount, currency};
use crate::extract::Ctx;
use crate::extract::number::{self, Num, glued_left};
use crate::extract::token::Kind;

/// A cents tail after a whole amount: "15 dollars 50", "$20 and 43c", "3 GBP 1 pence",
/// "thirteen dollars and forty-five cents", "one kuai and five mao five" (a tenth, then a
/// hundredth). A bare tail must end the phrase, so "$5 and 10 people" keeps its $5.
pub(super) fn cents(ctx: &Ctx, num: Num, mut a: Amount) -> Amount {
    if !num.integer || a.mag.is_some() {
        return a;
    }
    let mut j = a.last + 1;
    let mut bare = 0.01;
    for _ in 0..2 {
        let k = if ctx.is(j, "and") { j + 1 } else { j };
        let Some(n) = number::parse(ctx, k) else {
            break;
        };
        if n.mag.is_some() || !n.integer || n.value >= 100.0 || glued_left(ctx, k) {
            break;
        }
        if let Some(sub) = currency::sub(ctx, n.last + 1) {
            let letter = ctx.tok(n.last + 1).len() == 1;
            if letter && ctx.tokens[n.last + 1].space_before {
                break;
            }
            a.value += n.value * sub.factor;
            a.last = n.last + 1;
            if sub.factor < 0.1 {
                break;
            }
            bare = sub.factor / 10.0;
            j = a.last + 1;
            continue;
        }
        if !ends_phrase(ctx, n.last) {
            break;
        }
        a.value += n.value * bare;
        a.last = n.last;
        break;
    }
    a
}

/// Whether nothing that could own the number follows it: the end, closing punctuation, or
/// a word like "and"/"more".
fn ends_phrase(ctx: &Ctx, last: usize) -> bool {
    let Some(t) = ctx.tokens.get(last + 1) else {
        return true;
    };
    match t.kind {
        Kind::Punct => matches!(ctx.tok(last + 1), "." | "," | "!" | "?" | ";" | ")"),
        Kind::Word => ["and", "more", "or", "extra"]
            .iter()
            .any(|w| ctx.is(last + 1, w)),
        _ => false,
    }
}
