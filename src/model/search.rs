//! Search and narrowing: what the search line holds, the results in effect, the match `n`/`N`
//! is on, and the stack of narrowings (an event, an entity) that Backspace steps out of.

use super::LineEditor;
use crate::search::Results;
use std::sync::Arc;

/// Stories up to this many sentences and facts together are searched in `update` itself: a
/// search there takes well under a millisecond. Larger ones are searched on a thread (see
/// [`Pending`]), so that a keystroke in the search line never waits for the search.
pub const SEARCH_IN_UPDATE_UP_TO: usize = 20_000;

/// Search mode highlights the matches and keeps the context; filter mode shows only them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchMode {
    #[default]
    Highlight,
    Filter,
}

/// What was in effect before the search line opened, restored by Esc.
#[derive(Debug, Clone, Default)]
pub struct Saved {
    pub query: String,
    pub results: Option<Arc<Results>>,
    pub current: Option<usize>,
    pub scroll: usize,
    pub pending: Option<Pending>,
}

#[derive(Debug, Clone)]
pub struct Search {
    pub line: LineEditor,
    /// The search line is open.
    pub editing: bool,
    /// What is wrong with the query being typed; the view keeps the last good results.
    pub error: Option<String>,
    /// The query text the results are for ("" when no search is in effect).
    pub query: String,
    /// Shared: `/` keeps a copy for Esc, and results come from the search thread.
    pub results: Option<Arc<Results>>,
    pub mode: SearchMode,
    /// The index in `results.spans` of the match `n`/`N` last went to.
    pub current: Option<usize>,
    pub saved: Option<Saved>,
    /// A search running on the search thread; its results replace the ones in effect when
    /// they arrive, unless another search was asked for meanwhile.
    pub pending: Option<Pending>,
    /// Numbers the searches sent to the thread, so late results are told from current ones.
    pub generation: u64,
    /// Stories larger than this (sentences plus facts) are searched on the thread.
    pub in_update_up_to: usize,
}

impl Default for Search {
    fn default() -> Search {
        Search {
            line: LineEditor::default(),
            editing: false,
            error: None,
            query: String::new(),
            results: None,
            mode: SearchMode::default(),
            current: None,
            saved: None,
            pending: None,
            generation: 0,
            in_update_up_to: SEARCH_IN_UPDATE_UP_TO,
        }
    }
}

/// A query sent to the search thread (see `Effect::Search`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub generation: u64,
    /// The query as typed, which becomes `Search::query` when the results arrive.
    pub query: String,
}

impl Search {
    /// Whether a search narrows or highlights anything now.
    pub fn active(&self) -> bool {
        self.results.is_some()
    }

    /// Whether the lists show only matches: while typing, and in filter mode.
    pub fn filtering(&self) -> bool {
        self.results.is_some() && (self.editing || self.mode == SearchMode::Filter)
    }
}

/// A narrowing of the lists to one thing, chosen with Enter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Narrow {
    /// The facts an event rests on.
    Event(usize),
    /// Everything about one entity.
    Entity(usize),
}
