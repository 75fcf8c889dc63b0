//! The TUI's helper threads (the loading thread that reads a large article, the search thread) report
//! a panic in the status bar instead of taking the program down: [`spawn`] starts one, marked
//! so that the panic hook leaves its panics alone, and [`catch`] turns a panic inside it into
//! its message. The hook asks [`reports_panics`]; it needs no list of thread names.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::thread;

thread_local! {
    /// Set on the threads [`spawn`] starts.
    static REPORTS_PANICS: Cell<bool> = const { Cell::new(false) };
}

/// Starts `body` on a thread named `name` (as debuggers and panic messages show it). `body`
/// catches its own panics with [`catch`] and reports them; the panic hook stays quiet for
/// them and leaves the terminal as it is.
pub fn spawn(name: &str, body: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            REPORTS_PANICS.with(|r| r.set(true));
            body();
        })?;
    Ok(())
}

/// Runs `work`, turning a panic into its message.
pub fn catch<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(work)).map_err(|panic| message(&*panic))
}

/// Whether the current thread was started by [`spawn`] (and so reports its own panics).
pub fn reports_panics() -> bool {
    REPORTS_PANICS.with(Cell::get)
}

/// What a caught panic says.
fn message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn a_panic_on_a_spawned_thread_is_caught_with_its_message() {
        let (tx, rx) = mpsc::channel();
        spawn("dateline-test", move || {
            let name = thread::current().name().map(str::to_string);
            let caught = catch(|| -> usize { panic!("broke at {}", 7) });
            tx.send((name, reports_panics(), caught)).unwrap();
        })
        .unwrap();
        let (name, marked, caught) = rx.recv().unwrap();
        assert_eq!(name.as_deref(), Some("dateline-test"));
        assert!(marked);
        assert_eq!(caught, Err("broke at 7".to_string()));
        assert!(!reports_panics(), "only spawned threads are marked");
        assert_eq!(catch(|| 3), Ok(3));
    }
}
