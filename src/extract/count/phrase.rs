//! The noun phrase after a number, found by shape: lowercase modifiers ending at the first
//! plural-looking word, through hyphenated compounds ("white-collar jobs"), coordinated
//! modifiers ("salaried, production and support workers", "four largest and most productive
//! stores") and names used as modifiers ("six Northeast railroads", "150 Minit-Lube service
//! centers"). In a headline written in capitals or title case ("2,000 STEEL JOBS", "Cuts 400
//! Jobs") case says nothing, so the words are read as if lowercase.

use super::nouns::{not_counted, plural};
use crate::extract::Ctx;
use crate::extract::number::{self, headline, is_function_word, lower};
use crate::extract::token::Kind;
use std::cell::OnceCell;

/// The most words a noun phrase after a number may have, modifiers and head.
const MAX_WORDS: usize = 6;

/// Whether the sentence is a headline in capitals or title case, worked out once per sentence
/// and only when a capitalised word after a number asks.
#[derive(Debug, Default)]
pub struct Case(OnceCell<bool>);

impl Case {
    pub fn headline(&self, ctx: &Ctx) -> bool {
        *self.0.get_or_init(|| headline::is_headline_case(ctx))
    }
}

/// The noun phrase from token `j`: returns its last token (the first plural-looking word).
pub fn noun_phrase(ctx: &Ctx, j: usize, case: &Case) -> Option<usize> {
    let mut k = j;
    let mut words = 0;
    // A comma between modifiers needs an "and"/"or" before the head ("salaried, production
    // and support workers"); "300, workers say" is no phrase.
    let mut open_list = false;
    while words < MAX_WORDS {
        let t = ctx.tokens.get(k)?;
        if words > 0 && ctx.tok(k) == "," {
            open_list = true;
            k += 1;
            continue;
        }
        if t.kind != Kind::Word || !t.space_before {
            return None;
        }
        let end = compound_end(ctx, k);
        let word = ctx.tok(end);
        let mut buf = [0u8; 24];
        let w = lower(word, &mut buf);
        if words > 0 && (w == "and" || w == "or") {
            open_list = false;
            k += 1;
            continue;
        }
        let lowercase = word
            .chars()
            .all(|c| c.is_lowercase() || c == '\'' || c == '’');
        if !lowercase && !case.headline(ctx) {
            // A name as a modifier ("1,650 French branches", "six Northeast railroads"): only
            // before another word, never as the head.
            let next_is_word = ctx
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.space_before);
            if !next_is_word || word.chars().all(|c| !c.is_alphabetic()) {
                return None;
            }
            k = end + 1;
            words += 1;
            continue;
        }
        // "three other data centers", "20 more jets", "four most productive stores".
        let adjective = matches!(w, "other" | "more" | "additional" | "further" | "most");
        if !adjective && is_function_word(w)
            || not_counted(w)
            || number::word_magnitude(w).is_some()
        {
            return None;
        }
        // "a three year loan", "a 10-day trip": a singular unit of time or measure first.
        if words == 0 && singular_measure(w) {
            return None;
        }
        if plural(w) {
            return (!open_list && !verb_like(ctx, end)).then_some(end);
        }
        k = end + 1;
        words += 1;
    }
    None
}

/// Whether `w` is the singular of a measure or duration ("year" of "years").
fn singular_measure(w: &str) -> bool {
    let mut buf = [0u8; 25];
    let Some(plural) = buf.get_mut(..=w.len()) else {
        return false;
    };
    plural[..w.len()].copy_from_slice(w.as_bytes());
    plural[w.len()] = b's';
    std::str::from_utf8(plural).is_ok_and(not_counted)
}

/// The last token of the word at `k`, a hyphenated compound counting as one word
/// ("white-collar", "Minit-Lube").
fn compound_end(ctx: &Ctx, k: usize) -> usize {
    let mut end = k;
    while ctx.tok(end + 1) == "-"
        && ctx.tokens.get(end + 2).is_some_and(|n| {
            n.kind == Kind::Word && !n.space_before && !ctx.tokens[end + 1].space_before
        })
    {
        end += 2;
    }
    end
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
