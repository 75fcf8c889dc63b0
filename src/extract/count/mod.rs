//! Counts: a number tied to the countable noun right after it ("roughly 16,000 employees",
//! "30,000 corporate jobs", "a dozen eggs"). The noun phrase is found by shape, not by a noun
//! list: up to three lowercase words ending at the first plural-looking word, stopping at a
//! function word or punctuation. `unit` keeps the whole phrase ("corporate jobs"), because the
//! adjective is often what the figure is about.
//!
//! A number without its noun counts when the text makes it one (`bare.rs`): "600 of the
//! workers", "hire 350", "a workforce of about 12,500", a figure already counted, or one more
//! figure in a sentence of counts ("800 jobs, including about 150 in Dublin").
//!
//! Not counts: other bare numbers, years ("in 2025", any plain 1000–2999 without a
//! separator), codes and model numbers (after a capitalised word — "Boeing 737", "Section
//! 230", "Fortune 500", "March 3" — or glued — "COVID-19", "24/7", "3:30", "555-1234",
//! "45-year-old"), measures and durations ("5 miles", "20 years"), "times", and the number
//! one, which is most often a pronoun ("one of the largest", "no one").

mod bare;
mod nouns;

use super::Ctx;
use super::number::{self, Num, glued_left, glued_right, is_function_word, lower, qualifier};
use super::token::Kind;
use crate::story::{Fact, FactKind, Label};
use nouns::{not_counted, plural};
use std::collections::HashSet;

/// The values of the counts with a noun in the sentences already done, so that a bare number
/// can match "a figure already counted" with one lookup. (Scanning every earlier fact for it
/// made extraction quadratic in the document's length: 10 MB took 10 s.)
#[derive(Debug, Default)]
pub struct Counted {
    /// `f64::to_bits` of the values; only values of 100 or more are asked for, so the bits
    /// compare as the numbers do (no NaN, no signed zero).
    values: HashSet<u64>,
}

impl Counted {
    /// Takes in the counts among `facts` (one sentence's, after overlaps are resolved).
    pub fn add(&mut self, facts: &[Fact]) {
        self.values.extend(
            facts
                .iter()
                .filter(|f| counted(f))
                .filter_map(|f| f.value().map(f64::to_bits)),
        );
    }

    fn contains(&self, value: f64) -> bool {
        self.values.contains(&value.to_bits())
    }
}

/// A count with its noun: what a later bare number can repeat.
fn counted(f: &Fact) -> bool {
    f.kind == FactKind::Count && f.unit().is_some()
}

/// Appends candidate count facts found in one sentence; `earlier` holds the counts of the
/// sentences before.
pub fn find(ctx: &Ctx, out: &mut Vec<Fact>, earlier: &Counted) {
    let start = out.len();
    let mut bare_numbers = Vec::new();
    let mut i = 0;
    while i < ctx.tokens.len() {
        let Some(num) = number::parse(ctx, i) else {
            i += 1;
            continue;
        };
        i = num.last + 1;
        if !countable(ctx, num) {
            continue;
        }
        if let Some(noun_last) = noun_phrase(ctx, num.last + 1) {
            if !bare::source_idiom(ctx, noun_last) {
                push(ctx, num, noun_last, out);
            }
            continue;
        }
        // "10,000 to 12,000 jobs", "between five and seven million people": the first end
        // takes the noun (and magnitude) of the second.
        let b_first = num.last + 2;
        if number::range_connector(ctx, num.last + 1, b_first, num.first)
            && let Some(b) = number::parse(ctx, b_first)
            && countable(ctx, b)
            && let Some(noun_last) = noun_phrase(ctx, b.last + 1)
        {
            let mut a = num;
            if a.mag.is_none() && b.mag.is_some() && a.raw < b.raw {
                a.value = a.raw * b.mag.unwrap_or(1.0);
            }
            let mut fact = fact(ctx, a, num.last);
            fact.set_unit(Some(unit(ctx, b.last + 1, noun_last)));
            out.push(fact);
            push(ctx, b, noun_last, out);
            i = noun_last + 1;
            continue;
        }
        bare_numbers.push(num);
    }
    for num in bare_numbers {
        if bare::is_count(ctx, num, earlier, &out[start..]) {
            out.push(fact(ctx, num, num.last));
        }
    }
    qualifier::mark_ranges(ctx.text, &mut out[start..]);
}

/// Whether `num` is a count with its noun right after it ("58.8 mln shares"), as the count
/// recogniser will read it: other recognisers ask so as not to take the number for theirs.
pub fn has_noun(ctx: &Ctx, num: Num) -> bool {
    countable(ctx, num) && noun_phrase(ctx, num.last + 1).is_some()
}

/// Whether the number itself can be a count (before looking at its noun).
fn countable(ctx: &Ctx, num: Num) -> bool {
    let text = ctx.tok(num.first);
    let year_like = num.plain && text.len() == 4 && (1000.0..3000.0).contains(&num.value);
    if num.value == 1.0 || num.value <= 0.0 || year_like {
        return false;
    }
    if glued_left(ctx, num.first) || (glued_right(ctx, num.last) && num.mag.is_none()) {
        return false;
    }
    // "45-year-old", "a 10-day trip", "14,000-strong": a number glued by a hyphen to a word.
    let next = num.last + 1;
    if ctx.tok(next) == "-" && ctx.tokens.get(next).is_some_and(|t| !t.space_before) {
        return false;
    }
    // After a capitalised word that is not a plain function word: a name and its number
    // ("Boeing 737", "Section 230", "March 3", "iPhone 15").
    if num.first > 0 {
        let prev = ctx.tok(num.first - 1);
        let capital = prev.chars().any(char::is_uppercase);
        if capital && ctx.tokens[num.first - 1].kind == Kind::Word {
            let mut buf = [0u8; 24];
            let p = lower(prev, &mut buf);
            let plain = is_function_word(p) || qualifier::before(ctx, num.first).is_some();
            if !plain {
                return false;
            }
        }
        if matches!(ctx.tok(num.first - 1), "#" | "No." | "no.") {
            return false;
        }
    }
    true
}

/// The noun phrase from token `j`: returns its last token, the first plural-looking word
/// within three lowercase words.
fn noun_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    let mut k = j;
    for _ in 0..3 {
        let t = ctx.tokens.get(k)?;
        if t.kind != Kind::Word || !t.space_before {
            return None;
        }
        // A hyphenated compound counts as one word: "white-collar jobs", "full-time staff".
        let mut end = k;
        while ctx.tok(end + 1) == "-"
            && ctx.tokens.get(end + 2).is_some_and(|n| {
                n.kind == Kind::Word && !n.space_before && !ctx.tokens[end + 1].space_before
            })
        {
            end += 2;
        }
        let word = ctx.tok(end);
        // "1,650 French branches", "3 Grammy awards": one capitalised modifier first.
        let modifier = k == j && word.starts_with(char::is_uppercase) && end == k && {
            let n = ctx.tok(k + 1);
            ctx.tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.space_before)
                && n.chars().all(char::is_lowercase)
        };
        if modifier {
            k = end + 1;
            continue;
        }
        if !word
            .chars()
            .all(|c| c.is_lowercase() || c == '\'' || c == '’')
        {
            return None;
        }
        let mut buf = [0u8; 24];
        let w = lower(word, &mut buf);
        // "three other data centers", "20 more jets": adjectives that are also function words.
        let adjective = matches!(w, "other" | "more" | "additional" | "further");
        if !adjective && is_function_word(w)
            || not_counted(w)
            || number::word_magnitude(w).is_some()
        {
            return None;
        }
        if plural(w) {
            return (!verb_like(ctx, end)).then_some(end);
        }
        k = end + 1;
    }
    None
}

/// Whether the "-s" word at `end` reads as a verb taking an object ("a family of four pays
/// $1,200", "one in three says the …"): it is followed by an article, a possessive, a number
/// or a currency symbol. A noun is followed by a preposition, a verb or punctuation.
fn verb_like(ctx: &Ctx, end: usize) -> bool {
    let Some(next) = ctx.tokens.get(end + 1) else {
        return false;
    };
    match next.kind {
        Kind::Number => true,
        Kind::Symbol => ctx.tok(end + 1) != "%" && ctx.tok(end + 1) != "&",
        Kind::Punct => false,
        // "2 billion tablets a year", "42 jets a month": a rate, not an object.
        Kind::Word if rate(ctx, end + 1) => false,
        Kind::Word => [
            "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
        ]
        .iter()
        .any(|w| ctx.is(end + 1, w)),
    }
}

/// "a year", "an hour", "a share": an article and a unit a rate is given per.
fn rate(ctx: &Ctx, k: usize) -> bool {
    (ctx.is(k, "a") || ctx.is(k, "an"))
        && [
            "year", "month", "week", "day", "hour", "quarter", "share", "piece",
        ]
        .iter()
        .any(|u| ctx.is(k + 1, u))
}

fn unit(ctx: &Ctx, first: usize, last: usize) -> Label {
    let (s, e) = (ctx.tokens[first].start, ctx.tokens[last].end);
    ctx.text.get(s..e).unwrap_or_default().into()
}

fn fact(ctx: &Ctx, num: Num, last: usize) -> Fact {
    let q = qualifier::before(ctx, num.first);
    let first = q.map_or(num.first, |(_, start)| start);
    let mut fact = ctx.fact(FactKind::Count, first, last);
    fact.set_value(Some(num.value));
    fact.qualifier = q.map(|(q, _)| q);
    fact
}

fn push(ctx: &Ctx, num: Num, noun_last: usize, out: &mut Vec<Fact>) {
    let mut f = fact(ctx, num, noun_last);
    f.set_unit(Some(unit(ctx, num.last + 1, noun_last)));
    out.push(f);
}

#[cfg(test)]
mod tests;
