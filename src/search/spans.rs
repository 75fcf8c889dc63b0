//! The spans a search highlights, as byte ranges of the original article: fact mentions,
//! fuzzy matches of words (from the first matched char to the last), and phrase occurrences,
//! mapped back from the normalised text and joined where they overlap or touch.

use super::index::Index;
use super::query::{Query, Term};
use super::run::Hits;
use crate::story::Span;
use nucleo_matcher::Matcher;

impl Index {
    fn original_span(&self, a: usize, b: usize) -> Option<Span> {
        let (start, end) = self.body.original_span(a, b)?;
        Some(Span::new(start, end))
    }

    /// Spans for the facts in `mentions` and for the terms' matches in the sentences flagged
    /// in `in_results`.
    pub(super) fn spans(
        &self,
        query: &Query,
        hits: &[Hits],
        in_results: &[bool],
        mentions: &[usize],
        matcher: &mut Matcher,
    ) -> Vec<Span> {
        let mut spans: Vec<Span> = mentions
            .iter()
            .filter_map(|&f| self.facts.span.get(f).copied())
            .collect();
        let mut indices = Vec::new();
        for (term, hit) in query.terms.iter().zip(hits) {
            match term {
                Term::Word { atom, .. } => {
                    // Per word: where in it the match lies, found once.
                    let mut extent: Vec<Option<(usize, usize)>> = vec![None; hit.words.len()];
                    for (s, row) in self.sentences.iter().enumerate() {
                        if !in_results.get(s).copied().unwrap_or(false) {
                            continue;
                        }
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
                            spans.extend(self.original_span(at + a, at + b));
                        }
                    }
                }
                Term::Phrase { text: needle, .. } => {
                    for &at in &hit.places {
                        let s = self.sentence_of(at as usize) as usize;
                        if in_results.get(s) == Some(&true) {
                            let at = at as usize;
                            spans.extend(self.original_span(at, at + needle.len()));
                        }
                    }
                }
            }
        }
        merge(spans)
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

/// Sorts and joins spans that overlap or touch, so `n`/`N` step from one match to the next.
/// The input is a few sorted runs (mentions, then each term's matches): a stable sort merges
/// runs in linear time.
fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort();
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
