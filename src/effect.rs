//! What `update` asks the loop to do outside the model, and what came of it. `update` stays
//! pure: it leaves an [`Effect`] in `Model::effect`; the loop carries it out (`persist`) and
//! hands the [`Outcome`] back to `update::outcome`.

use crate::output::Format;

/// A request for I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the story to `path` as `format`; without `overwrite`, an existing file is left
    /// alone and reported as [`Outcome::Exists`].
    Export {
        path: String,
        format: Format,
        overwrite: bool,
    },
    /// Put this text on the system clipboard (OSC 52, through the terminal).
    Copy(String),
    /// Run this query (already parsed once, so known to be good) over `Model::index` away from
    /// the key loop, and hand the results to `update::search::arrived` with `generation`.
    Search { generation: u64, query: String },
}

/// What came of an [`Effect`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Written {
        path: String,
        format: Format,
    },
    /// The file exists and `overwrite` was not asked for.
    Exists {
        path: String,
    },
    Failed {
        path: String,
        error: String,
    },
    /// The path names a directory (or a device…), not a file: nothing was asked or written,
    /// and the line stays open to give a file name.
    NotAFile {
        path: String,
        error: String,
    },
}
