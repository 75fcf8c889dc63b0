//! The words of a sentence, as the index sees them: the normalised sentence split at spaces,
//! each piece trimmed of punctuation at either end ([`split_words`]). A sentence of ASCII is
//! split as it stands, byte by byte: normalising it would only merge its runs of whitespace,
//! and its words map back to the article byte for byte.

use super::normal::{Normal, mask};
use crate::story::{Document, Span};

/// Where a word of a sentence starts, to map a byte range of it back to the article.
#[derive(Debug, Clone, Copy)]
pub(super) enum WordAt {
    /// In the article itself: the sentence is ASCII.
    Article(usize),
    /// In the normalised sentence the reader was given.
    Normal(usize),
}

impl WordAt {
    /// The article's span of bytes `a..b` of the word; `None` when empty.
    pub fn span(self, normal: &Normal, a: usize, b: usize) -> Option<Span> {
        match self {
            WordAt::Article(at) => (a < b).then(|| Span::new(at + a, at + b)),
            WordAt::Normal(at) => {
                let (start, end) = normal.original_span(at + a, at + b)?;
                Some(Span::new(start, end))
            }
        }
    }
}

/// Calls `f` with each word of sentence `s` of `doc`, its letter mask, where it starts, and
/// the normalised sentence (`normal`, refilled; left empty for a sentence of ASCII).
pub(super) fn each_word(
    doc: &Document,
    s: usize,
    normal: &mut Normal,
    mut f: impl FnMut(&str, u64, WordAt, &Normal),
) {
    normal.clear();
    let Some(sentence) = doc.sentences.get(s) else {
        return;
    };
    let text = doc.slice(sentence.span);
    let base = sentence.span.start;
    if text.is_ascii() {
        for (at, word, m) in ascii_words(text) {
            f(word, m, WordAt::Article(base + at), normal);
        }
    } else {
        normal.push(text, base);
        let normal = &*normal;
        for (at, word, m) in normal_words(&normal.text) {
            f(word, m, WordAt::Normal(at), normal);
        }
    }
}

/// Whether bytes `at..at + len` of ASCII `text` are one of its words, not part of one.
pub(super) fn is_word_at(text: &str, at: usize, len: usize) -> bool {
    let bytes = text.as_bytes();
    let before = bytes.get(..at).unwrap_or_default();
    let start = before
        .iter()
        .rposition(|&b| is_space(b))
        .map_or(0, |q| q + 1);
    let after = bytes.get(at + len..).unwrap_or_default();
    let end = after
        .iter()
        .position(|&b| is_space(b))
        .map_or(bytes.len(), |q| at + len + q);
    trim(text, start, end).is_some_and(|(head, word)| head == at && word.len() == len)
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

/// Whether a sentence is ASCII with single spaces between words only: then its normalised
/// form is itself.
pub(super) fn is_plain(text: &str) -> bool {
    let mut space = true;
    for &b in text.as_bytes() {
        match BYTES[usize::from(b)] {
            _ if !b.is_ascii() => return false,
            SPACE if space || b != b' ' => return false,
            SPACE => space = true,
            _ => space = false,
        }
    }
    !space || text.is_empty()
}

/// [`split_words`] with each word's letter mask, taking ASCII pieces byte by byte: a
/// sentence with one curly quote is mostly ASCII.
fn normal_words(text: &str) -> impl Iterator<Item = (usize, &str, u64)> {
    let mut at = 0;
    text.split(' ').filter_map(move |piece| {
        let start = at;
        at += piece.len() + 1;
        if piece.is_ascii() {
            let (head, word) = trim(text, start, start + piece.len())?;
            let m = piece.bytes().fold(0, |m, b| m | BYTES[usize::from(b)]);
            return Some((head, word, m));
        }
        let (head, word) = split_words(piece).next()?;
        Some((start + head, word, mask(word)))
    })
}

/// Per ASCII byte: its bit in a letter mask ([`mask`]), or [`SPACE`] for whitespace.
const BYTES: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 26 {
        t[b'a' as usize + b] = 1 << b;
        t[b'A' as usize + b] = 1 << b;
        b += 1;
    }
    while b < 36 {
        t[b'0' as usize + b - 26] = 1 << b;
        b += 1;
    }
    t[b' ' as usize] = SPACE;
    let mut c = b'\t';
    while c <= b'\r' {
        t[c as usize] = SPACE;
        c += 1;
    }
    t
};
const SPACE: u64 = 1 << 63;
fn is_space(b: u8) -> bool {
    BYTES[usize::from(b)] == SPACE
}

/// [`split_words`] for ASCII text whose words may be apart by any whitespace, in one pass
/// over its bytes, with each word's letter mask (trimming drops no letter or digit, so the
/// piece's mask is the word's).
pub(super) fn ascii_words(text: &str) -> impl Iterator<Item = (usize, &str, u64)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = bytes.get(i..)?;
            let start = i + rest.iter().position(|&b| !is_space(b))?;
            let mut mask = 0;
            let mut end = start;
            while end < bytes.len() {
                let bits = BYTES[usize::from(bytes[end])];
                if bits == SPACE {
                    break;
                }
                mask |= bits;
                end += 1;
            }
            i = end;
            if let Some((head, word)) = trim(text, start, end) {
                return Some((head, word, mask));
            }
        }
    })
}

/// The word of ASCII piece `start..end` of `text`, with where it starts, as [`split_words`]
/// trims it.
fn trim(text: &str, start: usize, end: usize) -> Option<(usize, &str)> {
    let piece = text.as_bytes().get(start..end)?;
    let head = piece
        .iter()
        .position(|&b| b.is_ascii_alphanumeric() || b == b'$')?;
    let tail = piece
        .iter()
        .rposition(|&b| b.is_ascii_alphanumeric() || b == b'%')?;
    let word = text
        .get(start + head..start + tail + 1)
        .filter(|_| tail >= head)?;
    Some((start + head, word))
}
