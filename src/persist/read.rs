//! Reading a small file of our own (the config file, the state file) without trusting what is
//! at its path: a FIFO there would block `open` and `read` for ever, a device such as
//! `/dev/zero` reports a size of 0 and never ends. So the file is opened without blocking, its
//! type is checked on the open descriptor (no race with a rename), and what is read is capped,
//! whatever size the file claims.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// Opening or reading failed (missing, permission denied…).
    Io(io::Error),
    /// Not a regular file; says what it is instead (`"a FIFO"`, `"a directory"`…).
    NotRegular(&'static str),
    /// More than the cap: `.0` is the size the file reports, when it is a regular file.
    TooLarge(u64),
}

/// The bytes of the regular file at `path`, at most `max` of them. A symbolic link is
/// followed; a FIFO, socket, device or directory is refused without being read, and opening
/// one never blocks.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_nonblocking(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular(describe(&meta.file_type())));
    }
    if meta.len() > max {
        return Err(ReadError::TooLarge(meta.len()));
    }
    // The reported size is only a hint: a file that grows while it is read stops at the cap.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Opens `path` for reading with `O_NONBLOCK` (a FIFO with no writer opens at once instead of
/// waiting for one) and `O_NOCTTY` (a terminal device never becomes our controlling
/// terminal). Reading a regular file ignores `O_NONBLOCK`.
#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    OpenOptions::new().read(true).open(path)
}

/// What a file that is not a regular file is, for a message.
pub(crate) fn describe(kind: &std::fs::FileType) -> &'static str {
    if kind.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
    }
    "not a regular file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_up_to_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, "12345").unwrap();
        assert_eq!(read_regular(&path, 5).unwrap(), b"12345");
        assert!(matches!(
            read_regular(&path, 4),
            Err(ReadError::TooLarge(5))
        ));
        let missing = read_regular(&dir.path().join("none"), 5);
        assert!(matches!(missing, Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound));
    }

    #[test]
    fn special_files_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_regular(dir.path(), 5),
            Err(ReadError::NotRegular("a directory"))
        ));
        // A FIFO with no writer: opening it for reading would wait for one for ever.
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        assert!(matches!(
            read_regular(&fifo, 5),
            Err(ReadError::NotRegular("a FIFO"))
        ));
        // Endless, and reports a size of 0.
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), 5),
            Err(ReadError::NotRegular("a character device"))
        ));
    }
}
