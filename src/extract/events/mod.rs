//! Events: what the story reports happening, read from clauses.
//!
//! ```text
//! sentence ─▶ sentence.rs  tokens with their lexicon entries (lexicon.rs: assets/event_*.toml)
//!          ─▶ drafts.rs    triggers; nothing more when the sentence has none
//!          ─▶ clauses.rs   clauses and how they hang together (reports, relatives, participles)
//!          ─▶ drafts.rs    each trigger claims its figure (roles.rs: a round or a headcount?)
//!          ─▶ draft.rs     actor, date, round (arguments.rs), status (verbs.rs, status.rs)
//! story    ─▶ merging.rs   one event per happening, with every telling as a mention
//!          ─▶ series.rs    rounds per actor, plans and totals beside them
//!          ─▶ checks.rs    conflicts, sums, what a superlative implies
//! ```
//!
//! Every stage is linear in the sentence: look-arounds are bounded by named windows.

mod arguments;
mod checks;
mod clauses;
mod cues;
mod draft;
mod drafts;
mod lexicon;
mod merging;
mod roles;
mod sentence;
mod series;
mod status;
pub mod time;
mod verbs;

use super::token;
use crate::story::{Document, Event, Fact, FactKind, Labels, Story};
use arguments::{Context, Subject};
use clauses::{Clauses, Kind};
use lexicon::class;
use sentence::{Scratch, Sentence};

pub use cues::RoundRef;
pub use drafts::Draft;

/// Builds events, series and checks from the story's facts.
pub fn build(story: &mut Story) {
    let mut drafts = Vec::new();
    let mut ctx = Context::default();
    // "when" and event labels are copied from the text: one copy of each.
    let mut labels = Labels::default();
    let mut scratch = Scratch::default();
    let mut clauses = Clauses::default();
    let mut work = drafts::Work::default();
    let doc = &story.document;
    let mut first_fact = 0;
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let end_fact = first_fact
            + story.facts[first_fact..]
                .iter()
                .take_while(|f| f.sentence_index() == index)
                .count();
        let facts = &story.facts[first_fact..end_fact];
        first_fact = end_fact;
        let text = doc.slice(sentence.span);
        // No facts, no events and no organisation to remember: only talks are noted.
        if facts.is_empty() {
            ctx.talks_before = speaks_of_talks(text);
            continue;
        }
        scratch.lower.clear();
        scratch.lower.push_str(text);
        scratch.lower.make_ascii_lowercase();
        token::tokenize_into(text, sentence.span.start, &mut scratch.tokens);
        let s = Sentence::new(index, &doc.text, sentence.span.start, facts, &mut scratch);
        drafts::find(&s, &mut work.found);
        let talks = s.cues.iter().any(|c| c.1 == lexicon::Cue::InTalks);
        if work.found.is_empty() {
            remember_subject(&s, None, &mut ctx);
        } else {
            ctx.talks_here = talks;
            clauses::split(&s, &mut clauses);
            drafts::sentence(&s, &clauses, &ctx, &mut labels, &mut work, &mut drafts);
            remember_subject(&s, Some(&clauses), &mut ctx);
        }
        ctx.talks_before = talks;
    }
    let reference = story.reference_date;
    let (events, series, checks) = assemble(drafts, &story.facts, &doc.text, reference);
    story.events = events;
    story.series = series;
    story.checks = checks;
}

/// From drafts to the story's events (time order, ids), series and checks.
fn assemble(
    mut drafts: Vec<Draft>,
    facts: &[Fact],
    text: &str,
    reference: Option<jiff::civil::Date>,
) -> (
    Vec<Event>,
    Vec<crate::story::Series>,
    Vec<crate::story::Check>,
) {
    series::canonical_actors(&mut drafts);
    let (mut events, statements) = merging::merge(drafts, reference);
    events.sort_by_cached_key(|d| (time::sort_key(&d.event, reference), d.event.sentence, d.at));
    let series = series::build(&mut events, &statements, reference);
    let checks = checks::all(&series, &events, facts, text);
    let events = events
        .into_iter()
        .enumerate()
        .map(|(id, d)| Event { id, ..d.event })
        .collect();
    (events, series, checks)
}

/// Whether a sentence without facts speaks of talks ("The two sides remain in talks.").
fn speaks_of_talks(text: &str) -> bool {
    let finder = |needle: &str| memchr::memmem::find(text.as_bytes(), needle.as_bytes()).is_some();
    finder("talks") || finder("negotiat") || finder("discussions")
}

/// Remembers the company this sentence is about, for "it" and "the company" later: the
/// subject of its first clause (or, under a report by others, of what they report); without
/// clauses, its first organisation that is not after a preposition.
fn remember_subject(s: &Sentence, cl: Option<&Clauses>, ctx: &mut Context) {
    let org = match cl {
        Some(cl) => {
            let first = cl.get(0);
            let c = if first.kind == Kind::Wrapper && first.source {
                (1..cl.list.len())
                    .find(|&k| cl.get(k).host == Some(0))
                    .unwrap_or(0)
            } else {
                0
            };
            let before = if c == 0 { first.verb } else { None };
            match arguments::subject(s, cl, c, before.unwrap_or(s.len())) {
                Subject::Org(f) => Some(f),
                _ => None,
            }
        }
        None => (0..s.facts.len()).find(|&f| {
            let (first, last) = s.range(f);
            let object = s.is(first.wrapping_sub(1), class::PREP)
                || s.is(first.wrapping_sub(1), class::DET)
                    && s.is(first.wrapping_sub(2), class::PREP);
            let source = matches!(s.word(last + 1), "reported" | "reports");
            s.facts[f].kind == FactKind::Org && !object && !source
        }),
    };
    if let Some(f) = org {
        let name = s.name(&s.facts[f]);
        if !arguments::institution(&name) {
            ctx.company = Some((name, s.facts[f].id));
        }
    }
}

/// Convenience for tests: the events of a document's facts.
pub fn events_of(document: Document, facts: Vec<Fact>) -> Story {
    let mut story = Story {
        document: document.into(),
        facts,
        ..Story::default()
    };
    build(&mut story);
    story
}

#[cfg(test)]
mod tests;
