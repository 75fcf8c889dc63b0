//! Entering and leaving the terminal's TUI state, on every path: normal quit, error, panic,
//! SIGTERM/SIGHUP/SIGINT, and Ctrl-Z (suspend, then a full redraw on resume).

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode,
    enable_raw_mode,
};
use crossterm::{cursor, execute};
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether the terminal is currently in TUI state, so `restore` is idempotent and the panic
/// hook does nothing when the terminal was never entered.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Raw mode, alternate screen, mouse capture (when asked), hidden cursor.
///
/// Fails with a clear message when there is no terminal to read keys from: crossterm uses
/// standard input when it is a terminal, else /dev/tty, which a process without a controlling
/// terminal cannot open (ENXIO, "No such device or address", on its own says nothing).
pub fn enter(mouse: bool) -> io::Result<()> {
    enable_raw_mode().map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("no terminal to read keys from (standard input or /dev/tty): {e}"),
        )
    })?;
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    Ok(())
}

/// Undoes everything `enter` did. Safe to call any number of times, from any path.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    // A panic in the middle of a frame leaves its synchronized update open: close it, or the
    // terminal may hold back everything that follows.
    let _ = execute!(
        out,
        EndSynchronizedUpdate,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal before the default panic message is printed, so it is readable.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The loading thread's and the search thread's panics are caught and reported in the status
        // bar; the TUI goes on.
        if super::thread::reports_panics() {
            return;
        }
        restore();
        previous(info);
    }));
}

/// Stops the process until it is continued (`fg`), with the terminal restored meanwhile.
/// SIGSTOP rather than SIGTSTP: a self-sent SIGTSTP is discarded in an orphaned process group.
pub fn suspend(mouse: bool) -> io::Result<()> {
    restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    enter(mouse)
}

/// The OSC 52 sequence that asks the terminal to put `text` on the system clipboard. It works
/// over SSH, since the terminal on the user's side does the copying. Inside tmux it is sent
/// twice: as is (tmux takes it with `set -g set-clipboard on`) and wrapped for passthrough to
/// the outer terminal (with `set -g allow-passthrough on`); a terminal that gets both just
/// copies the same text twice.
pub fn osc52(text: &str, tmux: bool) -> String {
    use base64::Engine;
    let payload = base64::engine::general_purpose::STANDARD.encode(text);
    let plain = format!("\x1b]52;c;{payload}\x07");
    if tmux {
        // DCS passthrough: every ESC inside is doubled.
        let wrapped = format!("\x1bPtmux;{}\x1b\\", plain.replace('\x1b', "\x1b\x1b"));
        format!("{plain}{wrapped}")
    } else {
        plain
    }
}

/// Sends `text` to the clipboard through the terminal (see [`osc52`]).
pub fn copy(text: &str) -> io::Result<()> {
    let mut out = io::stdout();
    out.write_all(osc52(text, std::env::var_os("TMUX").is_some()).as_bytes())?;
    out.flush()
}

/// Test builds only (`debug_assertions`, which `cargo test` builds the binary with): panics
/// when the environment variable `DATELINE_TEST_PANIC` names `point`, so a test can prove that
/// a panic there still leaves the terminal usable. Release builds compile it to nothing.
#[cfg(debug_assertions)]
pub fn fault_point(point: &str) {
    if std::env::var_os("DATELINE_TEST_PANIC").is_some_and(|v| v == point) {
        panic!("DATELINE_TEST_PANIC={point}: a panic injected for a test");
    }
}

/// Release builds: no fault injection.
#[cfg(not(debug_assertions))]
#[inline(always)]
pub fn fault_point(_point: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(osc52("hi €", false), "\x1b]52;c;aGkg4oKs\x07");
        let t = osc52("hi", true);
        assert_eq!(
            t,
            "\x1b]52;c;aGk=\x07\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\"
        );
        // Whatever the text, only the introducer and terminator are control characters.
        let evil = osc52("\x1b]0;title\x07\u{9b}2J", false);
        assert_eq!(evil.chars().filter(|c| c.is_control()).count(), 2);
    }
}
