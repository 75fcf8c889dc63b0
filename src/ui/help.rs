//! The help overlay: draws the rows of `model::help` (the keys in effect, the search query
//! language, filtered by what is typed) in a box over the panes.
//!
//! ```text
//! ┌ Keys — type to filter ──────────────────────┐
//! │ Reading                                      │
//! │        j ↓  down one line / next item        │
//! │ Search queries                               │
//! │  %money >10b  money over ten billion         │
//! └──────────────────────────── Esc close · ↑↓ ──┘
//! ```

use super::text;
use crate::keymap::Keymap;
use crate::model::help::{Row, columns, popup, rows};
use crate::msg::Msg;
use crate::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// The hints at the bottom edge, from the keys in effect (the overlay reads the prompt's).
const HINTS: &[(&[Msg], &str)] = &[
    (&[Msg::Cancel], "close"),
    (&[Msg::PromptUp, Msg::PromptDown], "scroll"),
];

pub struct HelpOverlay<'a> {
    pub scroll: usize,
    pub filter: &'a str,
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = rows(self.keymap, self.filter);
        let Some(popup) = popup(area, rows.len()) else {
            return;
        };
        Clear.render(popup, buf);
        let title = if self.filter.is_empty() {
            " Keys — type to filter ".to_string()
        } else {
            format!(" Keys matching “{}” ", crate::sanitize::line(self.filter))
        };
        let block = Block::bordered()
            .title(Span::styled(title, theme::title(true)))
            .title_bottom(
                Line::from(format!(" {} ", self.keymap.prompt_hints(HINTS))).right_aligned(),
            )
            .border_style(self.theme.border(true));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let (key_w, desc_w) = columns(inner.width);
        let mut lines: Vec<Line> = Vec::new();
        for row in rows.iter().skip(self.scroll) {
            match row {
                Row::Heading(h) => lines.push(Line::styled(*h, theme::title(false))),
                Row::Entry(keys, description) => {
                    for (i, d) in text::wrap(description, desc_w).into_iter().enumerate() {
                        let k = if i == 0 { keys.as_ref() } else { "" };
                        lines.push(Line::from(vec![
                            Span::styled(format!("{k:>key_w$}  "), theme::key()),
                            Span::raw(d),
                        ]));
                    }
                }
            }
        }
        if rows.is_empty() {
            lines.push(Line::styled("no key matches", self.theme.dim()));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}
