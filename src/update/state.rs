//! The saved state: what is saved of the view when dateline quits, and putting it back when
//! the same article opens again — clamped to the document, since extraction may differ.

use super::sync_layout;
use crate::model::Model;
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
}
