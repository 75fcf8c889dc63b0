//! The help overlay's content: the keys in effect (the model's `Keymap`), grouped by context,
//! then the search query language, filtered by what is typed. `update` scrolls through these
//! rows and the view (`ui/help.rs`) draws them.

use super::wrap::wrap_paragraph;
use crate::keymap::{Context, Keymap};
use ratatui::layout::{Margin, Rect};
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

/// The box the overlay takes on a screen of `area` for `rows` rows; `None` when too small.
pub fn popup(area: Rect, rows: usize) -> Option<Rect> {
    let width = area.width.saturating_sub(4).min(78);
    let height = area
        .height
        .saturating_sub(2)
        .min(rows.min(u16::MAX as usize - 3) as u16 + 3);
    (width >= 3 && height >= 3).then(|| {
        Rect::new(
            area.x + (area.width - width) / 2,
            area.y + (area.height - height) / 2,
            width,
            height,
        )
    })
}

/// The widths of the keys column and of the descriptions, inside a box `inner` wide.
pub fn columns(inner: u16) -> (usize, usize) {
    let key_w = 20.min(inner as usize / 2);
    (key_w, (inner as usize).saturating_sub(key_w + 2).max(1))
}

/// How far the overlay scrolls on a screen of `area`: the first row from which the rest fit,
/// so the last page is full and scrolling stops at the end (as `less` does). Lines are
/// counted as the view wraps them.
pub fn last_scroll(keymap: &Keymap, filter: &str, area: Rect) -> usize {
    let rows = rows(keymap, filter);
    let Some(popup) = popup(area, rows.len()) else {
        return 0;
    };
    let inner = popup.inner(Margin::new(1, 1));
    let (_, desc_w) = columns(inner.width);
    let mut room = inner.height as usize;
    let mut wrapped = Vec::new();
    for (i, row) in rows.iter().enumerate().rev() {
        let lines = match row {
            Row::Heading(_) => 1,
            Row::Entry(_, d) => {
                wrapped.clear();
                wrap_paragraph(d, 0, d.len(), 0, desc_w, &mut wrapped);
                wrapped.len().max(1)
            }
        };
        if lines > room {
            return i + 1;
        }
        room -= lines;
    }
    0
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
