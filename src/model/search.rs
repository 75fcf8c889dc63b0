//! Search and narrowing: what the search line holds, the results in effect, the match `n`/`N`
//! is on, and the stack of narrowings (an event, an entity) that Backspace steps out of.

use super::LineEditor;
use crate::search::Results;

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
    pub results: Option<Results>,
    pub current: Option<usize>,
    pub scroll: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Search {
    pub line: LineEditor,
    /// The search line is open.
    pub editing: bool,
    /// What is wrong with the query being typed; the view keeps the last good results.
    pub error: Option<String>,
    /// The query text the results are for ("" when no search is in effect).
    pub query: String,
    pub results: Option<Results>,
    pub mode: SearchMode,
    /// The index in `results.spans` of the match `n`/`N` last went to.
    pub current: Option<usize>,
    pub saved: Option<Saved>,
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
