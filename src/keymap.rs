//! The one key table: each binding maps a key to a `Msg` and carries the description shown in
//! the help overlay and the footer. Nothing else decides what a key does.

use crate::model::Pane;
use crate::msg::Msg;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One binding. `keys` is how the help overlay writes the key.
pub struct Binding {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
    pub msg: Msg,
    pub keys: &'static str,
    pub description: &'static str,
    /// Shown in the footer when there is room.
    pub hint: Option<&'static str>,
}

const fn key(
    code: KeyCode,
    modifiers: KeyModifiers,
    msg: Msg,
    keys: &'static str,
    description: &'static str,
) -> Binding {
    Binding {
        code,
        modifiers,
        msg,
        keys,
        description,
        hint: None,
    }
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

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
            "show the selected fact or event in the article",
        )
    },
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
        ..key(KeyCode::Char('?'), NONE, Msg::OpenHelp, "? F1", "this help")
    },
    key(KeyCode::F(1), NONE, Msg::OpenHelp, "? F1", "this help"),
    key(
        KeyCode::Esc,
        NONE,
        Msg::Back,
        "Esc",
        "close help / step back",
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
];

/// The message a key press means, if any.
pub fn lookup(event: KeyEvent) -> Option<Msg> {
    // Terminals disagree on whether an upper-case letter carries SHIFT; compare without it for
    // characters.
    let strip_shift = |m: KeyModifiers| match event.code {
        KeyCode::Char(_) => m - KeyModifiers::SHIFT,
        _ => m,
    };
    let mods = strip_shift(event.modifiers);
    BINDINGS
        .iter()
        .find(|b| b.code == event.code && strip_shift(b.modifiers) == mods)
        .map(|b| b.msg)
}

/// The help overlay's rows: each distinct `keys` label once, in table order.
pub fn help_rows() -> Vec<(&'static str, &'static str)> {
    let mut rows: Vec<(&str, &str)> = Vec::new();
    for b in BINDINGS {
        if !rows.iter().any(|(k, _)| *k == b.keys) {
            rows.push((b.keys, b.description));
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
        lookup(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn keys_map_to_intents() {
        assert_eq!(press(KeyCode::Char('j'), NONE), Some(Msg::Down));
        assert_eq!(press(KeyCode::Char('G'), SHIFT), Some(Msg::Bottom));
        assert_eq!(press(KeyCode::Char('G'), NONE), Some(Msg::Bottom));
        assert_eq!(press(KeyCode::Char('c'), CTRL), Some(Msg::Quit));
        assert_eq!(press(KeyCode::Char('c'), NONE), None);
        assert_eq!(press(KeyCode::Char('?'), SHIFT), Some(Msg::OpenHelp));
    }

    #[test]
    fn every_binding_is_unique_and_described() {
        for (i, a) in BINDINGS.iter().enumerate() {
            assert!(!a.description.is_empty());
            for b in &BINDINGS[i + 1..] {
                assert!(
                    !(a.code == b.code && a.modifiers == b.modifiers),
                    "{} bound twice",
                    a.keys
                );
            }
        }
        assert!(help_rows().iter().any(|(k, _)| *k == "? F1"));
        assert!(hints().any(|(k, h)| k == "q" && h == "quit"));
    }
}
