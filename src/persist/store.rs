//! The state file on disk: `$XDG_STATE_HOME/dateline/state.json` (else
//! `~/.local/state/dateline/state.json`). Read when an article opens, written atomically when
//! dateline quits or is suspended. A damaged file is moved aside (never written over) and
//! dateline starts fresh; one it cannot read or move is left alone for the session.

use super::state::{self, ArticleState, StateFile};
use super::{Existing, Options, move_aside, write_atomic};
use crate::sanitize;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// A state file larger than this is damaged, not read: a few hundred articles take a few
/// hundred KiB.
const MAX_BYTES: u64 = 8 << 20;

/// The state file of one session.
#[derive(Debug, Clone)]
pub struct Store {
    pub path: PathBuf,
    /// False when the file could not be read or moved aside: it is then left alone.
    writable: bool,
}

/// What opening the store found for one article.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub entry: Option<ArticleState>,
    /// What the reader should know (a damaged file moved aside), sanitised, for the status bar.
    pub message: Option<String>,
}

/// `$XDG_STATE_HOME/dateline/state.json`, else under `~/.local/state`; `None` without a
/// home directory.
pub fn default_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let dir = etcetera::choose_base_strategy().ok()?.state_dir()?;
    Some(dir.join("dateline").join("state.json"))
}

/// What the file read as.
enum Found {
    Missing,
    State(StateFile),
    /// Damaged: the message has the file, line and column.
    Damaged(String),
    /// Unreadable, or another version: leave it alone.
    Untouchable(String),
}

/// Opens the store at `path` and finds what is remembered for the article `key`. `stamp`
/// names a damaged file moved aside (`state.json.corrupt-STAMP`).
pub fn open(path: PathBuf, key: &str, stamp: &str) -> Opened {
    let mut store = Store {
        path,
        writable: true,
    };
    let (entry, message) = match read(&store.path) {
        Found::Missing => (None, None),
        Found::State(mut s) => (s.articles.remove(key), None),
        Found::Damaged(why) => match move_aside(&store.path, stamp) {
            Ok(aside) => (
                None,
                Some(format!(
                    "⚠ {why}; moved aside to {}, starting fresh",
                    sanitize::line(&file_name(&aside))
                )),
            ),
            Err(e) => {
                store.writable = false;
                (
                    None,
                    Some(format!(
                        "⚠ {why}; left as it is (moving it aside failed: {}), nothing is saved",
                        sanitize::line(&e.to_string())
                    )),
                )
            }
        },
        Found::Untouchable(why) => {
            store.writable = false;
            (None, Some(format!("⚠ {why}; nothing is saved")))
        }
    };
    Opened {
        store,
        entry,
        message,
    }
}

impl Store {
    /// Remembers `entry` for `key`: reads the file again (another dateline may have saved
    /// since), merges, writes it atomically, readable by its owner only.
    pub fn save(&self, key: &str, entry: ArticleState, stamp: &str) -> io::Result<()> {
        if !self.writable {
            return Ok(());
        }
        let mut state = match read(&self.path) {
            Found::Missing => StateFile::default(),
            Found::State(s) => s,
            Found::Damaged(_) => {
                move_aside(&self.path, stamp)?;
                StateFile::default()
            }
            Found::Untouchable(why) => return Err(io::Error::other(why)),
        };
        state.insert(key.to_string(), entry);
        if let Some(dir) = self.path.parent() {
            create_private_dir(dir)?;
        }
        let options = Options {
            existing: Existing::Replace,
            private: true,
        };
        write_atomic(&self.path, &state::render(&state), options)
    }
}

fn read(path: &Path) -> Found {
    let shown = sanitize::line(&path.display().to_string());
    let mut bytes = Vec::new();
    let read = fs::File::open(path).and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes));
    match read {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Found::Missing,
        Err(e) => {
            return Found::Untouchable(format!(
                "state file {shown}: {}",
                sanitize::line(&e.to_string())
            ));
        }
        Ok(_) if bytes.len() as u64 > MAX_BYTES => {
            return Found::Damaged(format!(
                "state file {shown}: larger than {} MiB",
                MAX_BYTES >> 20
            ));
        }
        Ok(_) => {}
    }
    match state::parse(&bytes) {
        Ok(s) if s.version == state::VERSION => Found::State(s),
        Ok(s) => Found::Untouchable(format!(
            "state file {shown} is version {} (this dateline reads {})",
            s.version,
            state::VERSION
        )),
        Err(e) => Found::Damaged(format!(
            "state file {shown}:{}:{}: {}",
            e.line,
            e.column,
            sanitize::line(&e.message)
        )),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Creates the state directory (and its parents) for its owner only, as the XDG spec asks.
fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

#[cfg(test)]
mod tests;
