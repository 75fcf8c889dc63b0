//! Wrapping our own UI strings (messages, checks, empty states) with the same safe wrapper the
//! article uses, instead of ratatui's `Paragraph::wrap` (which can panic on wide graphemes in
//! narrow areas).

use crate::model::wrap::{cell_width, wrap_paragraph};
use crate::sanitize::{Shown, pieces};

/// `text` wrapped to `width` columns, sanitised, one string per line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    wrap_paragraph(text, 0, text.len(), 0, width, &mut lines);
    lines
        .iter()
        .map(|l| {
            let mut out = String::new();
            let mut col = 0;
            for p in pieces(&text[l.start..l.end()]) {
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

/// Draws `lines` top-down into `area`, one per row, cut at its width; a line's own style
/// fills its whole row (a selected row is highlighted edge to edge). What `Paragraph` does for
/// unwrapped, left-aligned lines, without its reflow machinery: a third of a frame's work.
pub fn draw_lines(
    lines: &[ratatui::text::Line<'_>],
    area: ratatui::layout::Rect,
    buf: &mut ratatui::buffer::Buffer,
) {
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        let row = ratatui::layout::Rect::new(area.x, y, area.width, 1);
        if line.style != ratatui::style::Style::default() {
            buf.set_style(row, line.style);
        }
        buf.set_line(area.x, y, line, area.width);
    }
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

/// `s` (already sanitised) cut to `width` columns by whole graphemes, ending in `…` when cut:
/// the words of a row give way, and say so, where a figure never does.
pub fn fit(s: &str, width: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = g.width();
        if used + w > width - 1 {
            break;
        }
        used += w;
        out.push_str(g);
    }
    out.push('…');
    out
}

/// `s` (already sanitised) cut to `width` columns from the start, beginning with `…` when
/// cut: a path keeps its file name.
pub fn fit_start(s: &str, width: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut used = 0;
    for g in s.graphemes(true).rev() {
        let w = g.width();
        if used + w > width - 1 {
            break;
        }
        used += w;
        kept.push(g);
    }
    kept.push("…");
    kept.into_iter().rev().collect()
}

/// The display width of `s`.
pub fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

#[cfg(test)]
mod fit_tests {
    use super::*;

    #[test]
    fn cuts_the_start_keeping_the_end() {
        assert_eq!(fit_start("seeds/000_46.txt", 20), "seeds/000_46.txt");
        assert_eq!(fit_start("seeds/000_46.txt", 10), "…00_46.txt");
        assert_eq!(fit_start("日本語.txt", 7), "…語.txt");
        assert_eq!(fit_start("日本語.txt", 6), "….txt");
    }

    #[test]
    fn cuts_with_an_ellipsis_only_when_needed() {
        assert_eq!(
            fit("roughly 16,000 employees", 30),
            "roughly 16,000 employees"
        );
        assert_eq!(fit("roughly 16,000 employees", 10), "roughly 1…");
        assert_eq!(fit("a🌞b", 2), "a…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(width(&fit("🌞🌞🌞", 4)), 3);
    }
}
