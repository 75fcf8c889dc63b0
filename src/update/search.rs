//! Search, narrowing and typed jumps: the parts of `update` behind `/`, `n`/`N`, `&`, Enter on
//! a name or event, Backspace and `]`/`[`.
//!
//! A small story is searched right here, at each keystroke. A large one is searched on the
//! search thread: `rerun` leaves an `Effect::Search`, the search line shows "searching…" and
//! the results in effect stay until `arrived` brings the new ones, so that typing never waits
//! for a search (issue 7: key-to-frame independent of the document's size).

use super::sync_layout;
use crate::effect::Effect;
use crate::keymap::Context;
use crate::model::{Mode, Model, Narrow, Running, Saved, SearchMode};
use crate::msg::{Dir, JumpTarget, Msg};
use crate::pane::Pane;
use crate::search::{self, Results};
use std::sync::Arc;

/// `/`: opens the search line with the last query in it, remembering the view for Esc.
pub fn open(model: &mut Model) {
    let s = &mut model.search;
    s.saved = Some(Saved {
        query: s.query.clone(),
        results: s.results.clone(),
        current: s.current,
        scroll: model.article.scroll,
        running: s.running.clone(),
    });
    model.mode = Mode::Search;
    s.error = None;
    s.line.clear();
    // While typing the lists show only matches: those of the search in effect, if any.
    if s.results.is_some() {
        model.refresh_rows();
    }
}

/// Re-runs the query as typed so far: the lists narrow and the article highlights as you type.
/// A malformed query keeps the last good results and says what is wrong.
pub fn rerun(model: &mut Model) {
    let text = model.search.line.text.clone();
    match search::parse(&text) {
        Ok(query) => {
            let in_update = searched_in_update(model);
            let s = &mut model.search;
            s.error = None;
            if query.is_empty() {
                s.running = None;
                show(model, text, None);
            } else if in_update {
                model.search.running = None;
                let results = model.index.search(&query);
                show(model, text, Some(Arc::new(results)));
            } else {
                ask(model, text);
            }
        }
        Err(e) => model.search.error = Some(e.to_string()),
    }
}

/// Asks the search thread for `query` (through the loop), as the search now wanted.
fn ask(model: &mut Model, query: String) {
    let s = &mut model.search;
    s.generation += 1;
    s.running = Some(Running {
        generation: s.generation,
        query: query.clone(),
    });
    model.effect = Some(Effect::Search {
        generation: s.generation,
        query,
    });
}

/// Whether the story is small enough to search at each keystroke without the thread.
fn searched_in_update(model: &Model) -> bool {
    let story = &model.story;
    story.document.sentences.len() + story.facts.len() <= model.search.in_update_up_to
}

/// The search thread's results for search `generation`: they replace the ones in effect if
/// that is still the search wanted (a later keystroke, Esc or a new story makes them stale).
pub fn arrived(model: &mut Model, generation: u64, results: Results) {
    let Some(running) = model.search.running.take_if(|p| p.generation == generation) else {
        return;
    };
    show(model, running.query, Some(Arc::new(results)));
    if model.mode != Mode::Search {
        // Enter was pressed while it ran: say what it found, as `submit` does.
        sync_layout(model);
        model.message = Some(count(model));
    }
}

/// The search thread failed on search `generation` (a bug): the results in effect stay.
pub fn failed(model: &mut Model, generation: u64, error: String) {
    if model
        .search
        .running
        .take_if(|p| p.generation == generation)
        .is_some()
    {
        model.message = Some(format!("search failed: {error}"));
    }
}

/// Puts `results` (for the query `text`) in effect: the lists narrow, the article highlights,
/// and the view goes to the first match from where the reader is.
fn show(model: &mut Model, text: String, results: Option<Arc<Results>>) {
    model.search.results = results;
    model.search.query = text;
    model.refresh_rows();
    go_to_match(model, Dir::Forward, true);
}

/// "3 matching facts", for the status bar.
fn count(model: &Model) -> String {
    match model.search.results.as_ref().map(|r| r.facts.len()) {
        Some(0) | None => "no matches".to_string(),
        Some(n) => crate::plural::count(n, "matching fact", "matching facts"),
    }
}

/// Enter: closes the line and keeps the search in effect (or clears it if the line is empty).
pub fn submit(model: &mut Model) {
    if model.search.error.is_some() {
        return;
    }
    let s = &mut model.search;
    s.line.commit();
    model.mode = Mode::Reading;
    s.saved = None;
    if s.line.text.trim().is_empty() {
        clear(model);
        return;
    }
    model.refresh_rows();
    sync_layout(model);
    model.message = Some(if model.search.running.is_some() {
        "searching…".to_string()
    } else {
        count(model)
    });
}

/// Esc in the search line: everything as it was before `/`.
pub fn cancel(model: &mut Model) {
    model.mode = Mode::Reading;
    let s = &mut model.search;
    s.error = None;
    if let Some(saved) = s.saved.take() {
        s.query = saved.query;
        s.results = saved.results;
        s.current = saved.current;
        s.running = None;
        s.line.set(&s.query);
        model.article.scroll = saved.scroll;
        // A search still running before `/` was asked again: its answer may have come and been
        // dropped while the line was open.
        if let Some(p) = saved.running {
            ask(model, p.query);
        }
    }
    model.refresh_rows();
    sync_layout(model);
}

/// Clears the search in effect.
pub fn clear(model: &mut Model) {
    let s = &mut model.search;
    s.query.clear();
    s.results = None;
    s.current = None;
    s.running = None;
    s.line.clear();
    model.refresh_rows();
    sync_layout(model);
    model.message = Some("search cleared".to_string());
}

/// `&`: search mode ⇄ filter mode.
pub fn toggle_filter(model: &mut Model) {
    model.search.mode = match model.search.mode {
        SearchMode::InContext => SearchMode::Filter,
        SearchMode::Filter => SearchMode::InContext,
    };
    model.refresh_rows();
    sync_layout(model);
    model.message = Some(
        match model.search.mode {
            SearchMode::InContext => "search mode: matches highlighted in context",
            SearchMode::Filter => "filter mode: only matching facts and sentences",
        }
        .to_string(),
    );
}

/// `n`/`N` (and the first match while typing): the next match after the view's top, wrapping.
pub fn go_to_match(model: &mut Model, dir: Dir, from_view: bool) {
    let Some(results) = &model.search.results else {
        model.message = Some(if model.search.running.is_some() {
            "searching…".to_string()
        } else {
            match model.keymap.key_for(Context::Normal, Msg::SearchOpen) {
                Some(k) => format!("no search: type {k} to search"),
                None => "no search".to_string(),
            }
        });
        return;
    };
    let spans = &results.spans;
    if spans.is_empty() {
        model.search.current = None;
        return;
    }
    let n = spans.len();
    let (next, wrapped) = match (model.search.current, from_view) {
        (Some(c), false) => match dir {
            Dir::Forward => ((c + 1) % n, c + 1 == n),
            Dir::Backward => ((c + n - 1) % n, c == 0),
        },
        _ => {
            let top = model
                .article
                .lines
                .get(model.article.scroll)
                .map_or(0, |l| l.start);
            match spans.iter().position(|s| s.start >= top) {
                Some(i) => (i, false),
                None => (0, true),
            }
        }
    };
    let span = spans[next];
    model.search.current = Some(next);
    model.article.reveal(span.start);
    model.highlight = model.story.document.sentence_at(span.start);
    // The fact whose mention this is, if listed, becomes the selection.
    if let Some(row) = fact_at(model, span.start).and_then(|f| model.fact_line(f)) {
        let h = model.list_rows(Pane::Facts);
        model.facts.select(row, h);
    }
    if !from_view {
        model.message = Some(format!(
            "match {}/{n}{}",
            next + 1,
            if wrapped { " (wrapped)" } else { "" }
        ));
    }
}

/// The fact whose mention covers byte `offset`. Facts are in text order and never overlap
/// (`extract::resolve_overlaps`), so a binary search finds it.
fn fact_at(model: &Model, offset: usize) -> Option<usize> {
    let facts = &model.story.facts;
    let i = facts.partition_point(|f| (f.end as usize) <= offset);
    facts
        .get(i)
        .filter(|f| f.start as usize <= offset)
        .map(|_| i)
}

/// Enter on an event or an entity's mention narrows the lists to it.
pub fn narrow_to_selection(model: &mut Model) {
    let narrow = match model.focus {
        Pane::Timeline => model.selected_event().map(Narrow::Event),
        _ => model
            .selected_fact()
            .and_then(|f| model.story.facts.get(f))
            .filter(|f| f.kind.is_entity())
            .and_then(crate::story::Fact::entity_index)
            .map(Narrow::Entity),
    };
    if let Some(n) = narrow
        && model.narrow.last() != Some(&n)
    {
        model.narrow.push(n);
        model.refresh_rows();
        sync_layout(model);
        if let Some(label) = model.narrow_label() {
            let back = model
                .keymap
                .key_for(Context::Normal, Msg::NarrowBack)
                .map(|k| format!(" — {k} steps back"))
                .unwrap_or_default();
            model.message = Some(format!("narrowed to {label}{back}"));
        }
    }
}

/// Backspace: out of the innermost narrowing.
pub fn narrow_back(model: &mut Model) {
    if model.narrow.pop().is_some() {
        model.refresh_rows();
        sync_layout(model);
        model.message = Some(match model.narrow_label() {
            Some(label) => format!("narrowed to {label}"),
            None => "showing everything".to_string(),
        });
    }
}

/// `]m`, `[p`…: the next or previous fact of a kind (or event) from the view's position,
/// wrapping; it is selected, revealed and its sentence marked.
pub fn jump(model: &mut Model, dir: Dir, target: JumpTarget) {
    let story = &model.story;
    // Where the reader is: the marked sentence if it is on screen (at its selected fact, when
    // that fact is in it), else the top of the view.
    let top = model
        .article
        .lines
        .get(model.article.scroll)
        .map_or(0, |l| l.start);
    let marked = model
        .highlight
        .and_then(|s| story.document.sentences.get(s))
        .filter(|s| {
            let line = model.article.line_at(s.span.start);
            line >= model.article.scroll
                && line < model.article.scroll + model.article.height.max(1)
        });
    let here = match (marked, target) {
        (Some(s), JumpTarget::Fact(_)) => model
            .selected_fact()
            .map(|f| story.facts[f].span().start)
            .filter(|&at| s.span.start <= at && at < s.span.end)
            .unwrap_or(s.span.start),
        (Some(s), JumpTarget::Event) => s.span.start,
        (None, _) => top.saturating_sub(1),
    };
    let positions: Vec<(usize, Option<usize>)> = match target {
        JumpTarget::Fact(kind) => story
            .facts
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| (f.span().start, Some(f.index())))
            .collect(),
        JumpTarget::Event => {
            let mut p: Vec<(usize, Option<usize>)> = story
                .events
                .iter()
                .filter_map(|e| story.document.sentences.get(e.sentence))
                .map(|s| (s.span.start, None))
                .collect();
            p.sort_unstable();
            p.dedup();
            p
        }
    };
    let pick = match dir {
        Dir::Forward => positions.iter().find(|p| p.0 > here).or(positions.first()),
        Dir::Backward => positions
            .iter()
            .rev()
            .find(|p| p.0 < here)
            .or(positions.last()),
    };
    let Some(&(at, fact)) = pick else {
        model.message = Some("nothing of that kind in this article".to_string());
        return;
    };
    model.highlight = story.document.sentence_at(at);
    model.article.reveal(at);
    if let Some(f) = fact
        && let Some(row) = model.fact_line(f)
    {
        let h = model.list_rows(Pane::Facts);
        model.facts.select(row, h);
    }
}
