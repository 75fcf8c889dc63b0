//! The state file on disk: `$XDG_STATE_HOME/dateline/state.json` (else
//! `~/.local/state/dateline/state.json`). Read when an article opens, written atomically when
//! dateline quits or is suspended. A damaged file is moved aside (never written over) and
//! dateline starts fresh; one it cannot read or move is left alone for the session. Saving
//! (read, merge, write) holds a lock (`lock.rs`), so datelines quitting together keep each
//! other's articles.

use super::lock;
use super::read::{ReadError, read_regular};
use super::state::{self, ArticleState, StateFile};
use super::{Existing, Options, move_aside, write_atomic};
use crate::sanitize;
use std::fs;
use std::io;
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

/// Opens the store at `path` and finds what was saved for the article `key`. `stamp`
/// names a damaged file moved aside (`state.json.corrupt-STAMP`).
pub fn open(path: PathBuf, key: &str, stamp: &str) -> Opened {
    let mut store = Store {
        path,
        writable: true,
    };
    // Held while a damaged file is moved aside, so a file another dateline has just saved is
    // never the one moved. Without the directory there is no file yet, and nothing to lock.
    let _lock = lock::acquire(&store.path, lock::WAIT).ok();
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
    /// Saves `entry` for `key`: reads the file again (another dateline may have saved
    /// since), merges, writes it atomically, readable by its owner only. All three under the
    /// lock, waiting at most [`lock::WAIT`] for another dateline's save.
    pub fn save(&self, key: &str, entry: ArticleState, stamp: &str) -> io::Result<()> {
        if !self.writable {
            return Ok(());
        }
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
        let _lock = lock::acquire(&self.path, lock::WAIT)?;
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
        stall_point();
        let options = Options {
            existing: Existing::Replace,
            private: true,
        };
        write_atomic(&self.path, &state::render(&state), options)
    }
}

fn read(path: &Path) -> Found {
    let shown = sanitize::line(&path.display().to_string());
    let bytes = match read_regular(path, MAX_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Found::Missing,
        Err(ReadError::Io(e)) => {
            return Found::Untouchable(format!(
                "state file {shown}: {}",
                sanitize::line(&e.to_string())
            ));
        }
        // A FIFO, a device or a directory: never read, never moved, never replaced.
        Err(ReadError::NotRegular(what)) => {
            return Found::Untouchable(format!("state file {shown} is {what}, not a regular file"));
        }
        Err(ReadError::TooLarge(_)) => {
            return Found::Damaged(format!(
                "state file {shown}: larger than {} MiB",
                MAX_BYTES >> 20
            ));
        }
    };
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

/// Test builds only: with `DATELINE_TEST_STALL=merge`, a save waits half a second between
/// reading the file and writing it back, so a test of datelines quitting together always
/// overlaps their saves. Release builds compile it to nothing.
#[cfg(debug_assertions)]
fn stall_point() {
    if std::env::var_os("DATELINE_TEST_STALL").is_some_and(|v| v == "merge") {
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
}

#[cfg(not(debug_assertions))]
#[inline(always)]
fn stall_point() {}

#[cfg(test)]
mod tests;
