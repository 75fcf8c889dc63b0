//! The loop: it alone owns the terminal, the input thread and signals.
//! event → Msg (keymap) → update → draw.

use crate::cli::OpenArgs;
use crate::effect::Effect;
use crate::extract::{self, Options};
use crate::model::Model;
use crate::msg::{Dir, Msg};
use crate::persist::state::{self, ArticleState};
use crate::persist::store::{self, Store};
use crate::story::{Document, load};
use crate::{keymap, persist, sanitize, terminal, ui, update};
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
}

/// `dateline [FILE]`: load, refuse bad input before touching the terminal, then run the TUI.
pub fn main(args: &OpenArgs) -> ExitCode {
    let (text, name, warnings) = match load_article(args) {
        Ok(loaded) => loaded,
        Err(message) => {
            eprintln!("dateline: {message}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    if !io::stdout().is_terminal() {
        eprintln!(
            "dateline: standard output is not a terminal; use `dateline extract` for pipes and files"
        );
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let story = extract::extract(
        Document::new(text),
        &Options {
            reference_date: args.date,
        },
    );
    let mut model = Model::new(story, name, warnings);
    if model.story.document.is_empty() {
        model.message = Some("this file is empty".to_string());
    }
    let remembered = if args.no_state {
        None
    } else {
        Remembered::open(&mut model)
    };
    terminal::install_panic_hook();
    let result = run(&mut model, !args.no_mouse, remembered.as_ref());
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
    /// Finds what is remembered for the article; a damaged state file's message goes to the
    /// status bar. `None` without a home or state directory.
    fn open(model: &mut Model) -> Option<Remembered> {
        let path = store::default_path()?;
        let key = state::key(&model.story.document.text);
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
        // Never wrapped (the terminal was too small all along): the position is unknown,
        // so the one saved before stands.
        if model.article.lines.is_empty()
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

fn run(model: &mut Model, mouse: bool, remembered: Option<&Remembered>) -> io::Result<ExitCode> {
    let (tx, rx) = mpsc::channel::<Wake>();
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
    if let Some(saved) = remembered.and_then(|r| r.saved.as_ref()) {
        update::restore(model, saved);
    }
    term.draw(|f| ui::view(model, f))?;
    loop {
        let Ok(first) = rx.recv() else {
            return Ok(ExitCode::SUCCESS);
        };
        // Take everything already queued before drawing once: a resize storm or fast typing
        // costs one frame, not one per event.
        let mut wakes = vec![first];
        wakes.extend(rx.try_iter());
        for wake in wakes {
            let msg = match wake {
                Wake::Signal(SIGTSTP) => Some(Msg::Suspend),
                Wake::Signal(n) => return Ok(ExitCode::from(128u8.saturating_add(n as u8))),
                Wake::InputClosed => return Ok(ExitCode::SUCCESS),
                Wake::Input(event) => to_msg(event, model),
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
                    carry_out(model);
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
fn carry_out(model: &mut Model) {
    while let Some(effect) = model.effect.take() {
        let outcome = match effect {
            Effect::Export {
                path,
                format,
                overwrite,
            } => persist::export(&model.story, &path, format, overwrite),
        };
        update::outcome(model, outcome);
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
        Event::Key(key) if key.kind == KeyEventKind::Press => keymap::lookup(
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
