//! The status bar: file name, focused pane and position, messages and warnings, key hints
//! (generated from the key table).

use super::theme;
use crate::keymap;
use crate::model::{Model, Pane};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

pub struct StatusBar<'a> {
    pub model: &'a Model,
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let m = self.model;
        let position = match m.focus {
            Pane::Article => format!(
                "line {}/{}",
                (m.article.scroll + 1).min(m.article.lines.len()),
                m.article.lines.len()
            ),
            Pane::Facts => list_position(m.facts.selected, m.facts.len),
            Pane::Timeline => list_position(m.timeline.selected, m.timeline.len),
        };
        let mut left = vec![
            Span::styled(format!(" {} ", m.source), theme::key()),
            Span::raw(format!("│ {} {position} ", m.focus.title())),
        ];
        if let Some(msg) = &m.message {
            left.push(Span::raw(format!("│ {msg} ")));
        } else if let Some(w) = m.warnings.first() {
            left.push(Span::styled(format!("│ ⚠ {w} "), theme::warning()));
        }
        let used: usize = left.iter().map(|s| s.content.width()).sum();
        let mut hints: Vec<Span> = Vec::new();
        let mut hint_width = 0;
        for (key, word) in keymap::hints().collect::<Vec<_>>().into_iter().rev() {
            let w = key.width() + word.width() + 3;
            if used + hint_width + w > area.width as usize {
                break;
            }
            hint_width += w;
            hints.insert(0, Span::raw(format!(" {word} ")));
            hints.insert(0, Span::styled(format!(" {key}"), theme::key()));
        }
        let pad = (area.width as usize).saturating_sub(used + hint_width);
        left.push(Span::raw(" ".repeat(pad)));
        left.extend(hints);
        Paragraph::new(Line::from(left))
            .style(theme::status_bar())
            .render(area, buf);
    }
}

fn list_position(selected: Option<usize>, len: usize) -> String {
    match selected {
        Some(s) => format!("{}/{len}", s + 1),
        None => "0/0".to_string(),
    }
}
