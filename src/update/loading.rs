//! What arrives from the loading thread that reads and extracts a large article: the whole
//! document (replacing the preview of its beginning), progress, and then the story with its
//! search index. Pure functions on the model, like the rest of `update`.

use super::{search, sync_layout};
use crate::model::wrap::ScreenLine;
use crate::model::{Loading, Mode, Model, Stage};
use crate::search::Index;
use crate::story::{Document, Story};
use std::sync::Arc;

/// The whole document, with its lines already wrapped (on the loading thread) for `width`, replacing
/// the preview. The preview is a prefix of the same text, so positions stay where they were.
pub fn document_ready(
    model: &mut Model,
    document: Arc<Document>,
    width: usize,
    lines: Vec<ScreenLine>,
) {
    model.story.document = document;
    model.loading = Some(Loading {
        stage: Stage::Extracting,
        done: 0,
        total: model.story.document.sentences.len(),
    });
    let view = &mut model.article;
    // Keep the top line's text in view; but a reader at the end of the preview (`G`) wanted
    // the end of the article.
    let at_end = view.scroll > 0 && view.scroll >= view.max_scroll();
    let anchor = view.lines.get(view.scroll).map(|l| l.start);
    // Lines kept from before filter mode are the preview's.
    view.whole = None;
    if width == view.width && model.show_boilerplate && view.only.is_none() {
        view.lines = lines;
    } else {
        // Wrapped for another width or setting: wrap again here.
        view.lines.clear();
        view.width = 0;
    }
    sync_layout(model);
    let view = &mut model.article;
    if at_end {
        view.scroll = view.max_scroll();
    } else if let Some(offset) = anchor {
        view.scroll = view.line_at(offset);
        view.clamp();
    }
}

/// How many sentences have been extracted so far.
pub fn progress(model: &mut Model, done: usize) {
    if let Some(l) = &mut model.loading
        && l.stage == Stage::Extracting
    {
        l.done = done.min(l.total);
    }
}

/// Extraction is done: the facts, events and search index fill the panes.
pub fn story_ready(model: &mut Model, story: Story, index: Index) {
    model.story = story;
    model.index = Arc::new(index);
    model.loading = None;
    model.refresh_rows();
    if model.facts.selected.is_none() {
        model.facts.selected = (model.facts.len > 0).then_some(0);
    }
    if model.timeline.selected.is_none() {
        model.timeline.selected = (model.timeline.len > 0).then_some(0);
    }
    // A search typed while the facts were missing now has something to find.
    if model.search.active() || model.mode == Mode::Search || model.search.running.is_some() {
        search::rerun(model);
    }
    sync_layout(model);
}

/// The loading thread failed (it cannot, short of a bug): the article stays readable.
pub fn failed(model: &mut Model, message: String) {
    model.loading = None;
    model.message = Some(format!("extraction failed: {message}"));
}
