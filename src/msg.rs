//! Every change to the model is one of these intents. Keys, mouse and terminal events are
//! mapped to a `Msg` (see `keymap.rs`); `update` is the only place that acts on them.

use crate::model::Pane;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// Move the selection (or the article view) one step.
    Down,
    Up,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    FocusNext,
    FocusPrev,
    Focus(Pane),
    /// Show the focused pane alone, or back to all panes.
    ToggleZoom,
    ToggleBoilerplate,
    /// Jump from the selected fact or event to its sentence in the article.
    Activate,
    OpenHelp,
    /// Close the top overlay (help) or step back one layer.
    Back,
    Quit,
    /// Stop the process until `fg` (Ctrl-Z); carried out by the loop, which owns the terminal.
    Suspend,
    /// The terminal has a new size.
    Resize {
        width: u16,
        height: u16,
    },
    /// The mouse wheel over a cell: positive is down.
    Wheel {
        column: u16,
        row: u16,
        lines: i16,
    },
    /// A left click at a cell.
    Click {
        column: u16,
        row: u16,
    },
}
