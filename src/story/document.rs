//! The article as loaded: its text (kept byte-for-byte for offsets), paragraphs, sentences and
//! boilerplate flags. Built once by [`Document::new`]; nothing here knows about facts or the UI.

use super::segment;

/// A byte range `start..end` into [`Document::text`], always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A paragraph: a line of the article, or a block of lines when the text is hard-wrapped.
/// 24 bytes (a 50 MB article has 214,000): its sentences run up to the next paragraph's
/// first ([`Document::sentences_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// Index of its first sentence in [`Document::sentences`] (articles are at most 256 MiB).
    pub first_sentence: u32,
    /// Advertisement, "subscribe to…", "read more" and the like: shown dimmed, hideable.
    pub boilerplate: bool,
}

/// A sentence, as a byte range without surrounding whitespace. Its paragraph is found from
/// the paragraphs' first sentences ([`Document::paragraph_of`]), not stored: 16 bytes a
/// sentence, for 370,000 sentences in 50 MB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
}

/// A loaded article.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The text as decoded (BOM removed, CRLF normalised); every offset points into it.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// Segments `text` into paragraphs and sentences.
    pub fn new(text: String) -> Document {
        let paragraphs = segment::paragraphs(&text);
        let mut doc = Document {
            text,
            paragraphs: Vec::with_capacity(paragraphs.len()),
            sentences: Vec::new(),
        };
        for span in paragraphs {
            let slice = &doc.text[span.start..span.end];
            let first_sentence = u32::try_from(doc.sentences.len()).unwrap_or(u32::MAX);
            for s in segment::sentences(slice) {
                doc.sentences.push(Sentence {
                    span: Span::new(span.start + s.start, span.start + s.end),
                });
            }
            doc.paragraphs.push(Paragraph {
                span,
                first_sentence,
                boilerplate: segment::is_boilerplate(slice),
            });
        }
        doc
    }

    /// The sentences of paragraph `index` (empty if there is none).
    pub fn sentences_of(&self, index: usize) -> std::ops::Range<usize> {
        let Some(p) = self.paragraphs.get(index) else {
            return 0..0;
        };
        let end = self
            .paragraphs
            .get(index + 1)
            .map_or(self.sentences.len(), |next| next.first_sentence as usize);
        p.first_sentence as usize..end
    }

    /// The paragraph of sentence `index`: the last one starting at or before it (a paragraph
    /// without sentences starts where the next one does).
    pub fn paragraph_of(&self, index: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.first_sentence as usize <= index)
            .saturating_sub(1)
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or_default()
    }

    pub fn sentence_text(&self, index: usize) -> &str {
        self.sentences.get(index).map_or("", |s| self.slice(s.span))
    }

    /// The sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_know_their_sentences_and_sentences_their_paragraph() {
        let doc = Document::new("One. Two.\n\nThree.\n\nFour. Five. Six.".to_string());
        assert_eq!(doc.paragraphs.len(), 3);
        assert_eq!(doc.sentences.len(), 6);
        let ranges: Vec<_> = (0..4).map(|p| doc.sentences_of(p)).collect();
        assert_eq!(ranges, [0..2, 2..3, 3..6, 0..0]);
        let of: Vec<_> = (0..6).map(|s| doc.paragraph_of(s)).collect();
        assert_eq!(of, [0, 0, 1, 2, 2, 2]);
        for (p, para) in doc.paragraphs.iter().enumerate() {
            for s in doc.sentences_of(p) {
                assert!(para.span.contains(doc.sentences[s].span));
            }
        }
        assert_eq!(std::mem::size_of::<Sentence>(), 16);
        assert_eq!(std::mem::size_of::<Paragraph>(), 24);
    }
}
