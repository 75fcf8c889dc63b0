//! Search and narrowing: what the search line holds, the results in effect, the match `n`/`N`
//! is on, and the stack of narrowings (an event, an entity) that Backspace steps out of.

use super::{FactLine, LineEditor};
use crate::search::Results;
use std::sync::Arc;

/// Stories up to this many sentences and facts together are searched in `update` itself: a
/// search there takes well under a millisecond. Larger ones are searched on a thread (see
/// [`Running`]), so that a keystroke in the search line never waits for the search.
pub const SEARCH_IN_UPDATE_UP_TO: usize = 20_000;

/// How a search shows in the lists (Facts, Timeline and the Article's sentences): only the
/// matches (`Filter`, the default, as fzf, k9s and lazygit filter), or every row with the
/// matches marked (`InContext`). `&` switches; typing shows what Enter then keeps (issue 15,
/// item 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchMode {
    InContext,
    #[default]
    Filter,
}

/// What was in effect before the search line opened, restored by Esc.
#[derive(Debug, Clone, Default)]
pub struct Saved {
    pub query: String,
    pub results: Option<Arc<Results>>,
    pub current: Option<usize>,
    pub scroll: usize,
    pub running: Option<Running>,
}

#[derive(Debug, Clone)]
pub struct Search {
    /// The search line (open while the mode is `Mode::Search`).
    pub line: LineEditor,
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
    pub running: Option<Running>,
    /// Numbers the searches sent to the thread, so late results are told from current ones.
    pub generation: u64,
    /// Stories larger than this (sentences plus facts) are searched on the thread.
    pub in_update_up_to: usize,
}

impl Default for Search {
    fn default() -> Search {
        Search {
            line: LineEditor::default(),
            error: None,
            query: String::new(),
            results: None,
            mode: SearchMode::default(),
            current: None,
            saved: None,
            running: None,
            generation: 0,
            in_update_up_to: SEARCH_IN_UPDATE_UP_TO,
        }
    }
}

/// A query sent to the search thread (see `Effect::Search`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Running {
    pub generation: u64,
    /// The query as typed, which becomes `Search::query` when the results arrive.
    pub query: String,
}

impl Search {
    /// Whether a search narrows or highlights anything now.
    pub fn active(&self) -> bool {
        self.results.is_some()
    }
}

/// A narrowing in effect, with the selections it replaced: Backspace puts back the selection
/// of a list the reader was not in, which the narrowing moved without being asked (issue 15,
/// item 7); the focused list keeps where the reader took it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Narrowing {
    pub to: Narrow,
    /// The Facts line selected before it.
    pub fact_line: Option<FactLine>,
    /// The event selected before it.
    pub event: Option<usize>,
}

/// A narrowing of the lists to one thing, chosen with Enter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Narrow {
    /// The facts an event rests on.
    Event(usize),
    /// Everything about one entity.
    Entity(usize),
}
