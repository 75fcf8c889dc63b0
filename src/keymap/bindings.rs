//! The one key table: each binding names an action, its default keys, the `Msg` it sends in a
//! context, and the description shown in the help overlay and the footer. The runtime
//! [`Keymap`](super::Keymap) (defaults plus the config file's `[keys]`) is built from it;
//! nothing else decides what a key does. Adding a binding is one entry here.

use crate::msg::{Dir, JumpTarget, Msg};
use crate::pane::Pane;
use crate::story::FactKind;

/// Where keys are read: the panes, a text prompt (search line, export line, help filter), or
/// the key after `]`/`[`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Normal,
    Prompt,
    /// The key after `]`/`[`: what to jump to.
    Jump,
}

impl Context {
    pub const ALL: [Context; 3] = [Context::Normal, Context::Prompt, Context::Jump];

    pub fn title(self) -> &'static str {
        match self {
            Context::Normal => "Reading",
            Context::Prompt => "Search line (/), export line (e), date line (D) and help filter",
            Context::Jump => "After ] (next) or [ (previous)",
        }
    }
}

/// One action and its default keys.
#[derive(Debug)]
pub struct Binding {
    pub context: Context,
    /// The action's name in the config file's `[keys]` table; unique across contexts.
    pub action: &'static str,
    /// The default keys, written as the config file writes them (see [`Chord::parse`](super::Chord::parse)).
    pub keys: &'static [&'static str],
    pub msg: Msg,
    pub description: &'static str,
    /// Shown in the footer, after the action's first key, when there is room.
    pub hint: Option<&'static str>,
}

impl Binding {
    /// The same binding with a footer hint.
    const fn hint(mut self, hint: &'static str) -> Binding {
        self.hint = Some(hint);
        self
    }
}

/// A binding read while the panes have the keys.
const fn key(
    action: &'static str,
    keys: &'static [&'static str],
    msg: Msg,
    description: &'static str,
) -> Binding {
    Binding {
        context: Context::Normal,
        action,
        keys,
        msg,
        description,
        hint: None,
    }
}

/// A binding of the search line and the help filter.
const fn prompt(
    action: &'static str,
    keys: &'static [&'static str],
    msg: Msg,
    description: &'static str,
) -> Binding {
    Binding {
        context: Context::Prompt,
        ..key(action, keys, msg, description)
    }
}

/// A binding read after `]` or `[`; the direction is filled in from the prefix by `lookup`.
const fn jump(
    action: &'static str,
    keys: &'static [&'static str],
    target: JumpTarget,
    description: &'static str,
) -> Binding {
    Binding {
        context: Context::Jump,
        ..key(action, keys, Msg::Jump(Dir::Forward, target), description)
    }
}

/// Every default binding, in the order the help overlay and `--print-config` list them.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    key("down", &["j", "Down"], Msg::Down, "down one line / next item"),
    key("up", &["k", "Up"], Msg::Up, "up one line / previous item"),
    key("half-page-down", &["Ctrl-d"], Msg::HalfPageDown, "down half a page"),
    key("half-page-up", &["Ctrl-u"], Msg::HalfPageUp, "up half a page"),
    key("page-down", &["PageDown", "Space"], Msg::PageDown, "down a page"),
    key("page-up", &["PageUp"], Msg::PageUp, "up a page"),
    key("top", &["g", "Home"], Msg::Top, "to the top"),
    key("bottom", &["G", "End"], Msg::Bottom, "to the bottom"),
    key("focus-next", &["Tab"], Msg::FocusNext, "focus the next pane").hint("focus"),
    key("focus-prev", &["Shift-Tab"], Msg::FocusPrev, "focus the previous pane"),
    key("focus-article", &["1"], Msg::Focus(Pane::Article), "focus the article"),
    key("focus-facts", &["2"], Msg::Focus(Pane::Facts), "focus the facts"),
    key("focus-timeline", &["3"], Msg::Focus(Pane::Timeline), "focus the timeline"),
    key("activate", &["Enter"], Msg::Activate,
        "show the selected fact or event in the article; an event or a name also narrows the lists to it; a name's group (▶) unfolds; in the article: narrow to what the marked sentence tells")
        .hint("go to"),
    key("expand", &["Right", "l"], Msg::Expand, "the facts: unfold a name to its mentions (also Enter)"),
    key("collapse", &["Left", "h"], Msg::Collapse, "the facts: fold a name's mentions"),
    key("fact-order", &["s"], Msg::ToggleFactOrder, "the facts: grouped (figures, then names) ⇄ text order"),
    key("narrow-back", &["Backspace"], Msg::NarrowBack, "step back out of the last narrowing"),
    key("search", &["/"], Msg::SearchOpen, "search facts, names, values and text").hint("search"),
    key("next-match", &["n"], Msg::NextMatch, "next match in the article"),
    key("prev-match", &["N"], Msg::PrevMatch, "previous match in the article"),
    key("toggle-filter", &["&"], Msg::ToggleFilter,
        "a search: only the matches in every list (the default) ⇄ every row, the matches marked •"),
    key("jump-next", &["]"], Msg::JumpPrefix(Dir::Forward),
        "jump forward to the kind the next key names (below)"),
    key("jump-prev", &["["], Msg::JumpPrefix(Dir::Backward),
        "jump back to the kind the next key names (below)"),
    key("reference-date", &["D"], Msg::DateOpen,
        "set the reference date relative dates resolve against (remembered for this article)"),
    key("zoom", &["z"], Msg::ToggleZoom, "zoom the focused pane").hint("zoom"),
    key("copy", &["y"], Msg::Copy, "copy the selected fact, event or sentence with its source (OSC 52)"),
    key("copy-table", &["Y"], Msg::CopyTable, "copy the listed facts as a Markdown table"),
    key("export", &["e"], Msg::ExportOpen, "export to a file: Markdown report, facts CSV or JSON"),
    key("boilerplate", &["b"], Msg::ToggleBoilerplate, "show or hide boilerplate (ads, subscribe…)"),
    key("help", &["?", "F1"], Msg::OpenHelp, "this help (type to filter it)").hint("help"),
    key("back", &["Esc"], Msg::Back, "close help, clear the search, leave a narrowing, unzoom"),
    key("quit", &["q", "Ctrl-c"], Msg::Quit, "quit").hint("quit"),
    key("suspend", &["Ctrl-z"], Msg::Suspend, "suspend (resume with fg)"),
    // The search line and the help filter; any other character is typed.
    prompt("prompt-submit", &["Enter"], Msg::Submit, "search; the export line: write (the help: close)"),
    prompt("prompt-next-format", &["Tab"], Msg::NextFormat, "the export line: next format (md, csv, json)"),
    prompt("prompt-cancel", &["Esc"], Msg::Cancel, "cancel and restore the view"),
    prompt("prompt-left", &["Left"], Msg::EditLeft, "back one character"),
    prompt("prompt-right", &["Right"], Msg::EditRight, "forward one character"),
    prompt("prompt-home", &["Home"], Msg::EditHome, "to the start of the line"),
    prompt("prompt-end", &["End"], Msg::EditEnd, "to the end of the line"),
    prompt("prompt-backspace", &["Backspace"], Msg::EditBackspace, "delete the character before the cursor"),
    prompt("prompt-delete-word", &["Ctrl-w"], Msg::EditDeleteWord, "delete the word before the cursor"),
    prompt("prompt-delete-to-start", &["Ctrl-u"], Msg::EditDeleteToStart, "delete to the start of the line"),
    prompt("prompt-up", &["Up"], Msg::PromptUp, "earlier searches (the help: scroll up)"),
    prompt("prompt-down", &["Down"], Msg::PromptDown, "later searches (the help: scroll down)"),
    prompt("prompt-quit", &["Ctrl-c"], Msg::Quit, "quit"),
    // After `]` or `[`.
    jump("jump-money", &["m"], JumpTarget::Fact(FactKind::Money), "money"),
    jump("jump-person", &["p"], JumpTarget::Fact(FactKind::Person), "person"),
    jump("jump-org", &["o"], JumpTarget::Fact(FactKind::Org), "organisation"),
    jump("jump-date", &["d"], JumpTarget::Fact(FactKind::Date), "date"),
    jump("jump-event", &["e"], JumpTarget::Event, "event"),
    jump("jump-count", &["c"], JumpTarget::Fact(FactKind::Count), "count"),
    jump("jump-percent", &["%"], JumpTarget::Fact(FactKind::Percent), "percentage"),
];

/// The binding an action name names.
pub fn binding(action: &str) -> Option<(usize, &'static Binding)> {
    BINDINGS
        .iter()
        .enumerate()
        .find(|(_, b)| b.action == action)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keymap::{Chord, Keymap};

    #[test]
    fn every_default_key_parses_and_every_action_is_unique_and_described() {
        for (i, a) in BINDINGS.iter().enumerate() {
            assert!(!a.description.is_empty(), "{} undescribed", a.action);
            assert!(!a.keys.is_empty(), "{} has no default key", a.action);
            for k in a.keys {
                assert!(Chord::parse(k).is_ok(), "{}: default key {k:?}", a.action);
            }
            for b in &BINDINGS[i + 1..] {
                assert_ne!(a.action, b.action, "action named twice");
            }
        }
    }

    #[test]
    fn no_key_does_two_things_by_default() {
        let map = Keymap::default();
        for (i, a) in BINDINGS.iter().enumerate() {
            for (j, b) in BINDINGS.iter().enumerate().skip(i + 1) {
                if a.context == b.context {
                    for k in map.keys(i) {
                        assert!(
                            !map.keys(j).contains(k),
                            "{k} is both {} and {}",
                            a.action,
                            b.action
                        );
                    }
                }
            }
        }
    }
}
