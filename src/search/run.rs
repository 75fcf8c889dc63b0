//! Running a [`Query`] over an [`Index`]. Cheap checks go first: scopes, then value filters,
//! then text. Each text term is matched once per distinct word of the article (giving the
//! sentences it occurs in) and at most once per distinct field string (memoised), so a
//! keystroke costs about one pass over the facts, whatever their number.

use super::index::{Index, NONE};
use super::query::{Filter, Query, Term};
use super::value::{DateRange, NumRange, is_currency};
use crate::story::{FactKind, Span, Story};
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
    /// sentences, and the mentions of the matching facts (and of the facts of matching
    /// events). Sorted, non-overlapping, on char boundaries.
    pub spans: Vec<Span>,
}

/// Where one text term occurs.
struct Hits {
    /// Per sentence: the term occurs in it.
    sentences: Vec<bool>,
    /// Words: per distinct word, whether it matches.
    words: Vec<bool>,
    /// Phrases: normalised offsets of the occurrences in the body.
    places: Vec<u32>,
    /// Per distinct field string: 0 not tried yet, 1 matches, 2 does not.
    fields: Vec<u8>,
}

impl Index {
    /// Runs `query` over the story this index was built from.
    pub fn search(&self, story: &Story, query: &Query) -> Results {
        if query.is_empty() {
            return Results {
                facts: (0..self.facts.len()).collect(),
                events: (0..self.events.len()).collect(),
                sentences: (0..self.sentences.len()).collect(),
                spans: Vec::new(),
            };
        }
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut hits: Vec<Hits> = query
            .terms
            .iter()
            .map(|t| self.hits(t, &mut matcher))
            .collect();
        let mut in_results = vec![false; self.sentences.len()];
        let mut results = Results::default();
        // Mentions to highlight: all matching facts when the query asks for kinds or values,
        // else only those a word matched in their own fields, not merely in their sentence.
        let mut mentions: Vec<usize> = Vec::new();
        let text_only = query.is_text_only();
        for (i, f) in self.facts.iter().enumerate() {
            if !query.allows_fact(f.kind) || !query.filters.iter().all(|flt| fact_passes(flt, f)) {
                continue;
            }
            let Some(own) = self.texts_match(query, &mut hits, f.sentence, &f.fields, &mut matcher)
            else {
                continue;
            };
            results.facts.push(i);
            mark(&mut in_results, f.sentence);
            if own || !text_only {
                mentions.push(i);
            }
        }
        if query.allows_events() {
            for (i, e) in self.events.iter().enumerate() {
                if !query.filters.iter().all(|flt| event_passes(flt, e)) {
                    continue;
                }
                if self
                    .texts_match(query, &mut hits, e.sentence, &e.fields, &mut matcher)
                    .is_none()
                {
                    continue;
                }
                results.events.push(i);
                mark(&mut in_results, e.sentence);
                // An event's facts are highlighted when events were asked for by kind or value;
                // for words alone, only the words and the facts that name them.
                if !text_only {
                    mentions.extend(e.facts.iter().copied());
                }
            }
        }
        if query.is_text_only() {
            for (s, flag) in in_results.iter_mut().enumerate() {
                *flag |= hits.iter().all(|h| h.sentences.get(s) == Some(&true));
            }
        }
        results.sentences = (0..in_results.len()).filter(|&s| in_results[s]).collect();
        results.spans = self.spans(story, query, &hits, &in_results, &mentions, &mut matcher);
        results
    }

    fn hits(&self, term: &Term, matcher: &mut Matcher) -> Hits {
        let mut hits = Hits {
            sentences: vec![false; self.sentences.len()],
            words: Vec::new(),
            places: Vec::new(),
            fields: vec![0; self.fields.len()],
        };
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
                    let posted = self.offsets.get(w).zip(self.offsets.get(w + 1));
                    let list = posted.map_or(&[][..], |(&a, &b)| {
                        self.postings
                            .get(a as usize..b as usize)
                            .unwrap_or_default()
                    });
                    for &s in list {
                        mark(&mut hits.sentences, s);
                    }
                }
            }
            Term::Phrase {
                text,
                case_sensitive,
            } => {
                let body = if *case_sensitive {
                    &self.body.text
                } else {
                    &self.body.folded
                };
                for (at, _) in body.match_indices(text.as_str()) {
                    hits.places.push(at as u32);
                    let s = self.sentence_of(at);
                    mark(&mut hits.sentences, s);
                }
            }
        }
        hits
    }

    /// The sentence whose normalised text holds offset `at`.
    fn sentence_of(&self, at: usize) -> u32 {
        let i = self.sentences.partition_point(|s| s.start as usize <= at);
        i.checked_sub(1).map_or(NONE, |i| i as u32)
    }

    /// Whether every term occurs in the sentence or in one of the fields; if so, whether one
    /// of them occurs in the fields themselves (for a text-only query, that is what makes the
    /// mention worth highlighting).
    fn texts_match(
        &self,
        query: &Query,
        hits: &mut [Hits],
        sentence: u32,
        fields: &[u32],
        matcher: &mut Matcher,
    ) -> Option<bool> {
        let mut own = false;
        for (term, hit) in query.terms.iter().zip(hits.iter_mut()) {
            let in_sentence = hit.sentences.get(sentence as usize) == Some(&true);
            if in_sentence && (own || !query.is_text_only()) {
                continue;
            }
            let in_fields = fields
                .iter()
                .any(|&id| self.field_matches(term, hit, id, matcher));
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
                Term::Word { atom, mask } => {
                    mask & !self.fields.masks[id as usize] == 0
                        && atom.score(self.fields.utf32(id), matcher).is_some()
                }
                Term::Phrase {
                    text,
                    case_sensitive: true,
                } => self.fields.text(id).contains(text.as_str()),
                Term::Phrase { text, .. } => self.fields.folded(id).contains(text.as_str()),
            };
            *memo = if yes { 1 } else { 2 };
        }
        *memo == 1
    }

    fn spans(
        &self,
        story: &Story,
        query: &Query,
        hits: &[Hits],
        in_results: &[bool],
        mentions: &[usize],
        matcher: &mut Matcher,
    ) -> Vec<Span> {
        let text = &story.document.text;
        let mut spans: Vec<Span> = mentions
            .iter()
            .filter_map(|&f| self.facts.get(f).and_then(|r| r.span))
            .collect();
        let mut indices = Vec::new();
        for (term, hit) in query.terms.iter().zip(hits) {
            match term {
                Term::Word { atom, .. } => {
                    // Per word: where in it the match lies, found once.
                    let mut extent: Vec<Option<(usize, usize)>> = vec![None; hit.words.len()];
                    for s in (0..in_results.len()).filter(|&s| in_results[s]) {
                        let Some(row) = self.sentences.get(s) else {
                            continue;
                        };
                        let tokens = self
                            .tokens
                            .get(row.first as usize..row.end as usize)
                            .unwrap_or_default();
                        for tok in tokens {
                            let w = tok.word as usize;
                            if !hit.words.get(w).copied().unwrap_or(false) {
                                continue;
                            }
                            let (a, b) = *extent[w].get_or_insert_with(|| {
                                indices.clear();
                                atom.indices(self.words.utf32(tok.word), matcher, &mut indices);
                                char_extent(self.words.text(tok.word), &indices)
                            });
                            let at = tok.start as usize;
                            spans.extend(self.original_span(text, at + a, at + b));
                        }
                    }
                }
                Term::Phrase { text: needle, .. } => {
                    for &at in &hit.places {
                        let s = self.sentence_of(at as usize) as usize;
                        if in_results.get(s) == Some(&true) {
                            let at = at as usize;
                            spans.extend(self.original_span(text, at, at + needle.len()));
                        }
                    }
                }
            }
        }
        merge(spans)
    }

    /// Maps normalised `a..b` back to a span of the original text, whole chars at both ends.
    fn original_span(&self, text: &str, a: usize, b: usize) -> Option<Span> {
        let last = self.body.text.get(a..b)?.chars().next_back()?;
        let start = self.body.original(a);
        let last_at = self.body.original(b - last.len_utf8());
        let end = last_at + text.get(last_at..)?.chars().next()?.len_utf8();
        let ok = start <= end && text.is_char_boundary(start) && text.get(..end).is_some();
        ok.then(|| Span::new(start, end))
    }
}

/// The byte range from the first to the last matched char of `word`.
fn char_extent(word: &str, indices: &[u32]) -> (usize, usize) {
    let (Some(&lo), Some(&hi)) = (indices.iter().min(), indices.iter().max()) else {
        return (0, 0);
    };
    let mut start = 0;
    let mut end = 0;
    for (i, (at, c)) in word.char_indices().enumerate() {
        if i == lo as usize {
            start = at;
        }
        if i == hi as usize {
            end = at + c.len_utf8();
            break;
        }
    }
    (start, end.max(start))
}

fn mark(flags: &mut [bool], i: u32) {
    if let Some(f) = flags.get_mut(i as usize) {
        *f = true;
    }
}

/// Sorts and joins spans that overlap or touch, so `n`/`N` step from one match to the next.
fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ if s.is_empty() => {}
            _ => out.push(s),
        }
    }
    out
}

fn fact_passes(filter: &Filter, f: &super::index::FactRow) -> bool {
    let number = |r: &NumRange| {
        f.kind.is_quantity()
            && f.value.is_some_and(|v| r.contains(v))
            && r.accepts_unit(
                f.kind == FactKind::Money,
                f.kind == FactKind::Percent,
                f.unit.as_deref(),
            )
    };
    let date = |d: &DateRange| f.kind == FactKind::Date && f.period.is_some_and(|p| d.overlaps(p));
    match filter {
        Filter::Number(r) => number(r),
        Filter::Date(d) => date(d),
        Filter::Either(r, d) => number(r) || date(d),
    }
}

fn event_passes(filter: &Filter, e: &super::index::EventRow) -> bool {
    let unit = e.unit.as_deref();
    let number = |r: &NumRange| {
        e.value.is_some_and(|v| r.contains(v))
            && r.accepts_unit(
                unit.is_some_and(is_currency),
                matches!(unit, Some("%" | "percent")),
                unit,
            )
    };
    let date = |d: &DateRange| e.period.is_some_and(|p| d.overlaps(p));
    match filter {
        Filter::Number(r) => number(r),
        Filter::Date(d) => date(d),
        Filter::Either(r, d) => number(r) || date(d),
    }
}
