//! Our own wrapping of the article: by grapheme and display width, over the *sanitised* pieces
//! of the original text, so each screen line is a byte range of the original and highlights
//! line up with fact offsets. ratatui's `Paragraph` wrap is not used: it panics on wide
//! graphemes in narrow areas (ratatui #2679) and its scroll offset stops at 65,535 lines.
//!
//! ```text
//! paragraph bytes ──pieces()──▶ (range, shown, width) ──greedy word wrap──▶ [ScreenLine]
//! ```

use crate::sanitize::{Piece, Shown, pieces};
use unicode_width::UnicodeWidthStr;

/// Columns between tab stops.
pub const TAB: usize = 4;

/// One screen line of the article: a byte range of the original text, or a blank separator.
/// A 50 MB article wraps to about 800,000 lines, all kept, so a line is 16 bytes (was 32):
/// its start, then its length and paragraph as `u32` (a line lies within one paragraph, and
/// articles are at most 256 MiB).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLine {
    pub start: usize,
    len: u32,
    /// [`NO_PARAGRAPH`] for the blank line between paragraphs.
    paragraph: u32,
}

/// The paragraph of a blank separator line.
const NO_PARAGRAPH: u32 = u32::MAX;

impl ScreenLine {
    /// The line `start..end` of `paragraph` (`None`: a blank separator).
    pub fn new(start: usize, end: usize, paragraph: Option<usize>) -> ScreenLine {
        ScreenLine {
            start,
            // Longer lines cannot occur in a document dateline opens; cut short, not wrapped.
            len: u32::try_from(end.saturating_sub(start)).unwrap_or(u32::MAX),
            paragraph: paragraph
                .and_then(|p| u32::try_from(p).ok())
                .filter(|&p| p != NO_PARAGRAPH)
                .unwrap_or(NO_PARAGRAPH),
        }
    }

    /// One past its last byte.
    pub fn end(&self) -> usize {
        self.start + self.len as usize
    }

    /// The paragraph it belongs to; `None` for the blank line between paragraphs.
    pub fn paragraph(&self) -> Option<usize> {
        (self.paragraph != NO_PARAGRAPH).then_some(self.paragraph as usize)
    }
}

/// What a piece occupies on screen at column `col` of a line `width` wide.
pub fn cell_width(shown: Shown<'_>, col: usize, width: usize) -> usize {
    match shown {
        Shown::Text(g) => {
            let w = g.width();
            // A grapheme wider than the whole line is drawn as one placeholder cell.
            if w > width { 1 } else { w }
        }
        Shown::Placeholder(_) | Shown::Newline => 1,
        Shown::Tab => TAB - col % TAB,
    }
}

/// Wraps the paragraph `text[start..end]` to `width` columns (at least 1), appending its lines.
pub fn wrap_paragraph(
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    width: usize,
    out: &mut Vec<ScreenLine>,
) {
    let width = width.max(1);
    let slice = &text[start..end];
    let mut line_start = 0; // byte offset in slice
    let mut col = 0;
    // The last place a line may break: (byte offset after the space, column there).
    let mut last_break: Option<(usize, usize)> = None;
    let mut emitted_any = false;
    for Piece {
        start: p_start,
        end: p_end,
        shown,
    } in pieces(slice)
    {
        let w = cell_width(shown, col, width);
        if col + w > width && col > 0 {
            let is_space = is_space(shown);
            let (cut, cut_col) = match last_break {
                Some((b, bc)) if !is_space && b > line_start => (b, bc),
                _ => (p_start, col),
            };
            out.push(line(start, line_start, cut, paragraph));
            emitted_any = true;
            line_start = cut;
            col -= cut_col;
            last_break = None;
            if is_space {
                // A space at the break is swallowed.
                line_start = p_end;
                continue;
            }
        }
        col += cell_width(shown, col, width);
        if is_space(shown) {
            last_break = Some((p_end, col));
        }
    }
    if line_start < slice.len() || !emitted_any {
        out.push(line(start, line_start, slice.len(), paragraph));
    }
}

fn is_space(shown: Shown<'_>) -> bool {
    matches!(shown, Shown::Text(" ") | Shown::Newline | Shown::Tab)
}

fn line(base: usize, start: usize, end: usize, paragraph: usize) -> ScreenLine {
    ScreenLine::new(base + start, base + end, Some(paragraph))
}

/// Wraps several paragraphs (given as `(index, start, end)`), separated by blank lines.
pub fn wrap_all(
    text: &str,
    paragraphs: impl Iterator<Item = (usize, usize, usize)>,
    width: usize,
) -> Vec<ScreenLine> {
    let mut out = Vec::new();
    for (index, start, end) in paragraphs {
        if !out.is_empty() {
            out.push(ScreenLine::new(start, start, None));
        }
        wrap_paragraph(text, start, end, index, width, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        let mut out = Vec::new();
        wrap_paragraph(text, 0, text.len(), 0, width, &mut out);
        out.iter().map(|l| &text[l.start..l.end()]).collect()
    }

    #[test]
    fn wraps_at_spaces_and_swallows_the_break() {
        assert_eq!(
            lines("the quick brown fox", 10),
            ["the quick ", "brown fox"]
        );
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wide_graphemes_never_overflow() {
        // ratatui #2679: "a🌞b" at 2 columns.
        for width in 1..6 {
            for l in lines("a🌞b 日本語のテキスト 👩‍🔬 ☸️", width) {
                let w: usize = pieces(l).map(|p| cell_width(p.shown, 0, width)).sum();
                assert!(w <= width.max(1), "{l:?} is {w} wide at {width}");
            }
        }
        assert_eq!(lines("a🌞b", 2), ["a", "🌞", "b"]);
    }

    #[test]
    fn escape_sequences_take_no_room() {
        assert_eq!(lines("ab\x1b]0;title\x07cd", 4), ["ab\x1b]0;title\x07cd"]);
    }

    #[test]
    fn a_line_is_sixteen_bytes_and_keeps_its_range() {
        assert_eq!(std::mem::size_of::<ScreenLine>(), 16);
        let l = ScreenLine::new(7, 19, Some(3));
        assert_eq!((l.start, l.end(), l.paragraph()), (7, 19, Some(3)));
        let blank = ScreenLine::new(7, 7, None);
        assert_eq!((blank.end(), blank.paragraph()), (7, None));
    }

    #[test]
    fn empty_paragraph_still_has_a_line() {
        assert_eq!(lines("", 5), [""]);
    }
}
