//! Entering and leaving the terminal's TUI state, on every path: normal quit, error, panic,
//! SIGTERM/SIGHUP/SIGINT, and Ctrl-Z (suspend, then a full redraw on resume).

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
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
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal before the default panic message is printed, so it is readable.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
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
