//! The search index, built once per story: the distinct words of the sentences, normalised and
//! interned (fuzzy matching runs once per distinct word, not once per occurrence), with the
//! sentences each occurs in; and the facts and events (see [`super::facts`]). The text itself
//! is not copied: the index shares the story's [`Document`] and normalises a sentence again
//! when a search needs its words' positions or a phrase's.

use super::events::Events;
use super::facts::{Facts, SentenceFacts};
use super::normal::{Normal, to_u32};
use super::store::{Bits, Interner, Lists, Postings, PostingsBuilder, Strings};
use super::words::{WordAt, each_word, is_plain};
use crate::story::{Document, Story};
use std::sync::Arc;

#[cfg(test)]
pub(super) use super::words::split_words;

/// "No field here".
pub(super) const NONE: u32 = u32::MAX;

/// Everything a search needs from a story, normalised. Build with [`Index::new`].
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// The article, shared with the story: sentences are read from it again on demand.
    pub(super) doc: Arc<Document>,
    /// The distinct words of the sentences, and the way from a word back to its id.
    pub(super) words: Interner,
    /// For each distinct word, the sentences it occurs in.
    pub(super) word_sentences: Postings,
    /// Per sentence: ASCII; and plain, its own normal form ([`is_plain`]).
    pub(super) ascii: Bits,
    pub(super) plain: Bits,
    pub(super) fields: Strings,
    /// For each distinct field string, the fact shapes that have it; for each sentence, its
    /// facts.
    pub(super) field_shapes: Lists,
    pub(super) sentence_facts: SentenceFacts,
    pub(super) facts: Facts,
    pub(super) events: Events,
    /// For each event, its facts (highlighted with it).
    pub(super) event_facts: Lists,
    /// Distinct units of facts and events ("USD", "jobs").
    pub(super) units: Vec<String>,
}

impl Index {
    /// Indexes `story`: one pass over its sentences (normalised one at a time into a reused
    /// buffer), then one over its facts and events.
    pub fn new(story: &Story) -> Index {
        let doc = Arc::clone(&story.document);
        let mut words = Interner::default();
        let mut postings = PostingsBuilder::default();
        let mut normal = Normal::unfolded();
        let mut ascii = Bits::new(doc.sentences.len());
        let mut plain = Bits::new(doc.sentences.len());
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let text = doc.slice(sentence.span);
            if text.is_ascii() {
                ascii.set(s);
                if is_plain(text) {
                    plain.set(s);
                }
            }
            let id = to_u32(s);
            each_word(&doc, s, &mut normal, |word, _, _, _| {
                postings.add(words.id(word), id);
            });
        }
        words.shrink();
        let word_sentences = postings.finish(words.strings.len());
        let mut index = Index {
            doc,
            words,
            word_sentences,
            ascii,
            plain,
            ..Index::default()
        };
        index.add_facts(story);
        index
    }

    /// Calls `f` with each word of sentence `s`, as [`each_word`].
    pub(super) fn words_of(
        &self,
        s: usize,
        normal: &mut Normal,
        f: impl FnMut(&str, u64, WordAt, &Normal),
    ) {
        each_word(&self.doc, s, normal, f);
    }

    pub(super) fn sentence_count(&self) -> usize {
        self.doc.sentences.len()
    }

    /// Normalises sentence `s` into `normal` (emptied first).
    pub(super) fn read_sentence(&self, s: usize, normal: &mut Normal) {
        normal.clear();
        if let Some(sentence) = self.doc.sentences.get(s) {
            normal.push(self.doc.slice(sentence.span), sentence.span.start);
        }
    }
}
