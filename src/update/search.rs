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
use crate::model::{Mode, Model, Narrow, Narrowing, Running, Saved, SearchMode};
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
    // A large story's article shows all of its text while typing (see `article_filtered`).
    sync_layout(model);
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
    // The article shows only the matching sentences in filter mode (see `article_filtered`).
    sync_layout(model);
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
    let scroll = s.saved.as_ref().map(|saved| saved.scroll);
    if let Some(saved) = s.saved.take() {
        s.query = saved.query;
        s.results = saved.results;
        s.current = saved.current;
        s.running = None;
        s.line.set(&s.query);
        // A search still running before `/` was asked again: its answer may have come and been
        // dropped while the line was open.
        if let Some(p) = saved.running {
            ask(model, p.query);
        }
    }
    // The article as it was (all of it, or the earlier search's sentences), then the place.
    model.refresh_rows();
    sync_layout(model);
    if let Some(scroll) = scroll {
        model.article.scroll = scroll;
        model.article.clamp();
    }
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

/// `&`: only the matches ⇄ everything with the matches marked. Kept for the next search.
pub fn toggle_filter(model: &mut Model) {
    model.search.mode = match model.search.mode {
        SearchMode::InContext => SearchMode::Filter,
        SearchMode::Filter => SearchMode::InContext,
    };
    model.refresh_rows();
    sync_layout(model);
    let back = model
        .keymap
        .key_for(Context::Normal, Msg::ToggleFilter)
        .map(|k| format!(" — {k} switches back"))
        .unwrap_or_default();
    let said = match model.search.mode {
        SearchMode::InContext => "matches in context: every row, the matching ones marked •",
        SearchMode::Filter => "only the matches: facts, events and sentences",
    };
    model.message = Some(format!("{said}{back}"));
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

/// Enter on an event or an entity's mention narrows the lists to it; in the Article, to what
/// the marked sentence tells (see `in_sentence`).
pub fn narrow_to_selection(model: &mut Model) {
    let narrow = match model.focus {
        Pane::Timeline => model.selected_event().map(Narrow::Event),
        Pane::Facts => model
            .selected_fact()
            .and_then(|f| model.story.facts.get(f))
            .filter(|f| f.kind.is_entity())
            .and_then(crate::story::Fact::entity_index)
            .map(Narrow::Entity),
        Pane::Article => {
            let Some(sentence) = model.highlight else {
                model.message = Some(
                    "no sentence is marked: select a fact or an event, or go to a match, first"
                        .to_string(),
                );
                return;
            };
            let found = in_sentence(model, sentence);
            if found.is_none() {
                model.message = Some(format!(
                    "sentence {} tells no event and names no one: nothing to narrow to",
                    sentence + 1
                ));
            }
            found
        }
    };
    if let Some(n) = narrow
        && model.narrow.last().map(|l| l.to) != Some(n)
    {
        let fact_line = model
            .facts
            .selected
            .and_then(|i| model.fact_lines.get(i))
            .copied();
        model.narrow.push(Narrowing {
            to: n,
            fact_line,
            event: model.selected_event(),
        });
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

/// What Enter in the Article narrows to: the selected name's mention when it is in the marked
/// sentence (it is drawn selected there), else the event the sentence tells (the selected one
/// if it does), else the first name in the sentence. Never the Facts pane's selection when it
/// is elsewhere: the reader chose the sentence, not that.
fn in_sentence(model: &Model, sentence: usize) -> Option<Narrow> {
    let story = &model.story;
    let span = story.document.sentences.get(sentence)?.span;
    let entity_of = |f: &crate::story::Fact| f.kind.is_entity().then(|| f.entity_index()).flatten();
    let selected = model
        .selected_fact()
        .and_then(|f| story.facts.get(f))
        .filter(|f| f.sentence_index() == sentence)
        .and_then(entity_of);
    if let Some(e) = selected {
        return Some(Narrow::Entity(e));
    }
    let tells = |e: &crate::story::Event| {
        e.sentence == sentence || e.also.iter().any(|m| m.sentence == sentence)
    };
    let event = model
        .selected_event()
        .filter(|&e| story.events.get(e).is_some_and(tells))
        .or_else(|| story.events.iter().position(tells));
    if let Some(e) = event {
        return Some(Narrow::Event(e));
    }
    let first = story
        .facts
        .partition_point(|f| (f.end as usize) <= span.start);
    story.facts[first..]
        .iter()
        .take_while(|f| (f.start as usize) < span.end)
        .find_map(entity_of)
        .map(Narrow::Entity)
}

/// Backspace: out of the innermost narrowing. A list the reader is not in gets back the
/// selection it had before the narrowing moved it; the focused one stays where the reader
/// took it (on the same fact or event, now among all of them).
pub fn narrow_back(model: &mut Model) {
    if let Some(left) = model.narrow.pop() {
        model.refresh_rows();
        if model.focus != Pane::Facts
            && let Some(line) = left.fact_line
            && let Some(at) = model.fact_line(line.fact)
        {
            // The same line if it is still shown so (a group, a mention), else the one
            // showing that fact now.
            let exact = model.fact_lines[at..]
                .iter()
                .position(|l| *l == line)
                .map(|i| at + i);
            model.facts.selected = Some(exact.unwrap_or(at));
        }
        if model.focus != Pane::Timeline
            && let Some(row) = left
                .event
                .and_then(|e| model.event_rows.iter().position(|&r| r == e))
        {
            model.timeline.selected = Some(row);
        }
        sync_layout(model);
        if model.focus != Pane::Article {
            // As on focusing it: what the selection links to comes into view.
            super::reveal_selected(model, model.focus);
        }
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
