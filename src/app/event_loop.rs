//! The loop: it alone owns the terminal, the input thread and signals.
//! event → Msg (keymap) → update → draw; the loading thread's results and `update`'s effects are
//! carried out here too.

use super::search_thread::Searcher;
use super::{State, Wake};
use super::{loading_thread, terminal};
use crate::effect::Effect;
use crate::model::Model;
use crate::msg::Msg;
use crate::{output, sanitize, ui, update};
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use std::io;
use std::process::ExitCode;
use std::sync::{Arc, mpsc};
use std::time::Duration;

/// Every signal whose default action ends the process and that comes from outside it (`kill`,
/// a closing terminal, a timer, a resource limit): each ends the loop as SIGTERM does, so the
/// state is saved, the terminal restored, and the exit code is 128 + the signal. SIGQUIT,
/// SIGUSR1, SIGALRM and the rest left raw mode on. Not here: SIGPIPE, which Rust ignores (a
/// closed pipe is an error from `write`); and the faults only a crash raises (SIGSEGV, SIGBUS,
/// SIGILL, SIGFPE, SIGTRAP, SIGSYS), where a handler that returns runs the faulting
/// instruction again — a panic restores the terminal in its hook instead. SIGABRT is here:
/// `abort` re-raises it with the default action after the handler returns.
fn ending_signals() -> impl Iterator<Item = i32> {
    use libc::{
        SIGABRT, SIGALRM, SIGIO, SIGPROF, SIGQUIT, SIGUSR1, SIGUSR2, SIGVTALRM, SIGXCPU, SIGXFSZ,
    };
    let common = [
        SIGHUP, SIGINT, SIGQUIT, SIGABRT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM, SIGVTALRM, SIGPROF,
        SIGXCPU, SIGXFSZ, SIGIO,
    ];
    #[cfg(target_os = "linux")]
    let linux = [libc::SIGSTKFLT, libc::SIGPWR]
        .into_iter()
        .chain(libc::SIGRTMIN()..=libc::SIGRTMAX());
    #[cfg(not(target_os = "linux"))]
    let linux = std::iter::empty();
    common.into_iter().chain(linux)
}

pub fn run(
    model: &mut Model,
    mouse: bool,
    (tx, rx): (mpsc::Sender<Wake>, mpsc::Receiver<Wake>),
    shared: &loading_thread::Shared,
    state: Option<&State>,
) -> io::Result<ExitCode> {
    let mut signals = signal_hook::iterator::Signals::new(ending_signals().chain([SIGTSTP]))?;
    let signal_tx = tx.clone();
    let search_tx = tx.clone();
    let searcher = Searcher::start(move |generation, found| {
        search_tx.send(Wake::Search(generation, found)).is_ok()
    })?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if signal_tx.send(Wake::Signal(signal)).is_err() && signal != SIGTSTP {
                // The loop has ended and the state is being saved (which may wait for another
                // dateline's lock): a second signal ends the process now, as the first would
                // have without a save to make.
                terminal::restore();
                std::process::exit(128 + signal);
            }
        }
    });
    std::thread::spawn(move || {
        // Poll with a timeout rather than block in `read`: crossterm holds its event-reader
        // lock while reading, and anything else that needs it (a cursor-position query) would
        // wait for the next key.
        loop {
            match crossterm::event::poll(Duration::from_millis(200)) {
                Ok(false) => continue,
                Ok(true) => {}
                Err(_) => {
                    let _ = tx.send(Wake::InputClosed);
                    break;
                }
            }
            match crossterm::event::read() {
                Ok(event) => {
                    if tx.send(Wake::Input(event)).is_err() {
                        break;
                    }
                }
                Err(_) => {
                    let _ = tx.send(Wake::InputClosed);
                    break;
                }
            }
        }
    });

    terminal::enter(mouse)?;
    let mut term = new_terminal()?;
    let size = term.size()?;
    update::update(
        model,
        Msg::Resize {
            width: size.width,
            height: size.height,
        },
    );
    // A large article is restored once the whole of it is there (see `from_loading_thread`).
    let saved = state.and_then(|r| r.saved.as_ref());
    if let Some(saved) = saved
        && model.loading.is_none()
    {
        update::restore(model, saved);
    }
    draw(&mut term, model)?;
    loop {
        shared
            .width
            .store(model.article.width, std::sync::atomic::Ordering::Relaxed);
        // While the loading thread runs, wake every 100 ms to move the gauge.
        let first = if model.loading.is_some() {
            match rx.recv_timeout(Duration::from_millis(100)) {
                Ok(wake) => Some(wake),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(ExitCode::SUCCESS),
            }
        } else {
            match rx.recv() {
                Ok(wake) => Some(wake),
                Err(_) => return Ok(ExitCode::SUCCESS),
            }
        };
        update::loading::progress(
            model,
            shared.progress.load(std::sync::atomic::Ordering::Relaxed),
        );
        // Take everything already queued before drawing once: a resize storm or fast typing
        // costs one frame, not one per event.
        let mut wakes: Vec<Wake> = first.into_iter().collect();
        wakes.extend(rx.try_iter());
        for wake in wakes {
            let msg = match wake {
                Wake::Signal(SIGTSTP) => Some(Msg::Suspend),
                Wake::Signal(n) => return Ok(ExitCode::from(128u8.saturating_add(n as u8))),
                Wake::InputClosed => return Ok(ExitCode::SUCCESS),
                Wake::Input(event) => to_msg(event, model),
                Wake::Search(generation, found) => {
                    match found {
                        Ok(results) => update::search::arrived(model, generation, results),
                        Err(e) => update::search::failed(model, generation, sanitize::line(&e)),
                    }
                    None
                }
                Wake::Loading(done) => {
                    let whole = matches!(done, loading_thread::Done::Document { .. });
                    from_loading_thread(model, done);
                    // A search in effect runs again over the new story.
                    carry_out(model, &searcher)?;
                    if let Some(saved) = saved.filter(|_| whole) {
                        update::restore(model, saved);
                    }
                    None
                }
            };
            match msg {
                Some(Msg::Suspend) => {
                    // Saved now too: a stopped job may never be continued. A failure here is
                    // tried again on quit.
                    if let Some(r) = state {
                        let _ = r.save(model);
                    }
                    terminal::suspend(mouse)?;
                    // A new terminal has empty buffers, so the next draw repaints every cell.
                    term = new_terminal()?;
                }
                Some(msg) => {
                    update::update(model, msg);
                    carry_out(model, &searcher)?;
                }
                None => {}
            }
        }
        if model.quit {
            return Ok(ExitCode::SUCCESS);
        }
        // The terminal may have changed size while stopped or between events.
        let size = term.size()?;
        if (size.width, size.height) != (model.width, model.height) {
            update::update(
                model,
                Msg::Resize {
                    width: size.width,
                    height: size.height,
                },
            );
        }
        draw(&mut term, model)?;
    }
}

/// Does the I/O that `update` asked for and tells it what came of it.
fn carry_out(model: &mut Model, searcher: &Searcher) -> io::Result<()> {
    while let Some(effect) = model.effect.take() {
        match effect {
            Effect::Export {
                path,
                format,
                overwrite,
            } => {
                let outcome = output::file::export(&model.story, &path, format, overwrite);
                update::outcome(model, outcome);
            }
            Effect::Copy(text) => terminal::copy(&text)?,
            Effect::Search { generation, query } => {
                searcher.search(generation, query, Arc::clone(&model.index));
            }
        }
    }
    Ok(())
}

/// Hands what the loading thread made to the model.
fn from_loading_thread(model: &mut Model, done: loading_thread::Done) {
    use update::loading;
    match done {
        loading_thread::Done::Document {
            document,
            width,
            lines,
        } => loading::document_ready(model, document, width, lines),
        loading_thread::Done::Story(ready) => {
            let (story, index) = *ready;
            loading::story_ready(model, story, index);
        }
        loading_thread::Done::Failed(message) => loading::failed(model, sanitize::line(&message)),
    }
}

/// Draws one frame inside a synchronized update (DEC mode 2026): a terminal that knows the mode
/// shows the whole frame at once, never half of it; one that does not ignores the brackets.
fn draw(term: &mut Terminal<CrosstermBackend<io::Stdout>>, model: &Model) -> io::Result<()> {
    // Queued: `draw` flushes it together with the frame.
    crossterm::queue!(
        term.backend_mut(),
        crossterm::terminal::BeginSynchronizedUpdate
    )?;
    term.draw(|f| ui::view(model, f))?;
    crossterm::execute!(
        term.backend_mut(),
        crossterm::terminal::EndSynchronizedUpdate
    )
}

/// A terminal on a cleared screen.
fn new_terminal() -> io::Result<Terminal<CrosstermBackend<io::Stdout>>> {
    let mut out = io::stdout();
    crossterm::execute!(
        out,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    Terminal::new(CrosstermBackend::new(out))
}

/// Maps a terminal event to a message.
fn to_msg(event: Event, model: &Model) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            let (context, dir) = model.mode.keys();
            model.keymap.lookup(key, context, dir)
        }
        Event::Resize(width, height) => Some(Msg::Resize { width, height }),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Msg::Wheel {
                column: m.column,
                row: m.row,
                lines: 3,
            }),
            MouseEventKind::ScrollUp => Some(Msg::Wheel {
                column: m.column,
                row: m.row,
                lines: -3,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        _ => None,
    }
}
