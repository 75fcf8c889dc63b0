//! `update(&mut Model, Msg)`: the only code that changes the model. Pure: no terminal, no
//! files, no clock — testable as (state, messages, expected state).

mod copy;
pub mod date;
mod export_line;
mod facts;
pub mod loading;
pub mod search;
mod state;

pub use export_line::outcome;
pub use state::{article_state, restore, start_at_top};

use crate::model::layout::{self, Areas};
use crate::model::{LineEditor, Mode, Model};
use crate::msg::{Dir, Msg};
use crate::pane::Pane;
use ratatui::layout::Rect;

/// Applies one message: the mode says who has it.
pub fn update(model: &mut Model, msg: Msg) {
    if !matches!(msg, Msg::Resize { .. }) {
        model.message = None;
        if std::mem::take(&mut model.restored) && msg == Msg::Back && model.mode == Mode::Reading {
            state::start_at_top(model);
            return;
        }
    }
    match model.mode {
        Mode::Reading => reading(model, msg),
        Mode::Jump(_) => {
            // Any message ends the `]`/`[` prefix; a key that names no target only that, and
            // says so.
            model.mode = Mode::Reading;
            match msg {
                Msg::CancelJump => {}
                Msg::NotATarget(chord) => model.message = Some(not_a_target(model, chord)),
                msg => reading(model, msg),
            }
        }
        Mode::Search => search_line(model, msg),
        Mode::Export | Mode::Overwrite => export_line::key(model, msg),
        Mode::Date => date::key(model, msg),
        Mode::Help { .. } => help(model, msg),
    }
}

/// "`x` is not a jump target — one of m p o d e c %", from the keys in effect (the popup
/// that `]` opens says what each is).
fn not_a_target(model: &Model, chord: crate::keymap::Chord) -> String {
    let keys: Vec<String> = model
        .keymap
        .jump_targets()
        .into_iter()
        .map(|(key, _)| key)
        .collect();
    format!(
        "`{}` is not a jump target — one of {}",
        crate::sanitize::line(&chord.label()),
        keys.join(" ")
    )
}

/// A message while the help overlay is open: scroll, filter, close.
fn help(model: &mut Model, msg: Msg) {
    if let Mode::Help { scroll, filter } = &mut model.mode {
        match msg {
            Msg::PromptDown | Msg::Down => *scroll += 1,
            Msg::PromptUp | Msg::Up => *scroll = scroll.saturating_sub(1),
            Msg::PageDown | Msg::HalfPageDown => *scroll += 10,
            Msg::PageUp | Msg::HalfPageUp => *scroll = scroll.saturating_sub(10),
            Msg::Top => *scroll = 0,
            Msg::Bottom => *scroll = usize::MAX,
            Msg::Back | Msg::OpenHelp | Msg::Cancel | Msg::Submit => {
                model.mode = Mode::Reading;
            }
            Msg::Quit => model.quit = true,
            Msg::Resize { width, height } => resize(model, width, height),
            msg if edit(filter, msg) => *scroll = 0,
            _ => {}
        }
    }
    if let Mode::Help { scroll, filter } = &mut model.mode {
        // Scrolling stops where the last row reaches the bottom of the box.
        let screen = Rect::new(0, 0, model.width, model.height);
        *scroll = (*scroll).min(crate::model::help::last_scroll(
            &model.keymap,
            &filter.text,
            screen,
        ));
    }
}

/// A message while the search line is open.
fn search_line(model: &mut Model, msg: Msg) {
    match msg {
        Msg::Submit => search::submit(model),
        Msg::Cancel => search::cancel(model),
        Msg::PromptUp => {
            model.search.line.history_prev();
            search::rerun(model);
        }
        Msg::PromptDown => {
            model.search.line.history_next();
            search::rerun(model);
        }
        Msg::Quit => model.quit = true,
        Msg::Resize { width, height } => resize(model, width, height),
        msg => {
            let before = model.search.line.text.clone();
            if edit(&mut model.search.line, msg) && model.search.line.text != before {
                search::rerun(model);
            }
        }
    }
}

/// A message while the panes have the keys.
fn reading(model: &mut Model, msg: Msg) {
    match msg {
        Msg::Down => move_by(model, 1),
        Msg::Up => move_by(model, -1),
        Msg::HalfPageDown => move_by(model, half_page(model)),
        Msg::HalfPageUp => move_by(model, -half_page(model)),
        Msg::PageDown => move_by(model, page(model)),
        Msg::PageUp => move_by(model, -page(model)),
        Msg::Top => move_by(model, isize::MIN / 2),
        Msg::Bottom => move_by(model, isize::MAX / 2),
        Msg::FocusNext => focus(model, next_pane(model.focus, 1)),
        Msg::FocusPrev => focus(model, next_pane(model.focus, 2)),
        Msg::Focus(pane) => focus(model, pane),
        Msg::ToggleZoom if !model.zoomed && current_areas(model).tabs.is_some() => {
            let key = model
                .keymap
                .key_for(crate::keymap::Context::Normal, Msg::ToggleZoom)
                .unwrap_or_default();
            model.message = Some(format!(
                "{key}: one pane at a time already below {} columns",
                layout::WIDE
            ));
        }
        Msg::ToggleZoom => {
            model.zoomed = !model.zoomed;
            sync_layout(model);
        }
        Msg::ToggleBoilerplate => toggle_boilerplate(model),
        Msg::Activate if facts::on_group(model) => facts::toggle(model),
        Msg::Activate => {
            activate(model);
            search::narrow_to_selection(model);
        }
        Msg::Expand => facts::fold(model, true),
        Msg::Collapse => facts::fold(model, false),
        Msg::ToggleFactOrder => facts::toggle_order(model),
        Msg::DateOpen => date::open(model),
        Msg::OpenHelp => {
            model.mode = Mode::Help {
                scroll: 0,
                filter: LineEditor::default(),
            }
        }
        Msg::Back => {
            if model.search.active() {
                search::clear(model);
            } else if !model.narrow.is_empty() {
                search::narrow_back(model);
            } else if model.zoomed {
                model.zoomed = false;
                sync_layout(model);
            }
        }
        Msg::SearchOpen => search::open(model),
        Msg::ExportOpen => export_line::open(model),
        Msg::NextMatch => search::go_to_match(model, Dir::Forward, false),
        Msg::PrevMatch => search::go_to_match(model, Dir::Backward, false),
        Msg::ToggleFilter => search::toggle_filter(model),
        Msg::NarrowBack => search::narrow_back(model),
        Msg::Select(pane, index) => select(model, pane, index),
        Msg::Copy => copy::selection(model),
        Msg::CopyTable => copy::table(model),
        Msg::JumpPrefix(dir) => model.mode = Mode::Jump(dir),
        Msg::Jump(dir, target) => search::jump(model, dir, target),
        // Prompt keys with no prompt open, or a cancelled prefix: nothing to do.
        Msg::Input(_)
        | Msg::EditLeft
        | Msg::EditRight
        | Msg::EditHome
        | Msg::EditEnd
        | Msg::EditBackspace
        | Msg::EditDeleteWord
        | Msg::EditDeleteToStart
        | Msg::PromptUp
        | Msg::PromptDown
        | Msg::Submit
        | Msg::Cancel
        | Msg::NextFormat
        | Msg::CancelJump
        | Msg::NotATarget(_) => {}
        Msg::Quit => model.quit = true,
        // Carried out by the loop; nothing to change here.
        Msg::Suspend => {}
        Msg::Resize { width, height } => resize(model, width, height),
        Msg::Wheel { column, row, lines } => {
            if let Some(pane) = current_areas(model).pane_at(column, row) {
                scroll_pane(model, pane, lines as isize);
            }
        }
        Msg::Click { column, row } => click(model, column, row),
    }
}

/// `b`: boilerplate (ads, "subscribe…") shown dimmed ⇄ hidden, with the facts and events it
/// gives: a fact whose sentence the article no longer shows is not listed either.
fn toggle_boilerplate(model: &mut Model) {
    model.show_boilerplate = !model.show_boilerplate;
    let before = model.fact_rows.len();
    model.refresh_rows();
    let after = model.fact_rows.len();
    model.message = Some(if model.show_boilerplate {
        "boilerplate shown (dimmed)".to_string()
    } else if after < before {
        format!(
            "boilerplate hidden, and the {} it gives",
            crate::plural::count(before - after, "fact", "facts")
        )
    } else {
        "boilerplate hidden".to_string()
    });
    sync_layout(model);
    // The selection may have moved off a hidden fact; the article follows it.
    reveal_selected(model, model.focus);
}

fn resize(model: &mut Model, width: u16, height: u16) {
    model.width = width;
    model.height = height;
    sync_layout(model);
}

/// The layout for the model's current size and mode.
pub fn current_areas(model: &Model) -> Areas {
    layout::areas(
        Rect::new(0, 0, model.width, model.height),
        model.focus,
        model.zoomed,
    )
}

/// Re-wraps the article for its current width and keeps every scroll position in range.
/// Cheap when nothing changed (the wrap is cached per width).
pub fn sync_layout(model: &mut Model) {
    let areas = current_areas(model);
    if let Some(rect) = areas.article.or_else(|| {
        // Keep a wrap for the article even while another pane is shown alone, so that
        // jumping to a sentence lands on the right line.
        (!areas.too_small).then(|| Rect::new(0, 0, model.width, model.height.saturating_sub(2)))
    }) {
        let text = layout::article_text(rect);
        model.article.height = text.height as usize;
        let only = match &model.search.results {
            Some(r) if model.article_filtered() => Some(r.sentences.as_slice()),
            _ => None,
        };
        model.article.rewrap(
            &model.story.document,
            text.width as usize,
            model.show_boilerplate,
            only,
        );
    }
    let facts_h = model.list_rows(Pane::Facts);
    model.facts.scroll_into_view(facts_h);
    let timeline_h = model.list_rows(Pane::Timeline);
    model.timeline.scroll_into_view(timeline_h);
}

/// Applies an editing message to a line; false if `msg` is not one.
fn edit(line: &mut LineEditor, msg: Msg) -> bool {
    match msg {
        Msg::Input(c) => line.insert(c),
        Msg::EditLeft => line.left(),
        Msg::EditRight => line.right(),
        Msg::EditHome => line.home(),
        Msg::EditEnd => line.end(),
        Msg::EditBackspace => line.backspace(),
        Msg::EditDeleteWord => line.delete_word(),
        Msg::EditDeleteToStart => line.delete_to_start(),
        _ => return false,
    }
    true
}

fn height_of(model: &Model, pane: Pane) -> usize {
    match pane {
        Pane::Article => model.article.height.max(1),
        _ => model.list_rows(pane),
    }
}

fn page(model: &Model) -> isize {
    height_of(model, model.focus).saturating_sub(1).max(1) as isize
}

fn half_page(model: &Model) -> isize {
    (height_of(model, model.focus) / 2).max(1) as isize
}

fn move_by(model: &mut Model, delta: isize) {
    scroll_pane(model, model.focus, delta);
}

fn scroll_pane(model: &mut Model, pane: Pane, delta: isize) {
    let height = height_of(model, pane);
    match pane {
        Pane::Article => model.article.scroll_by(delta),
        Pane::Facts => {
            model.facts.move_by(delta, height);
            reveal_selected(model, Pane::Facts);
        }
        Pane::Timeline => {
            model.timeline.move_by(delta, height);
            reveal_selected(model, Pane::Timeline);
        }
    }
}

fn select(model: &mut Model, pane: Pane, index: usize) {
    let height = height_of(model, pane);
    let list = match pane {
        Pane::Facts => &mut model.facts,
        Pane::Timeline => &mut model.timeline,
        Pane::Article => return,
    };
    if index < list.len {
        list.select(index, height);
        reveal_selected(model, pane);
    }
}

fn next_pane(pane: Pane, step: usize) -> Pane {
    Pane::ALL[(pane.index() + step) % Pane::ALL.len()]
}

fn focus(model: &mut Model, pane: Pane) {
    model.focus = pane;
    sync_layout(model);
    if pane == Pane::Timeline {
        // The facts the selected event rests on are marked; bring them into view.
        reveal_selected(model, Pane::Timeline);
    }
}

/// Linked selection: the article follows the selected fact or event when it is on screen, and
/// the facts list scrolls to the first fact the selected event rests on.
pub(crate) fn reveal_selected(model: &mut Model, pane: Pane) {
    if pane == Pane::Timeline
        && let Some(event) = model
            .selected_event()
            .and_then(|i| model.story.events.get(i))
    {
        let rows: Vec<usize> = event
            .facts
            .iter()
            .filter_map(|&f| model.fact_line(f))
            .collect();
        let h = model.list_rows(Pane::Facts);
        // The last first, then the first: all of them in view when they fit.
        if let (Some(&first), Some(&last)) = (rows.iter().min(), rows.iter().max()) {
            model.facts.show(last, h);
            model.facts.show(first, h);
        }
    }
    if pane == Pane::Facts
        && let Some(row) = model
            .selected_fact()
            .and_then(|f| model.event_row_of_fact.get(f))
            .filter(|&&r| r != u32::MAX)
    {
        // The event the fact belongs to, marked ▸, comes into view in the Timeline.
        let h = model.list_rows(Pane::Timeline);
        model.timeline.show(*row as usize, h);
    }
    if let Some(sentence) = selected_sentence(model, pane) {
        model.highlight = Some(sentence);
        if current_areas(model).article.is_some()
            && let Some(s) = model.story.document.sentences.get(sentence)
        {
            model.article.reveal(s.span.start);
        }
    }
}

fn selected_sentence(model: &Model, pane: Pane) -> Option<usize> {
    match pane {
        Pane::Article => None,
        Pane::Facts => model
            .selected_fact()
            .and_then(|i| model.story.facts.get(i))
            .map(crate::story::Fact::sentence_index),
        Pane::Timeline => model
            .selected_event()
            .and_then(|i| model.story.events.get(i))
            .map(|e| e.sentence),
    }
}

/// Enter: show the selected fact's or event's sentence in the article, focusing it when it
/// was not on screen. On an event told in several sentences, with its sentence already shown,
/// Enter shows the next telling (and after the last, the first again).
fn activate(model: &mut Model) {
    let Some(mut sentence) = selected_sentence(model, model.focus) else {
        return;
    };
    let mut which = None;
    if model.focus == Pane::Timeline
        && let Some(e) = model
            .selected_event()
            .and_then(|i| model.story.events.get(i))
        && !e.also.is_empty()
    {
        let mut told: Vec<usize> = e.mentions().iter().map(|m| m.sentence).collect();
        told.dedup();
        let shown = current_areas(model).article.is_some();
        let now = model
            .highlight
            .and_then(|h| told.iter().position(|&s| s == h));
        if let (true, Some(at)) = (shown, now) {
            let next = (at + 1) % told.len();
            sentence = told[next];
            which = Some((next + 1, told.len()));
        } else if let Some(at) = told.iter().position(|&s| s == sentence) {
            which = Some((at + 1, told.len()));
        }
    }
    model.highlight = Some(sentence);
    if current_areas(model).article.is_none() {
        model.zoomed = false;
        model.focus = Pane::Article;
        sync_layout(model);
    }
    if let Some(s) = model.story.document.sentences.get(sentence) {
        let start = s.span.start;
        model.article.reveal(start);
        model.message = Some(match which {
            Some((n, of)) => format!("sentence {}, telling {n} of {of}", sentence + 1),
            None => format!("sentence {}", sentence + 1),
        });
    }
}

fn click(model: &mut Model, column: u16, row: u16) {
    let areas = current_areas(model);
    if let Some(tabs) = areas.tabs
        && row == tabs.y
    {
        // Tabs are drawn as equal thirds.
        let third = (tabs.width / 3).max(1);
        let i = ((column.saturating_sub(tabs.x)) / third).min(2) as usize;
        focus(model, Pane::ALL[i]);
        return;
    }
    let Some(pane) = areas.pane_at(column, row) else {
        return;
    };
    model.focus = pane;
    let inner = layout::inner(areas.pane(pane).unwrap_or_default());
    let height = model.list_rows(pane);
    if row >= inner.y && ((row - inner.y) as usize) < height {
        let r = (row - inner.y) as usize;
        let list = match pane {
            Pane::Facts => &mut model.facts,
            Pane::Timeline => &mut model.timeline,
            Pane::Article => return,
        };
        if list.offset + r < list.len {
            let target = list.offset + r;
            list.select(target, height);
            reveal_selected(model, pane);
        }
    }
}
