//! Where each pane goes, as a pure function of the terminal size and the view mode. `update`
//! uses it to know pane heights and to map mouse positions; the view uses it to draw.
//!
//! ```text
//! wide (≥ 100 columns)               narrow                 zoomed
//! ┌ Article ──────┐┌ Facts ───┐      1 Article│2 Facts│3…   ┌ Facts ─────────┐
//! │               │└──────────┘      ┌ Article ────────┐    │                │
//! │               │┌ Timeline ┐      │                 │    │                │
//! └───────────────┘└──────────┘      └─────────────────┘    └────────────────┘
//!  status                             status                  status
//! ```

use crate::pane::Pane;
use ratatui::layout::{Constraint, Layout, Margin, Rect};

/// Below this the panes are stacked as tabs.
pub const WIDE: u16 = 100;
/// Below this nothing but a "terminal too small" line is drawn.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 6;

/// The areas of one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub article: Option<Rect>,
    pub facts: Option<Rect>,
    pub timeline: Option<Rect>,
    /// The tab bar, in narrow mode.
    pub tabs: Option<Rect>,
    pub status: Option<Rect>,
    /// Too small to draw anything useful.
    pub too_small: bool,
}

impl Areas {
    pub fn pane(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Article => self.article,
            Pane::Facts => self.facts,
            Pane::Timeline => self.timeline,
        }
    }

    /// The pane at a screen cell.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        Pane::ALL.into_iter().find(|&p| {
            self.pane(p)
                .is_some_and(|r| r.contains(ratatui::layout::Position::new(column, row)))
        })
    }
}

/// Computes the areas for a terminal of `size`.
pub fn areas(size: Rect, focus: Pane, zoomed: bool) -> Areas {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return Areas {
            too_small: true,
            ..Areas::default()
        };
    }
    let [main, status] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(size);
    let mut areas = Areas {
        status: Some(status),
        ..Areas::default()
    };
    if zoomed {
        set(&mut areas, focus, main);
    } else if size.width >= WIDE {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Fill(1)]).areas(main);
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(50), Constraint::Fill(1)]).areas(right);
        areas.article = Some(left);
        areas.facts = Some(top);
        areas.timeline = Some(bottom);
    } else {
        let [tabs, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(main);
        areas.tabs = Some(tabs);
        set(&mut areas, focus, body);
    }
    areas
}

fn set(areas: &mut Areas, pane: Pane, rect: Rect) {
    match pane {
        Pane::Article => areas.article = Some(rect),
        Pane::Facts => areas.facts = Some(rect),
        Pane::Timeline => areas.timeline = Some(rect),
    }
}

/// The inside of a bordered pane.
pub fn inner(rect: Rect) -> Rect {
    rect.inner(Margin::new(1, 1))
}

/// The article's text area: inside the border, leaving a gap and the right column for the scrollbar.
pub fn article_text(rect: Rect) -> Rect {
    let mut r = inner(rect);
    r.width = r.width.saturating_sub(2);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_narrow_zoomed_and_tiny() {
        let wide = areas(Rect::new(0, 0, 120, 40), Pane::Facts, false);
        assert!(wide.article.is_some() && wide.facts.is_some() && wide.timeline.is_some());
        assert_eq!(wide.tabs, None);
        let narrow = areas(Rect::new(0, 0, 70, 30), Pane::Facts, false);
        assert!(narrow.article.is_none() && narrow.facts.is_some() && narrow.tabs.is_some());
        let zoomed = areas(Rect::new(0, 0, 120, 40), Pane::Timeline, true);
        assert_eq!(zoomed.timeline.map(|r| r.width), Some(120));
        for (w, h) in [(0, 0), (1, 1), (1, 50), (200, 1), (23, 40)] {
            assert!(areas(Rect::new(0, 0, w, h), Pane::Article, false).too_small);
        }
    }

    #[test]
    fn pane_at_maps_cells_to_panes() {
        let a = areas(Rect::new(0, 0, 120, 40), Pane::Article, false);
        assert_eq!(a.pane_at(5, 5), Some(Pane::Article));
        assert_eq!(a.pane_at(110, 5), Some(Pane::Facts));
        assert_eq!(a.pane_at(110, 35), Some(Pane::Timeline));
        assert_eq!(a.pane_at(5, 39), None);
    }
}
