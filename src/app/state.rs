//! The saved state of the open article (`persist::store`): opened before the TUI
//! starts, saved on quit, suspend and the terminating signals.

use crate::model::{Model, Stage};
use crate::persist::state::ArticleState;
use crate::persist::store::{self, Store};
use crate::update;
use std::io;

/// The saved state of the open article: its store, its key, what was saved before.
pub struct State {
    pub store: Store,
    key: String,
    pub saved: Option<ArticleState>,
}

impl State {
    /// Finds what was saved for the article (`key`: the hash of its text); a damaged state
    /// file's message goes to the status bar. `None` without a home or state directory.
    pub fn open(model: &mut Model, key: String) -> Option<State> {
        let path = store::default_path()?;
        let opened = store::open(path, &key, &stamp());
        if let Some(m) = opened.message {
            model.message = Some(match model.message.take() {
                Some(first) => format!("{first} · {m}"),
                None => m,
            });
        }
        Some(State {
            store: opened.store,
            key,
            saved: opened.entry,
        })
    }

    pub fn save(&self, model: &Model) -> io::Result<()> {
        let mut entry = update::article_state(model);
        entry.seen = jiff::Timestamp::now().as_second();
        // Never wrapped (the terminal was too small all along), or quit before the whole of a
        // large article was read: the position is unknown, so the one saved before stands.
        let partial = model.loading.is_some_and(|l| l.stage == Stage::Reading);
        if (model.article.lines.is_empty() || partial)
            && let Some(saved) = &self.saved
        {
            entry.offset = saved.offset;
        }
        self.store.save(&self.key, entry, &stamp())
    }
}

/// Names a damaged state file moved aside: the time in UTC, `20260129T101500Z`.
fn stamp() -> String {
    jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}
