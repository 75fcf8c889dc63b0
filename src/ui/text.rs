//! Wrapping our own UI strings (messages, checks, empty states) with the same safe wrapper the
//! article uses, instead of ratatui's `Paragraph::wrap` (which can panic on wide graphemes in
//! narrow areas).

use crate::sanitize::{Shown, pieces};
use crate::wrap::{cell_width, wrap_paragraph};

/// `text` wrapped to `width` columns, sanitised, one string per line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    wrap_paragraph(text, 0, text.len(), 0, width, &mut lines);
    lines
        .iter()
        .map(|l| {
            let mut out = String::new();
            let mut col = 0;
            for p in pieces(&text[l.start..l.end]) {
                let w = cell_width(p.shown, col, width);
                col += w;
                match p.shown {
                    Shown::Text(g) if unicode_width::UnicodeWidthStr::width(g) > w => {
                        out.push('\u{FFFD}')
                    }
                    Shown::Text(g) => out.push_str(g),
                    Shown::Placeholder(c) => out.push(c),
                    Shown::Tab | Shown::Newline => out.push_str(&" ".repeat(w)),
                }
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_sanitises() {
        assert_eq!(wrap("one two three", 8), ["one two ", "three"]);
        assert_eq!(wrap("a\x1b]0;x\x07b", 5), ["ab"]);
        assert_eq!(wrap("🌞", 1), ["\u{FFFD}"]);
    }
}
