//! The three panes of the TUI: a leaf type that the key table, the messages, the model, the
//! view and the state file all name, so that none of them imports another for it.

/// The three panes (named in lower case in the state file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pane {
    Article,
    Facts,
    Timeline,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Article, Pane::Facts, Pane::Timeline];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Article => "Article",
            Pane::Facts => "Facts",
            Pane::Timeline => "Timeline",
        }
    }

    pub fn index(self) -> usize {
        match self {
            Pane::Article => 0,
            Pane::Facts => 1,
            Pane::Timeline => 2,
        }
    }
}
