//! The Timeline pane: the story's events in time order, then each series (layoff rounds,
//! funding rounds) as bars with its cumulative total against the plan, then the checks.
//!
//! ```text
//! ┌ 3 Timeline 8 ─────────────────────────────────┐
//! │2025-10   ✓ layoffs  Amazon  14,000        #1  │
//! │2026-W05  ● layoffs  Amazon  ~16,000       #2  │
//! │── Amazon layoffs ─────────────────────────────│
//! │#1 ████████████▌            14,000             │
//! │#2 ██████████████           ~16,000            │
//! │plan ███████████████████████ 30,000 of 30,000  │
//! │✓ 14,000 + ~16,000 = 30,000, matching the plan │
//! └───────────────────────────────────────────────┘
//! ```

use super::text;
use crate::model::ListView;
use crate::model::layout;
use crate::model::timeline::{self, Summary};
use crate::output::figure::{self, Unit, figure, round_label, series_name};
use crate::sanitize;
use crate::story::{Event, Fact, Status};
use crate::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

pub struct TimelinePane<'a> {
    pub events: &'a [Event],
    /// The event ids listed (all, or narrowed).
    pub rows: &'a [usize],
    /// The selected fact, whose events are marked with ▸.
    pub marked_fact: Option<usize>,
    /// Search in context: the rows showing a match (by row; empty: none).
    pub matched: &'a [bool],
    /// The series and checks drawn under the events (all, or a narrowing's).
    pub summary: Summary<'a>,
    pub facts: &'a [Fact],
    /// The document's text, where each fact's words are.
    pub text: &'a str,
    /// The line that says the dates are relative (no reference date), if they are: the
    /// first of these that fits.
    pub banner: Option<Vec<String>>,
    pub view: &'a ListView,
    pub focused: bool,
    /// Events are still being extracted (the loading thread).
    pub loading: bool,
    pub theme: &'a Theme,
}

impl Widget for TimelinePane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        self.draw(area, buf);
    }
}

impl TimelinePane<'_> {
    /// Draws the pane and says where the selected event's row is, if it is drawn (for the
    /// terminal cursor).
    pub fn draw(self, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let position = match self.view.selected {
            Some(s) if self.focused => format!(" {}/{} ", s + 1, self.rows.len()),
            _ => String::new(),
        };
        Block::bordered()
            .border_style(self.theme.border(self.focused))
            .title(Span::styled(
                format!(" 3 Timeline {} ", self.rows.len()),
                theme::title(self.focused),
            ))
            .title_bottom(Line::from(position.clone()).right_aligned())
            .render(area, buf);
        let inner = self.body(area);
        if inner.is_empty() {
            return None;
        }
        if let Some(banner) = &self.banner
            && inner.y > layout::inner(area).y
        {
            let row = Rect::new(inner.x, inner.y - 1, inner.width, 1);
            let w = inner.width as usize;
            let said = banner
                .iter()
                .find(|b| text::width(b) <= w)
                .or(banner.last())
                .map_or(String::new(), |b| text::fit(b, w));
            let line = Line::styled(said, self.theme.warning());
            text::draw_lines(&[line], row, buf);
        }
        let width = inner.width as usize;
        if self.events.is_empty() && self.loading {
            Paragraph::new(Line::styled("Extracting events…", self.theme.dim())).render(inner, buf);
            return None;
        }
        if self.events.is_empty() {
            let lines: Vec<Line> = text::wrap(
                "No events found. What the story reports happening — layoff rounds, \
                 investments, earnings, deals — appears here in time order, with checks on \
                 how the figures add up.",
                width,
            )
            .into_iter()
            .map(|l| Line::styled(l, self.theme.dim()))
            .collect();
            Paragraph::new(lines).render(inner, buf);
            return None;
        }
        let height = inner.height as usize;
        let list_rows = self.list_rows(inner);
        let below = self.summary(width, height - list_rows.min(height));
        let mut rows: Vec<Line> = self
            .rows
            .iter()
            .enumerate()
            .skip(self.first_row(list_rows))
            .take(list_rows)
            .filter_map(|(i, &id)| self.events.get(id).map(|e| (i, e)))
            .map(|(i, e)| {
                let style = if self.view.selected == Some(i) {
                    self.theme.selected(self.focused)
                } else {
                    Style::new()
                };
                let mut line = event_row(e, self.theme, width.saturating_sub(1));
                let linked = self.marked_fact.is_some_and(|f| e.facts.contains(&f));
                let matched = self.matched.get(i) == Some(&true);
                line.spans
                    .insert(0, super::mark(linked, matched, self.theme));
                line.style(style)
            })
            .collect();
        // The legend of the marks drawn, on the bottom border, left of the position.
        let first = self.first_row(list_rows);
        let mut seen: Vec<Option<Status>> = Vec::new();
        for &id in self.rows.iter().skip(first).take(list_rows) {
            if let Some(e) = self.events.get(id)
                && !seen.contains(&e.status)
            {
                seen.push(e.status);
            }
        }
        let room = (area.width as usize).saturating_sub(position.chars().count() + 3);
        let mut legend = String::new();
        for s in seen {
            let item = format!(" {} {} ", status_mark(s), status_word(s));
            if text::width(&legend) + text::width(&item) > room {
                break;
            }
            legend.push_str(&item);
        }
        if !legend.is_empty() && area.height > 2 {
            buf.set_string(area.x + 1, area.bottom() - 1, legend, self.theme.dim());
        }
        let cursor = self
            .view
            .selected
            .and_then(|s| s.checked_sub(self.first_row(list_rows)))
            .filter(|&row| row < list_rows)
            .map(|row| Position::new(inner.x, inner.y + row as u16));
        rows.extend(below);
        text::draw_lines(&rows, inner, buf);
        cursor
    }
}

impl TimelinePane<'_> {
    /// How many event rows are drawn inside `inner`: the same figure `update` scrolls the
    /// list by ([`Model::list_rows`](crate::model::Model::list_rows)).
    fn list_rows(&self, inner: Rect) -> usize {
        let height = inner.height as usize;
        let summary = timeline::summary_rows(
            self.summary,
            self.facts,
            inner.width as usize,
            timeline::summary_cap(height),
        );
        timeline::list_rows(self.rows.len(), height, summary)
    }

    /// The rows inside the border under the banner, if there is one.
    fn body(&self, area: Rect) -> Rect {
        let mut inner = layout::inner(area);
        if self.banner.is_some() && inner.height > 1 {
            inner.y += 1;
            inner.height -= 1;
        }
        inner
    }

    /// The index of the first event row drawn.
    fn first_row(&self, list_rows: usize) -> usize {
        self.view
            .offset
            .min(self.rows.len().saturating_sub(list_rows))
    }

    /// Where the selected event's row is drawn in `area` (the whole pane), if it is.
    pub fn selected_position(&self, area: Rect) -> Option<Position> {
        let inner = self.body(area);
        let selected = self.view.selected?;
        if inner.is_empty() || self.events.is_empty() {
            return None;
        }
        let list_rows = self.list_rows(inner);
        let row = selected.checked_sub(self.first_row(list_rows))?;
        (row < list_rows).then(|| Position::new(inner.x, inner.y + row as u16))
    }

    /// Series bars, gauges and checks, for a pane `width` columns wide: the first `limit`
    /// lines of them (what the pane has room for).
    fn summary(&self, width: usize, limit: usize) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        if self.summary.told {
            let selected = self
                .view
                .selected
                .and_then(|i| self.rows.get(i))
                .and_then(|&id| self.events.get(id));
            let said = match selected {
                Some(e) => mentions_text(e, self.facts, self.text),
                None => vec!["select an event to see where it is told".to_string()],
            };
            let fits = said
                .iter()
                .find(|s| text::width(s) <= width)
                .or(said.last())
                .map_or(String::new(), |s| text::fit(s, width));
            lines.push(Line::styled(fits, self.theme.dim()));
        }
        for s in self.summary.series() {
            if lines.len() >= limit {
                break;
            }
            let title = format!(
                "── {} ",
                sanitize::line(&series_name(s.kind, s.actor.as_deref()))
            );
            let fill = width.saturating_sub(unicode_width::UnicodeWidthStr::width(title.as_str()));
            lines.push(Line::styled(
                format!("{title}{}", "─".repeat(fill)),
                self.theme.dim(),
            ));
            let plan = s
                .plan
                .and_then(|p| self.facts.get(p))
                .and_then(|f| f.value());
            let max = s
                .rounds
                .iter()
                .filter_map(|r| r.value)
                .fold(plan.unwrap_or(0.0), f64::max);
            let label_w = 4;
            let total: f64 = s.rounds.iter().filter_map(|r| r.value).sum();
            // Each bar's figure as a person reads it; the bars take the width left.
            let mut bars: Vec<(String, f64, String)> = s
                .rounds
                .iter()
                .map(|r| {
                    let shown = r
                        .fact
                        .and_then(|f| self.facts.get(f))
                        .map(|f| figure::fact_value_without_noun(f, self.text))
                        .unwrap_or_else(|| "?".into());
                    (round_label(s.kind, r.round), r.value.unwrap_or(0.0), shown)
                })
                .collect();
            if let Some(plan) = plan {
                let pct = if plan > 0.0 {
                    total / plan * 100.0
                } else {
                    0.0
                };
                bars.push((
                    "Σ".to_string(),
                    total,
                    format!(
                        "{}/{} plan {pct:.0}%",
                        figure::number(total),
                        figure::number(plan)
                    ),
                ));
            }
            let value_w = bars
                .iter()
                .map(|b| unicode_width::UnicodeWidthStr::width(b.2.as_str()) + 1)
                .max()
                .unwrap_or(0);
            let bar_w = width.saturating_sub(label_w + value_w);
            for (label, value, shown) in bars {
                lines.push(Line::from(vec![
                    Span::styled(format!("{label:<label_w$}"), theme::key()),
                    Span::raw(bar(value, max, bar_w)),
                    Span::raw(format!(" {shown}")),
                ]));
            }
        }
        for c in self.summary.checks() {
            if lines.len() >= limit {
                break;
            }
            let mark = if c.ok { "= " } else { "⚠ " };
            let said = figure::check_line(c, self.summary.series);
            for (i, l) in text::wrap(&said, width.saturating_sub(2))
                .into_iter()
                .enumerate()
            {
                let lead = if i == 0 { mark } else { "  " };
                let style = if c.ok {
                    Style::new()
                } else {
                    self.theme.warning()
                };
                lines.push(Line::from(vec![Span::styled(lead, style), Span::raw(l)]));
            }
        }
        lines.truncate(limit);
        lines
    }
}

/// A bar of `value` against `max` in `width` cells, with eighth-blocks for the remainder.
fn bar(value: f64, max: f64, width: usize) -> String {
    if width == 0 || max <= 0.0 || !value.is_finite() {
        return " ".repeat(width);
    }
    let eighths = ((value / max).clamp(0.0, 1.0) * (width * 8) as f64).round() as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8 - 1]);
    }
    let used = eighths / 8 + usize::from(!eighths.is_multiple_of(8));
    s.push_str(&" ".repeat(width.saturating_sub(used)));
    s
}

/// What a status mark means, for the legend under the list.
pub fn status_word(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Completed) => "done",
        Some(Status::Announced) => "announced",
        Some(Status::Reported) => "reported",
        Some(Status::Planned) => "planned",
        Some(Status::InTalks) => "in talks",
        Some(Status::Scheduled) => "scheduled",
        Some(Status::Possible) => "possible",
        None => "unknown",
    }
}

/// The glyph for a status: distinct shapes, so no colour is needed. A check that agrees is
/// `=`, never `✓`, which says an event is done.
pub fn status_mark(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Completed) => "✓",
        Some(Status::Announced) => "●",
        Some(Status::Reported) => "◐",
        Some(Status::Planned) => "○",
        // Not `…`, which marks words cut short.
        Some(Status::InTalks) => "◇",
        Some(Status::Scheduled) => "▷",
        Some(Status::Possible) => "?",
        None => "·",
    }
}

/// Where the selected event is told, for the line under the list: each telling's sentence
/// number, status mark and figure ("told 3×: s1 ● 200 · s2 ✓ 200 · s3 ◐ ~250 · Enter: each"),
/// then shorter forms of it for narrower panes, the shortest last.
pub fn mentions_text(e: &Event, facts: &[Fact], text: &str) -> Vec<String> {
    let mentions = e.mentions();
    // One line shows a few dozen tellings at most: format no more than that, so a frame costs
    // the same on an event told 100,000 times as on one told twice.
    let mut told: Vec<String> = mentions
        .iter()
        .take(MAX_TELLINGS_SHOWN)
        .map(|m| {
            let figure = m
                .facts
                .iter()
                .filter_map(|&f| facts.get(f))
                .find(|f| f.kind.is_quantity())
                .map(|f| format!(" {}", figure::fact_value_without_noun(f, text)))
                .unwrap_or_default();
            format!("s{} {}{figure}", m.sentence + 1, status_mark(m.status))
        })
        .collect();
    let warn = if e.disagrees() { " ⚠" } else { "" };
    if mentions.len() > MAX_TELLINGS_SHOWN {
        told.push(format!("… {} more", mentions.len() - MAX_TELLINGS_SHOWN));
    }
    match mentions.len() {
        1 => vec![format!("told once: {}", told[0])],
        n => vec![
            format!("told {n}×{warn}: {} · Enter: each", told.join(" · ")),
            format!("told {n}×{warn}: {}", told.join(" · ")),
            format!("{n}×{warn} {}", told.join(" ")),
        ],
    }
}

/// The most tellings one line formats (200 columns hold about twenty).
const MAX_TELLINGS_SHOWN: usize = 40;

/// The width of the "when" column: a day (`2025-03-13`) fits.
pub const WHEN_WIDTH: usize = 10;

/// One event in `width` columns: when, status mark, kind, actor, figure, round. The figure and
/// the round are never cut; the words before them give way and end in `…`.
pub fn event_row(e: &Event, theme: &Theme, width: usize) -> Line<'static> {
    let when = if e.is_undated() {
        "undated".to_string()
    } else {
        text::fit(&sanitize::line(&e.when_shown()), WHEN_WIDTH)
    };
    let value = e
        .value
        .map(|v| figure(v, Unit::of_event(e).without_noun(), e.qualifier));
    let round = e.round.map(|r| round_label(e.kind, r));
    // How often it is told, when more than once; ⚠ when the tellings disagree.
    let told = match e.mention_count() {
        1 => None,
        n if e.disagrees() => Some(format!("×{n}⚠")),
        n => Some(format!("×{n}")),
    };
    let fixed = WHEN_WIDTH
        + 1
        + 2
        + value.as_ref().map_or(0, |v| text::width(v) + 1)
        + round.as_ref().map_or(0, |r| text::width(r) + 1)
        + told.as_ref().map_or(0, |t| text::width(t) + 1);
    let mut left = width.saturating_sub(fixed);
    let mut spans = vec![
        Span::raw(format!("{when:<WHEN_WIDTH$} ")),
        Span::styled(format!("{} ", status_mark(e.status)), theme::key()),
    ];
    // The kinds line up in a column when there is room for it and the actor.
    let actor_w = e
        .actor
        .as_deref()
        .map_or(0, |a| text::width(&sanitize::line(a)) + 1);
    let kind = if left >= 13 + actor_w {
        format!("{:<12} ", e.kind.label())
    } else {
        text::fit(&format!("{} ", e.kind.label()), left)
    };
    left -= text::width(&kind);
    spans.push(Span::raw(kind));
    if let Some(actor) = &e.actor
        && left > 1
    {
        let actor = text::fit(&sanitize::line(actor), left - 1);
        left -= text::width(&actor) + 1;
        spans.push(Span::raw(format!("{actor} ")));
    }
    if let Some(v) = value {
        spans.push(Span::raw(format!("{v} ")));
    }
    if let Some(r) = round {
        spans.push(Span::styled(format!("{r} "), theme.dim()));
    }
    if let Some(t) = told {
        spans.push(Span::styled(format!("{t} "), theme.dim()));
    }
    if let Some(l) = &e.label
        && left > 1
    {
        spans.push(Span::styled(
            text::fit(&sanitize::line(l), left - 1),
            theme.dim(),
        ));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_and_never_overflow() {
        assert_eq!(bar(5.0, 10.0, 4), "██  ");
        assert_eq!(bar(10.0, 10.0, 4), "████");
        assert_eq!(bar(1.0, 8.0, 1), "▏");
        assert_eq!(bar(1.0, 0.0, 3), "   ");
        for w in 0..10 {
            assert_eq!(
                unicode_width::UnicodeWidthStr::width(bar(3.0, 7.0, w).as_str()),
                w
            );
        }
    }
}
