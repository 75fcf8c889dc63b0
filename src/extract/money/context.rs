//! What the other money of a sentence, and of the sentence before, says about an amount whose
//! currency is written short:
//!
//! ```text
//! shares rose 12 cents to €13.40              → euro cents (cents are a subunit of the euro)
//! at 2.725 N.Z. Dlrs a share and … 1,709 dlrs → New Zealand dollars
//! 224.8 mln dlrs … . It was 21.8 mln versus … → dollars (see implied::after_recent)
//! ```

use super::lexicon::PLACES;
use super::{Amount, currency};
use crate::extract::Ctx;
use crate::extract::number::lower;
use std::cell::{Cell, OnceCell};

/// What the story has said so far about money: the money of the last sentence that had some,
/// and whether it weighs things in pounds.
#[derive(Debug, Default)]
pub struct Recent {
    sentence: Option<usize>,
    iso: Option<&'static str>,
    /// A "pounds of X" was read: a bare "pounds" of this story is a weight.
    pound_weight: Cell<bool>,
    /// How often the story names each currency's countries, cities and adjectives; read
    /// from the whole text the first time a currency word needs it.
    places: OnceCell<Vec<(&'static str, u32)>>,
}

impl Recent {
    pub(super) fn weighs_in_pounds(&self) {
        self.pound_weight.set(true);
    }

    pub(super) fn pounds_are_weights(&self) -> bool {
        self.pound_weight.get()
    }

    /// Takes in this sentence's amounts (the last one with a currency).
    pub(super) fn note(&mut self, ctx: &Ctx, found: &[Amount]) {
        if let Some(iso) = found.iter().rev().find_map(|a| a.iso) {
            self.sentence = Some(ctx.index);
            self.iso = Some(iso);
        }
    }

    /// Which of `candidates` the story's places choose: the currency whose countries, cities
    /// and adjectives the whole text (`text`) names most ("OSLO … Norwegian" → NOK), when
    /// one leads.
    pub(super) fn story_currency(
        &self,
        text: &str,
        candidates: &[&'static str],
    ) -> Option<&'static str> {
        let tally = self.places.get_or_init(|| tally_places(text));
        let count = |c: &str| tally.iter().find(|(i, _)| *i == c).map_or(0, |(_, n)| *n);
        let mut best: Option<(&'static str, u32)> = None;
        let mut tie = false;
        for &c in candidates {
            let n = count(c);
            match best {
                _ if n == 0 => {}
                Some((_, m)) if n == m => tie = true,
                Some((_, m)) if n < m => {}
                _ => {
                    best = Some((c, n));
                    tie = false;
                }
            }
        }
        best.filter(|_| !tie).map(|(c, _)| c)
    }

    /// The currency of the sentence just before `ctx`'s, when it had money.
    pub(super) fn just_before(&self, ctx: &Ctx) -> Option<&'static str> {
        (self.sentence? + 1 == ctx.index).then_some(self.iso?)
    }
}

/// Counts, per currency, the capitalised words of `text` that name its countries, cities or
/// adjective ("Norway", "OSLO", "Norwegian"; "Dar es Salaam" as one).
fn tally_places(text: &str) -> Vec<(&'static str, u32)> {
    let mut tally: Vec<(&'static str, u32)> = Vec::new();
    let bytes = text.as_bytes();
    let letter = |b: u8| b.is_ascii_alphabetic() || b >= 0x80;
    let mut i = 0;
    while i < bytes.len() {
        if !letter(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && letter(bytes[i]) {
            i += 1;
        }
        let word = &text[start..i];
        if !bytes[start].is_ascii_uppercase() || !PLACES.words.may_contain(word) {
            continue;
        }
        let mut buf = [0u8; 24];
        let Some(entries) = PLACES.map.get(lower(word, &mut buf)) else {
            continue;
        };
        let after = &bytes[i..];
        for (rest, iso) in entries {
            let rest = rest.as_bytes();
            let whole = after.len() >= rest.len()
                && after[..rest.len()].eq_ignore_ascii_case(rest)
                && after.get(rest.len()).is_none_or(|&b| !letter(b));
            if whole {
                match tally.iter_mut().find(|(c, _)| c == iso) {
                    Some((_, n)) => *n += 1,
                    None => tally.push((iso, 1)),
                }
            }
        }
    }
    tally
}

/// "Shares rose 12 cents to €13.40": a subunit written alone takes the currency of the
/// nearest other money of the sentence when it is a subunit of that currency too.
pub(super) fn subunits_follow_the_sentence(found: &mut [Amount]) {
    for k in 0..found.len() {
        let Some(sub) = found[k].sub else {
            continue;
        };
        if let Some(iso) = nearest_iso(found, k, |a| a.sub.is_none())
            && Some(iso) != sub.iso
            && let Some(factor) = sub.factor_in(iso)
        {
            let a = &mut found[k];
            a.value = a.value / sub.factor * factor;
            a.iso = Some(iso);
        }
    }
}

/// "2,095 warrants at 1,709 dlrs" beside "2.725 N.Z. Dlrs": "dollars" alone is the dollar the
/// sentence names elsewhere, when that is not the US dollar.
pub(super) fn dollars_follow_the_sentence(found: &mut [Amount]) {
    for k in 0..found.len() {
        if !found[k].bare_dollar {
            continue;
        }
        if let Some(iso) = nearest_iso(found, k, |a| !a.bare_dollar && a.sub.is_none())
            && iso != "USD"
            && currency::is_dollar(iso)
        {
            found[k].iso = Some(iso);
        }
    }
}

/// The currency of the amount nearest to `found[k]` (by order) that `ok` accepts.
fn nearest_iso(found: &[Amount], k: usize, ok: impl Fn(&Amount) -> bool) -> Option<&'static str> {
    found
        .iter()
        .enumerate()
        .filter(|(j, a)| *j != k && ok(a))
        .min_by_key(|(j, _)| j.abs_diff(k))
        .and_then(|(_, a)| a.iso)
}
