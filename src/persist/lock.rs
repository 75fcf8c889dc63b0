//! An advisory lock that makes the state file's read-merge-write one step across processes.
//! Several datelines closed together (a terminal with tabs closed, one SIGHUP to each) would
//! otherwise each read the file, add their article and write it back, and the last writer
//! would drop what the others had added.
//!
//! The lock is `flock(2)` on a file of its own beside the state file (`state.json.lock`),
//! never on the state file itself, which each save replaces by a rename. The kernel drops the
//! lock when its holder exits, however it exits, so a crash never leaves a stale lock.

use fs4::fs_std::FileExt;
use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a save waits for another dateline's save before giving up. A save takes
/// milliseconds; a lock held this long belongs to a process that is stuck.
pub const WAIT: Duration = Duration::from_secs(5);

/// How often the lock is tried while another process holds it.
const RETRY: Duration = Duration::from_millis(10);

/// The lock, held until dropped (closing the file releases it).
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// The lock file of `path`: `NAME.lock` beside it.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// Takes the exclusive lock for `path`, waiting at most `wait` for another process to
/// release it. The lock file is created readable by its owner only and never removed
/// (removing it would let two processes lock two different files of the same name).
pub fn acquire(path: &Path, wait: Duration) -> io::Result<Lock> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(lock_path(path))?;
    let start = Instant::now();
    loop {
        if file.try_lock_exclusive()? {
            return Ok(Lock { _file: file });
        }
        if start.elapsed() >= wait {
            return Err(io::Error::new(
                io::ErrorKind::WouldBlock,
                format!(
                    "another dateline has held {} for {} s",
                    lock_path(path)
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy(),
                    wait.as_secs()
                ),
            ));
        }
        std::thread::sleep(RETRY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_and_gives_up_after_the_wait() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let first = acquire(&path, WAIT).unwrap();
        // flock locks belong to the open file, so a second open in the same process
        // contends like another process would.
        let start = Instant::now();
        let e = acquire(&path, Duration::from_millis(50)).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::WouldBlock);
        assert!(e.to_string().contains("state.json.lock"), "{e}");
        assert!(start.elapsed() >= Duration::from_millis(50));
        drop(first);
        acquire(&path, Duration::ZERO).unwrap();
        assert!(dir.path().join("state.json.lock").is_file());
    }
}
