//! Saving files so that a crash, a full disk or `kill -9` never leaves a half-written one:
//! exports and the saved state are written to a temporary file beside the target, synced,
//! renamed over it and the directory synced. Also: moving a damaged file aside. (The TUI's
//! exports are carried out by `output::file`.)

mod lock;
pub mod read;
pub mod state;
pub mod store;

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What to do when the target already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Replace it (keeping its permissions).
    Replace,
    /// Leave it and fail with `AlreadyExists` (decided by the rename itself, not a check
    /// before it, so another program creating the file meanwhile is not clobbered).
    Keep,
}

/// How a new file is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub existing: Existing,
    /// Readable by its owner only (the state file), instead of what the umask allows.
    pub private: bool,
}

/// Writes `bytes` to `path` atomically: readers see the old file or the new one, never a mix
/// or a truncated file. The temporary file is named `.NAME.XXXXXX.tmp` in the same directory
/// (a rename across file systems would not be atomic); if the process dies before the rename,
/// that hidden file is all that is left over, and the target is untouched.
///
/// A symbolic link is followed: the file it points to is replaced, the link stays.
pub fn write_atomic(path: &Path, bytes: &[u8], options: Options) -> io::Result<()> {
    let target = resolve_link(path)?;
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let existing = fs::metadata(&target).ok();
    // What is there but is no file is said first: asking whether to overwrite a directory
    // would be a question with no good answer.
    if let Some(meta) = existing.as_ref().filter(|m| !m.is_file()) {
        let kind = if meta.is_dir() {
            io::ErrorKind::IsADirectory
        } else {
            io::ErrorKind::InvalidInput
        };
        return Err(io::Error::new(
            kind,
            format!("is {}, not a file", read::describe(&meta.file_type())),
        ));
    }
    if options.existing == Existing::Keep && existing.is_some() {
        return Err(io::Error::new(io::ErrorKind::AlreadyExists, "file exists"));
    }
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(new_file_permissions(options.private));
    let mut tmp = builder.tempfile_in(&dir)?;
    if let Some(meta) = existing.as_ref().filter(|_| !options.private) {
        // The replacement keeps the old file's mode (umask does not apply to fchmod). A
        // private file is made private again, however its old mode let others read it.
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    let file = tmp.as_file_mut();
    let half = bytes.len() / 2;
    file.write_all(&bytes[..half])?;
    stall_point(file);
    file.write_all(&bytes[half..])?;
    file.sync_all()?;
    match options.existing {
        Existing::Replace => tmp.persist(&target).map_err(|e| e.error)?,
        Existing::Keep => tmp.persist_noclobber(&target).map_err(|e| e.error)?,
    };
    sync_dir(&dir)
}

/// Moves a damaged file out of the way as `NAME.corrupt-STAMP` (then `-2`, `-3`… if taken),
/// never replacing anything, and returns the new path.
pub fn move_aside(path: &Path, stamp: &str) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 1..1000 {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let aside = path.with_file_name(format!("{name}.corrupt-{stamp}{suffix}"));
        // A hard link fails if the name is taken, so nothing is replaced; file systems
        // without links get a rename after a check.
        match fs::hard_link(path, &aside) {
            Ok(()) => {
                fs::remove_file(path)?;
                return Ok(aside);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(_) if fs::symlink_metadata(&aside).is_err() => {
                fs::rename(path, &aside)?;
                return Ok(aside);
            }
            Err(_) => continue,
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many files moved aside already",
    ))
}

/// How many symbolic links in a row are followed before giving up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// The file a symbolic link points to, or `path` itself. The link is followed even when its
/// target does not exist yet (a dangling link), so the write creates the target and the link
/// stays; `canonicalize` would fail there and the rename would replace the link.
fn resolve_link(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                // A relative target is relative to the link's directory; `join` keeps an
                // absolute one as it is.
                current = match current.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        "too many levels of symbolic links",
    ))
}

#[cfg(unix)]
fn new_file_permissions(private: bool) -> fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    // Passed to open(2), so the umask applies as for any new file.
    fs::Permissions::from_mode(if private { 0o600 } else { 0o666 })
}

/// Makes the rename itself durable. File systems that cannot sync a directory say so with
/// `InvalidInput` or `Unsupported`; the file is written then, so that is not an error.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    match File::open(dir).and_then(|d| d.sync_all()) {
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
            ) =>
        {
            Ok(())
        }
        other => other,
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Test builds only: with `DATELINE_TEST_STALL=write`, the writer stops for good after half
/// the file is written and synced, so a test can `kill -9` it mid-write and check that the
/// old file is intact. Release builds compile it to nothing.
#[cfg(debug_assertions)]
fn stall_point(file: &mut File) {
    if std::env::var_os("DATELINE_TEST_STALL").is_some_and(|v| v == "write") {
        let _ = file.sync_all();
        loop {
            std::thread::sleep(std::time::Duration::from_secs(1));
        }
    }
}

#[cfg(not(debug_assertions))]
#[inline(always)]
fn stall_point(_file: &mut File) {}

#[cfg(test)]
mod tests;
