//! Over-long sentences split into pieces of at most [`MAX_SENTENCE_BYTES`].
//!
//! Recognisers read a sentence or a clause at a time and may look across the whole of it, so
//! their work per sentence can grow with its square. Real sentences are short (the longest of
//! 50 Reuters stories is 350 bytes), but text without full stops — a table flattened to one
//! line, a transcript, a list of 10 MB on one line — is one "sentence" as long as the text, and
//! extraction never finished. Capping a sentence's length bounds the work per sentence, so the
//! work over a text stays linear in its length, whatever the recognisers do.
//!
//! A piece ends at the last clause break before the cap (`;`, then `,` `:` or a dash, then a
//! space between two words, then any space), looked for in the second half of the allowed
//! length, so a piece is never shorter than half of it and no word is cut (only a "word" longer
//! than the whole allowed half, such as a run of 1,000 letters, is cut, at a character
//! boundary). "Between two words" keeps a figure with the words around it ("in 2025",
//! "$100 billion") in one piece.

use super::super::document::Span;

/// The longest sentence: about 170 words, three times the longest sentence in 50 Reuters
/// stories, far beyond the longest in any story written for the tests.
pub const MAX_SENTENCE_BYTES: usize = 1000;

/// `sentences` (spans in `paragraph`) with every one longer than [`MAX_SENTENCE_BYTES`]
/// replaced by its pieces, in order. Linear in the paragraph's length: each piece's break is
/// looked for once, over at most half the cap.
pub fn split_long(paragraph: &str, sentences: Vec<Span>) -> Vec<Span> {
    if sentences.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES) {
        return sentences;
    }
    let mut out = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let mut start = sentence.start;
        while sentence.end - start > MAX_SENTENCE_BYTES {
            let end = start + break_in(&paragraph[start..], MAX_SENTENCE_BYTES);
            out.push(trimmed(paragraph, start, end));
            start = end
                + (paragraph[end..sentence.end].len()
                    - paragraph[end..sentence.end].trim_start().len());
        }
        if start < sentence.end {
            out.push(trimmed(paragraph, start, sentence.end));
        }
    }
    out
}

/// Where the first piece of `text` ends: a byte offset in `(max / 2, max]`, after the last
/// clause break in that range, else at the last space between two words, else at the last
/// space, else at the last character boundary.
fn break_in(text: &str, max: usize) -> usize {
    let mut limit = max.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let floor = max / 2;
    let (mut semicolon, mut clause, mut between_words, mut space) = (None, None, None, None);
    // The character after the one looked at (the scan runs backwards).
    let mut next = text[limit..].chars().next();
    for (i, c) in text[..limit].char_indices().rev() {
        if i <= floor {
            break;
        }
        let after = i + c.len_utf8();
        match c {
            ';' => {
                semicolon.get_or_insert(after);
            }
            ',' | ':' | '–' | '—' => {
                clause.get_or_insert(after);
            }
            c if c.is_whitespace() => {
                let before = text[..i].chars().next_back();
                if before.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_lowercase) {
                    between_words.get_or_insert(i);
                }
                space.get_or_insert(i);
            }
            _ => {}
        }
        if semicolon.is_some() {
            break;
        }
        next = Some(c);
    }
    semicolon
        .or(clause)
        .or(between_words)
        .or(space)
        .unwrap_or(limit)
}

/// The span `start..end` without surrounding whitespace (never empty: a piece starts at a
/// non-space character).
fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    Span::new(start + lead, (end - trail).max(start + lead))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sentences_are_left_alone() {
        let spans = vec![Span::new(0, 5), Span::new(6, 900)];
        let text = "x".repeat(900);
        assert_eq!(split_long(&text, spans.clone()), spans);
    }

    #[test]
    fn a_long_sentence_breaks_at_its_clauses_then_spaces_then_anywhere() {
        // Clauses of 60 bytes: the pieces end after a comma, never mid-word.
        let clause = "and then the company said it would hire 300 people in 2025, ";
        let text = clause.repeat(100);
        let text = text.trim_end();
        let pieces = split_long(text, vec![Span::new(0, text.len())]);
        assert!(pieces.len() > 1);
        for (i, p) in pieces.iter().enumerate() {
            let piece = &text[p.start..p.end];
            assert!(p.len() <= MAX_SENTENCE_BYTES);
            assert!(piece.starts_with("and then"), "{piece}");
            if i + 1 < pieces.len() {
                assert!(p.len() > MAX_SENTENCE_BYTES / 2 - clause.len());
                assert!(piece.ends_with("2025,"), "{piece}");
            }
        }
        // Nothing but the spaces between pieces is lost.
        let rejoined: String = pieces
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(rejoined, text);

        // Words only: a break at a space. One endless word: at a character boundary.
        let words = "word ".repeat(1000);
        for p in split_long(&words, vec![Span::new(0, words.len() - 1)]) {
            assert!(words[p.start..p.end].ends_with("word"));
        }
        let letters = "é".repeat(2000);
        let pieces = split_long(&letters, vec![Span::new(0, letters.len())]);
        assert_eq!(pieces.len(), 4);
        assert_eq!(pieces.iter().map(|p| p.len()).sum::<usize>(), letters.len());
    }

    #[test]
    fn without_punctuation_a_figure_stays_with_its_words() {
        let text = "in 2025 and then up to $100 billion ".repeat(100);
        let text = text.trim_end();
        let pieces = split_long(text, vec![Span::new(0, text.len())]);
        assert!(pieces.len() > 1);
        for p in &pieces {
            let piece = &text[p.start..p.end];
            assert!(
                !piece.starts_with(|c: char| c.is_ascii_digit() || c == 'b'),
                "{piece}"
            );
            assert!(
                !piece.ends_with(" in") && !piece.ends_with("$100"),
                "{piece}"
            );
        }
    }

    #[test]
    fn a_semicolon_wins_over_later_commas() {
        let text = format!("{}; {}", "a ".repeat(300), "b, ".repeat(300));
        let pieces = split_long(&text, vec![Span::new(0, text.len())]);
        assert!(text[pieces[0].start..pieces[0].end].ends_with(';'));
    }
}
