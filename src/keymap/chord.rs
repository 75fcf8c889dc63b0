//! One key with its modifiers, as the key table and the config file write it ("j", "G",
//! "Ctrl-d", "PageDown", "Shift-Tab", "F1"): parsing, the canonical config name, the short
//! label the help and the footer show, and matching a terminal key event.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;

/// A key press, normalised so that a binding and an event compare equal whenever a terminal
/// could send one for the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chord {
    pub code: KeyCode,
    /// Only CONTROL, ALT and SHIFT; SHIFT never on a character or Shift-Tab (see `new`).
    pub modifiers: KeyModifiers,
}

/// Named keys: (config name, help label, code). Aliases are in `named`.
const NAMES: &[(&str, &str, KeyCode)] = &[
    ("Enter", "Enter", KeyCode::Enter),
    ("Esc", "Esc", KeyCode::Esc),
    ("Tab", "Tab", KeyCode::Tab),
    ("Backspace", "Backspace", KeyCode::Backspace),
    ("Delete", "Delete", KeyCode::Delete),
    ("Insert", "Insert", KeyCode::Insert),
    ("Home", "Home", KeyCode::Home),
    ("End", "End", KeyCode::End),
    ("PageUp", "PgUp", KeyCode::PageUp),
    ("PageDown", "PgDn", KeyCode::PageDown),
    ("Up", "↑", KeyCode::Up),
    ("Down", "↓", KeyCode::Down),
    ("Left", "←", KeyCode::Left),
    ("Right", "→", KeyCode::Right),
    ("Space", "Space", KeyCode::Char(' ')),
];

/// Other spellings people write for the named keys (compared in lower case).
const ALIASES: &[(&str, KeyCode)] = &[
    ("return", KeyCode::Enter),
    ("ret", KeyCode::Enter),
    ("escape", KeyCode::Esc),
    ("bs", KeyCode::Backspace),
    ("del", KeyCode::Delete),
    ("ins", KeyCode::Insert),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("pgdown", KeyCode::PageDown),
    ("backtab", KeyCode::BackTab),
];

const MODIFIERS: &[(&str, KeyModifiers)] = &[
    ("ctrl", KeyModifiers::CONTROL),
    ("control", KeyModifiers::CONTROL),
    ("c", KeyModifiers::CONTROL),
    ("alt", KeyModifiers::ALT),
    ("meta", KeyModifiers::ALT),
    ("a", KeyModifiers::ALT),
    ("m", KeyModifiers::ALT),
    ("shift", KeyModifiers::SHIFT),
    ("s", KeyModifiers::SHIFT),
];

impl Chord {
    /// Normalises: terminals disagree on whether an upper-case letter carries SHIFT, and send
    /// Shift-Tab as BackTab with or without it, so those drop SHIFT; a shifted lower-case
    /// letter becomes the upper-case one; Tab with SHIFT becomes BackTab.
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Chord {
        let mut modifiers =
            modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let shift = modifiers.contains(KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Char(c) if shift && c.is_lowercase() => {
                let mut upper = c.to_uppercase();
                match (upper.next(), upper.next()) {
                    (Some(u), None) => KeyCode::Char(u),
                    _ => code,
                }
            }
            KeyCode::Tab if shift => KeyCode::BackTab,
            other => other,
        };
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers -= KeyModifiers::SHIFT;
        }
        Chord { code, modifiers }
    }

    pub fn from_event(event: KeyEvent) -> Chord {
        Chord::new(event.code, event.modifiers)
    }

    /// Parses "j", "G", "Ctrl-d", "C-d", "Alt+x", "PageDown", "Shift-Tab", "F5", "Space".
    /// Key names are case-insensitive; a single character is taken as written.
    pub fn parse(s: &str) -> Result<Chord, String> {
        let mut rest = s;
        let mut modifiers = KeyModifiers::NONE;
        'strip: loop {
            for &(name, m) in MODIFIERS {
                let Some(prefix) = rest.get(..name.len()) else {
                    continue;
                };
                let after = &rest[name.len()..];
                let sep = after.chars().next();
                if prefix.eq_ignore_ascii_case(name)
                    && matches!(sep, Some('-' | '+'))
                    && after.len() > 1
                {
                    modifiers |= m;
                    rest = &after[1..];
                    continue 'strip;
                }
            }
            break;
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (None, _) => return Err(format!("`{s}` names no key")),
            (Some(c), None) if c.is_control() => {
                return Err(format!("`{s}` is a control character, not a key name"));
            }
            (Some(c), None) => KeyCode::Char(c),
            _ => named(rest).ok_or_else(|| {
                format!(
                    "unknown key `{s}`: write a character (\"j\", \"G\", \"?\"), a name (Enter, \
                     Esc, Tab, Backspace, Delete, Insert, Home, End, PageUp, PageDown, Up, Down, \
                     Left, Right, Space, F1…F24), with Ctrl-, Alt- or Shift- before it"
                )
            })?,
        };
        if code == KeyCode::BackTab {
            modifiers |= KeyModifiers::SHIFT;
        }
        Ok(Chord::new(code, modifiers))
    }

    /// The short form for the help and the footer: arrows as arrows, "PgDn".
    pub fn label(&self) -> String {
        self.write(|name, label| if label.is_empty() { name } else { label })
    }

    fn write(&self, pick: impl Fn(&'static str, &'static str) -> &'static str) -> String {
        let mut out = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) || self.code == KeyCode::BackTab {
            out.push_str("Shift-");
        }
        match self.code {
            KeyCode::BackTab => out.push_str("Tab"),
            KeyCode::F(n) => out.push_str(&format!("F{n}")),
            code => match NAMES.iter().find(|(_, _, c)| *c == code) {
                Some((name, label, _)) => out.push_str(pick(name, label)),
                None => match code {
                    KeyCode::Char(c) => out.push(c),
                    other => out.push_str(&format!("{other:?}")),
                },
            },
        }
        out
    }
}

/// The config form, which `parse` reads back: "Ctrl-d", "PageDown", "Shift-Tab", "G".
impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.write(|name, _| name))
    }
}

fn named(s: &str) -> Option<KeyCode> {
    let lower = s.to_ascii_lowercase();
    if let Some(n) = lower.strip_prefix('f')
        && let Ok(n) = n.parse::<u8>()
    {
        return (1..=24).contains(&n).then_some(KeyCode::F(n));
    }
    NAMES
        .iter()
        .find(|(name, _, _)| name.eq_ignore_ascii_case(s))
        .map(|&(_, _, code)| code)
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(alias, _)| *alias == lower)
                .map(|&(_, c)| c)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chord(code: KeyCode, m: KeyModifiers) -> Chord {
        Chord::new(code, m)
    }

    #[test]
    fn parses_characters_names_and_modifiers() {
        let none = KeyModifiers::NONE;
        let ctrl = KeyModifiers::CONTROL;
        assert_eq!(Chord::parse("j"), Ok(chord(KeyCode::Char('j'), none)));
        assert_eq!(Chord::parse("G"), Ok(chord(KeyCode::Char('G'), none)));
        assert_eq!(Chord::parse("Shift-g"), Chord::parse("G"));
        assert_eq!(Chord::parse("Ctrl-d"), Ok(chord(KeyCode::Char('d'), ctrl)));
        assert_eq!(Chord::parse("C-d"), Chord::parse("Ctrl-d"));
        assert_eq!(Chord::parse("ctrl+d"), Chord::parse("Ctrl-d"));
        assert_eq!(
            Chord::parse("Ctrl-Alt-x"),
            Ok(chord(KeyCode::Char('x'), ctrl | KeyModifiers::ALT))
        );
        assert_eq!(Chord::parse("PageDown"), Ok(chord(KeyCode::PageDown, none)));
        assert_eq!(Chord::parse("pgdn"), Chord::parse("PageDown"));
        assert_eq!(Chord::parse("Shift-Tab"), Ok(chord(KeyCode::BackTab, none)));
        assert_eq!(Chord::parse("BackTab"), Chord::parse("Shift-Tab"));
        assert_eq!(Chord::parse("F1"), Ok(chord(KeyCode::F(1), none)));
        assert_eq!(Chord::parse("Space"), Ok(chord(KeyCode::Char(' '), none)));
        // A lone modifier-like letter or separator is a character.
        assert_eq!(Chord::parse("c"), Ok(chord(KeyCode::Char('c'), none)));
        assert_eq!(Chord::parse("-"), Ok(chord(KeyCode::Char('-'), none)));
        assert_eq!(Chord::parse("Ctrl--"), Ok(chord(KeyCode::Char('-'), ctrl)));
    }

    #[test]
    fn rejects_what_names_no_key() {
        for bad in ["", "Ctrl-", "C-", "PageDwn", "F0", "F25", "jj", "\u{7}"] {
            assert!(Chord::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert!(Chord::parse("PageDwn").unwrap_err().contains("`PageDwn`"));
    }

    #[test]
    fn display_reads_back_and_labels_are_short() {
        for s in [
            "j",
            "G",
            "Ctrl-d",
            "Alt-x",
            "PageDown",
            "Shift-Tab",
            "F12",
            "Space",
            "Down",
            "?",
        ] {
            let c = Chord::parse(s).unwrap();
            assert_eq!(c.to_string(), s);
            assert_eq!(Chord::parse(&c.to_string()), Ok(c));
        }
        assert_eq!(Chord::parse("Down").unwrap().label(), "↓");
        assert_eq!(Chord::parse("PageDown").unwrap().label(), "PgDn");
        assert_eq!(Chord::parse("Ctrl-c").unwrap().label(), "Ctrl-c");
    }

    #[test]
    fn events_match_however_the_terminal_sends_shift() {
        let shift = KeyModifiers::SHIFT;
        let g = Chord::parse("G").unwrap();
        assert_eq!(Chord::new(KeyCode::Char('G'), shift), g);
        assert_eq!(Chord::new(KeyCode::Char('G'), KeyModifiers::NONE), g);
        let back = Chord::parse("Shift-Tab").unwrap();
        assert_eq!(Chord::new(KeyCode::BackTab, shift), back);
        assert_eq!(Chord::new(KeyCode::BackTab, KeyModifiers::NONE), back);
        assert_eq!(Chord::new(KeyCode::Tab, shift), back);
    }
}
