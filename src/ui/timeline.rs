//! The Timeline pane: the story's events in time order.
//!
//! ```text
//! ┌ 3 Timeline 7 ──────────────────────┐
//! │2025-10  ✓ layoffs Amazon 14,000    │
//! │2026-W05 ● layoffs Amazon ~16,000   │
//! └────────────────────────────────────┘
//! ```

use super::{layout, theme};
use crate::model::ListView;
use crate::sanitize;
use crate::story::{Check, Event, Status, format};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub struct TimelinePane<'a> {
    pub events: &'a [Event],
    pub checks: &'a [Check],
    pub view: &'a ListView,
    pub focused: bool,
}

impl Widget for TimelinePane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Block::bordered()
            .border_style(theme::border(self.focused))
            .title(Span::styled(
                format!(" 3 Timeline {} ", self.events.len()),
                theme::title(self.focused),
            ))
            .render(area, buf);
        let inner = layout::inner(area);
        if inner.is_empty() {
            return;
        }
        if self.events.is_empty() {
            Paragraph::new(
                "No events found. What the story reports happening — layoff rounds, \
                 investments, earnings, deals — appears here in time order, with checks on \
                 how the figures add up.",
            )
            .style(theme::dim())
            .wrap(Wrap { trim: true })
            .render(inner, buf);
            return;
        }
        let mut rows: Vec<Line> = self
            .events
            .iter()
            .enumerate()
            .skip(self.view.offset)
            .take(inner.height as usize)
            .map(|(i, e)| {
                let style = if self.view.selected == Some(i) {
                    theme::selected(self.focused)
                } else {
                    Style::new()
                };
                row(e).style(style)
            })
            .collect();
        for c in self.checks {
            let mark = if c.ok { "✓ " } else { "⚠ " };
            rows.push(Line::from(vec![
                Span::styled(mark, theme::key()),
                Span::raw(sanitize::line(&c.message)),
            ]));
        }
        Paragraph::new(rows).render(inner, buf);
    }
}

/// The glyph for a status: distinct shapes, so no colour is needed.
pub fn status_mark(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Completed) => "✓",
        Some(Status::Announced) => "●",
        Some(Status::Reported) => "◐",
        Some(Status::Planned) => "○",
        Some(Status::InTalks) => "…",
        Some(Status::Scheduled) => "▷",
        None => "·",
    }
}

fn row(e: &Event) -> Line<'static> {
    let when = e
        .resolved
        .clone()
        .or_else(|| e.when.clone())
        .unwrap_or_else(|| "—".to_string());
    let mut text = format!(
        "{:<9}{} {:?}",
        sanitize::line(&when),
        status_mark(e.status),
        e.kind
    );
    if let Some(actor) = &e.actor {
        text.push(' ');
        text.push_str(&sanitize::line(actor));
    }
    if let Some(v) = e.value {
        text.push(' ');
        text.push_str(&format::number(v));
    }
    Line::from(text)
}
