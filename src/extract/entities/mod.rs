//! Organisations, people, places and groups (issue 3).
//!
//! `find` reads one sentence's tokens and appends a candidate fact per mention, each carrying
//! the name as written and, for people, a role; `merge` then links mentions across the document
//! into entities (aliases in parentheses, surnames, short forms of company names) and gives
//! every mention its entity's canonical name.
//!
//! ```text
//! candidates.rs  token shapes, sentence starts, headlines, evidence for a sentence start
//! sequence.rs    where a capitalised sequence ends and what joins its words
//! classify.rs    what a sequence names (the rules, in order) and groups
//! context.rs     bylines, addresses, capitalised datelines, "Town, State"
//! roles.rs       roles before/after a name, speech verbs, product contexts
//! lexicon.rs     the lists in assets/, parsed once
//! merge.rs       mentions → entities
//! ```

mod candidates;
mod classify;
mod context;
mod lexicon;
mod merge;
mod roles;
mod sequence;

use super::Ctx;
use crate::story::{Fact, FactKind};
pub use candidates::Evidence;
use candidates::Sent;
use lexicon::bit::STOP;

pub use merge::merge;

/// Appends candidate entity mentions found in one sentence; `evidence` is kept by the
/// pipeline for the whole document.
pub fn find(ctx: &Ctx, out: &mut Vec<Fact>, evidence: &Evidence) {
    let s = Sent::new(ctx, evidence);
    let mut i = 0;
    while i < s.len() {
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
