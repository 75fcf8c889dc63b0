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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// Advertisement, "subscribe to…", "read more" and the like: shown dimmed, hideable.
    pub boilerplate: bool,
    /// Index of its first sentence in [`Document::sentences`].
    pub first_sentence: usize,
    /// One past its last sentence.
    pub end_sentence: usize,
}

/// A sentence, as a byte range without surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
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
        for (index, span) in paragraphs.into_iter().enumerate() {
            let slice = &doc.text[span.start..span.end];
            let first_sentence = doc.sentences.len();
            for s in segment::sentences(slice) {
                doc.sentences.push(Sentence {
                    span: Span::new(span.start + s.start, span.start + s.end),
                    paragraph: index,
                });
            }
            doc.paragraphs.push(Paragraph {
                span,
                boilerplate: segment::is_boilerplate(slice),
                first_sentence,
                end_sentence: doc.sentences.len(),
            });
        }
        doc
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
