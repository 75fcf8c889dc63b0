//! The loop: it alone owns the terminal, the input thread and signals.
//! event → Msg (keymap) → update → draw.

use crate::cli::OpenArgs;
use crate::effect::Effect;
use crate::extract::{self, Options};
use crate::model::{Loading, Model, Stage};
use crate::msg::{Dir, Msg};
use crate::persist::state::{self, ArticleState};
use crate::persist::store::{self, Store};
use crate::story::{Document, load};
use crate::ui::theme::Theme;
use crate::{config, persist, sanitize, terminal, ui, update, worker};
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use std::io::{self, IsTerminal};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

/// Exit code for input dateline refuses.
const EXIT_BAD_INPUT: u8 = 2;

/// What wakes the loop.
enum Wake {
    Input(Event),
    Signal(i32),
    InputClosed,
    Worker(worker::Done),
}

/// `dateline [FILE]`: load, refuse bad input before touching the terminal, then run the TUI.
pub fn main(args: &OpenArgs) -> ExitCode {
    // Before the terminal is touched; problems go to the status bar, the defaults apply.
    let config = config::load(args.config.as_deref());
    let (text, name, warnings) = match load_article(args) {
        Ok(loaded) => loaded,
        Err(message) => {
            eprintln!("dateline: {message}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    if args.plain || dumb {
        return run_plain(args, text, name, warnings);
    }
    if !io::stdout().is_terminal() {
        eprintln!(
            "dateline: standard output is not a terminal; use `dateline extract` for pipes and files"
        );
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    // The remembered state is keyed by the whole text, hashed before a worker takes it.
    let state_key = (!args.no_state).then(|| state::key(&text));
    let options = Options {
        reference_date: args.date,
    };
    let (tx, rx) = mpsc::channel::<Wake>();
    let shared = worker::Shared::default();
    let mut model = if worker::in_background(text.len()) {
        // A large article: the first frame shows its beginning at once, and a worker reads
        // the rest (see `worker`).
        let preview = Document::new(worker::preview(&text).to_string());
        let mut model = Model::new(
            crate::story::Story {
                document: preview.into(),
                ..Default::default()
            },
            name,
            warnings,
        );
        model.loading = Some(Loading {
            stage: Stage::Reading,
            done: 0,
            total: 0,
        });
        let tx = tx.clone();
        if let Err(e) = worker::start(text, options, shared.clone(), move |done| {
            tx.send(Wake::Worker(done)).is_ok()
        }) {
            eprintln!("dateline: cannot start a thread: {e}");
            return ExitCode::from(1);
        }
        model
    } else {
        Model::new(
            extract::extract(Document::new(text), &options),
            name,
            warnings,
        )
    };
    if model.story.document.is_empty() {
        model.message = Some("this file is empty".to_string());
    }
    apply_config(&mut model, &config);
    let remembered = state_key.and_then(|key| Remembered::open(&mut model, key));
    terminal::install_panic_hook();
    let result = run(
        &mut model,
        !args.no_mouse,
        (tx, rx),
        &shared,
        remembered.as_ref(),
    );
    terminal::restore();
    if let Some(r) = &remembered
        && let Err(e) = r.save(&model)
    {
        eprintln!(
            "dateline: could not save the reading position to {}: {}",
            sanitize::line(&r.store.path.display().to_string()),
            sanitize::line(&e.to_string())
        );
    }
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dateline: {}", sanitize::line(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

/// Puts the config's keys and colours on the model, and its problems in the status bar.
/// NO_COLOR (set and not empty, as no-color.org says) wins over any colour in the file.
fn apply_config(model: &mut Model, loaded: &config::Loaded) {
    model.keymap = loaded.config.keymap.clone();
    model.theme = if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        Theme::monochrome()
    } else {
        loaded.config.theme.clone()
    };
    if let Some(summary) = loaded.summary() {
        model.message = Some(match model.message.take() {
            Some(m) => format!("{m} · {summary}"),
            None => summary,
        });
    }
}

/// Plain mode: no terminal state to enter or restore; commands come line by line.
fn run_plain(args: &OpenArgs, text: String, name: String, warnings: Vec<String>) -> ExitCode {
    let story = extract::extract(
        Document::new(text),
        &Options {
            reference_date: args.date,
        },
    );
    let session = crate::plain::Session::new(Model::new(story, name, warnings));
    let from_stdin = args.file.as_deref().is_some_and(|p| p.as_os_str() == "-");
    let result = if from_stdin {
        // The article came through stdin, so the reader types at the terminal.
        match std::fs::File::open("/dev/tty") {
            Ok(tty) => crate::plain::run(
                session,
                &mut io::BufReader::new(tty),
                &mut io::stdout(),
                true,
            ),
            Err(e) => {
                eprintln!(
                    "dateline: the article came from standard input and there is no terminal to read commands from ({e})"
                );
                return ExitCode::from(EXIT_BAD_INPUT);
            }
        }
    } else {
        let prompt = io::stdin().is_terminal();
        crate::plain::run(session, &mut io::stdin().lock(), &mut io::stdout(), prompt)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader closed the pipe we write to: nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dateline: {}", sanitize::line(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

/// The article text, its sanitised display name and load warnings.
fn load_article(args: &OpenArgs) -> Result<(String, String, Vec<String>), String> {
    let loaded = match args.file.as_deref() {
        None => {
            return Ok((
                crate::BUNDLED_STORY.to_string(),
                crate::BUNDLED_NAME.to_string(),
                Vec::new(),
            ));
        }
        Some(p) if p.as_os_str() == "-" => {
            if io::stdin().is_terminal() {
                return Err("`-` reads the article from standard input, but it is a terminal; pipe the article in".into());
            }
            load::load_reader(io::stdin().lock(), "stdin")
        }
        Some(p) => load::load_path(p),
    };
    let name = args
        .file
        .as_deref()
        .map(|p| sanitize::line(&p.display().to_string()))
        .unwrap_or_default();
    match loaded {
        Ok(l) => Ok((
            l.text,
            name,
            l.warnings.iter().map(|w| sanitize::line(w)).collect(),
        )),
        Err(e) => Err(sanitize::line(&e.to_string())),
    }
}

/// The remembered state of the open article: where it is kept, its key, what was saved.
struct Remembered {
    store: Store,
    key: String,
    saved: Option<ArticleState>,
}

impl Remembered {
    /// Finds what is remembered for the article (`key`: the hash of its text); a damaged state
    /// file's message goes to the status bar. `None` without a home or state directory.
    fn open(model: &mut Model, key: String) -> Option<Remembered> {
        let path = store::default_path()?;
        let opened = store::open(path, &key, &stamp());
        if let Some(m) = opened.message {
            model.message = Some(match model.message.take() {
                Some(first) => format!("{first} · {m}"),
                None => m,
            });
        }
        Some(Remembered {
            store: opened.store,
            key,
            saved: opened.entry,
        })
    }

    fn save(&self, model: &Model) -> io::Result<()> {
        let mut entry = update::remember(model);
        entry.seen = jiff::Timestamp::now().as_second();
        // Never wrapped (the terminal was too small all along), or quit before the whole of a
        // large article was read: the position is unknown, so the one saved before stands.
        let partial = model.loading.is_some_and(|l| l.stage == Stage::Reading);
        if (model.article.lines.is_empty() || partial)
            && let Some(saved) = &self.saved
        {
            entry.offset = saved.offset;
        }
        self.store.save(&self.key, entry, &stamp())
    }
}

/// Names a damaged state file moved aside: the time in UTC, `20260129T101500Z`.
fn stamp() -> String {
    jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

fn run(
    model: &mut Model,
    mouse: bool,
    (tx, rx): (mpsc::Sender<Wake>, mpsc::Receiver<Wake>),
    shared: &worker::Shared,
    remembered: Option<&Remembered>,
) -> io::Result<ExitCode> {
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGTSTP])?;
    let signal_tx = tx.clone();
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if signal_tx.send(Wake::Signal(signal)).is_err() {
                break;
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
    // A large article is restored once the whole of it is there (see `from_worker`).
    let saved = remembered.and_then(|r| r.saved.as_ref());
    if let Some(saved) = saved
        && model.loading.is_none()
    {
        update::restore(model, saved);
    }
    term.draw(|f| ui::view(model, f))?;
    loop {
        shared
            .width
            .store(model.article.width, std::sync::atomic::Ordering::Relaxed);
        // While the worker runs, wake every 100 ms to move the gauge.
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
        update::background::progress(
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
                Wake::Worker(done) => {
                    let whole = matches!(done, worker::Done::Document { .. });
                    from_worker(model, done);
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
                    if let Some(r) = remembered {
                        let _ = r.save(model);
                    }
                    terminal::suspend(mouse)?;
                    // A new terminal has empty buffers, so the next draw repaints every cell.
                    term = new_terminal()?;
                }
                Some(msg) => {
                    update::update(model, msg);
                    carry_out(model)?;
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
        term.draw(|f| ui::view(model, f))?;
    }
}

/// Does the I/O that `update` asked for and tells it what came of it.
fn carry_out(model: &mut Model) -> io::Result<()> {
    while let Some(effect) = model.effect.take() {
        match effect {
            Effect::Export {
                path,
                format,
                overwrite,
            } => {
                let outcome = persist::export(&model.story, &path, format, overwrite);
                update::outcome(model, outcome);
            }
            Effect::Copy(text) => terminal::copy(&text)?,
        }
    }
    Ok(())
}

/// Hands what the worker made to the model.
fn from_worker(model: &mut Model, done: worker::Done) {
    use update::background;
    match done {
        worker::Done::Document {
            document,
            width,
            lines,
        } => background::document_ready(model, document, width, lines),
        worker::Done::Story(ready) => {
            let (story, index) = *ready;
            background::story_ready(model, story, index);
        }
        worker::Done::Failed(message) => background::failed(model, sanitize::line(&message)),
    }
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
        Event::Key(key) if key.kind == KeyEventKind::Press => model.keymap.lookup(
            key,
            model.key_context(),
            model.pending.unwrap_or(Dir::Forward),
        ),
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
