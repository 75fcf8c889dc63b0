//! Reading an article from a file or stdin: refusing what is not a text file before the
//! terminal is touched, and decoding what is (UTF-8 with or without BOM, UTF-16 and UTF-32 with
//! BOM, invalid UTF-8 lossily with a warning). CRLF and lone CR are normalised to LF.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Largest article dateline opens: 256 MiB. Bigger inputs are refused before they are read,
/// so a wrong argument (a disk image, a log) cannot exhaust memory; the largest news pages are a
/// few MB.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// How far binary detection looks.
const SNIFF_BYTES: usize = 8 * 1024;

/// Why an input was refused. The message is meant for a person and is sanitised by whoever
/// prints it (it contains the file name).
#[derive(Debug)]
pub enum LoadError {
    NotFound(String),
    PermissionDenied(String),
    Directory(String),
    NotRegular(String),
    Binary(String),
    /// Over [`MAX_BYTES`]: the size a file reports, or `None` for a stream cut at the cap.
    TooLarge(String, Option<u64>),
    Io(String, io::Error),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(f, "{p}: no such file"),
            LoadError::PermissionDenied(p) => write!(f, "{p}: permission denied"),
            LoadError::Directory(p) => write!(f, "{p}: is a directory, not an article"),
            LoadError::NotRegular(p) => write!(
                f,
                "{p}: not a regular file (a FIFO, socket or device); save the article to a file or pipe it to `dateline -`"
            ),
            LoadError::Binary(p) => write!(
                f,
                "{p}: binary content (a NUL byte near the start), not a text article"
            ),
            LoadError::TooLarge(p, Some(n)) => write!(
                f,
                "{p}: {} is larger than the {} MiB dateline opens",
                mebibytes_up(*n),
                MAX_BYTES / MIB
            ),
            LoadError::TooLarge(p, None) => write!(
                f,
                "{p}: more than the {} MiB dateline opens",
                MAX_BYTES / MIB
            ),
            LoadError::Io(p, e) => write!(f, "{p}: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}

const MIB: u64 = 1024 * 1024;

/// A size in MiB, rounded up to a tenth: a file a byte over the cap reads "256.1 MiB", never
/// "256 MiB is larger than the 256 MiB".
fn mebibytes_up(bytes: u64) -> String {
    let tenths = (u128::from(bytes) * 10).div_ceil(u128::from(MIB));
    match tenths % 10 {
        0 => format!("{} MiB", tenths / 10),
        tenth => format!("{}.{tenth} MiB", tenths / 10),
    }
}

/// A decoded article and what the reader should know about how it was decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Reads and decodes the file at `path`, refusing directories, devices, FIFOs, binaries and
/// files over [`MAX_BYTES`]. Never blocks on a FIFO: the type is checked before opening.
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = read_path(path)?;
    decode_owned(bytes).ok_or_else(|| LoadError::Binary(path.display().to_string()))
}

/// The bytes of the file at `path`, with every refusal of [`load_path`] made before reading
/// (directories, devices, FIFOs, files over [`MAX_BYTES`]); decoding is the caller's (a web
/// page's encoding is declared inside it).
pub fn read_path(path: &Path) -> Result<Vec<u8>, LoadError> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| io_error(&name, e))?;
    if meta.is_dir() {
        return Err(LoadError::Directory(name));
    }
    if !meta.is_file() {
        return Err(LoadError::NotRegular(name));
    }
    if meta.len() > MAX_BYTES {
        return Err(LoadError::TooLarge(name, Some(meta.len())));
    }
    let file = File::open(path).map_err(|e| io_error(&name, e))?;
    // The size is known: one buffer of that size, not one grown by doubling (a file that grew
    // since is still read whole, up to the cap).
    read_bytes_capped(file, &name, meta.len() as usize)
}

/// Reads a stream (stdin) up to [`MAX_BYTES`] and decodes it.
pub fn load_reader(reader: impl Read, name: &str) -> Result<Loaded, LoadError> {
    read_capped(reader, name, 0)
}

fn read_capped(reader: impl Read, name: &str, size: usize) -> Result<Loaded, LoadError> {
    let bytes = read_bytes_capped(reader, name, size)?;
    decode_owned(bytes).ok_or_else(|| LoadError::Binary(name.to_string()))
}

/// The bytes of a stream (stdin) up to [`MAX_BYTES`], undecoded.
pub fn read_stream(reader: impl Read, name: &str) -> Result<Vec<u8>, LoadError> {
    read_bytes_capped(reader, name, 0)
}

fn read_bytes_capped(reader: impl Read, name: &str, size: usize) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::with_capacity(size.saturating_add(1));
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(name, e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge(name.to_string(), None));
    }
    Ok(bytes)
}

fn io_error(name: &str, e: io::Error) -> LoadError {
    match e.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound(name.to_string()),
        io::ErrorKind::PermissionDenied => LoadError::PermissionDenied(name.to_string()),
        io::ErrorKind::IsADirectory => LoadError::Directory(name.to_string()),
        _ => LoadError::Io(name.to_string(), e),
    }
}

/// Decodes article bytes; `None` means binary content.
pub fn decode(bytes: &[u8]) -> Option<Loaded> {
    decode_owned(bytes.to_vec())
}

/// [`decode`], reusing the buffer: UTF-8 (the usual case) becomes the text in place, with no
/// second copy of a large file, and line endings are normalised in the same buffer.
pub fn decode_owned(mut bytes: Vec<u8>) -> Option<Loaded> {
    let mut warnings = Vec::new();
    // UTF-32's little-endian mark begins with UTF-16's, so it is looked for first.
    let text = if bytes.starts_with(b"\xFF\xFE\0\0") {
        utf32(&bytes[4..], u32::from_le_bytes, &mut warnings)
    } else if bytes.starts_with(b"\0\0\xFE\xFF") {
        utf32(&bytes[4..], u32::from_be_bytes, &mut warnings)
    } else if bytes.starts_with(b"\xFF\xFE") {
        utf16(&bytes[2..], u16::from_le_bytes, &mut warnings)
    } else if bytes.starts_with(b"\xFE\xFF") {
        utf16(&bytes[2..], u16::from_be_bytes, &mut warnings)
    } else {
        let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        if bytes[bom..bytes.len().min(bom + SNIFF_BYTES)].contains(&0) {
            return None;
        }
        // CR is ASCII, never part of a multi-byte sequence, and the byte after a CR that is
        // dropped is LF, never a continuation byte: normalising before decoding is the same as
        // after.
        normalise_newlines(&mut bytes, bom);
        utf8(bytes, &mut warnings)
    };
    Some(Loaded { text, warnings })
}

fn utf8(bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let bad = s.matches('\u{FFFD}').count();
            warnings.push(format!(
                "not valid UTF-8: {bad} invalid byte sequence{} shown as �",
                if bad == 1 { "" } else { "s" }
            ));
            s
        }
    }
}

/// Decodes UTF-16, turning CRLF and lone CR into LF on the way.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, warnings: &mut Vec<String>) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let chars = char::decode_utf16(units).map(|r| r.ok());
    let (s, bad) = collect_lines(chars, bytes.len() % 2 != 0, bytes.len());
    if bad > 0 {
        warnings.push(format!("UTF-16 with {bad} invalid code unit(s) shown as �"));
    }
    s
}

/// Decodes UTF-32, turning CRLF and lone CR into LF on the way. A unit that is no Unicode
/// scalar value (a surrogate, above U+10FFFF) and trailing bytes become �.
fn utf32(bytes: &[u8], unit: fn([u8; 4]) -> u32, warnings: &mut Vec<String>) -> String {
    let chars = bytes
        .chunks_exact(4)
        .map(|c| char::from_u32(unit([c[0], c[1], c[2], c[3]])));
    let (s, bad) = collect_lines(chars, bytes.len() % 4 != 0, bytes.len() / 4);
    if bad > 0 {
        warnings.push(format!("UTF-32 with {bad} invalid code unit(s) shown as �"));
    }
    s
}

/// The decoded characters (`None`: an invalid unit, shown as �; `trailing`: bytes too few for a
/// last unit, one more �) as a string with CRLF and lone CR turned into LF, and how many were
/// invalid.
fn collect_lines(
    chars: impl Iterator<Item = Option<char>>,
    trailing: bool,
    capacity: usize,
) -> (String, usize) {
    let mut bad = 0;
    let mut s = String::with_capacity(capacity);
    let mut after_cr = false;
    for c in chars.chain(trailing.then_some(None)) {
        let c = c.unwrap_or_else(|| {
            bad += 1;
            '\u{FFFD}'
        });
        if after_cr {
            after_cr = false;
            s.push('\n');
            if c == '\n' {
                continue;
            }
        }
        if c == '\r' {
            after_cr = true;
        } else {
            s.push(c);
        }
    }
    if after_cr {
        s.push('\n');
    }
    (s, bad)
}

/// Drops the first `skip` bytes (a BOM) and turns CRLF into LF and a lone CR into LF (it can
/// never overwrite a line on screen), in place.
fn normalise_newlines(bytes: &mut Vec<u8>, skip: usize) {
    let mut read = skip;
    let mut write = 0;
    while let Some(at) = memchr::memchr(b'\r', &bytes[read..]) {
        let cr = read + at;
        bytes.copy_within(read..cr, write);
        write += cr - read;
        read = cr + 1;
        if bytes.get(read) != Some(&b'\n') {
            bytes[write] = b'\n';
            write += 1;
        }
    }
    if read > write {
        let len = bytes.len();
        bytes.copy_within(read..len, write);
        bytes.truncate(write + len - read);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_and_newlines() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFhi\r\nthere").unwrap().text,
            "hi\nthere"
        );
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("hé".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap().text, "hé");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("hé".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).unwrap().text, "hé");
    }

    #[test]
    fn decodes_utf32_with_a_bom_rather_than_misreading_it_as_utf16() {
        let text = "Zürich\r\n“5%” 🌞\r";
        let le: Vec<u8> = [0xFF, 0xFE, 0, 0]
            .into_iter()
            .chain(text.chars().flat_map(|c| u32::from(c).to_le_bytes()))
            .collect();
        let be: Vec<u8> = [0, 0, 0xFE, 0xFF]
            .into_iter()
            .chain(text.chars().flat_map(|c| u32::from(c).to_be_bytes()))
            .collect();
        for bytes in [le, be] {
            let loaded = decode(&bytes).unwrap();
            assert_eq!(loaded.text, "Zürich\n“5%” 🌞\n");
            assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        }
        // A surrogate, a unit above U+10FFFF and a trailing byte: three �, one warning.
        let bad: Vec<u8> = [0xFF, 0xFE, 0, 0]
            .into_iter()
            .chain(
                [0xD800u32, 0x11_0000, u32::from('a')]
                    .iter()
                    .flat_map(|u| u.to_le_bytes()),
            )
            .chain([b'x'])
            .collect();
        let loaded = decode(&bad).unwrap();
        assert_eq!(loaded.text, "\u{FFFD}\u{FFFD}a\u{FFFD}");
        assert_eq!(
            loaded.warnings,
            ["UTF-32 with 3 invalid code unit(s) shown as �"]
        );
    }

    #[test]
    fn a_size_over_the_cap_is_never_shown_as_the_cap() {
        let over = |n: u64| LoadError::TooLarge("f".into(), Some(n)).to_string();
        assert_eq!(
            over(MAX_BYTES + 1),
            "f: 256.1 MiB is larger than the 256 MiB dateline opens"
        );
        assert_eq!(
            over(300 * MIB),
            "f: 300 MiB is larger than the 256 MiB dateline opens"
        );
        assert_eq!(
            LoadError::TooLarge("stdin".into(), None).to_string(),
            "stdin: more than the 256 MiB dateline opens"
        );
    }

    #[test]
    fn invalid_utf8_is_lossy_with_a_warning() {
        let l = decode(b"caf\xE9 ok").unwrap();
        assert_eq!(l.text, "caf\u{FFFD} ok");
        assert_eq!(l.warnings.len(), 1);
    }

    #[test]
    fn line_endings_are_normalised_in_place() {
        for (raw, want) in [
            (&b"a\r\nb\rc\r\r\nd\r"[..], "a\nb\nc\n\nd\n"),
            (b"\r\n\r\n", "\n\n"),
            (b"\xEF\xBB\xBF\r\rx", "\n\nx"),
            (b"\xEF\xBB\xBFplain", "plain"),
            (b"caf\xE9\r\n\xC3\r", "caf\u{FFFD}\n\u{FFFD}\n"),
        ] {
            assert_eq!(decode(raw).unwrap().text, want, "{raw:?}");
        }
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("a\r\nb\rc\r".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap().text, "a\nb\nc\n");
    }

    #[test]
    fn nul_means_binary() {
        assert!(decode(b"PK\x03\x04\0\0").is_none());
        assert!(decode(b"").unwrap().text.is_empty());
    }
}
