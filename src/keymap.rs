//! The one key table: each binding maps a key, in a context, to a `Msg` and carries the
//! description shown in the help overlay and the footer. Nothing else decides what a key does.

use crate::model::Pane;
use crate::msg::{Dir, JumpTarget, Msg};
use crate::story::FactKind;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where keys are read: the panes, a text prompt (search line, export line, help filter), or
/// the key after `]`/`[`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Normal,
    Prompt,
    Pending,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Normal => "Reading",
            Context::Prompt => "Search line (/), export line (e) and help filter",
            Context::Pending => "After ] (next) or [ (previous)",
        }
    }
}

/// One binding. `keys` is how the help overlay writes the key.
pub struct Binding {
    pub context: Context,
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
    pub msg: Msg,
    pub keys: &'static str,
    pub description: &'static str,
    /// Shown in the footer when there is room.
    pub hint: Option<&'static str>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

const fn key(
    code: KeyCode,
    modifiers: KeyModifiers,
    msg: Msg,
    keys: &'static str,
    description: &'static str,
) -> Binding {
    Binding {
        context: Context::Normal,
        code,
        modifiers,
        msg,
        keys,
        description,
        hint: None,
    }
}

const fn prompt(
    code: KeyCode,
    modifiers: KeyModifiers,
    msg: Msg,
    keys: &'static str,
    description: &'static str,
) -> Binding {
    Binding {
        context: Context::Prompt,
        ..key(code, modifiers, msg, keys, description)
    }
}

const fn jump(
    c: char,
    target: JumpTarget,
    keys: &'static str,
    description: &'static str,
) -> Binding {
    Binding {
        context: Context::Pending,
        // The direction is filled in from the prefix key by `lookup`.
        ..key(
            KeyCode::Char(c),
            NONE,
            Msg::Jump(Dir::Forward, target),
            keys,
            description,
        )
    }
}

/// Every default binding, in the order the help overlay lists them. Several keys may share a
/// `keys` label; the help overlay shows each label once.
pub static BINDINGS: &[Binding] = &[
    key(
        KeyCode::Char('j'),
        NONE,
        Msg::Down,
        "j ↓",
        "down one line / next item",
    ),
    key(
        KeyCode::Down,
        NONE,
        Msg::Down,
        "j ↓",
        "down one line / next item",
    ),
    key(
        KeyCode::Char('k'),
        NONE,
        Msg::Up,
        "k ↑",
        "up one line / previous item",
    ),
    key(
        KeyCode::Up,
        NONE,
        Msg::Up,
        "k ↑",
        "up one line / previous item",
    ),
    key(
        KeyCode::Char('d'),
        CTRL,
        Msg::HalfPageDown,
        "Ctrl-d",
        "down half a page",
    ),
    key(
        KeyCode::Char('u'),
        CTRL,
        Msg::HalfPageUp,
        "Ctrl-u",
        "up half a page",
    ),
    key(
        KeyCode::PageDown,
        NONE,
        Msg::PageDown,
        "PgDn Space",
        "down a page",
    ),
    key(
        KeyCode::Char(' '),
        NONE,
        Msg::PageDown,
        "PgDn Space",
        "down a page",
    ),
    key(KeyCode::PageUp, NONE, Msg::PageUp, "PgUp", "up a page"),
    key(KeyCode::Char('g'), NONE, Msg::Top, "g Home", "to the top"),
    key(KeyCode::Home, NONE, Msg::Top, "g Home", "to the top"),
    key(
        KeyCode::Char('G'),
        SHIFT,
        Msg::Bottom,
        "G End",
        "to the bottom",
    ),
    key(KeyCode::End, NONE, Msg::Bottom, "G End", "to the bottom"),
    Binding {
        hint: Some("focus"),
        ..key(
            KeyCode::Tab,
            NONE,
            Msg::FocusNext,
            "Tab",
            "focus the next pane",
        )
    },
    key(
        KeyCode::BackTab,
        SHIFT,
        Msg::FocusPrev,
        "Shift-Tab",
        "focus the previous pane",
    ),
    key(
        KeyCode::Char('1'),
        NONE,
        Msg::Focus(Pane::Article),
        "1",
        "focus the article",
    ),
    key(
        KeyCode::Char('2'),
        NONE,
        Msg::Focus(Pane::Facts),
        "2",
        "focus the facts",
    ),
    key(
        KeyCode::Char('3'),
        NONE,
        Msg::Focus(Pane::Timeline),
        "3",
        "focus the timeline",
    ),
    Binding {
        hint: Some("go to"),
        ..key(
            KeyCode::Enter,
            NONE,
            Msg::Activate,
            "Enter",
            "show the selected fact or event in the article; an event or a name also narrows the lists to it",
        )
    },
    key(
        KeyCode::Backspace,
        NONE,
        Msg::NarrowBack,
        "Backspace",
        "step back out of the last narrowing",
    ),
    Binding {
        hint: Some("search"),
        ..key(
            KeyCode::Char('/'),
            NONE,
            Msg::SearchOpen,
            "/",
            "search facts, names, values and text",
        )
    },
    key(
        KeyCode::Char('e'),
        NONE,
        Msg::ExportOpen,
        "e",
        "export to a file: Markdown report, facts CSV or JSON",
    ),
    key(
        KeyCode::Char('n'),
        NONE,
        Msg::NextMatch,
        "n",
        "next match in the article",
    ),
    key(
        KeyCode::Char('N'),
        SHIFT,
        Msg::PrevMatch,
        "N",
        "previous match in the article",
    ),
    key(
        KeyCode::Char('&'),
        NONE,
        Msg::ToggleFilter,
        "&",
        "search mode (highlight) ⇄ filter mode (only matches)",
    ),
    key(
        KeyCode::Char(']'),
        NONE,
        Msg::JumpPrefix(Dir::Forward),
        "]",
        "jump to the next … (m p o d e)",
    ),
    key(
        KeyCode::Char('['),
        NONE,
        Msg::JumpPrefix(Dir::Backward),
        "[",
        "jump to the previous … (m p o d e)",
    ),
    Binding {
        hint: Some("zoom"),
        ..key(
            KeyCode::Char('z'),
            NONE,
            Msg::ToggleZoom,
            "z",
            "zoom the focused pane",
        )
    },
    key(
        KeyCode::Char('b'),
        NONE,
        Msg::ToggleBoilerplate,
        "b",
        "show or hide boilerplate (ads, subscribe…)",
    ),
    Binding {
        hint: Some("help"),
        ..key(
            KeyCode::Char('?'),
            NONE,
            Msg::OpenHelp,
            "? F1",
            "this help (type to filter it)",
        )
    },
    key(
        KeyCode::F(1),
        NONE,
        Msg::OpenHelp,
        "? F1",
        "this help (type to filter it)",
    ),
    key(
        KeyCode::Esc,
        NONE,
        Msg::Back,
        "Esc",
        "close help, clear the search, leave a narrowing, unzoom",
    ),
    Binding {
        hint: Some("quit"),
        ..key(KeyCode::Char('q'), NONE, Msg::Quit, "q Ctrl-c", "quit")
    },
    key(KeyCode::Char('c'), CTRL, Msg::Quit, "q Ctrl-c", "quit"),
    key(
        KeyCode::Char('z'),
        CTRL,
        Msg::Suspend,
        "Ctrl-z",
        "suspend (resume with fg)",
    ),
    // The search line and the help filter.
    prompt(
        KeyCode::Enter,
        NONE,
        Msg::Submit,
        "Enter",
        "search; the export line: write (the help: close)",
    ),
    prompt(
        KeyCode::Tab,
        NONE,
        Msg::NextFormat,
        "Tab",
        "the export line: next format (md, csv, json)",
    ),
    prompt(
        KeyCode::Esc,
        NONE,
        Msg::Cancel,
        "Esc",
        "cancel and restore the view",
    ),
    prompt(
        KeyCode::Left,
        NONE,
        Msg::EditLeft,
        "← →",
        "move by character",
    ),
    prompt(
        KeyCode::Right,
        NONE,
        Msg::EditRight,
        "← →",
        "move by character",
    ),
    prompt(
        KeyCode::Home,
        NONE,
        Msg::EditHome,
        "Home End",
        "to the start or end of the line",
    ),
    prompt(
        KeyCode::End,
        NONE,
        Msg::EditEnd,
        "Home End",
        "to the start or end of the line",
    ),
    prompt(
        KeyCode::Backspace,
        NONE,
        Msg::EditBackspace,
        "Backspace",
        "delete the character before the cursor",
    ),
    prompt(
        KeyCode::Char('w'),
        CTRL,
        Msg::EditDeleteWord,
        "Ctrl-w",
        "delete the word before the cursor",
    ),
    prompt(
        KeyCode::Char('u'),
        CTRL,
        Msg::EditDeleteToStart,
        "Ctrl-u",
        "delete to the start of the line",
    ),
    prompt(
        KeyCode::Up,
        NONE,
        Msg::PromptUp,
        "↑ ↓",
        "earlier and later searches (the help: scroll)",
    ),
    prompt(
        KeyCode::Down,
        NONE,
        Msg::PromptDown,
        "↑ ↓",
        "earlier and later searches (the help: scroll)",
    ),
    prompt(KeyCode::Char('c'), CTRL, Msg::Quit, "Ctrl-c", "quit"),
    // After `]` or `[`.
    jump('m', JumpTarget::Fact(FactKind::Money), "m", "money"),
    jump('p', JumpTarget::Fact(FactKind::Person), "p", "person"),
    jump('o', JumpTarget::Fact(FactKind::Org), "o", "organisation"),
    jump('d', JumpTarget::Fact(FactKind::Date), "d", "date"),
    jump('e', JumpTarget::Event, "e", "event"),
];

/// The message a key press means in `context`; `pending` is the direction of a `]`/`[`
/// prefix just typed.
pub fn lookup(event: KeyEvent, context: Context, pending: Dir) -> Option<Msg> {
    // Terminals disagree on whether an upper-case letter carries SHIFT; compare without it for
    // characters.
    let strip_shift = |m: KeyModifiers| match event.code {
        KeyCode::Char(_) => m - KeyModifiers::SHIFT,
        _ => m,
    };
    let mods = strip_shift(event.modifiers);
    let found = BINDINGS
        .iter()
        .find(|b| b.context == context && b.code == event.code && strip_shift(b.modifiers) == mods)
        .map(|b| b.msg);
    match (context, found, event.code) {
        (Context::Pending, Some(Msg::Jump(_, target)), _) => Some(Msg::Jump(pending, target)),
        (Context::Pending, _, _) => Some(Msg::CancelPending),
        // Any other printable character is typed into the prompt.
        (Context::Prompt, None, KeyCode::Char(c)) if !mods.contains(KeyModifiers::CONTROL) => {
            Some(Msg::Input(c))
        }
        _ => found,
    }
}

/// The help overlay's rows, grouped by context: (context, keys, description), each distinct
/// `keys` label once per context, in table order.
pub fn help_rows() -> Vec<(Context, &'static str, &'static str)> {
    let mut rows: Vec<(Context, &str, &str)> = Vec::new();
    for b in BINDINGS {
        if !rows.iter().any(|(c, k, _)| *c == b.context && *k == b.keys) {
            rows.push((b.context, b.keys, b.description));
        }
    }
    rows
}

/// The footer hints: (first key of the label, hint word).
pub fn hints() -> impl Iterator<Item = (&'static str, &'static str)> {
    BINDINGS.iter().filter_map(|b| {
        b.hint
            .map(|h| (b.keys.split(' ').next().unwrap_or(b.keys), h))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Msg> {
        lookup(
            KeyEvent::new(code, modifiers),
            Context::Normal,
            Dir::Forward,
        )
    }

    #[test]
    fn keys_map_to_intents() {
        assert_eq!(press(KeyCode::Char('j'), NONE), Some(Msg::Down));
        assert_eq!(press(KeyCode::Char('G'), SHIFT), Some(Msg::Bottom));
        assert_eq!(press(KeyCode::Char('G'), NONE), Some(Msg::Bottom));
        assert_eq!(press(KeyCode::Char('c'), CTRL), Some(Msg::Quit));
        assert_eq!(press(KeyCode::Char('c'), NONE), None);
        assert_eq!(press(KeyCode::Char('?'), SHIFT), Some(Msg::OpenHelp));
        assert_eq!(press(KeyCode::Char('/'), NONE), Some(Msg::SearchOpen));
    }

    #[test]
    fn prompt_keys_type_and_edit() {
        let k = |code, m| lookup(KeyEvent::new(code, m), Context::Prompt, Dir::Forward);
        assert_eq!(k(KeyCode::Char('j'), NONE), Some(Msg::Input('j')));
        assert_eq!(k(KeyCode::Char('Q'), SHIFT), Some(Msg::Input('Q')));
        assert_eq!(k(KeyCode::Char('w'), CTRL), Some(Msg::EditDeleteWord));
        assert_eq!(k(KeyCode::Char('c'), CTRL), Some(Msg::Quit));
        assert_eq!(k(KeyCode::Enter, NONE), Some(Msg::Submit));
        assert_eq!(k(KeyCode::Esc, NONE), Some(Msg::Cancel));
    }

    #[test]
    fn bracket_then_a_letter_jumps() {
        let k = |c, d| lookup(KeyEvent::new(KeyCode::Char(c), NONE), Context::Pending, d);
        assert_eq!(
            k('m', Dir::Backward),
            Some(Msg::Jump(Dir::Backward, JumpTarget::Fact(FactKind::Money)))
        );
        assert_eq!(
            k('e', Dir::Forward),
            Some(Msg::Jump(Dir::Forward, JumpTarget::Event))
        );
        assert_eq!(k('x', Dir::Forward), Some(Msg::CancelPending));
    }

    #[test]
    fn every_binding_is_unique_and_described() {
        for (i, a) in BINDINGS.iter().enumerate() {
            assert!(!a.description.is_empty());
            for b in &BINDINGS[i + 1..] {
                assert!(
                    !(a.context == b.context && a.code == b.code && a.modifiers == b.modifiers),
                    "{} bound twice",
                    a.keys
                );
            }
        }
        assert!(help_rows().iter().any(|(_, k, _)| *k == "? F1"));
        assert!(hints().any(|(k, h)| k == "q" && h == "quit"));
    }
}
