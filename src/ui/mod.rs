//! The view: draws a frame from `&Model` and nothing else. One file per region; each pane is
//! a small struct borrowing exactly what it shows.

pub mod article;
pub mod facts;
pub mod help;
pub mod pending;
pub mod status;
pub mod text;
pub mod timeline;

use crate::model::layout;
use crate::model::{Mode, Model};
use crate::pane::Pane;
use crate::theme;
use article::ArticlePane;
use facts::FactsPane;
use help::HelpOverlay;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use status::StatusBar;
use timeline::TimelinePane;

/// Draws the whole screen.
pub fn view(model: &Model, frame: &mut Frame) {
    crate::app::terminal::fault_point("render");
    let area = frame.area();
    let timeline_row = draw(model, area, frame.buffer_mut());
    if let Some(at) = place_cursor(model, area, || timeline_row) {
        frame.set_cursor_position(at);
    }
}

/// Where the terminal cursor goes, so screen magnifiers and readers follow what the reader is
/// doing: in the search line while it is open, else on the selection of the focused pane (the
/// selected fact or event row, or the marked sentence in the article).
pub fn cursor(model: &Model, area: Rect) -> Option<Position> {
    let areas = layout::areas(area, model.focus, model.zoomed);
    place_cursor(model, area, || {
        timeline_pane(model).selected_position(areas.timeline?)
    })
}

/// [`cursor`], with the selected event's row given by `timeline_row` (known after drawing).
fn place_cursor(
    model: &Model,
    area: Rect,
    timeline_row: impl FnOnce() -> Option<Position>,
) -> Option<Position> {
    let areas = layout::areas(area, model.focus, model.zoomed);
    if areas.too_small {
        return None;
    }
    let typed = match model.mode {
        Mode::Help { .. } => return None,
        Mode::Export => {
            let prefix =
                unicode_width::UnicodeWidthStr::width(status::export_prefix(model).as_str());
            Some(prefix + model.export.line.cursor_column())
        }
        Mode::Search => Some(1 + model.search.line.cursor_column()),
        Mode::Date => Some(status::DATE_PROMPT.chars().count() + model.date_line.cursor_column()),
        Mode::Reading | Mode::Jump(_) | Mode::Overwrite => None,
    };
    if let Some(column) = typed {
        let status = areas.status?;
        let x = status
            .x
            .saturating_add(column.min(u16::MAX as usize) as u16);
        return Some(Position::new(
            x.min(status.right().saturating_sub(1)),
            status.y,
        ));
    }
    match model.focus {
        Pane::Article => {
            let text = layout::article_text(areas.article?);
            let view = &model.article;
            let row = model
                .highlight
                .and_then(|s| model.story.document.sentences.get(s))
                .and_then(|s| {
                    let first = view.line_at(s.span.start);
                    (first >= view.scroll && first < view.scroll + text.height as usize)
                        .then(|| first - view.scroll)
                })
                .unwrap_or(0);
            Some(Position::new(text.x, text.y + row as u16))
        }
        Pane::Facts => {
            let inner = layout::inner(areas.facts?);
            let row = model.facts.selected?.checked_sub(model.facts.offset)?;
            (row < inner.height as usize).then(|| Position::new(inner.x, inner.y + row as u16))
        }
        Pane::Timeline => timeline_row(),
    }
}

/// Draws into a buffer (also used by tests and benchmarks).
pub fn render(model: &Model, area: Rect, buf: &mut Buffer) {
    draw(model, area, buf);
}

/// [`render`], returning where the selected event's row was drawn.
fn draw(model: &Model, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let areas = layout::areas(area, model.focus, model.zoomed);
    if areas.too_small {
        if !area.is_empty() {
            Paragraph::new("terminal too small").render(area, buf);
        }
        return None;
    }
    let mut timeline_row = None;
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
            matched_sentences: model
                .search
                .results
                .as_deref()
                .filter(|_| model.marking())
                .map(|r| r.sentences.as_slice()),
            focused: model.focus == Pane::Article,
            theme: &model.theme,
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
            grouped: model.fact_order == crate::model::FactOrder::Grouped,
            doc: &story.document,
            listed: model.fact_rows.len(),
            lines: &model.fact_lines,
            total: story.facts.len(),
            view: &model.facts,
            marked,
            matched: &model.fact_line_marked,
            focused: model.focus == Pane::Facts,
            loading: model.loading.is_some(),
            theme: &model.theme,
        }
        .render(rect, buf);
    }
    if let Some(rect) = areas.timeline {
        timeline_row = timeline_pane(model).draw(rect, buf);
    }
    if let Some(rect) = areas.tabs {
        tabs(model.focus, rect, buf);
    }
    if let Some(rect) = areas.status {
        StatusBar { model }.render(rect, buf);
    }
    if let (Mode::Jump(dir), Some(status)) = (&model.mode, areas.status) {
        let above = Rect::new(area.x, area.y, area.width, status.y.saturating_sub(area.y));
        pending::PendingKeys {
            dir: *dir,
            keymap: &model.keymap,
            theme: &model.theme,
        }
        .render(above, buf);
    }
    if let Mode::Help { scroll, filter } = &model.mode {
        HelpOverlay {
            scroll: *scroll,
            filter: &filter.text,
            keymap: &model.keymap,
            theme: &model.theme,
        }
        .render(area, buf);
    }
    timeline_row
}

fn timeline_pane(model: &Model) -> TimelinePane<'_> {
    let story = &model.story;
    TimelinePane {
        events: &story.events,
        rows: &model.event_rows,
        marked_fact: (model.focus != Pane::Timeline)
            .then(|| model.selected_fact())
            .flatten(),
        matched: &model.event_row_marked,
        summary: model.summary(),
        facts: &story.facts,
        text: &story.document.text,
        banner: crate::model::timeline::banner(story).then(|| {
            let key = model
                .keymap
                .key_for(crate::keymap::Context::Normal, crate::msg::Msg::DateOpen);
            match key {
                Some(k) => vec![
                    format!("dates relative — no reference date; press {k} to set one, or --date"),
                    format!("no reference date: press {k} to set one"),
                    format!("no date: {k} sets one"),
                ],
                None => vec![
                    "dates relative — no reference date; set one with --date".to_string(),
                    "no reference date: see --date".to_string(),
                ],
            }
        }),
        view: &model.timeline,
        focused: model.focus == Pane::Timeline,
        loading: model.loading.is_some(),
        theme: &model.theme,
    }
}

/// The one-cell mark before a list row: `▸` when it is linked to the other list's selection,
/// `•` when it shows a search match (search in context), in the match style when it does.
pub fn mark(linked: bool, matched: bool, theme: &theme::Theme) -> Span<'static> {
    let glyph = match (linked, matched) {
        (true, _) => "▸",
        (false, true) => "•",
        (false, false) => " ",
    };
    let style = if matched {
        theme
            .search_match()
            .add_modifier(ratatui::style::Modifier::BOLD)
    } else {
        theme::key()
    };
    Span::styled(glyph, style)
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
