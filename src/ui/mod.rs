//! The view: draws a frame from `&Model` and nothing else. One file per region; each pane is
//! a small struct borrowing exactly what it shows.

pub mod article;
pub mod facts;
pub mod help;
pub mod layout;
pub mod status;
pub mod text;
pub mod theme;
pub mod timeline;

use crate::model::{Model, Overlay, Pane};
use article::ArticlePane;
use facts::FactsPane;
use help::HelpOverlay;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use status::StatusBar;
use timeline::TimelinePane;

/// Draws the whole screen.
pub fn view(model: &Model, frame: &mut Frame) {
    crate::terminal::fault_point("render");
    let area = frame.area();
    render(model, area, frame.buffer_mut());
    // The terminal cursor sits in the search line while it is open, so screen magnifiers and
    // readers follow the typing.
    if model.search.editing
        && let Some(status) = layout::areas(area, model.focus, model.zoomed).status
    {
        let x = status.x + 1 + model.search.line.cursor_column() as u16;
        frame.set_cursor_position((x.min(status.right().saturating_sub(1)), status.y));
    }
}

/// Draws into a buffer (also used by tests and benchmarks).
pub fn render(model: &Model, area: Rect, buf: &mut Buffer) {
    let areas = layout::areas(area, model.focus, model.zoomed);
    if areas.too_small {
        if !area.is_empty() {
            Paragraph::new("terminal too small").render(area, buf);
        }
        return;
    }
    let story = &model.story;
    let selected_fact = model.selected_fact().and_then(|i| story.facts.get(i));
    let matches: &[crate::story::Span] = model.search.results.as_ref().map_or(&[], |r| &r.spans);
    let current_match = model.search.current.and_then(|c| matches.get(c)).copied();
    let highlight = model
        .highlight
        .and_then(|s| story.document.sentences.get(s))
        .map(|s| s.span);
    if let Some(rect) = areas.article {
        ArticlePane {
            doc: &story.document,
            view: &model.article,
            facts: &story.facts,
            selected_fact,
            highlight,
            matches,
            current_match,
            focused: model.focus == Pane::Article,
        }
        .render(rect, buf);
    }
    if let Some(rect) = areas.facts {
        let marked: &[usize] = match (model.focus, model.selected_event()) {
            (Pane::Timeline, Some(e)) => story.events.get(e).map_or(&[], |e| &e.facts),
            _ => &[],
        };
        FactsPane {
            facts: &story.facts,
            text: &story.document.text,
            rows: &model.fact_rows,
            total: story.facts.len(),
            view: &model.facts,
            marked,
            focused: model.focus == Pane::Facts,
        }
        .render(rect, buf);
    }
    if let Some(rect) = areas.timeline {
        TimelinePane {
            events: &story.events,
            rows: &model.event_rows,
            marked_fact: (model.focus != Pane::Timeline)
                .then(|| model.selected_fact())
                .flatten(),
            series: &story.series,
            checks: &story.checks,
            facts: &story.facts,
            text: &story.document.text,
            view: &model.timeline,
            focused: model.focus == Pane::Timeline,
        }
        .render(rect, buf);
    }
    if let Some(rect) = areas.tabs {
        tabs(model.focus, rect, buf);
    }
    if let Some(rect) = areas.status {
        StatusBar { model }.render(rect, buf);
    }
    if let Overlay::Help { scroll, filter } = &model.overlay {
        HelpOverlay {
            scroll: *scroll,
            filter: &filter.text,
        }
        .render(area, buf);
    }
}

/// The tab bar of the narrow layout: equal thirds, the focused one reversed.
fn tabs(focus: Pane, area: Rect, buf: &mut Buffer) {
    let third = (area.width / 3) as usize;
    let spans: Vec<Span> = Pane::ALL
        .iter()
        .map(|&p| {
            let label = format!(" {} {}", p.index() + 1, p.title());
            let label = format!("{label:<third$}");
            Span::styled(label, theme::title(p == focus))
        })
        .collect();
    Paragraph::new(Line::from(spans)).render(area, buf);
}
