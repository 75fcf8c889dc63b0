//! The Article pane: the wrapped text, only the visible lines, with fact mentions and the
//! selected sentence marked, a scrollbar and the position.
//!
//! ```text
//! ┌ 1 Article ─────────────────────────┐
//! │OpenAI is seeking up to $100 billion▲│
//! │in new capital, …                   █│
//! └──────────────────────────── 35% ───┘
//! ```

use crate::model::ArticleView;
use crate::model::layout;
use crate::model::wrap::{ScreenLine, cell_width};
use crate::sanitize::{Shown, pieces};
use crate::story::{Document, Fact, FactKind, Span};
use crate::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{
    Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};
use std::borrow::Cow;

/// Borrows exactly what the article pane draws.
pub struct ArticlePane<'a> {
    pub doc: &'a Document,
    pub view: &'a ArticleView,
    pub facts: &'a [Fact],
    pub selected_fact: Option<&'a Fact>,
    pub highlight: Option<Span>,
    /// Search matches to highlight (sorted, non-overlapping) and the one `n`/`N` is on.
    pub matches: &'a [Span],
    pub current_match: Option<Span>,
    /// Search in context: the sentences with a match (sorted), whose lines are marked • in the
    /// column between the text and the scrollbar.
    pub matched_sentences: Option<&'a [usize]>,
    pub focused: bool,
    pub theme: &'a Theme,
}

impl Widget for ArticlePane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let total = self.view.lines.len();
        let position = if total <= self.view.height {
            "all".to_string()
        } else {
            format!("{}%", self.view.percent())
        };
        let block = Block::bordered()
            .border_style(self.theme.border(self.focused))
            .title(TextSpan::styled(" 1 Article ", theme::title(self.focused)))
            .title_bottom(Line::from(format!(" {position} ")).right_aligned());
        block.render(area, buf);
        let text_area = layout::article_text(area);
        if text_area.is_empty() {
            return;
        }
        if self.doc.is_empty() {
            Paragraph::new("This article is empty: there is nothing to read or extract.")
                .style(self.theme.dim())
                .render(text_area, buf);
            return;
        }
        let visible = self
            .view
            .lines
            .iter()
            .skip(self.view.scroll)
            .take(text_area.height as usize);
        let lines: Vec<Line> = visible
            .clone()
            .map(|l| self.line(l, text_area.width))
            .collect();
        super::text::draw_lines(&lines, text_area, buf);
        if let Some(sentences) = self.matched_sentences
            && text_area.right() < area.right().saturating_sub(1)
        {
            for (row, l) in visible.enumerate() {
                if self.shows_a_match(l, sentences) {
                    buf.set_span(
                        text_area.right(),
                        text_area.y + row as u16,
                        &super::mark(false, true, self.theme),
                        1,
                    );
                }
            }
        }
        if total > self.view.height {
            let mut state = ScrollbarState::new(self.view.max_scroll()).position(self.view.scroll);
            let bar_area = layout::inner(area);
            Scrollbar::new(ScrollbarOrientation::VerticalRight).render(bar_area, buf, &mut state);
        }
    }
}

impl ArticlePane<'_> {
    /// Whether screen line `line` shows part of a sentence in `sentences` (sorted).
    fn shows_a_match(&self, line: &ScreenLine, sentences: &[usize]) -> bool {
        let doc = self.doc;
        let end = line.end();
        let first = doc.sentences.partition_point(|s| s.span.end <= line.start);
        doc.sentences[first..]
            .iter()
            .take_while(|s| s.span.start < end)
            .enumerate()
            .any(|(i, _)| sentences.binary_search(&(first + i)).is_ok())
    }

    /// Builds one screen line from the sanitised pieces of its byte range.
    fn line(&self, line: &ScreenLine, width: u16) -> Line<'static> {
        let Some(paragraph) = line.paragraph() else {
            return Line::default();
        };
        let boilerplate = self
            .doc
            .paragraphs
            .get(paragraph)
            .is_some_and(|p| p.boilerplate);
        let base = if boilerplate {
            self.theme.dim()
        } else {
            Style::new()
        };
        let end = line.end();
        // Facts that overlap this line (facts are sorted by start).
        let first = self.facts.partition_point(|f| f.span().end <= line.start);
        let facts: Vec<(Span, FactKind)> = self.facts[first..]
            .iter()
            .map(|f| (f.span(), f.kind))
            .take_while(|(s, _)| s.start < end)
            .filter(|(s, _)| s.end > line.start)
            .collect();
        let slice = self.doc.text.get(line.start..end).unwrap_or_default();
        let first_match = self.matches.partition_point(|m| m.end <= line.start);
        let last_match = self.matches.partition_point(|m| m.start < end);
        let matches = &self.matches[first_match..last_match.max(first_match)];
        let mut spans: Vec<TextSpan<'static>> = Vec::new();
        let mut col = 0usize;
        let width = width as usize;
        for piece in pieces(slice) {
            let at = line.start + piece.start;
            let w = cell_width(piece.shown, col, width);
            let mut buf = [0u8; 4];
            let shown: Cow<str> = match piece.shown {
                // Wider than the whole line: one placeholder cell.
                Shown::Text(g) if g.len() > 1 && w < unicode_width_of(g) => {
                    Cow::Borrowed("\u{FFFD}")
                }
                Shown::Text(g) => Cow::Borrowed(g),
                Shown::Placeholder(c) => Cow::Owned(c.encode_utf8(&mut buf).to_string()),
                Shown::Tab => Cow::Owned(" ".repeat(w)),
                Shown::Newline => Cow::Borrowed(" "),
            };
            col += w;
            let mut style = base;
            if self.highlight.is_some_and(|h| h.start <= at && at < h.end) {
                style = style.patch(self.theme.highlighted_sentence());
            }
            if let Some((f, kind)) = facts.iter().find(|(f, _)| f.start <= at && at < f.end) {
                style = style.patch(self.theme.mention(*kind));
                if self.selected_fact.is_some_and(|s| s.span() == *f) {
                    style = style.patch(self.theme.mention_selected());
                }
            }
            let i = matches.partition_point(|m| m.end <= at);
            if matches.get(i).is_some_and(|m| m.start <= at) {
                let current = self
                    .current_match
                    .is_some_and(|c| c.start <= at && at < c.end);
                style = style.patch(if current {
                    self.theme.current_match()
                } else {
                    self.theme.search_match()
                });
            }
            match spans.last_mut() {
                Some(last) if last.style == style => last.content.to_mut().push_str(&shown),
                _ => spans.push(TextSpan::styled(shown.into_owned(), style)),
            }
        }
        Line::from(spans)
    }
}

fn unicode_width_of(g: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(g)
}
