//! `dateline --print-config`: the defaults as a commented config file, generated from the key
//! table and the theme, which parses back to the defaults (a test checks).

use crate::keymap::{Context, Keymap};
use crate::theme::{self, Theme};
use std::fmt::Write;

/// Where the comments after the entries start, so they line up.
const COLUMN: usize = 36;

/// The text of a config file that sets every default.
pub fn defaults() -> String {
    render(&Keymap::default(), &Theme::default())
}

/// A config file that sets `keymap` and `theme`.
pub fn render(keymap: &Keymap, theme: &Theme) -> String {
    let mut out = String::from(HEADER);
    out.push_str("\n[keys]\n");
    out.push_str(KEYS_HELP);
    let mut context = None;
    for (b, keys) in keymap.bindings() {
        if context != Some(b.context) {
            context = Some(b.context);
            let _ = writeln!(out, "\n# {}", section(b.context));
        }
        let keys: Vec<String> = keys.iter().map(|k| quote(&k.to_string())).collect();
        let entry = format!("{} = [{}]", b.action, keys.join(", "));
        let _ = writeln!(out, "{entry:<COLUMN$}  # {}", b.description);
    }
    out.push_str("\n[theme]\n");
    out.push_str(THEME_HELP);
    let mut theme = theme.clone();
    for (name, description) in theme::COLOURS {
        let colour = theme.slot(name).and_then(|c| *c);
        let entry = format!("{name} = {}", quote(&theme::colour_name(colour)));
        let _ = writeln!(out, "{entry:<COLUMN$}  # {description}");
    }
    out
}

fn section(context: Context) -> &'static str {
    match context {
        Context::Normal => "Reading: the panes have the keys.",
        Context::Prompt => {
            "The search line and the help filter (any other character is typed there)."
        }
        Context::Jump => "After `]` (next) or `[` (previous): what to jump to.",
    }
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const HEADER: &str = "\
# dateline's configuration, with every default.
# Save it as $XDG_CONFIG_HOME/dateline/config.toml (usually ~/.config/dateline/config.toml),
# or name it with --config PATH or DATELINE_CONFIG, and keep only what you change: whatever
# the file leaves out keeps its default. `dateline --check-config` reports any problem.
";

const KEYS_HELP: &str = "\
# action = [keys]: the action gets exactly these keys; actions not named keep their defaults.
# A key is a character (\"j\", \"G\", \"?\") or a name (Enter Esc Tab Backspace Delete Insert
# Home End PageUp PageDown Up Down Left Right Space F1-F24), after Ctrl-, Alt- or Shift-
# (\"Ctrl-d\", \"Shift-Tab\"). [] leaves an action without a key. A key taken from another
# action moves to this one, and dateline says so when it starts.
";

const THEME_HELP: &str = "\
# Colours: black red green yellow blue magenta cyan gray dark-gray light-red light-green
# light-yellow light-blue light-magenta light-cyan white, \"#rrggbb\", 0-255, or \"default\"
# (the terminal's own). NO_COLOR in the environment turns every colour off; bold, reverse,
# underline and labels still mark everything.
";
