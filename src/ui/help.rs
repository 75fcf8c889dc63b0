//! The help overlay: the key table, generated from `keymap::BINDINGS`.

use super::theme;
use crate::keymap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

pub struct HelpOverlay {
    pub scroll: usize,
}

impl Widget for HelpOverlay {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = keymap::help_rows();
        let width = area.width.saturating_sub(4).min(64);
        let height = area.height.saturating_sub(2).min(rows.len() as u16 + 2);
        let popup = Rect::new(
            area.x + (area.width - width) / 2,
            area.y + (area.height - height) / 2,
            width,
            height,
        );
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(Span::styled(" Keys ", theme::title(true)))
            .title_bottom(Line::from(" Esc close · j/k scroll ").right_aligned())
            .border_style(theme::border(true));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let lines: Vec<Line> = rows
            .iter()
            .skip(self.scroll)
            .map(|(keys, description)| {
                Line::from(vec![
                    Span::styled(format!("{keys:>11}  "), theme::key()),
                    Span::raw(*description),
                ])
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
