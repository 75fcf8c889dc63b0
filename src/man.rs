//! `dateline man`: the man page. clap_mangen writes what the command line knows (name,
//! synopsis, options, subcommands); the sections it cannot know follow: KEYS, generated from
//! the key table (so the page never names a key that does nothing), QUERY LANGUAGE, from the
//! table the help overlay shows, FILES and ENVIRONMENT.

use crate::cli::Cli;
use crate::keymap::{Context, Keymap};
use crate::model::help::QUERY_HELP;
use clap::CommandFactory;
use roff::{Roff, bold, italic, roman};
use std::io::{self, Write};

/// Writes the whole page as roff.
pub fn render(out: &mut dyn Write) -> io::Result<()> {
    let cmd = Cli::command();
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    if cmd.get_after_help().is_some() || cmd.get_after_long_help().is_some() {
        man.render_extra_section(out)?;
    }
    sections().to_writer(out)?;
    if cmd.get_version().is_some() {
        man.render_version_section(out)?;
    }
    Ok(())
}

/// KEYS, QUERY LANGUAGE, FILES, ENVIRONMENT.
fn sections() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["KEYS"]);
    roff.text([roman(
        "The keys of the TUI, as they are by default; the config file can change any of them \
         (dateline --print-config lists them by action name). The help overlay (?) shows the \
         keys in effect.",
    )]);
    let keymap = Keymap::default();
    let rows = keymap.help_rows();
    for context in Context::ALL {
        roff.control("SS", [context.title()]);
        for row in rows.iter().filter(|r| r.context == context) {
            roff.control("TP", []);
            roff.text([bold(row.keys.as_str())]);
            roff.text([roman(row.description)]);
        }
    }
    roff.control("SH", ["QUERY LANGUAGE"]);
    roff.text([roman(
        "What / searches for: words, phrases, kinds and values, all of which must hold.",
    )]);
    for (example, meaning) in QUERY_HELP {
        roff.control("TP", []);
        roff.text([bold(*example)]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["FILES"]);
    for (path, what) in FILES {
        roff.control("TP", []);
        roff.text([italic(*path)]);
        roff.text([roman(*what)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, what) in ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*what)]);
    }
    roff
}

const FILES: &[(&str, &str)] = &[
    (
        "$XDG_CONFIG_HOME/dateline/config.toml",
        "The config file ([keys] and [theme]), ~/.config/dateline/config.toml when \
         XDG_CONFIG_HOME is unset. dateline --print-config writes every default; \
         dateline --check-config lists what is wrong with it. dateline extract never reads it.",
    ),
    (
        "$XDG_STATE_HOME/dateline/state.json",
        "Where each article was left (position, focus, selection, search history, a reference \
         date set with D), ~/.local/state/dateline/state.json when XDG_STATE_HOME is unset; \
         written atomically, readable by its owner only. --no-state neither reads nor writes it. \
         state.json.lock beside it lets several datelines take turns; a damaged file is moved \
         aside as state.json.corrupt-YYYYMMDDTHHMMSSZ.",
    ),
];

const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "DATELINE_CONFIG",
        "A config file to read instead of the default one (--config wins over it); it must \
         exist.",
    ),
    (
        "XDG_CONFIG_HOME, XDG_STATE_HOME, HOME",
        "Where the config file and the state file are (see FILES).",
    ),
    (
        "NO_COLOR",
        "Set and not empty: no colour at all; labels, glyphs, bold, underline and reverse \
         video carry every distinction.",
    ),
    (
        "TERM",
        "dumb: plain mode (--plain), a conversation of whole lines with no screen drawing.",
    ),
    (
        "TMUX",
        "Set inside tmux: y and Y send the clipboard's OSC 52 wrapped for tmux as well.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> String {
        let mut out = Vec::new();
        render(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_page_has_keys_queries_files_and_environment() {
        let page = page();
        let at = |s: &str| page.find(s).unwrap_or_else(|| panic!("no {s:?}"));
        assert!(at(".SH OPTIONS") < at(".SH KEYS"));
        assert!(at(".SH KEYS") < at(".SH \"QUERY LANGUAGE\""));
        assert!(at(".SH \"QUERY LANGUAGE\"") < at(".SH FILES"));
        assert!(at(".SH FILES") < at(".SH ENVIRONMENT"));
        assert!(page.contains("state.json") && page.contains("NO_COLOR"));
    }

    #[test]
    fn keys_come_from_the_key_table() {
        let page = page();
        // Each binding as a tagged paragraph: its keys in bold, then what it does.
        for row in Keymap::default().help_rows() {
            let mut entry = Roff::new();
            entry.control("TP", []);
            entry.text([bold(row.keys.as_str())]);
            entry.text([roman(row.description)]);
            // As the page writes it (apostrophes as `\*(Aq`), without the preamble.
            let entry = entry.render();
            let entry = &entry[entry.find(".TP").unwrap()..];
            assert!(page.contains(entry), "{entry:?} missing");
        }
        for (example, _) in QUERY_HELP {
            assert!(page.contains(&example.replace('-', "\\-")), "{example}");
        }
    }
}
