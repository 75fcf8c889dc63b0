//! Organisations, people, places and groups (issue 3).
//!
//! `find` reads one sentence's tokens and appends a candidate fact per mention, each carrying
//! the name as written and, for people, a role, and notes how sure its type is; `settle` then
//! reads the whole document and gives each name one type (or drops it); `merge` links mentions
//! across the document into entities (aliases in parentheses, surnames, short forms of company
//! names) and gives every mention its entity's canonical name.
//!
//! ```text
//! candidates.rs  token shapes, sentence starts, headlines, lines in capitals, notes kept
//! sequence.rs    where a capitalised sequence ends and what joins its words
//! classify.rs    what a sequence names (the rules, in order) and groups
//! cues.rs        what the words around a name say it is (age, "shares of", "X-based", …)
//! shape.rs       what a name's own words say; places of the generated lexicon
//! context.rs     bylines, addresses, capitalised datelines, "Town, State"
//! roles.rs       roles before/after a name, speech verbs, product contexts
//! known.rs       headlines word by word, canonical short forms, listed places
//! lexicon.rs     the hand-made lists in assets/, parsed once
//! gazetteer.rs   the generated lists in assets/lexicon/, embedded as a hash table
//! note.rs        a candidate's type guess, strength, fallback and position
//! settle.rs      one type per name over the document; names in weak positions confirmed
//! merge.rs       mentions → entities
//! ```

mod candidates;
mod classify;
mod context;
mod cues;
mod gazetteer;
mod known;
mod lexicon;
mod merge;
mod note;
mod roles;
mod sequence;
mod settle;
mod shape;

use super::Ctx;
use crate::story::{Fact, FactKind};
pub use candidates::Evidence;
use candidates::Sent;
use lexicon::bit::STOP;

pub use merge::merge;
pub use settle::settle;

/// Appends candidate entity mentions found in one sentence; `evidence` is kept by the
/// pipeline for the whole document.
pub fn find(ctx: &Ctx, out: &mut Vec<Fact>, evidence: &Evidence) {
    let s = Sent::new(ctx, evidence);
    let mut i = 0;
    while i < s.len() {
        if let Some(end) = ticker_end(&s, i) {
            i = end;
            continue;
        }
        if !s.is_cap(i) {
            i += 1;
            continue;
        }
        if let Some(end) = s.group_at(i) {
            s.emit(FactKind::Group, i, end, None, out);
            i = end;
            continue;
        }
        if skippable(&s, i) {
            i += 1;
            continue;
        }
        let end = s.sequence_end(i);
        s.sequence(i, end, out);
        i = end;
    }
}

/// Where a stock ticker in angle brackets or after an exchange name ends, when one starts
/// at `i`: "<SNE.T>", "(NYSE: GM)". A ticker is not a name.
fn ticker_end(s: &Sent, i: usize) -> Option<usize> {
    let close = match s.w(i) {
        "<" => ">",
        "(" if s.w(i + 2) == ":" && s.is_cap(i + 1) && s.is_cap(i + 3) => ")",
        _ => return None,
    };
    let end = (i + 1..(i + 8).min(s.len())).find(|&k| s.w(k) == close)?;
    // "<Westland Plc>", "<Renouf Corp Ltd>": Reuters marks an unlisted company so; a ticker
    // is one word ("<SNE.T>", "<GM>").
    let words = (i + 1..end)
        .filter(|&k| s.ctx.tokens[k].space_before)
        .count();
    (close == ")" || words == 0).then_some(end + 1)
}

/// An article, or a sentence-initial function word ("The", "For", "Last"), that is never part
/// of a name unless a listed place starts with it ("New York").
fn skippable(s: &Sent, i: usize) -> bool {
    let w = s.w(i);
    // "An said", "A told reporters": a word before a speech verb is a name, not an article.
    if matches!(w, "The" | "A" | "An") {
        return !s.speech_cue(i, i + 1);
    }
    s.at_start(i) && s.has(i, STOP) && !candidates::is_acronym(w) && s.place_len(i).is_none()
}
