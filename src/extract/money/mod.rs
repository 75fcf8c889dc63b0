//! Money: an amount tied to a currency, with its value in units of that currency
//! (`$100 billion` → 1e11 USD) and its qualifier (`up to` → at most).
//!
//! ```text
//! prefix:  $ 75 million · US$4.7bn · USD 200 · C$ 16.4 million · Rs. 20 · MEUR 120
//! postfix: 20€ · 10k$ · 115USD · 125 million Australian dollars · 30 MUSD · 43 cents
//! tails:   15 dollars 50 → 15.50 · $20 and 43c → 20.43 · one kuai and five mao five → 1.55
//! ranges:  $38-45 million → 38e6, 45e6 · between $5 and $7 billion → 5e9, 7e9
//! ```
//!
//! A conversion in brackets ("€10 million ($11 million)") is simply two amounts. Cents and
//! pence written alone are amounts of the dollar and pound ("43 cents" → 0.43 USD).

mod context;
mod currency;
mod implied;
mod iso;
mod lexicon;
mod scan;
mod tail;

pub use context::Recent;

use super::Ctx;
use super::number::qualifier;
use crate::story::{Fact, FactKind, Label, Qualifier};

/// One amount found in a sentence, before it becomes a fact.
#[derive(Debug, Clone, Copy)]
struct Amount {
    /// First token of the amount itself (currency prefix or number).
    first: usize,
    last: usize,
    value: f64,
    /// The number before its magnitude ("38" in "$38-45 million").
    raw: f64,
    mag: Option<f64>,
    iso: Option<&'static str>,
    /// The subunit it was written in, alone ("12 cents"), so that the sentence's other money
    /// can say whose cents they are.
    sub: Option<currency::Sub>,
    /// Written as "dollars" alone ("1,709 dlrs"), which the sentence's other money may make
    /// a dollar of another country.
    bare_dollar: bool,
}

/// Appends candidate money facts found in one sentence; `recent` carries the money of the
/// sentence before to this one and is updated.
pub fn find(ctx: &Ctx, out: &mut Vec<Fact>, recent: &mut Recent) {
    let start = out.len();
    let mut found: Vec<Amount> = Vec::new();
    let mut i = 0;
    while i < ctx.tokens.len() {
        i = scan::at(ctx, i, &mut found, recent).unwrap_or(i + 1);
    }
    share_magnitudes(ctx, &mut found);
    if found.is_empty() {
        implied::after_recent(ctx, recent, &mut found);
    }
    implied::find(ctx, &mut found);
    context::subunits_follow_the_sentence(&mut found);
    context::dollars_follow_the_sentence(&mut found);
    recent.note(ctx, &found);
    for a in &found {
        let (qualifier, first) = match qualifier::before(ctx, a.first) {
            Some((q, first)) => (Some(q), first),
            None => (None::<Qualifier>, a.first),
        };
        let mut fact = ctx.fact(FactKind::Money, first, a.last);
        fact.set_value(Some(a.value));
        fact.set_unit(a.iso.map(Label::from));
        fact.qualifier = qualifier;
        out.push(fact);
    }
    qualifier::mark_ranges(ctx.text, &mut out[start..]);
}

/// In a range the magnitude is often written once: "$5 to $7 billion", "$38-45 million". The
/// first amount takes the second's magnitude when it has none and is the smaller number.
fn share_magnitudes(ctx: &Ctx, found: &mut [Amount]) {
    for k in 1..found.len() {
        let (a, b) = (found[k - 1], found[k]);
        if a.mag.is_none()
            && b.mag.is_some()
            && a.raw < b.raw
            && super::number::range_connector(ctx, a.last + 1, b.first, a.first)
        {
            let m = b.mag.unwrap_or(1.0);
            found[k - 1].value = a.raw * m;
            found[k - 1].mag = b.mag;
        }
    }
}

#[cfg(test)]
mod tests;
