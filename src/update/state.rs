//! The saved state: what is saved of the view when dateline quits, and putting it back when
//! the same article opens again — clamped to the document, since extraction may differ.

use super::sync_layout;
use crate::keymap::Context;
use crate::model::Model;
use crate::msg::Msg;
use crate::pane::Pane;
use crate::persist::state::ArticleState;

/// What to save of the view (`seen` is the loop's to fill in: update has no clock).
pub fn article_state(model: &Model) -> ArticleState {
    ArticleState {
        seen: 0,
        offset: model
            .article
            .lines
            .get(model.article.scroll)
            .map_or(0, |l| l.start),
        focus: Some(model.focus),
        fact: model.selected_fact(),
        event: model.selected_event(),
        highlight: model.highlight,
        history: model.search.line.history.clone(),
        reference_date: model.date_set.map(|d| d.to_string()),
    }
}

/// Puts a saved view back. Called once the terminal size is known (the article is
/// wrapped), so the saved text offset becomes the line that shows it at this width.
pub fn restore(model: &mut Model, saved: &ArticleState) {
    model.search.line.set_history(&saved.history);
    // A date set with `D`, for an article that still gives none of its own (nor --date).
    if let Some(date) = saved
        .reference_date
        .as_deref()
        .and_then(|d| d.parse::<jiff::civil::Date>().ok())
        && model.story.reference_date.is_none()
    {
        super::date::set(model, date);
    }
    if let Some(pane) = saved.focus {
        model.focus = pane;
    }
    sync_layout(model);
    if let Some(row) = saved.fact.and_then(|f| model.fact_line(f)) {
        model.facts.select(row, model.list_rows(Pane::Facts));
    }
    if let Some(row) = saved
        .event
        .and_then(|e| model.event_rows.iter().position(|&r| r == e))
    {
        model.timeline.select(row, model.list_rows(Pane::Timeline));
    }
    model.highlight = saved
        .highlight
        .filter(|&s| s < model.story.document.sentences.len());
    let offset = saved.offset.min(model.story.document.text.len());
    model.article.scroll = model.article.line_at(offset);
    model.article.clamp();
    // Say so when the view is not where a first opening starts, and how to start there.
    let moved = model.article.scroll > 0
        || model.focus != Pane::Article
        || model.highlight.is_some()
        || model.facts.selected.unwrap_or(0) != 0
        || model.timeline.selected.unwrap_or(0) != 0;
    if moved {
        model.restored = true;
        let esc = model
            .keymap
            .key_for(Context::Normal, Msg::Back)
            .map(|k| format!(" — {k} to start at the top"))
            .unwrap_or_default();
        let note = format!("restored your place{esc}");
        model.message = Some(match model.message.take() {
            Some(m) => format!("{note} · {m}"),
            None => note,
        });
    }
}

/// Esc right after a restored view: the view a first opening shows (the article's top, every
/// list at its first row), keeping the search history and the reference date.
pub fn start_at_top(model: &mut Model) {
    model.focus = Pane::Article;
    model.highlight = None;
    model.zoomed = false;
    sync_layout(model);
    model.article.scroll = 0;
    let (facts_h, timeline_h) = (
        model.list_rows(Pane::Facts),
        model.list_rows(Pane::Timeline),
    );
    if model.facts.len > 0 {
        model.facts.select(0, facts_h);
    }
    if model.timeline.len > 0 {
        model.timeline.select(0, timeline_h);
    }
    model.message = Some("started at the top".to_string());
}
