//! The help overlay: the keys in effect (the model's `Keymap`: the table's defaults and the
//! config file), grouped by context, and the search query language, filtered by what is typed.
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
use crate::keymap::{Context, Keymap};
use crate::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};
use std::borrow::Cow;

/// The query language, as the help shows it: (example, meaning).
pub const QUERY_HELP: &[(&str, &str)] = &[
    (
        "word",
        "fuzzy match on facts, names, values and text (smart case)",
    ),
    ("\"exact phrase\"", "literal text"),
    (
        "%money %count",
        "only these kinds (also %percent %ordinal %org %person %place %group %date)",
    ),
    ("%event", "search the events"),
    (
        ">10b <=20,000",
        "values: > >= < <=, magnitudes k m b t, $ € £ for money",
    ),
    ("1m..5m ~14000", "a range (inclusive); about (within 10%)"),
    (
        "2025 2025-10",
        "dates in that year, month, quarter (2025-Q4) or week (2026-W04)",
    ),
    ("%money openai >50b", "all of it at once"),
];

/// One row of the overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Heading(&'static str),
    /// Keys (or a query example), and what they do.
    Entry(Cow<'static, str>, &'static str),
}

/// The rows that match `filter` (case-insensitive, on keys and descriptions), with the
/// headings of the sections that still have entries.
pub fn rows(keymap: &Keymap, filter: &str) -> Vec<Row> {
    let filter = filter.to_lowercase();
    let keep = |k: &str, d: &str| {
        filter.is_empty()
            || k.to_lowercase().contains(&filter)
            || d.to_lowercase().contains(&filter)
    };
    let mut out = Vec::new();
    let keys = keymap.help_rows();
    for context in Context::ALL {
        let entries: Vec<Row> = keys
            .iter()
            .filter(|r| r.context == context && keep(&r.keys, r.description))
            .map(|r| Row::Entry(Cow::Owned(r.keys.clone()), r.description))
            .collect();
        if !entries.is_empty() {
            out.push(Row::Heading(context.title()));
            out.extend(entries);
        }
    }
    let queries: Vec<Row> = QUERY_HELP
        .iter()
        .filter(|(k, d)| keep(k, d))
        .map(|&(k, d)| Row::Entry(Cow::Borrowed(k), d))
        .collect();
    if !queries.is_empty() {
        out.push(Row::Heading("Search queries"));
        out.extend(queries);
    }
    out
}

pub struct HelpOverlay<'a> {
    pub scroll: usize,
    pub filter: &'a str,
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = rows(self.keymap, self.filter);
        let width = area.width.saturating_sub(4).min(78);
        let height = area.height.saturating_sub(2).min(rows.len() as u16 + 3);
        if width < 3 || height < 3 {
            return;
        }
        let popup = Rect::new(
            area.x + (area.width - width) / 2,
            area.y + (area.height - height) / 2,
            width,
            height,
        );
        Clear.render(popup, buf);
        let title = if self.filter.is_empty() {
            " Keys — type to filter ".to_string()
        } else {
            format!(" Keys matching “{}” ", crate::sanitize::line(self.filter))
        };
        let block = Block::bordered()
            .title(Span::styled(title, theme::title(true)))
            .title_bottom(Line::from(" Esc close · ↑↓ scroll ").right_aligned())
            .border_style(self.theme.border(true));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let key_w = 20.min(inner.width as usize / 2);
        let desc_w = (inner.width as usize).saturating_sub(key_w + 2).max(1);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filtering_keeps_matching_entries_under_their_headings() {
        let map = Keymap::default();
        let all = rows(&map, "");
        assert!(all.contains(&Row::Heading("Reading")));
        assert!(all.contains(&Row::Heading("Search queries")));
        let quit = rows(&map, "quit");
        assert!(quit.contains(&Row::Entry("q Ctrl-c".into(), "quit")));
        assert!(
            !quit
                .iter()
                .any(|r| matches!(r, Row::Entry(k, _) if k == "j ↓"))
        );
        assert!(
            rows(&map, "%money")
                .iter()
                .any(|r| matches!(r, Row::Entry(k, _) if k == "%money %count"))
        );
        assert!(rows(&map, "zzzz-nothing").is_empty());
    }
}
