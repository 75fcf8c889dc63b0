//! The Facts pane: figures first, by kind, each value right-aligned in its column and never
//! cut; then each name once with how often it is mentioned, unfolded to its mentions with
//! Enter or →. `s` shows one row per fact in text order instead (see `model/fact_lines.rs`).
//! A kind label on every row (not colour alone); words that do not fit end in `…`.
//!
//! ```text
//! ┌ 2 Facts 42 ────────────────────────────┐
//! │ money    ≤ $100B  up to $100 billion    │
//! │ count    ~16,000  roughly 16,000 emplo… │
//! │ org    ▼ Amazon                     ×10 │
//! │          │ 3 Amazon is in talks to inv… │
//! │ person   Andy Jassy · Amazon CEO        │
//! └───────────────────────────────── 3/23 ┘
//! ```

use super::text;
use crate::model::layout;
use crate::model::{FactLine, ListView, Shape};
use crate::output::figure;
use crate::sanitize;
use crate::story::{Document, Fact, FactKind};
use crate::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

pub struct FactsPane<'a> {
    pub facts: &'a [Fact],
    /// Grouped lines (names indented under the groups' ▶) or text order.
    pub grouped: bool,
    /// The document, where each fact's words and sentence are.
    pub doc: &'a Document,
    /// How many facts are listed (all, or narrowed by a search or a narrowing).
    pub listed: usize,
    /// The pane's lines (see `model/fact_lines.rs`).
    pub lines: &'a [FactLine],
    /// How many facts the story has, to show "12 of 42" when narrowed.
    pub total: usize,
    pub view: &'a ListView,
    /// Facts the selected event rests on: marked with ▸.
    pub marked: &'a [usize],
    /// Search in context: the lines showing a match (by line; empty: none), marked • in the
    /// match style.
    pub matched: &'a [bool],
    pub focused: bool,
    /// Facts are still being extracted (the loading thread).
    pub loading: bool,
    pub theme: &'a Theme,
}

impl Widget for FactsPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let position = match self.view.selected {
            Some(s) => format!(" {}/{} ", s + 1, self.lines.len()),
            None => String::new(),
        };
        let count = if self.listed == self.total {
            self.total.to_string()
        } else {
            format!("{} of {}", self.listed, self.total)
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
        if self.lines.is_empty() && self.total > 0 {
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
        let width = inner.width as usize;
        let shown = self
            .lines
            .iter()
            .enumerate()
            .skip(self.view.offset)
            .take(inner.height as usize);
        // Each kind's figures in a column as wide as its widest value drawn (at most half the
        // row), so that the values of one kind line up on their right.
        let mut value_w = [0; FactKind::ALL.len()];
        for (_, l) in shown.clone() {
            if let Some((v, _)) = self.figure(l)
                && let Some(k) = self.facts.get(l.fact).map(|f| kind_index(f.kind))
            {
                value_w[k] = value_w[k].max(text::width(&v).min(width / 2));
            }
        }
        let rows: Vec<Line> = shown
            .filter_map(|(i, l)| self.facts.get(l.fact).map(|f| (i, l, f)))
            .map(|(i, l, f)| {
                let style = if self.view.selected == Some(i) {
                    self.theme.selected(self.focused)
                } else {
                    Style::new()
                };
                let linked = self.is_marked(l, f);
                let matched = self.matched.get(i) == Some(&true);
                let mut line =
                    self.line(l, f, width.saturating_sub(1), value_w[kind_index(f.kind)]);
                line.spans
                    .insert(0, super::mark(linked, matched, self.theme));
                line.style(style)
            })
            .collect();
        text::draw_lines(&rows, inner, buf);
    }
}

impl FactsPane<'_> {
    /// A figure line's value and the words it came from (when they say more).
    fn figure(&self, line: &FactLine) -> Option<(String, Option<String>)> {
        let fact = self.facts.get(line.fact)?;
        if line.shape != Shape::Fact || fact.kind.is_entity() {
            return None;
        }
        let text = &self.doc.text;
        let value = sanitize::line(&figure::fact_value_without_noun(fact, text));
        let words = sanitize::line(fact.text(text));
        let words = (words != value).then_some(words);
        Some((value, words))
    }

    /// Whether the line shows a fact the selected event rests on.
    fn is_marked(&self, line: &FactLine, fact: &Fact) -> bool {
        match line.shape {
            Shape::Group { .. } => self
                .marked
                .iter()
                .any(|&m| self.facts.get(m).and_then(Fact::entity_index) == fact.entity_index()),
            _ => self.marked.contains(&fact.index()),
        }
    }

    /// One line, `width` columns after the mark; figures right-aligned in `value_w` columns.
    fn line(&self, line: &FactLine, fact: &Fact, width: usize, value_w: usize) -> Line<'static> {
        let theme = self.theme;
        // A mention's kind is its group's, on the line above.
        let label = match line.shape {
            Shape::Member => Span::raw(" ".repeat(7)),
            _ => Span::styled(
                format!("{:<7}", theme::kind_label(fact.kind)),
                theme.kind(fact.kind),
            ),
        };
        let rest = width.saturating_sub(7);
        let mut spans = vec![label];
        if let Some((value, words)) = self.figure(line) {
            // The figure whole, the words what is left.
            let pad = value_w.saturating_sub(text::width(&value));
            let used = pad + text::width(&value);
            spans.push(Span::raw(format!("{}{value}", " ".repeat(pad))));
            if let Some(w) = words
                && rest > used + 2
            {
                spans.push(Span::styled(
                    format!("  {}", text::fit(&w, rest - used - 2)),
                    theme.dim(),
                ));
            }
            return Line::from(spans);
        }
        let text = &self.doc.text;
        let name = sanitize::line(&figure::fact_value(fact, text));
        match line.shape {
            Shape::Group { mentions, expanded } => {
                let count = format!(" ×{mentions} ");
                let room = rest.saturating_sub(2 + text::width(&count));
                let name = text::fit(&name, room);
                let pad = room.saturating_sub(text::width(&name));
                spans.push(Span::styled(
                    if expanded { "▼ " } else { "▶ " },
                    theme::key(),
                ));
                spans.push(Span::raw(name));
                spans.push(Span::styled(
                    format!("{}{count}", " ".repeat(pad)),
                    theme.dim(),
                ));
            }
            Shape::Member => {
                let n = fact.sentence_index() + 1;
                let sentence = self.doc.sentence_text(fact.sentence_index());
                let lead = format!("  │ {n} ");
                let room = rest.saturating_sub(text::width(&lead));
                // At most a screen's worth of the sentence is read.
                let cut = sentence
                    .char_indices()
                    .nth(room.saturating_mul(4).max(1))
                    .map_or(sentence.len(), |(i, _)| i);
                spans.push(Span::styled(lead, theme.dim()));
                spans.push(Span::raw(text::fit(
                    &sanitize::line(&sentence[..cut]),
                    room,
                )));
            }
            Shape::Fact => {
                let words = sanitize::line(fact.text(text));
                let detail = match fact.kind {
                    FactKind::Person => fact.role().map(|r| format!(" · {}", sanitize::line(r))),
                    _ if words != name => Some(format!("  {words}")),
                    _ => None,
                };
                let lead = if self.grouped { "  " } else { "" };
                let name = text::fit(&format!("{lead}{name}"), rest);
                let left = rest.saturating_sub(text::width(&name));
                spans.push(Span::raw(name));
                if let Some(d) = detail
                    && left > 1
                {
                    spans.push(Span::styled(text::fit(&d, left), theme.dim()));
                }
            }
        }
        Line::from(spans)
    }
}

/// The position of `kind` in [`FactKind::ALL`].
fn kind_index(kind: FactKind) -> usize {
    FactKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}
