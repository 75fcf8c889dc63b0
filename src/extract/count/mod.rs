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
mod frames;
mod nouns;
mod phrase;

use super::Ctx;
use super::number::{self, Num, glued_left, glued_right, is_function_word, lower, qualifier};
use super::token::Kind;
use crate::story::{Fact, FactKind, Label, Qualifier};
use phrase::{Case, noun_phrase};
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
    let case = Case::default();
    let mut i = 0;
    while i < ctx.tokens.len() {
        let Some(num) = number::parse(ctx, i) else {
            i += 1;
            continue;
        };
        i = num.last + 1;
        // "200-300 engineers": two numbers glued by a hyphen share the noun after the second.
        if let Some((b, noun_last)) = hyphen_range(ctx, num, &case) {
            let mut fact = fact(ctx, num, num.last);
            fact.set_unit(Some(unit(ctx, b.last + 1, noun_last)));
            out.push(fact);
            push(ctx, b, noun_last, out);
            i = noun_last + 1;
            continue;
        }
        if !countable(ctx, num, &case) {
            continue;
        }
        if let Some(noun_last) = noun_phrase(ctx, num.last + 1, &case) {
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
            && countable(ctx, b, &case)
            && let Some(noun_last) = noun_phrase(ctx, b.last + 1, &case)
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
            let mut f = fact(ctx, num, num.last);
            f.set_unit(shared_noun(ctx, num, &out[start..], &case));
            out.push(f);
        }
    }
    qualifier::mark_ranges(ctx.text, &mut out[start..]);
    // "between 4,000 and 5,000 of its workers": the lower bound takes the upper's noun.
    for k in start + 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.qualifier == Some(Qualifier::AtLeast)
            && b.qualifier == Some(Qualifier::AtMost)
            && a.unit().is_none()
        {
            let u = b.unit_label().cloned();
            out[k - 1].set_unit(u);
        }
    }
}

/// "200-300 engineers", "1,000–1,500 jobs": `num`, a hyphen or dash glued on both sides, a
/// larger whole number, then its noun. Returns the second number and the noun's last token.
fn hyphen_range(ctx: &Ctx, a: Num, case: &Case) -> Option<(Num, usize)> {
    let dash = a.last + 1;
    if !matches!(ctx.tok(dash), "-" | "–") || !glued_right(ctx, a.last) {
        return None;
    }
    let b = number::parse(ctx, dash + 1)?;
    let year_like = |n: Num| n.plain && (1000.0..3000.0).contains(&n.value);
    let ok = a.integer
        && b.integer
        && !a.spelled
        && !b.spelled
        && a.mag.is_none()
        && a.value >= 2.0
        && a.raw < b.raw
        && !year_like(a)
        && !glued_left(ctx, a.first)
        && !glued_right(ctx, b.last)
        && ctx.tokens.get(dash + 1).is_some_and(|t| !t.space_before);
    // "aged 18-24 voters": an age.
    let age = a.first > 0
        && ctx
            .tok(a.first - 1)
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("age"));
    if !ok || age {
        return None;
    }
    let noun_last = noun_phrase(ctx, b.last + 1, case)?;
    Some((b, noun_last))
}

/// The noun a bare count shares with the count it follows in a list or a range: "cut 1,200
/// jobs in Germany, 800 in France and 2,100 in Italy", "between 4,000 and 5,000 of its
/// 20,000 workers". `here` are the counts of the sentence found so far, in text order.
fn shared_noun(ctx: &Ctx, num: Num, here: &[Fact], case: &Case) -> Option<Label> {
    let start = ctx.tokens[num.first].start;
    let next = num.last + 1;
    // "600 of the workers", "5,000 of its 20,000 workers": the partitive names the noun.
    if ctx.is(next, "of") {
        let det = next + 1;
        if let Some(n) = number::parse(ctx, det + 1) {
            return here
                .iter()
                .find(|f| f.start as usize == ctx.tokens[n.first].start && counted(f))
                .and_then(|f| f.unit_label().cloned());
        }
        return noun_phrase(ctx, det + 1, case).map(|last| unit(ctx, det + 1, last));
    }
    // The nearest count before it with a noun, when few words and no clause break lie
    // between ("1,200 jobs in Germany, 800 in France").
    let before = here
        .iter()
        .rev()
        .find(|f| (f.start as usize) < start && f.kind == FactKind::Count)?;
    let between = ctx.text.get(before.end as usize..start).unwrap_or_default();
    // "800 jobs, including about 150 in Dublin": a part of the figure before, not one more
    // of its kind; it stays bare so that no one reads it as a round of its own.
    let part = between.contains("includ") || between.contains("among");
    let listy = !part
        && !between.contains([';', '.', '(', ')', ':'])
        && between.split_whitespace().count() <= 8;
    listy.then(|| before.unit_label().cloned()).flatten()
}

/// Whether `num` is a count with its noun right after it ("58.8 mln shares"), as the count
/// recogniser will read it: other recognisers ask so as not to take the number for theirs.
pub fn has_noun(ctx: &Ctx, num: Num) -> bool {
    let case = Case::default();
    countable(ctx, num, &case) && noun_phrase(ctx, num.last + 1, &case).is_some()
}

/// Whether the number itself can be a count (before looking at its noun).
fn countable(ctx: &Ctx, num: Num, case: &Case) -> bool {
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
            // "TO IDLE 3,500 WORKERS", "WILL CUT 300 JOBS": an infinitive or a modal's verb.
            let infinitive = num.first > 1
                && ["to", "will", "may", "could", "would", "must"]
                    .iter()
                    .any(|w| ctx.is(num.first - 2, w));
            if !plain && !(case.headline(ctx) && (infinitive || headline_verb(p))) {
                return false;
            }
        }
        if matches!(ctx.tok(num.first - 1), "#" | "No." | "no.") {
            return false;
        }
    }
    true
}

/// In a headline every word is capitalised, so a verb before the number is no name: "SAYS
/// 2,000 JOBS", "LAYING OFF 850 WORKERS", "TO IDLE 3,500 WORKERS". Takes lowercase.
fn headline_verb(p: &str) -> bool {
    p == "off" || bare::is_staffing_verb(p) || p.len() > 3 && p.ends_with('s') && !p.ends_with("ss")
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

/// A count with its noun phrase: the fact spans the phrase, unless a name sits inside it
/// after other words ("100 largest U.S. health systems"): then it ends at the number, so the
/// name stays a fact of its own, and the phrase is still its unit. A name or nationality
/// right after the number stays in ("1,650 French branches").
fn push(ctx: &Ctx, num: Num, noun_last: usize, out: &mut Vec<Fact>) {
    let named = (num.last + 2..noun_last)
        .any(|k| ctx.tokens[k].kind == Kind::Word && ctx.tok(k).starts_with(char::is_uppercase));
    let mut f = fact(ctx, num, if named { num.last } else { noun_last });
    f.set_unit(Some(unit(ctx, num.last + 1, noun_last)));
    out.push(f);
}

#[cfg(test)]
mod tests;
