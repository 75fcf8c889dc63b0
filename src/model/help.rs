//! The help overlay's content: the keys in effect (the model's `Keymap`), grouped by context,
//! then the search query language, filtered by what is typed. `update` scrolls through these
//! rows and the view (`ui/help.rs`) draws them.

use crate::keymap::{Context, Keymap};
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
