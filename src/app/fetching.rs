//! A URL is fetched before the terminal is set up, so that a failure is one line on stderr
//! and the TUI never opens on nothing. When the fetch takes longer than a frame, a spinner
//! says so on stderr (when it is a terminal), and the line is cleared when the answer comes;
//! in plain mode, which never writes an escape sequence, one line says so instead.

use crate::sanitize;
use crate::web::{self, FetchError, Fetched};
use std::io::{self, IsTerminal, Write};
use std::sync::mpsc;
use std::time::Duration;

/// How long a fetch may take before the spinner shows: one frame.
const FRAME: Duration = Duration::from_millis(16);

/// How often the spinner turns.
const TURN: Duration = Duration::from_millis(100);

/// The spinner's frames (Braille dots, as most terminal spinners).
const SPINNER: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/// Longest URL shown beside the spinner, in characters.
const SHOWN_URL: usize = 60;

/// Fetches `url` on its own thread, with a spinner on stderr while it takes longer than a
/// frame (`plain`: one line, no spinner).
pub fn fetch(url: &str, plain: bool) -> Result<Fetched, FetchError> {
    let (tx, rx) = mpsc::channel();
    let owned = url.to_string();
    std::thread::spawn(move || {
        let _ = tx.send(web::fetch(&owned));
    });
    match rx.recv_timeout(FRAME) {
        Ok(result) => return result,
        Err(mpsc::RecvTimeoutError::Disconnected) => return Err(lost(url)),
        Err(mpsc::RecvTimeoutError::Timeout) => {}
    }
    let shown: String = sanitize::line(url).chars().take(SHOWN_URL).collect();
    if plain {
        eprintln!("dateline: fetching {shown}…");
        return rx.recv().unwrap_or_else(|_| Err(lost(url)));
    }
    let show = io::stderr().is_terminal();
    let mut turn = 0;
    let result = loop {
        if show {
            let mut err = io::stderr().lock();
            let _ = write!(err, "\r{} fetching {shown}…", SPINNER[turn % SPINNER.len()]);
            let _ = err.flush();
        }
        turn += 1;
        match rx.recv_timeout(TURN) {
            Ok(result) => break result,
            Err(mpsc::RecvTimeoutError::Disconnected) => break Err(lost(url)),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
    };
    if show {
        // Carriage return, then erase the line: the spinner leaves nothing behind.
        let mut err = io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
    }
    result
}

/// The fetching thread ended without an answer (it panicked).
fn lost(url: &str) -> FetchError {
    FetchError {
        url: url.to_string(),
        kind: web::fetch::FetchErrorKind::Other("the fetch stopped without an answer".into()),
    }
}
