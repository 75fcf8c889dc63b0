//! The spans a search highlights, as byte ranges of the original article: fact mentions,
//! fuzzy matches of words (from the first matched char to the last), and phrase occurrences,
//! mapped back from the normalised text and joined where they overlap or touch.

use super::index::Index;
use super::normal::Normal;
use super::query::{Query, Term};
use super::run::Hits;
use super::words::is_word_at;
use crate::story::Span;
use memchr::memmem::Finder;
use nucleo_matcher::Matcher;
use nucleo_matcher::pattern::Atom;

/// A word term, with where in each matching word its match lies (byte range), once found.
struct WordTerm<'a> {
    atom: &'a Atom,
    mask: u64,
    hit: &'a Hits,
    extent: Vec<Option<(usize, usize)>>,
}

impl Index {
    /// Spans for the facts in `mentions` and for the terms' matches in the sentences flagged
    /// in `in_results`.
    pub(super) fn spans(
        &self,
        query: &Query,
        hits: &[Hits],
        in_results: &[bool],
        mentions: &[usize],
        matcher: &mut Matcher,
        normal: &mut Normal,
    ) -> Vec<Span> {
        let mut spans: Vec<Span> = mentions
            .iter()
            .filter_map(|&f| self.facts.span(f))
            .collect();
        // Per word term: where in each matching word the match lies, found once.
        let mut words: Vec<WordTerm> = Vec::new();
        for (term, hit) in query.terms.iter().zip(hits) {
            match term {
                Term::Word { atom, mask } => words.push(WordTerm {
                    atom,
                    mask: *mask,
                    hit,
                    extent: vec![None; hit.words.len()],
                }),
                Term::Phrase { .. } => {
                    let places = hit.places.iter();
                    let shown = places.filter(|(s, _)| in_results.get(*s as usize) == Some(&true));
                    spans.extend(shown.map(|&(_, span)| span));
                }
            }
        }
        if words.is_empty() {
            return merge(spans);
        }
        let mut indices = Vec::new();
        let mut extent = |t: &mut WordTerm, id: u32, matcher: &mut Matcher| {
            *t.extent[id as usize].get_or_insert_with(|| {
                indices.clear();
                let strings = &self.words.strings;
                t.atom.indices(strings.utf32(id), matcher, &mut indices);
                char_extent(strings.text(id), &indices)
            })
        };
        // Sentences of ASCII: each matching word is looked for, verbatim, in the sentences
        // of its list that are shown.
        for t in &mut words {
            for &id in &t.hit.matched {
                let word = self.words.strings.text(id);
                let finder = Finder::new(word.as_bytes());
                for s in self.word_sentences.get(id) {
                    let s = s as usize;
                    if in_results.get(s) != Some(&true) || !self.ascii.get(s) {
                        continue;
                    }
                    let Some(sentence) = self.doc.sentences.get(s) else {
                        continue;
                    };
                    let text = self.doc.slice(sentence.span);
                    for at in finder.find_iter(text.as_bytes()) {
                        if is_word_at(text, at, word.len()) {
                            let (a, b) = extent(t, id, matcher);
                            let start = sentence.span.start + at;
                            spans.extend((a < b).then(|| Span::new(start + a, start + b)));
                        }
                    }
                }
            }
        }
        // Other sentences: normalised again, split, and each word looked up.
        let any = words.iter().fold(u64::MAX, |m, t| m & t.mask);
        for (s, _) in in_results.iter().enumerate().filter(|(_, shown)| **shown) {
            if self.ascii.get(s) || !words.iter().any(|t| t.hit.sentences.get(s) == Some(&true)) {
                continue;
            }
            self.words_of(s, normal, |word, m, at, normal| {
                // Only a word with every letter of a term can match it.
                if any & !m != 0 {
                    return;
                }
                let Some(id) = self.words.get(word) else {
                    return;
                };
                for t in &mut words {
                    if t.hit.words.get(id as usize) == Some(&true) {
                        let (a, b) = extent(t, id, matcher);
                        spans.extend(at.span(normal, a, b));
                    }
                }
            });
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
