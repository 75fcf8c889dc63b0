//! The one `Model`: the loaded story plus all view state. Plain data, no I/O; `update` changes
//! it, views borrow it.

mod article;
mod export_line;
mod fact_lines;
pub mod help;
pub mod layout;
mod line;
mod list;
mod mode;
mod rows;
mod search;
pub mod timeline;
pub mod wrap;

pub use article::ArticleView;
pub use export_line::ExportLine;
pub use fact_lines::{FactLine, FactOrder, Shape};
pub use line::LineEditor;
pub use list::ListView;
pub use mode::Mode;
pub use search::{Narrow, Narrowing, Running, SEARCH_IN_UPDATE_UP_TO, Saved, Search, SearchMode};

use crate::effect::Effect;
use crate::keymap::Keymap;
use crate::pane::Pane;
use crate::search::Index;
use crate::story::Story;
use crate::theme::Theme;
use std::sync::Arc;

/// Everything the TUI shows.
#[derive(Debug, Clone)]
pub struct Model {
    pub story: Story,
    /// Sanitised name of what was opened, for the status bar.
    pub source: String,
    /// Things the reader should know about the input (lossy decoding…).
    pub warnings: Vec<String>,
    pub focus: Pane,
    pub zoomed: bool,
    /// Who reads the keys: the panes, or one prompt or overlay.
    pub mode: Mode,
    pub show_boilerplate: bool,
    pub article: ArticleView,
    /// The Facts list: `facts.selected` indexes `fact_lines`, the pane's lines.
    pub facts: ListView,
    /// The facts listed (all, or narrowed), in text order.
    pub fact_rows: Vec<usize>,
    /// How the Facts pane shows `fact_rows`: grouped (figures, then entities) or text order.
    pub fact_order: FactOrder,
    pub fact_lines: Vec<FactLine>,
    /// For each fact id, the line that shows it (`u32::MAX`: none).
    pub fact_line_of: Vec<u32>,
    /// For each fact id, the first Timeline row whose event rests on it (`u32::MAX`: none).
    pub event_row_of_fact: Vec<u32>,
    /// Entities whose group is unfolded to its mentions, sorted.
    pub expanded: Vec<usize>,
    /// The Timeline list: `timeline.selected` indexes `event_rows` (event ids).
    pub timeline: ListView,
    pub event_rows: Vec<usize>,
    /// The series and checks under the Timeline's events (ids), when a narrowing keeps only
    /// some; `None`: all.
    pub series_rows: Option<Vec<usize>>,
    /// In search-in-context mode (`&`), which Facts lines and Timeline rows show a match, by
    /// line and row; empty otherwise.
    pub fact_line_marked: Vec<bool>,
    pub event_row_marked: Vec<bool>,
    pub check_rows: Option<Vec<usize>>,
    /// The search index, built once for the story; shared with the search thread.
    pub index: Arc<Index>,
    pub search: Search,
    /// Narrowings chosen with Enter, innermost last.
    pub narrow: Vec<Narrowing>,
    /// Terminal size, from the last resize.
    pub width: u16,
    pub height: u16,
    /// The sentence marked in the article: that of the last selected fact or event.
    pub highlight: Option<usize>,
    /// A one-off message for the status bar, cleared by the next key.
    pub message: Option<String>,
    /// The view was put back from the saved state and no key was pressed since: Esc then
    /// starts at the top instead.
    pub restored: bool,
    /// The reference-date line (`D`): what is typed, and what is wrong with it.
    pub date_line: LineEditor,
    pub date_error: Option<String>,
    /// The reference date set with `D`, remembered for this article.
    pub date_set: Option<jiff::civil::Date>,
    /// The export line (`e`).
    pub export: ExportLine,
    /// I/O that `update` asks the loop to carry out (see `effect.rs`).
    pub effect: Option<Effect>,
    /// A large article is read and extracted on the loading thread; meanwhile the panes show what
    /// is ready and the status bar how far the work is.
    pub loading: Option<Loading>,
    pub quit: bool,
    /// The keys in effect (defaults plus the config file), read by the loop, the help and the
    /// footer.
    pub keymap: Keymap,
    /// The colours (defaults, the config file, or none under NO_COLOR).
    pub theme: Theme,
}

/// The loading thread's progress on a large article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loading {
    pub stage: Stage,
    /// Sentences extracted so far, out of `total` (0 of 0 while still segmenting).
    pub done: usize,
    pub total: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Only the beginning of the article is shown; the whole is being split into sentences.
    Reading,
    /// The whole article is shown; facts are being extracted.
    Extracting,
}

impl Loading {
    /// Percent done, for the gauge.
    pub fn percent(&self) -> usize {
        (self.done * 100)
            .checked_div(self.total)
            .unwrap_or(0)
            .min(100)
    }
}

impl Model {
    pub fn new(story: Story, source: String, warnings: Vec<String>) -> Model {
        let export = ExportLine::new(&source);
        let mut model = Model {
            story,
            source,
            warnings,
            focus: Pane::Article,
            zoomed: false,
            mode: Mode::Reading,
            show_boilerplate: true,
            article: ArticleView::default(),
            facts: ListView::default(),
            fact_rows: Vec::new(),
            fact_order: FactOrder::default(),
            fact_lines: Vec::new(),
            fact_line_of: Vec::new(),
            expanded: Vec::new(),
            event_row_of_fact: Vec::new(),
            timeline: ListView::default(),
            event_rows: Vec::new(),
            series_rows: None,
            fact_line_marked: Vec::new(),
            event_row_marked: Vec::new(),
            check_rows: None,
            index: Arc::default(),
            search: Search::default(),
            narrow: Vec::new(),
            width: 0,
            height: 0,
            highlight: None,
            message: None,
            restored: false,
            date_line: LineEditor::default(),
            date_error: None,
            date_set: None,
            export,
            effect: None,
            loading: None,
            quit: false,
            keymap: Keymap::default(),
            theme: Theme::default(),
        };
        model.index = Arc::new(Index::new(&model.story));
        model.refresh_rows();
        model.facts.selected = (model.facts.len > 0).then_some(0);
        model.timeline.selected = (model.timeline.len > 0).then_some(0);
        model
    }
}
