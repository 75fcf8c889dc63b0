//! The reference date (`D`): a story whose text gives no date leaves "last week" and "in
//! October" unresolved. `D` opens a line in the status bar to type one (`2026-01-29`); Enter
//! extracts the story again against it — every date, event order and check follows — and the
//! date is remembered for this article (`ArticleState::reference_date`).

use super::{edit, resize, search, sync_layout};
use crate::extract::{self, Options};
use crate::model::{Mode, Model, SEARCH_IN_UPDATE_UP_TO};
use crate::msg::Msg;
use crate::search::Index;
use jiff::civil::Date;
use std::sync::Arc;

/// `D`: opens the line with the date in effect, if any.
pub fn open(model: &mut Model) {
    model.mode = Mode::Date;
    model.date_error = None;
    let current = model
        .story
        .reference_date
        .map(|d| d.to_string())
        .unwrap_or_default();
    model.date_line.set(&current);
}

/// A message while the date line is open.
pub fn key(model: &mut Model, msg: Msg) {
    match msg {
        Msg::Quit => model.quit = true,
        Msg::Resize { width, height } => resize(model, width, height),
        Msg::Cancel => model.mode = Mode::Reading,
        Msg::Submit => submit(model),
        msg => {
            if edit(&mut model.date_line, msg) {
                model.date_error = None;
            }
        }
    }
}

fn submit(model: &mut Model) {
    let typed = model.date_line.text.trim().to_string();
    let Ok(date) = typed.parse::<Date>() else {
        model.date_error = Some(format!("{typed:?} is not a date: type it as 2026-01-29"));
        return;
    };
    model.mode = Mode::Reading;
    if set(model, date) {
        model.message = Some(format!("dates resolved against {date}"));
    }
}

/// Extracts the story again against `date`; false (with a message saying why) when it cannot
/// be done now: the article is still being read, or too large to extract between two keys.
pub fn set(model: &mut Model, date: Date) -> bool {
    if model.loading.is_some() {
        model.message = Some("not yet: the article is still being read".to_string());
        return false;
    }
    let story = &model.story;
    if story.document.sentences.len() + story.facts.len() > SEARCH_IN_UPDATE_UP_TO {
        model.message = Some(format!(
            "a large article: open it with --date {date} to resolve its dates"
        ));
        return false;
    }
    let mut again = extract::extract(
        story.document.clone(),
        &Options {
            reference_date: Some(date),
        },
    );
    again.origin = story.origin.clone();
    again.origin.reference_date_source = Some("ui".to_string());
    model.story = again;
    model.index = Arc::new(Index::new(&model.story));
    model.date_set = Some(date);
    // Results and narrowings name facts and events of the story as it was.
    model.narrow.clear();
    if model.search.active() {
        search::clear(model);
    }
    model.refresh_rows();
    sync_layout(model);
    true
}
