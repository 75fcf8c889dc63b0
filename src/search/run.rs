//! Running a [`Query`] over an [`Index`]. Each text term is matched once per distinct word of
//! the article (giving the sentences it occurs in) and at most once per distinct field string
//! (memoised). Then the facts are visited along the cheapest path: with kinds asked for (or
//! implied by a value filter), only the facts of those kinds; with words alone, only the facts
//! the most selective word reaches through its sentences and fields.

use super::index::Index;
use super::normal::{Normal, to_u32};
use super::query::{Query, Term};
use super::value::kind_bit;
use crate::story::{FactKind, Span};
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
    /// Words: the ids of those that match.
    pub matched: Vec<u32>,
    /// Phrases: the occurrences, by sentence, as spans of the article.
    pub places: Vec<(u32, Span)>,
    /// Per distinct field string: 0 not tried yet, 1 matches, 2 does not.
    fields: Vec<u8>,
}

/// The state of one search.
struct Run<'q> {
    query: &'q Query,
    matcher: Matcher,
    hits: Vec<Hits>,
    /// Per fact shape: 0 not tried yet, 1 passes the value filters, 2 does not.
    shape_pass: Vec<u8>,
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
                sentences: (0..self.sentence_count()).collect(),
                spans: Vec::new(),
            };
        }
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut normal = Normal::default();
        let hits = query
            .terms
            .iter()
            .map(|t| self.hits(t, &mut matcher, &mut normal))
            .collect();
        let mut run = Run {
            query,
            matcher,
            hits,
            shape_pass: vec![0; self.facts.shapes.count()],
            in_results: vec![false; self.sentence_count()],
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
            &mut Normal::unfolded(),
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
                    for f in self.sentence_facts.get(s as u32) {
                        candidate[f as usize] = true;
                    }
                }
                for (id, _) in hit.fields.iter().enumerate().filter(|(_, m)| **m == 1) {
                    for &shape in self.field_shapes.get(id as u32) {
                        for &f in self.facts.shape_facts.get(shape) {
                            candidate[f as usize] = true;
                        }
                    }
                }
                for f in (0..candidate.len()).filter(|&f| candidate[f]) {
                    self.visit_fact(run, f);
                }
            }
            _ if every_kind => (0..self.facts.len()).for_each(|f| self.visit_fact(run, f)),
            _ => {
                // The facts of the shapes of those kinds that pass the filters, in text order.
                let mut candidate = vec![false; self.facts.len()];
                for kind in FactKind::ALL {
                    if kinds & kind_bit(kind) == 0 {
                        continue;
                    }
                    for &shape in &self.facts.kind_shapes[kind as usize] {
                        if !self.passes_filters(run, shape) {
                            continue;
                        }
                        for &f in self.facts.shape_facts.get(shape) {
                            candidate[f as usize] = true;
                        }
                    }
                }
                for f in (0..candidate.len()).filter(|&f| candidate[f]) {
                    self.visit_fact(run, f);
                }
            }
        }
    }

    /// Whether the facts of `shape` pass every value filter, decided once per shape.
    fn passes_filters(&self, run: &mut Run, shape: u32) -> bool {
        if run.query.filters.is_empty() {
            return true;
        }
        let i = shape as usize;
        if run.shape_pass[i] == 0 {
            let shapes = &self.facts.shapes;
            let kind = shapes.kind[i];
            let unit = self.units.get(shapes.unit[i] as usize).map(String::as_str);
            let (value, period) = (shapes.value[i], shapes.period[i]);
            let pass = run
                .query
                .filters
                .iter()
                .all(|f| f.accepts_fact(kind, value, unit, period));
            run.shape_pass[i] = if pass { 1 } else { 2 };
        }
        run.shape_pass[i] == 1
    }

    fn visit_fact(&self, run: &mut Run, id: usize) {
        let facts = &self.facts;
        let shape = facts.shape[id];
        if !self.passes_filters(run, shape) {
            return;
        }
        let sentence = facts.sentence[id];
        let fields = &facts.shapes.fields[shape as usize];
        if let Some(own) = self.texts_match(run, sentence, fields) {
            run.results.facts.push(id);
            mark(&mut run.in_results, sentence);
            if own || !run.query.is_text_only() {
                run.mentions.push(id);
            }
        }
    }

    fn events_of(&self, run: &mut Run) {
        for i in 0..self.events.len() {
            let Some((sentence, e)) = self.events.get(i) else {
                continue;
            };
            let passes = run.query.filters.iter().all(|f| {
                let unit = self.units.get(e.unit as usize).map(String::as_str);
                f.accepts_event(e.value, unit, e.period)
            }) && self.texts_match(run, sentence, &e.fields).is_some();
            if passes {
                run.results.events.push(i);
                mark(&mut run.in_results, sentence);
                // Its facts are highlighted when events were asked for by kind or value;
                // for words alone, only the words and the facts that name them.
                if !run.query.is_text_only() {
                    let facts = self.event_facts.get(to_u32(i));
                    run.mentions.extend(facts.iter().map(|&f| f as usize));
                }
            }
        }
    }

    fn hits(&self, term: &Term, matcher: &mut Matcher, normal: &mut Normal) -> Hits {
        let mut hits = Hits {
            sentences: vec![false; self.sentence_count()],
            count: 0,
            matched: Vec::new(),
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
                hits.words = vec![false; self.words.strings.len()];
                for (w, hit) in hits.words.iter_mut().enumerate() {
                    let id = w as u32;
                    if mask & !self.words.strings.masks[w] != 0
                        || atom.score(self.words.strings.utf32(id), matcher).is_none()
                    {
                        continue;
                    }
                    *hit = true;
                    hits.matched.push(id);
                    for s in self.word_sentences.get(id) {
                        mark(&mut hits.sentences, s);
                    }
                }
            }
            Term::Phrase {
                text,
                case_sensitive,
                ..
            } => self.phrase_hits(text, *case_sensitive, &mut hits, normal),
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
