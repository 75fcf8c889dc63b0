//! How the Timeline pane's rows are shared between the event list and the summary below it
//! (series bars, checks). `update` scrolls the list and the view draws it from the same
//! figures, so the selected event is always among the rows drawn (issue 15, item 1).
//!
//! ```text
//! ┌ 3 Timeline ┐
//! │ event rows │  list_rows(…) of them: what the list needs, or what the summary leaves
//! │ ── series  │  summary: at most two thirds of the pane while the list has more rows
//! │ ✓ check    │
//! └────────────┘
//! ```

use super::Model;
use super::layout;
use super::wrap::wrap_paragraph;
use crate::pane::Pane;
use crate::story::{Check, Event, Fact, Series, Story};
use ratatui::layout::Rect;

impl Model {
    /// The rows a list pane (Facts, Timeline) gives its list in the current layout; 1 when the
    /// pane is not shown. Every scroll of a list is kept within these rows.
    pub fn list_rows(&self, pane: Pane) -> usize {
        let areas = layout::areas(
            Rect::new(0, 0, self.width, self.height),
            self.focus,
            self.zoomed,
        );
        let Some(inner) = areas.pane(pane).map(layout::inner) else {
            return 1;
        };
        let height = inner.height as usize;
        match pane {
            Pane::Timeline => {
                let story = &self.story;
                let height = height.saturating_sub(usize::from(banner(story)));
                let summary = summary_rows(
                    self.summary(),
                    &story.facts,
                    inner.width as usize,
                    summary_cap(height),
                );
                list_rows(self.event_rows.len(), height, summary)
            }
            _ => height,
        }
        .max(1)
    }

    /// The series and checks the Timeline's summary shows: all of them, or those of the
    /// innermost narrowing.
    pub fn summary(&self) -> Summary<'_> {
        Summary {
            series: &self.story.series,
            checks: &self.story.checks,
            series_rows: self.series_rows.as_deref(),
            check_rows: self.check_rows.as_deref(),
            told: mentions_line(&self.story.events),
        }
    }
}

/// The series and checks under the Timeline's events: all of the story's, or the listed ones
/// (`None`: all). Read lazily, so that drawing stops at what fits.
#[derive(Debug, Clone, Copy)]
pub struct Summary<'a> {
    pub series: &'a [Series],
    pub checks: &'a [Check],
    pub series_rows: Option<&'a [usize]>,
    pub check_rows: Option<&'a [usize]>,
    /// Whether the summary opens with the line saying where the selected event is told.
    pub told: bool,
}

impl<'a> Summary<'a> {
    /// The whole story's series and checks.
    pub fn all(series: &'a [Series], checks: &'a [Check]) -> Summary<'a> {
        Summary {
            series,
            checks,
            series_rows: None,
            check_rows: None,
            told: false,
        }
    }

    pub fn series(&self) -> impl Iterator<Item = &'a Series> + 'a {
        listed(self.series, self.series_rows)
    }

    pub fn checks(&self) -> impl Iterator<Item = &'a Check> + 'a {
        listed(self.checks, self.check_rows)
    }
}

/// The items of `all` at `rows`, or all of them.
fn listed<'a, T>(all: &'a [T], rows: Option<&'a [usize]>) -> impl Iterator<Item = &'a T> + 'a {
    let (whole, some) = match rows {
        None => (Some(all.iter()), None),
        Some(r) => (None, Some(r.iter().filter_map(|&i| all.get(i)))),
    };
    whole
        .into_iter()
        .flatten()
        .chain(some.into_iter().flatten())
}

/// The rows of the summary drawn under the events in a pane `width` columns wide, counted up
/// to `cap` (the most that can matter): the line of the selected event's mentions (when some
/// event is told more than once), one per series title, round and plan, and each check's
/// wrapped lines (with the rounds it rests on). Stops at `cap`, so a story with thousands of
/// checks costs a screen.
pub fn summary_rows(summary: Summary<'_>, facts: &[Fact], width: usize, cap: usize) -> usize {
    let mut rows = usize::from(summary.told);
    for s in summary.series() {
        if rows >= cap {
            return cap;
        }
        let plan = s
            .plan
            .and_then(|p| facts.get(p))
            .and_then(|f| f.value())
            .is_some();
        rows += 1 + s.rounds.len() + usize::from(plan);
    }
    let mut lines = Vec::new();
    for c in summary.checks() {
        if rows >= cap {
            return cap;
        }
        lines.clear();
        let line = crate::output::figure::check_line(c, summary.series);
        wrap_paragraph(&line, 0, line.len(), 0, width.saturating_sub(2), &mut lines);
        rows += lines.len().max(1);
    }
    rows.min(cap)
}

/// Whether the Timeline has the line that lists the selected event's mentions: some event of
/// the story is told more than once. It depends on the story, not on the selection, so the
/// list keeps its rows as the selection moves.
pub fn mentions_line(events: &[Event]) -> bool {
    events.iter().any(|e| e.mention_count() > 1)
}

/// Whether the Timeline opens with the banner saying its dates are relative: the story has
/// events and no reference date (none in the text, none given with `--date` or `D`).
pub fn banner(story: &Story) -> bool {
    story.reference_date.is_none() && !story.events.is_empty()
}

/// How many event rows a Timeline of `height` inner rows draws for `listed` events when the
/// summary needs `summary` rows: the list gets the room it needs; the summary what is left,
/// but at least a third of the pane when the list is long.
pub fn list_rows(listed: usize, height: usize, summary: usize) -> usize {
    listed
        .min(height.saturating_sub(summary.min(height * 2 / 3)))
        .max(1.min(height))
}

/// The summary rows that can matter in a pane `height` rows tall: the summary never takes
/// more than two thirds of it.
pub fn summary_cap(height: usize) -> usize {
    height * 2 / 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_keeps_a_third_and_takes_what_it_needs() {
        assert_eq!(list_rows(8, 12, 20), 4);
        assert_eq!(list_rows(2, 12, 20), 2);
        assert_eq!(list_rows(8, 12, 3), 8);
        assert_eq!(list_rows(8, 1, 3), 1);
        assert_eq!(list_rows(0, 5, 3), 1);
    }
}
