//! Finding an exact phrase without a copy of the text: the distinct words narrow the search to
//! the sentences that can hold it, and only those are normalised and scanned.
//!
//! Why the narrowing is exact: a run of letters and digits of the phrase lies, wherever the
//! phrase occurs, inside one space-separated piece of the sentence, and trimming a piece into
//! a word only removes other characters from its ends; so the run is part of a word of that
//! sentence. A sentence lacking, for some run, a word that contains it cannot hold the phrase.

use super::index::Index;
use super::normal::{Normal, mask};
use super::run::{Hits, mark};
use crate::story::Span;
use memchr::memmem::Finder;

/// Plain sentences are scanned together, joined by newlines, in batches of about this size:
/// one `memmem` pass per batch rather than one per sentence, in a bounded buffer.
const BATCH: usize = 1 << 16;

/// Plain sentences waiting to be scanned: their bytes, and where each starts in them, with
/// its id and where it starts in the article.
#[derive(Default)]
struct Batch {
    bytes: Vec<u8>,
    starts: Vec<(usize, u32, usize)>,
}

impl Batch {
    fn scan(&mut self, finder: &Finder, lowercase: bool, hits: &mut Hits) {
        if lowercase {
            self.bytes.make_ascii_lowercase();
        }
        let len = finder.needle().len();
        let mut i = 0;
        for at in finder.find_iter(&self.bytes) {
            while self.starts.get(i + 1).is_some_and(|next| next.0 <= at) {
                i += 1;
            }
            if let Some(&(start, s, base)) = self.starts.get(i) {
                let a = base + (at - start);
                mark(&mut hits.sentences, s);
                hits.places.push((s, Span::new(a, a + len)));
            }
        }
        self.bytes.clear();
        self.starts.clear();
    }
}

impl Index {
    /// Fills `hits` with the sentences holding `needle` and where it occurs in them.
    pub(super) fn phrase_hits(
        &self,
        needle: &str,
        case_sensitive: bool,
        hits: &mut Hits,
        normal: &mut Normal,
    ) {
        let finder = Finder::new(needle.as_bytes());
        let candidates = self.phrase_candidates(needle, case_sensitive);
        let mut batch = Batch::default();
        for (s, sentence) in self.doc.sentences.iter().enumerate() {
            if candidates.as_ref().is_some_and(|c| !c[s]) {
                continue;
            }
            if self.plain.get(s) {
                // Already normal: the article's own bytes, or their ASCII lowercase.
                let text = self.doc.slice(sentence.span);
                let at = batch.bytes.len();
                batch.starts.push((at, s as u32, sentence.span.start));
                batch.bytes.extend_from_slice(text.as_bytes());
                batch.bytes.push(b'\n');
                if batch.bytes.len() >= BATCH {
                    batch.scan(&finder, !case_sensitive, hits);
                }
                continue;
            }
            self.read_sentence(s, normal);
            let hay = if case_sensitive {
                &normal.text
            } else {
                &normal.folded
            };
            let s = s as u32;
            for at in finder.find_iter(hay.as_bytes()) {
                mark(&mut hits.sentences, s);
                if let Some((a, b)) = normal.original_span(at, at + needle.len()) {
                    hits.places.push((s, Span::new(a, b)));
                }
            }
        }
        batch.scan(&finder, !case_sensitive, hits);
    }
}

impl Index {
    /// The sentences that can hold `needle`, or `None` when it has no letter or digit to
    /// narrow them by.
    fn phrase_candidates(&self, needle: &str, case_sensitive: bool) -> Option<Vec<bool>> {
        let words = &self.words.strings;
        let mut flags: Option<Vec<bool>> = None;
        let runs = needle.split(|c: char| !c.is_alphanumeric());
        for run in runs.filter(|r| !r.is_empty()) {
            let finder = Finder::new(run.as_bytes());
            let m = mask(run);
            let mut these = vec![false; self.sentence_count()];
            for w in 0..words.len() {
                if m & !words.masks[w] != 0 {
                    continue;
                }
                let id = w as u32;
                let word = if case_sensitive {
                    words.text(id)
                } else {
                    words.folded(id)
                };
                if finder.find(word.as_bytes()).is_some() {
                    for s in self.word_sentences.get(id) {
                        mark(&mut these, s);
                    }
                }
            }
            if let Some(before) = &flags {
                for (now, was) in these.iter_mut().zip(before) {
                    *now &= *was;
                }
            }
            flags = Some(these);
        }
        flags
    }
}
