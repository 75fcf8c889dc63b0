//! The keys in effect: the defaults of the key table (`bindings.rs`, one entry per action),
//! with the config file's `[keys]` entries laid over them one action at a time. Key events are
//! looked up here, and the help overlay and the footer read the keys they show from here, so
//! they always show the keys that work. `chord.rs` reads and writes one key.

mod bindings;
mod chord;

pub use bindings::{BINDINGS, Binding, Context, binding};
pub use chord::Chord;

use crate::msg::{Dir, Msg};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::ops::Range;

/// The keys of every binding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// The keys of each binding, by its index in `BINDINGS`.
    keys: Vec<Vec<Chord>>,
}

/// One `[keys]` entry of the config file: an action and the keys it gets, each with the byte
/// range of the file it came from, so a problem can say where it is.
#[derive(Debug, Clone)]
pub struct Override {
    pub action: String,
    pub action_span: Range<usize>,
    pub keys: Vec<(String, Range<usize>)>,
}

/// Something wrong with an override: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyProblem {
    pub span: Range<usize>,
    pub message: String,
}

/// One row of the help overlay: the action's keys as labels, and what it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub context: Context,
    pub keys: String,
    pub description: &'static str,
}

/// The keys `quit` gets when every one of its defaults went to other actions, the first
/// that is free: keys other programs quit with too.
pub const QUIT_FALLBACK: &[&str] = &["Ctrl-q", "Q", "F10", "Ctrl-x"];

/// A key from the config file and where it was written.
type Placed = (Chord, Range<usize>);

impl Default for Keymap {
    fn default() -> Keymap {
        let keys = BINDINGS
            .iter()
            // The table's keys parse (a unit test checks); one that did not would be dropped.
            .map(|b| b.keys.iter().filter_map(|k| Chord::parse(k).ok()).collect())
            .collect();
        Keymap { keys }
    }
}

impl Keymap {
    /// The defaults with `overrides` applied. Each named action gets exactly the keys listed
    /// (other actions keep their defaults). A key listed for an action that another action
    /// has by default moves to the listed one; a key listed for two actions of one context
    /// stays with the first in the file. Unknown actions and keys are skipped. Every such
    /// case is reported.
    pub fn with_overrides(overrides: &[Override]) -> (Keymap, Vec<KeyProblem>) {
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        let mut order: Vec<Override> = overrides.to_vec();
        order.sort_by_key(|o| o.action_span.start);
        // (binding index, the keys it was given with their spans), in file order.
        let mut set: Vec<(usize, Vec<Placed>)> = Vec::new();
        for o in &order {
            let Some((i, _)) = binding(&o.action) else {
                problems.push(KeyProblem {
                    span: o.action_span.clone(),
                    message: format!(
                        "unknown action `{}` in [keys] (`dateline --print-config` lists them)",
                        o.action
                    ),
                });
                continue;
            };
            let mut keys: Vec<Placed> = Vec::new();
            for (k, span) in &o.keys {
                match Chord::parse(k) {
                    Ok(c) if !keys.iter().any(|(d, _)| *d == c) => keys.push((c, span.clone())),
                    Ok(_) => {}
                    Err(message) => problems.push(KeyProblem {
                        span: span.clone(),
                        message: format!("{message} (for `{}`)", o.action),
                    }),
                }
            }
            map.keys[i] = keys.iter().map(|(c, _)| *c).collect();
            set.push((i, keys));
        }
        for (n, (i, keys)) in set.iter().enumerate() {
            let a = &BINDINGS[*i];
            for (chord, span) in keys {
                for (j, b) in BINDINGS.iter().enumerate() {
                    if j == *i || b.context != a.context || !map.keys[j].contains(chord) {
                        continue;
                    }
                    let user = set.iter().position(|(s, _)| *s == j);
                    let message = match user {
                        // A later entry settles it when its turn comes.
                        Some(m) if m > n => continue,
                        Some(_) => {
                            map.keys[*i].retain(|c| c != chord);
                            format!(
                                "`{chord}` is given to both `{}` and `{}`; `{}` keeps it",
                                b.action, a.action, b.action
                            )
                        }
                        None => {
                            map.keys[j].retain(|c| c != chord);
                            format!(
                                "`{chord}` was `{}`'s key and now does `{}`; give `{}` its own \
                                 keys in [keys] to silence this",
                                b.action, a.action, b.action
                            )
                        }
                    };
                    problems.push(KeyProblem {
                        span: span.clone(),
                        message,
                    });
                }
            }
        }
        map.keep_a_way_out(&mut problems, &order);
        (map, problems)
    }

    /// `quit` must keep a key in the panes, or only a signal could end the program. Left with
    /// none (given none, or its defaults given to other actions), it gets back the defaults
    /// no other action took; if every one was taken, the first free key of
    /// [`QUIT_FALLBACK`]; if even those are taken, its first default back from the action that
    /// took it. The message names the key, and points at the entry that took the defaults.
    fn keep_a_way_out(&mut self, problems: &mut Vec<KeyProblem>, order: &[Override]) {
        let Some((i, quit)) = binding("quit") else {
            return;
        };
        if !self.keys[i].is_empty() {
            return;
        }
        let defaults = Keymap::default().keys[i].clone();
        let taken: Vec<Chord> = self.in_context(quit.context).map(|(_, c)| c).collect();
        let free: Vec<Chord> = defaults
            .iter()
            .filter(|c| !taken.contains(c))
            .copied()
            .collect();
        let fallback = QUIT_FALLBACK
            .iter()
            .filter_map(|k| Chord::parse(k).ok())
            .find(|c| !taken.contains(c));
        let (keys, how) = match (free.is_empty(), fallback, defaults.first()) {
            (false, _, _) => (free, "it keeps its default"),
            (true, Some(c), _) => (
                vec![c],
                "its default keys went to other actions, so it gets",
            ),
            (true, None, Some(&c)) => {
                for (j, b) in BINDINGS.iter().enumerate() {
                    if j != i && b.context == quit.context {
                        self.keys[j].retain(|k| *k != c);
                    }
                }
                (vec![c], "it takes back")
            }
            (true, None, None) => return,
        };
        let named: Vec<String> = keys.iter().map(|c| format!("`{}`", c.label())).collect();
        // The entry to blame: `quit = []` itself, else the first that took a default.
        let span = order
            .iter()
            .find(|o| o.action == "quit")
            .or_else(|| {
                order.iter().find(|o| {
                    o.keys
                        .iter()
                        .any(|(k, _)| Chord::parse(k).is_ok_and(|c| defaults.contains(&c)))
                })
            })
            .map_or(0..0, |o| o.action_span.clone());
        self.keys[i] = keys;
        problems.push(KeyProblem {
            span,
            message: format!("`quit` needs a key; {how} {}", named.join(" ")),
        });
    }

    /// The keys of binding `i` of `BINDINGS`.
    pub fn keys(&self, i: usize) -> &[Chord] {
        self.keys.get(i).map_or(&[], Vec::as_slice)
    }

    /// Every binding with its keys, in table order.
    pub fn bindings(&self) -> impl Iterator<Item = (&'static Binding, &[Chord])> {
        BINDINGS.iter().enumerate().map(|(i, b)| (b, self.keys(i)))
    }

    /// Every (binding, key) of a context.
    fn in_context(&self, context: Context) -> impl Iterator<Item = (&'static Binding, Chord)> {
        self.bindings()
            .filter(move |(b, _)| b.context == context)
            .flat_map(|(b, keys)| keys.iter().map(move |c| (b, *c)))
    }

    /// The message a key press means in `context`; `dir` is the direction of a `]`/`[`
    /// prefix just typed.
    pub fn lookup(&self, event: KeyEvent, context: Context, dir: Dir) -> Option<Msg> {
        let chord = Chord::from_event(event);
        let found = self
            .in_context(context)
            .find(|(_, c)| *c == chord)
            .map(|(b, _)| b.msg);
        match (context, found, event.code) {
            (Context::Jump, Some(Msg::Jump(_, target)), _) => Some(Msg::Jump(dir, target)),
            (Context::Jump, _, KeyCode::Esc) => Some(Msg::CancelJump),
            (Context::Jump, _, _) => Some(Msg::NotATarget(chord)),
            // Any other printable character is typed into the prompt.
            (Context::Prompt, None, KeyCode::Char(c))
                if !chord.modifiers.contains(KeyModifiers::CONTROL) =>
            {
                Some(Msg::Input(c))
            }
            _ => found,
        }
    }

    /// The help overlay's rows, in table order: each action with its keys ("(no key)" when
    /// the config took them all away).
    pub fn help_rows(&self) -> Vec<HelpRow> {
        self.bindings()
            .map(|(b, keys)| HelpRow {
                context: b.context,
                keys: if keys.is_empty() {
                    "(no key)".to_string()
                } else {
                    keys.iter().map(Chord::label).collect::<Vec<_>>().join(" ")
                },
                description: b.description,
            })
            .collect()
    }

    /// The label of the first key that sends `msg` in `context`; `None` when the config left
    /// the action without keys.
    pub fn key_for(&self, context: Context, msg: Msg) -> Option<String> {
        self.in_context(context)
            .find(|(b, _)| b.msg == msg)
            .map(|(_, c)| c.label())
    }

    /// A prompt's hints, "Enter search · Esc cancel": each (messages, word) after the first
    /// keys in effect for its messages (`↑↓` for two). A hint whose action has no key is left
    /// out, so no hint names a key that does nothing.
    pub fn prompt_hints(&self, hints: &[(&[Msg], &str)]) -> String {
        hints
            .iter()
            .filter_map(|(msgs, word)| {
                let keys: Option<Vec<String>> = msgs
                    .iter()
                    .map(|&m| self.key_for(Context::Prompt, m))
                    .collect();
                Some(format!("{} {word}", keys?.concat()))
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// What may follow `]`/`[`: each jump target's first key and what it names, in table
    /// order (targets left without a key are left out). The pending-key popup and the
    /// message for a key that names no target read it.
    pub fn jump_targets(&self) -> Vec<(String, &'static str)> {
        self.bindings()
            .filter(|(b, _)| b.context == Context::Jump)
            .filter_map(|(b, keys)| Some((keys.first()?.label(), b.description)))
            .collect()
    }

    /// The footer hints: (the action's first key, hint word); actions without a key are left
    /// out.
    pub fn hints(&self) -> Vec<(String, &'static str)> {
        self.bindings()
            .filter_map(|(b, keys)| Some((keys.first()?.label(), b.hint?)))
            .collect()
    }
}

#[cfg(test)]
mod tests;
