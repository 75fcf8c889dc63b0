//! The search index, built once per story: the sentences normalised into one body of text, its
//! words interned (fuzzy matching runs once per distinct word, not once per occurrence) with the
//! sentences each occurs in, and per fact and event its short fields (text, value as shown,
//! name, role…) interned too, with the numbers and date periods the value filters compare.

use super::normal::{Normal, to_u32};
use super::store::{Interner, Lists, Strings};
use super::value::{is_currency, timex_period};
use crate::story::{Event, FactKind, Span, Status, Story, format};
use jiff::civil::Date;
use std::collections::HashMap;

/// "No field here".
pub(super) const NONE: u32 = u32::MAX;

/// Everything a search needs from a story, normalised. Build with [`Index::new`].
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// The sentences, normalised, each followed by a `\n` so no match crosses two.
    pub(super) body: Normal,
    pub(super) sentences: Vec<SentenceRow>,
    /// Word occurrences in text order.
    pub(super) tokens: Vec<TokenRow>,
    pub(super) words: Strings,
    /// For each distinct word, the sentences it occurs in.
    pub(super) word_sentences: Lists,
    pub(super) fields: Strings,
    /// For each distinct field string, the facts that have it; for each sentence, its facts.
    pub(super) field_facts: Lists,
    pub(super) sentence_facts: Lists,
    pub(super) facts: Facts,
    pub(super) events: Vec<EventRow>,
    /// Distinct units of facts ("USD", "jobs").
    pub(super) units: Vec<String>,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct SentenceRow {
    /// Normalised start; the sentence's tokens are `tokens[first..end]`.
    pub start: u32,
    pub first: u32,
    pub end: u32,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct TokenRow {
    pub start: u32,
    pub word: u32,
}

/// The facts, column by column: a keystroke scans a column or two of 100,000 facts, so each
/// column is kept small and dense (rows of every field would be a cache miss per fact).
#[derive(Debug, Clone, Default)]
pub(super) struct Facts {
    pub kind: Vec<FactKind>,
    pub sentence: Vec<u32>,
    /// Text, value as shown, name, role.
    pub fields: Vec<[u32; 4]>,
    /// NaN when the fact has no value.
    pub value: Vec<f64>,
    /// Into [`Index::units`].
    pub unit: Vec<u32>,
    pub period: Vec<Option<(Date, Date)>>,
    /// The mention; empty when it is not a valid span of the text.
    pub span: Vec<Span>,
    /// Fact ids of each kind, in text order, so a scope scans only its kinds.
    pub by_kind: [Vec<u32>; 9],
}

impl Facts {
    pub fn len(&self) -> usize {
        self.kind.len()
    }
}

#[derive(Debug, Clone)]
pub(super) struct EventRow {
    pub sentence: u32,
    /// Kind, actor, label, status, when, value as shown.
    pub fields: [u32; 6],
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub period: Option<(Date, Date)>,
    /// The event's facts, for highlighting.
    pub facts: Vec<usize>,
}

impl Index {
    /// Indexes `story`; costs about as much as one extraction pass over its text.
    pub fn new(story: &Story) -> Index {
        let doc = &story.document;
        let mut index = Index::default();
        let mut words = Interner::default();
        let mut word_sentence: Vec<(u32, u32)> = Vec::new();
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let start = index.body.text.len();
            index
                .body
                .push(doc.slice(sentence.span), sentence.span.start);
            let first = to_u32(index.tokens.len());
            let body = &index.body.text[start..];
            for (at, word) in split_words(body) {
                let w = words.id(word);
                word_sentence.push((w, to_u32(s)));
                index.tokens.push(TokenRow {
                    start: to_u32(start + at),
                    word: w,
                });
            }
            index.sentences.push(SentenceRow {
                start: to_u32(start),
                first,
                end: to_u32(index.tokens.len()),
            });
            index.body.separate();
        }
        word_sentence.sort_unstable();
        word_sentence.dedup();
        index.word_sentences = Lists::new(words.strings.len(), word_sentence.iter().copied());
        index.words = words.strings;

        let mut fields = Interner::default();
        let valid = |span: Span| {
            let t = &doc.text;
            (span.start <= span.end
                && span.end <= t.len()
                && t.is_char_boundary(span.start)
                && t.is_char_boundary(span.end))
            .then_some(span)
        };
        let facts = &mut index.facts;
        let mut units: HashMap<String, u32> = HashMap::new();
        for (id, fact) in story.facts.iter().enumerate() {
            let shown = format::fact_value(fact, &doc.text);
            facts.kind.push(fact.kind);
            facts.by_kind[fact.kind as usize].push(to_u32(id));
            facts
                .sentence
                .push(sentence_id(fact.sentence_index(), doc.sentences.len()));
            let mut own = [
                fields.field(Some(fact.text(&doc.text))),
                fields.field(Some(&shown)),
                fields.field(fact.name.as_deref()),
                fields.field(fact.role.as_deref()),
            ];
            // The value of a name is the name: look each string up once.
            for i in 1..own.len() {
                if own[..i].contains(&own[i]) {
                    own[i] = NONE;
                }
            }
            facts.fields.push(own);
            facts
                .value
                .push(fact.value.filter(|v| v.is_finite()).unwrap_or(f64::NAN));
            facts.unit.push(match fact.unit.as_deref() {
                Some(u) => *units.entry(u.to_string()).or_insert_with(|| {
                    index.units.push(u.to_string());
                    to_u32(index.units.len() - 1)
                }),
                None => NONE,
            });
            let resolved = fact.resolved.as_ref().and_then(|r| r.as_deref());
            facts.period.push(resolved.and_then(timex_period));
            facts.span.push(valid(fact.span()).unwrap_or_default());
        }
        for event in &story.events {
            let shown = event_value(event);
            // The kind as shown and as named in JSON: "funding fundraising".
            let kind = match (event.kind.label(), event.kind.name()) {
                (label, name) if label == name => label.to_string(),
                (label, name) => format!("{label} {name}"),
            };
            index.events.push(EventRow {
                sentence: sentence_id(event.sentence, doc.sentences.len()),
                fields: [
                    fields.field(Some(&kind)),
                    fields.field(event.actor.as_deref()),
                    fields.field(event.label.as_deref()),
                    fields.field(event.status.map(Status::label)),
                    fields.field(event.when.as_deref()),
                    fields.field(shown.as_deref()),
                ],
                value: event.value.filter(|v| v.is_finite()),
                unit: event.unit.clone(),
                period: event.resolved.as_deref().and_then(timex_period),
                facts: event.facts.clone(),
            });
        }
        index.fields = fields.strings;
        let facts = &index.facts;
        let owned = facts.fields.iter().enumerate().flat_map(|(f, ids)| {
            ids.iter()
                .filter(|&&id| id != NONE)
                .map(move |&id| (id, to_u32(f)))
        });
        index.field_facts = Lists::new(index.fields.len(), owned);
        let placed = facts
            .sentence
            .iter()
            .enumerate()
            .map(|(f, &s)| (s, to_u32(f)));
        index.sentence_facts =
            Lists::new(index.sentences.len(), placed.filter(|&(s, _)| s != NONE));
        index
    }
}

fn sentence_id(s: usize, count: usize) -> u32 {
    if s < count { to_u32(s) } else { NONE }
}

/// The words of normalised text with their offsets: runs between spaces, trimmed of
/// punctuation at either end but keeping a leading currency sign and a trailing `%`.
pub(super) fn split_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    text.split(' ').filter_map(move |piece| {
        let start = at;
        at += piece.len() + 1;
        let head = piece.trim_start_matches(|c: char| {
            !(c.is_alphanumeric() || matches!(c, '$' | '€' | '£' | '¥' | '₹'))
        });
        let word = head.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '%'));
        (!word.is_empty()).then_some((start + piece.len() - head.len(), word))
    })
}

fn event_value(e: &Event) -> Option<String> {
    let v = e.value?;
    let q = e.qualifier.map_or("", |q| q.symbol());
    let figure = match e.unit.as_deref() {
        Some(u) if is_currency(u) => format::money(v, Some(u)),
        Some("%") => format!("{}%", format::number(v)),
        _ => format::number(v),
    };
    Some(format!("{q}{figure}"))
}
