//! Running a [`Query`] over an [`Index`]. Each text term is matched once per distinct word of
//! the article (giving the sentences it occurs in) and at most once per distinct field string
//! (memoised). Then the facts are visited along the cheapest path: with kinds asked for (or
//! implied by a value filter), only the facts of those kinds; with words alone, only the facts
//! the most selective word reaches through its sentences and fields.

use super::index::{Index, NONE};
use super::query::{Query, Term};
use super::value::kind_bit;
use crate::story::{FactKind, Span};
use memchr::memmem;
use nucleo_matcher::{Config, Matcher};

/// What a query matched, everything in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Matching fact ids.
    pub facts: Vec<usize>,
    /// Matching event ids.
    pub events: Vec<usize>,
    /// Sentences with a match: those of the matching facts and events, and, for a query of
    /// words and phrases only, every sentence where they all occur.
    pub sentences: Vec<usize>,
    /// Byte spans of the article to highlight: where the words and phrases occur in those
    /// sentences, and the mentions of the matching facts (for words alone, of the facts whose
    /// own text, value, name or role matched). Sorted, non-overlapping, on char boundaries.
    pub spans: Vec<Span>,
}

/// Where one text term occurs.
pub(super) struct Hits {
    /// Per sentence: the term occurs in it.
    pub sentences: Vec<bool>,
    /// How many sentences it occurs in, to pick the most selective term.
    count: usize,
    /// Words: per distinct word, whether it matches.
    pub words: Vec<bool>,
    /// Phrases: normalised offsets of the occurrences in the body.
    pub places: Vec<u32>,
    /// Per distinct field string: 0 not tried yet, 1 matches, 2 does not.
    fields: Vec<u8>,
}

/// The state of one search.
struct Run<'q> {
    query: &'q Query,
    matcher: Matcher,
    hits: Vec<Hits>,
    in_results: Vec<bool>,
    /// Facts whose mentions are highlighted.
    mentions: Vec<usize>,
    results: Results,
}

impl Index {
    /// Runs `query` over the story this index was built from.
    pub fn search(&self, query: &Query) -> Results {
        if query.is_empty() {
            return Results {
                facts: (0..self.facts.len()).collect(),
                events: (0..self.events.len()).collect(),
                sentences: (0..self.sentences.len()).collect(),
                spans: Vec::new(),
            };
        }
        let mut matcher = Matcher::new(Config::DEFAULT);
        let hits = query
            .terms
            .iter()
            .map(|t| self.hits(t, &mut matcher))
            .collect();
        let mut run = Run {
            query,
            matcher,
            hits,
            in_results: vec![false; self.sentences.len()],
            mentions: Vec::new(),
            results: Results::default(),
        };
        self.facts_of(&mut run);
        if query.allows_events() {
            self.events_of(&mut run);
        }
        if query.is_text_only() {
            for (s, flag) in run.in_results.iter_mut().enumerate() {
                *flag |= run.hits.iter().all(|h| h.sentences.get(s) == Some(&true));
            }
        }
        let flags = &run.in_results;
        run.results.sentences = (0..flags.len()).filter(|&s| flags[s]).collect();
        run.results.spans = self.spans(
            query,
            &run.hits,
            &run.in_results,
            &run.mentions,
            &mut run.matcher,
        );
        run.results
    }

    fn facts_of(&self, run: &mut Run) {
        let kinds = run.query.fact_kinds();
        if kinds == 0 {
            return;
        }
        let every_kind = FactKind::ALL.iter().all(|&k| kinds & kind_bit(k) != 0);
        let selective = (0..run.hits.len()).min_by_key(|&t| run.hits[t].count);
        match selective {
            Some(t) if every_kind => {
                // Only the facts the most selective term reaches can match.
                self.all_fields(run, t);
                let mut candidate = vec![false; self.facts.len()];
                let hit = &run.hits[t];
                for (s, _) in hit.sentences.iter().enumerate().filter(|(_, h)| **h) {
                    for &f in self.sentence_facts.get(s as u32) {
                        candidate[f as usize] = true;
                    }
                }
                for (id, _) in hit.fields.iter().enumerate().filter(|(_, m)| **m == 1) {
                    for &f in self.field_facts.get(id as u32) {
                        candidate[f as usize] = true;
                    }
                }
                for f in (0..candidate.len()).filter(|&f| candidate[f]) {
                    self.visit_fact(run, f);
                }
            }
            _ if every_kind => (0..self.facts.len()).for_each(|f| self.visit_fact(run, f)),
            _ => {
                for kind in FactKind::ALL {
                    if kinds & kind_bit(kind) != 0 {
                        for &f in &self.facts.by_kind[kind as usize] {
                            self.visit_fact(run, f as usize);
                        }
                    }
                }
                run.results.facts.sort_unstable();
            }
        }
    }

    fn visit_fact(&self, run: &mut Run, id: usize) {
        let facts = &self.facts;
        if !run.query.filters.is_empty() {
            let kind = facts.kind[id];
            let unit = self.units.get(facts.unit[id] as usize).map(String::as_str);
            let (value, period) = (facts.value[id], facts.period[id]);
            if !run
                .query
                .filters
                .iter()
                .all(|f| f.accepts_fact(kind, value, unit, period))
            {
                return;
            }
        }
        let sentence = facts.sentence[id];
        if let Some(own) = self.texts_match(run, sentence, &facts.fields[id]) {
            run.results.facts.push(id);
            mark(&mut run.in_results, sentence);
            if own || !run.query.is_text_only() {
                run.mentions.push(id);
            }
        }
    }

    fn events_of(&self, run: &mut Run) {
        for (i, e) in self.events.iter().enumerate() {
            let passes = run
                .query
                .filters
                .iter()
                .all(|f| f.accepts_event(e.value, e.unit.as_deref(), e.period))
                && self.texts_match(run, e.sentence, &e.fields).is_some();
            if passes {
                run.results.events.push(i);
                mark(&mut run.in_results, e.sentence);
                // Its facts are highlighted when events were asked for by kind or value;
                // for words alone, only the words and the facts that name them.
                if !run.query.is_text_only() {
                    run.mentions.extend(e.facts.iter().copied());
                }
            }
        }
    }

    fn hits(&self, term: &Term, matcher: &mut Matcher) -> Hits {
        let mut hits = Hits {
            sentences: vec![false; self.sentences.len()],
            count: 0,
            words: Vec::new(),
            places: Vec::new(),
            fields: vec![0; self.fields.len()],
        };
        let mask = match term {
            Term::Word { mask, .. } | Term::Phrase { mask, .. } => *mask,
        };
        // One sequential pass rules out the fields that lack a letter of the term, so most
        // lookups later find their answer already known.
        for (memo, &m) in hits.fields.iter_mut().zip(&self.fields.masks) {
            if mask & !m != 0 {
                *memo = 2;
            }
        }
        match term {
            Term::Word { atom, mask } => {
                hits.words = vec![false; self.words.len()];
                for (w, hit) in hits.words.iter_mut().enumerate() {
                    let id = w as u32;
                    if mask & !self.words.masks[w] != 0
                        || atom.score(self.words.utf32(id), matcher).is_none()
                    {
                        continue;
                    }
                    *hit = true;
                    for &s in self.word_sentences.get(id) {
                        mark(&mut hits.sentences, s);
                    }
                }
            }
            Term::Phrase {
                text,
                case_sensitive,
                ..
            } => {
                let body = if *case_sensitive {
                    &self.body.text
                } else {
                    &self.body.folded
                };
                for at in memmem::find_iter(body.as_bytes(), text.as_bytes()) {
                    hits.places.push(at as u32);
                    mark(&mut hits.sentences, self.sentence_of(at));
                }
            }
        }
        hits.count = hits.sentences.iter().filter(|&&h| h).count();
        hits
    }

    /// Decides every field for term `t`, in one pass over the distinct strings.
    fn all_fields(&self, run: &mut Run, t: usize) {
        let term = &run.query.terms[t];
        for id in 0..self.fields.len() {
            self.field_matches(term, &mut run.hits[t], id as u32, &mut run.matcher);
        }
    }

    /// The sentence whose normalised text holds offset `at`.
    pub(super) fn sentence_of(&self, at: usize) -> u32 {
        let i = self.sentences.partition_point(|s| s.start as usize <= at);
        i.checked_sub(1).map_or(NONE, |i| i as u32)
    }

    /// Whether every term occurs in the sentence or in one of the fields; if so, whether one
    /// of them occurs in the fields themselves (for a text-only query, that is what makes the
    /// mention worth highlighting).
    fn texts_match(&self, run: &mut Run, sentence: u32, fields: &[u32]) -> Option<bool> {
        let mut own = false;
        let text_only = run.query.is_text_only();
        for (term, hit) in run.query.terms.iter().zip(run.hits.iter_mut()) {
            let in_sentence = hit.sentences.get(sentence as usize) == Some(&true);
            if in_sentence && (own || !text_only) {
                continue;
            }
            let in_fields = fields
                .iter()
                .any(|&id| self.field_matches(term, hit, id, &mut run.matcher));
            if !in_sentence && !in_fields {
                return None;
            }
            own |= in_fields;
        }
        Some(own)
    }

    fn field_matches(&self, term: &Term, hit: &mut Hits, id: u32, matcher: &mut Matcher) -> bool {
        let Some(memo) = hit.fields.get_mut(id as usize) else {
            return false; // NONE, or a field this index does not have
        };
        if *memo == 0 {
            let yes = match term {
                Term::Word { atom, .. } => atom.score(self.fields.utf32(id), matcher).is_some(),
                Term::Phrase {
                    text,
                    case_sensitive: true,
                    ..
                } => self.fields.text(id).contains(text.as_str()),
                Term::Phrase { text, .. } => self.fields.folded(id).contains(text.as_str()),
            };
            *memo = if yes { 1 } else { 2 };
        }
        *memo == 1
    }
}

pub(super) fn mark(flags: &mut [bool], i: u32) {
    if let Some(f) = flags.get_mut(i as usize) {
        *f = true;
    }
}
