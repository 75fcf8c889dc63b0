//! The Facts pane: one row per fact — a kind label (not colour alone), the value as a person
//! reads it, and the words it came from.
//!
//! ```text
//! ┌ 2 Facts 23 ────────────────────────┐
//! │money  ≤ $100B   up to $100 billion │
//! │count  ~16,000 employees            │
//! │person Andy Jassy · Amazon CEO      │
//! └────────────────────────────── 3/23 ┘
//! ```

use super::text;
use crate::model::ListView;
use crate::model::layout;
use crate::output::figure;
use crate::sanitize;
use crate::story::{Fact, FactKind};
use crate::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

pub struct FactsPane<'a> {
    pub facts: &'a [Fact],
    /// The document's text, where each fact's words are.
    pub text: &'a str,
    /// The fact ids listed (all, or narrowed by a search or a narrowing).
    pub rows: &'a [usize],
    /// How many facts the story has, to show "12 of 42" when narrowed.
    pub total: usize,
    pub view: &'a ListView,
    /// Facts the selected event rests on: marked with ▸.
    pub marked: &'a [usize],
    pub focused: bool,
    /// Facts are still being extracted (the loading thread).
    pub loading: bool,
    pub theme: &'a Theme,
}

impl Widget for FactsPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let position = match self.view.selected {
            Some(s) => format!(" {}/{} ", s + 1, self.rows.len()),
            None => String::new(),
        };
        let count = if self.rows.len() == self.total {
            self.total.to_string()
        } else {
            format!("{} of {}", self.rows.len(), self.total)
        };
        Block::bordered()
            .border_style(self.theme.border(self.focused))
            .title(Span::styled(
                format!(" 2 Facts {count} "),
                theme::title(self.focused),
            ))
            .title_bottom(Line::from(position).right_aligned())
            .render(area, buf);
        let inner = layout::inner(area);
        if inner.is_empty() {
            return;
        }
        if self.rows.is_empty() && self.total > 0 {
            Paragraph::new(Line::styled("No fact matches.", self.theme.dim())).render(inner, buf);
            return;
        }
        if self.facts.is_empty() && self.loading {
            Paragraph::new(Line::styled("Extracting facts…", self.theme.dim())).render(inner, buf);
            return;
        }
        if self.facts.is_empty() {
            let lines: Vec<Line> = text::wrap(
                "No facts found. Figures (money, counts, percentages), names (organisations, \
                 people, places) and dates in the article are listed here, each linked to its \
                 sentence.",
                inner.width as usize,
            )
            .into_iter()
            .map(|l| Line::styled(l, self.theme.dim()))
            .collect();
            Paragraph::new(lines).render(inner, buf);
            return;
        }
        let rows: Vec<Line> = self
            .rows
            .iter()
            .enumerate()
            .skip(self.view.offset)
            .take(inner.height as usize)
            .filter_map(|(i, &id)| self.facts.get(id).map(|f| (i, f)))
            .map(|(i, f)| {
                let style = if self.view.selected == Some(i) {
                    self.theme.selected(self.focused)
                } else {
                    Style::new()
                };
                let mark = if self.marked.contains(&f.index()) {
                    "▸"
                } else {
                    " "
                };
                let mut line = row(f, self.text, self.theme);
                line.spans.insert(0, Span::styled(mark, theme::key()));
                line.style(style)
            })
            .collect();
        text::draw_lines(&rows, inner, buf);
    }
}

/// One fact as a row; `text` is the document's text.
pub fn row(fact: &Fact, text: &str, theme: &Theme) -> Line<'static> {
    let label = format!("{:<7}", theme::kind_label(fact.kind));
    let value = sanitize::line(&figure::fact_value(fact, text));
    let mut spans = vec![
        Span::styled(label, theme.kind(fact.kind)),
        Span::raw(value.clone()),
    ];
    let text = sanitize::line(fact.text(text));
    let detail = match fact.kind {
        FactKind::Person => fact.role().map(|r| format!(" · {}", sanitize::line(r))),
        _ if text != value => Some(format!("  {text}")),
        _ => None,
    };
    if let Some(d) = detail {
        spans.push(Span::styled(d, theme.dim()));
    }
    Line::from(spans)
}
