//! The config file (`$XDG_CONFIG_HOME/dateline/config.toml`): where it is, reading it, and
//! laying its `[keys]` and `[theme]` over the defaults. Loading never fails: a bad entry (TOML
//! syntax, a wrong type, an unknown section, action, key or colour, a key conflict) is skipped
//! and the rest of the file applies; a file that cannot be read leaves the defaults. Each
//! problem comes back as `path:line:column: message` for `--check-config`; the status bar
//! says how many there are.

mod file;
pub mod print;

use crate::keymap::{Keymap, Override};
use crate::persist::read::{ReadError, read_regular};
use crate::sanitize;
use crate::theme::{self, Theme};
use file::{KeyList, line_column};
use std::fmt;
use std::path::{Path, PathBuf};

/// The environment variable naming a config file (below `--config`, above the default).
pub const ENV: &str = "DATELINE_CONFIG";

/// A config file larger than this is refused rather than read.
const MAX_BYTES: u64 = 1 << 20;

/// What the config file sets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
}

/// Something wrong with the config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    /// 1-based line and column, when the problem has a place in the file.
    pub place: Option<(usize, usize)>,
    pub message: String,
}

/// `path:line:column: message`, sanitised: the path and the message may quote the file.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self.place {
            Some((line, column)) => format!("{}:{line}:{column}: {}", self.path, self.message),
            None => format!("{}: {}", self.path, self.message),
        };
        f.write_str(&sanitize::line(&text))
    }
}

/// The outcome of loading: the config to use, the file it came from, and what was wrong.
#[derive(Debug, Default)]
pub struct Loaded {
    pub config: Config,
    /// The file read, if one was.
    pub path: Option<PathBuf>,
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// One line for the status bar, short enough for a narrow one: how many problems, and
    /// where to read them all (a problem's own `path:line:column: message` would be cut).
    pub fn summary(&self) -> Option<String> {
        let n = self.problems.len();
        (n > 0).then(|| {
            format!(
                "config: {} — run dateline --check-config",
                crate::plural::count(n, "problem", "problems")
            )
        })
    }
}

/// Where the config file is: `--config`, else `$DATELINE_CONFIG`, else the XDG config
/// directory (`$XDG_CONFIG_HOME`, or `~/.config`). The flag's and the variable's file must
/// exist; the default one need not.
pub fn locate(flag: Option<&Path>) -> Option<(PathBuf, bool)> {
    if let Some(p) = flag {
        return Some((p.to_path_buf(), true));
    }
    if let Some(p) = std::env::var_os(ENV).filter(|v| !v.is_empty()) {
        return Some((PathBuf::from(p), true));
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    Some((
        base.config_dir().join("dateline").join("config.toml"),
        false,
    ))
}

/// Finds and reads the config file (see [`locate`]).
pub fn load(flag: Option<&Path>) -> Loaded {
    let Some((path, required)) = locate(flag) else {
        return Loaded::default();
    };
    let shown = path.display().to_string();
    let problem = |message: String| Loaded {
        path: Some(path.clone()),
        problems: vec![Problem {
            path: shown.clone(),
            place: None,
            message,
        }],
        ..Loaded::default()
    };
    // A FIFO, a device (`--config /dev/zero`) or a directory is refused without blocking or
    // reading it; a file is read up to the cap, whatever size it reports.
    let bytes = match read_regular(&path, MAX_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound && !required => {
            return Loaded::default();
        }
        Err(ReadError::Io(e)) => return problem(format!("cannot read: {e}")),
        Err(ReadError::NotRegular("a directory")) => {
            return problem("is a directory, not a file".into());
        }
        Err(ReadError::NotRegular(what)) => {
            return problem(format!("is {what}, not a regular file"));
        }
        Err(ReadError::TooLarge(_)) => {
            return problem(format!(
                "is larger than the {} KiB a config file may be",
                MAX_BYTES >> 10
            ));
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => return problem("is not UTF-8 text".into()),
    };
    let (config, problems) = parse(&text, &shown);
    Loaded {
        config,
        path: Some(path),
        problems,
    }
}

/// Parses config text; `path` only labels the problems.
pub fn parse(text: &str, path: &str) -> (Config, Vec<Problem>) {
    let at = |span: std::ops::Range<usize>, message: String| Problem {
        path: path.to_string(),
        place: Some(line_column(text, span.start)),
        message,
    };
    let file = file::parse(text);
    let mut problems: Vec<Problem> = file
        .problems
        .iter()
        .map(|(span, message)| {
            // Every message says what became of the entry; most of them by this ending.
            let message = if message.ends_with("skipped") || message.ends_with("apply") {
                message.clone()
            } else {
                format!("{message}; skipped")
            };
            at(span.clone(), message)
        })
        .collect();
    let overrides: Vec<Override> = file
        .keys
        .iter()
        .map(|(action, keys)| Override {
            action: action.get_ref().clone(),
            action_span: action.span(),
            keys: match keys.get_ref() {
                KeyList::One(k) => vec![(k.clone(), keys.span())],
                KeyList::Many(ks) => ks.iter().map(|k| (k.get_ref().clone(), k.span())).collect(),
            },
        })
        .collect();
    let (keymap, key_problems) = Keymap::with_overrides(&overrides);
    problems.extend(key_problems.into_iter().map(|p| at(p.span, p.message)));
    let mut theme = Theme::default();
    for (name, value) in &file.theme {
        let Some(slot) = theme.slot(name.get_ref()) else {
            let names: Vec<&str> = theme::COLOURS.iter().map(|(n, _)| *n).collect();
            problems.push(at(
                name.span(),
                format!(
                    "unknown colour name `{}` in [theme] (one of: {})",
                    name.get_ref(),
                    names.join(", ")
                ),
            ));
            continue;
        };
        match theme::parse_colour(value.get_ref()) {
            Ok(colour) => *slot = colour,
            Err(message) => problems.push(at(value.span(), message)),
        }
    }
    problems.sort_by_key(|p| p.place);
    (Config { keymap, theme }, problems)
}

#[cfg(test)]
mod tests;
