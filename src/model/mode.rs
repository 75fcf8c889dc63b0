//! Who reads the keys now: the panes, or one prompt or overlay. One enum, so that two prompts
//! can never be open at once, and one `match` in `update` (and one here, for the key table)
//! says what each key does.

use super::LineEditor;
use crate::keymap::Context;
use crate::msg::Dir;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    /// The panes have the keys.
    #[default]
    Reading,
    /// A `]` or `[` was typed: the next key says what to jump to, in this direction.
    Jump(Dir),
    /// The search line (`/`) is open.
    Search,
    /// The export line (`e`) is open, with the path being typed.
    Export,
    /// The export line asks "overwrite? y/n": the file exists.
    Overwrite,
    /// The reference-date line (`D`) is open.
    Date,
    /// The key list covers the panes, scrolled to `scroll`, filtered by what is typed.
    Help { scroll: usize, filter: LineEditor },
}

impl Mode {
    /// Which part of the key table reads the keys in this mode, and the direction a jump
    /// target goes in (forward outside a jump).
    pub fn keys(&self) -> (Context, Dir) {
        match self {
            Mode::Reading => (Context::Normal, Dir::Forward),
            Mode::Jump(dir) => (Context::Jump, *dir),
            Mode::Search | Mode::Export | Mode::Overwrite | Mode::Date | Mode::Help { .. } => {
                (Context::Prompt, Dir::Forward)
            }
        }
    }
}
