//! Every change to the model is one of these intents. Keys, mouse and terminal events are
//! mapped to a `Msg` (see `keymap.rs`); `update` is the only place that acts on them.

use crate::keymap::Chord;
use crate::pane::Pane;
use crate::story::FactKind;

/// A direction for `n`/`N` and `]`/`[`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Forward,
    Backward,
}

/// What a typed jump (`]m`, `[p` …) goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JumpTarget {
    Fact(FactKind),
    Event,
}

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
    /// Open the search line (`/`).
    SearchOpen,
    /// A character typed into the search line or the help filter.
    Input(char),
    /// Line editing: by grapheme, word (Ctrl-w) and line (Ctrl-u).
    EditLeft,
    EditRight,
    EditHome,
    EditEnd,
    EditBackspace,
    EditDeleteWord,
    EditDeleteToStart,
    /// ↑/↓ in the search line (history) or the help overlay (scroll).
    PromptUp,
    PromptDown,
    /// Enter in the search line: search.
    Submit,
    /// Esc in the search line: put the view back as it was.
    Cancel,
    /// `n` / `N`: the next or previous match in the article.
    NextMatch,
    PrevMatch,
    /// `D`: open the line that sets the reference date relative dates are resolved against.
    DateOpen,
    /// `e`: open the export line (write the story to a file).
    ExportOpen,
    /// Tab in the export line: the next format (Markdown, CSV, JSON).
    NextFormat,
    /// `&`: only the matches (filter mode) ⇄ every row with the matches marked (in context).
    ToggleFilter,
    /// → in the Facts pane: unfold the selected name's group to its mentions.
    Expand,
    /// ← in the Facts pane: fold it again.
    Collapse,
    /// `s`: the Facts pane grouped (figures by kind, names with their mentions) ⇄ text order.
    ToggleFactOrder,
    /// Backspace: step back out of the last narrowing (event or entity).
    NarrowBack,
    /// Select row `n` (from 0) of the Facts or Timeline list, as plain mode's `12` does.
    Select(Pane, usize),
    /// `y`: copy the selection with its quoted sentence and position to the clipboard.
    Copy,
    /// `Y`: copy the facts listed as a Markdown table.
    CopyTable,
    /// `]` or `[`: the next key says what to jump to.
    JumpPrefix(Dir),
    /// `]m`, `[p`…: the next or previous money, person, organisation, date or event.
    Jump(Dir, JumpTarget),
    /// Esc after `]`/`[`: no jump after all.
    CancelJump,
    /// Another key after `]`/`[` that names no target: the reader is told so.
    NotATarget(Chord),
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
