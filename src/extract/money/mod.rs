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

mod currency;
mod implied;
mod iso;
mod scan;
mod tail;

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
}

/// Appends candidate money facts found in one sentence.
pub fn find(ctx: &Ctx, out: &mut Vec<Fact>) {
    let start = out.len();
    let mut found: Vec<Amount> = Vec::new();
    let mut i = 0;
    while i < ctx.tokens.len() {
        i = scan::at(ctx, i, &mut found).unwrap_or(i + 1);
    }
    share_magnitudes(ctx, &mut found);
    implied::find(ctx, &mut found);
    subunits_follow_the_sentence(&mut found);
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

/// "Shares rose 12 cents to €13.40": a subunit written alone takes the currency of the
/// sentence's other money when it is a subunit of that currency too (cents of the euro).
fn subunits_follow_the_sentence(found: &mut [Amount]) {
    for k in 0..found.len() {
        let Some(sub) = found[k].sub else {
            continue;
        };
        let nearest = found
            .iter()
            .enumerate()
            .filter(|(j, a)| *j != k && a.sub.is_none())
            .min_by_key(|(j, _)| j.abs_diff(k))
            .and_then(|(_, a)| a.iso);
        if let Some(iso) = nearest
            && iso != sub.iso
            && let Some(factor) = sub.factor_in(iso)
        {
            let a = &mut found[k];
            a.value = a.value / sub.factor * factor;
            a.iso = Some(iso);
        }
    }
}

#[cfg(test)]
mod tests;
