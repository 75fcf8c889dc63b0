//! Carrying out an export the TUI asked for: render the story, write it atomically, say what
//! came of it. An existing file is only replaced when the reader said so.

use super::Format;
use crate::effect::Outcome;
use crate::persist::{Existing, Options, write_atomic};
use crate::story::Story;
use std::io;
use std::path::PathBuf;

/// Writes `story` as `format` to `path` (`~/` is the home directory).
pub fn export(story: &Story, path: &str, format: Format, overwrite: bool) -> Outcome {
    let target = expand_home(path);
    let bytes = super::render(story, format);
    let options = Options {
        existing: if overwrite {
            Existing::Replace
        } else {
            Existing::Keep
        },
        private: false,
    };
    match write_atomic(&target, bytes.as_bytes(), options) {
        Ok(()) => Outcome::Written {
            path: path.to_string(),
            format,
        },
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && !overwrite => Outcome::Exists {
            path: path.to_string(),
        },
        Err(e) if target.exists() && !target.is_file() => Outcome::NotAFile {
            path: path.to_string(),
            error: e.to_string(),
        },
        Err(e) => Outcome::Failed {
            path: path.to_string(),
            error: e.to_string(),
        },
    }
}

/// `~/x` → the home directory's `x`, as a shell would; anything else as typed.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), etcetera::home_dir()) {
        (Some(rest), Ok(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}
