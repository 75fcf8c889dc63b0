//! The runtime: everything that does I/O for the TUI. `dateline [FILE]` is here: loading the
//! article, refusing bad input before the terminal is touched, choosing plain mode or the TUI,
//! and starting the loading thread for large articles. Beside it: the loop (`event_loop.rs`), the
//! terminal's state on every path (`terminal.rs`), the loading thread (`loading_thread.rs`) and the search
//! thread (`search_thread.rs`), both started by `thread.rs`, which reports their panics, and
//! the saved state of the open article (`state.rs`).

mod event_loop;
mod fetching;
pub mod loading_thread;
pub mod search_thread;
mod state;
pub mod terminal;
pub mod thread;

use event_loop::run;
use state::State;

use crate::cli::OpenArgs;
use crate::extract::{self, Options};
use crate::model::Model;
use crate::story::{Document, load};
use crate::theme::Theme;
use crate::web::open::{Input, Opened, open};
use crate::{config, sanitize};
use crossterm::event::Event;
use std::io::{self, IsTerminal};
use std::process::ExitCode;
use std::sync::mpsc;

/// Exit code for input dateline refuses.
const EXIT_BAD_INPUT: u8 = 2;

/// What wakes the loop.
pub(crate) enum Wake {
    Input(Event),
    Signal(i32),
    InputClosed,
    Loading(loading_thread::Done),
    /// The search thread's answer to search number `.0`.
    Search(u64, search_thread::Found),
}

/// `dateline [FILE]`: load, refuse bad input before touching the terminal, then run the TUI.
pub fn main(args: &OpenArgs) -> ExitCode {
    // Before the terminal is touched; problems go to the status bar, the defaults apply.
    let config = config::load(args.config.as_deref());
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    let plain = args.plain || dumb;
    let input = Input::from_arg(args.file.as_deref());
    // A URL is not fetched for a TUI that cannot start.
    if !plain && matches!(input, Input::Url(_)) && !io::stdout().is_terminal() {
        return not_a_terminal();
    }
    let opened = match load_article(input, plain) {
        Ok(opened) => opened,
        Err(message) => {
            eprintln!("dateline: {message}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    if plain {
        return run_plain(args, opened);
    }
    if !io::stdout().is_terminal() {
        return not_a_terminal();
    }
    let mut opened = opened;
    // The text moves on (a large article is not copied); the origin stays for `finish`.
    let text = std::mem::take(&mut opened.text);
    let name = std::mem::take(&mut opened.name);
    let warnings = std::mem::take(&mut opened.warnings);
    // The saved state is keyed by the whole text, hashed before the loading thread takes it: the
    // same article from a file, a saved page or its URL comes back to the same place.
    let state_key = (!args.no_state).then(|| crate::persist::state::key(&text));
    let options = Options {
        reference_date: opened.reference_date(args.date),
    };
    let flag = args.date;
    let (tx, rx) = mpsc::channel::<Wake>();
    let shared = loading_thread::Shared::default();
    let mut model = if loading_thread::needs_thread(text.len()) {
        // A large article: the first frame shows its beginning at once, and the loading thread reads
        // the rest (see `loading_thread`).
        let model = loading_thread::preview_model(&text, name, warnings);
        let tx = tx.clone();
        let finish = move |story: &mut crate::story::Story| opened.finish(story, flag);
        if let Err(e) =
            loading_thread::start_finishing(text, options, finish, shared.clone(), move |done| {
                tx.send(Wake::Loading(done)).is_ok()
            })
        {
            eprintln!("dateline: cannot start a thread: {e}");
            return ExitCode::from(1);
        }
        model
    } else {
        let mut story = extract::extract(Document::new(text), &options);
        opened.finish(&mut story, flag);
        Model::new(story, name, warnings)
    };
    if model.story.document.is_empty() {
        model.message = Some("this file is empty".to_string());
    }
    apply_config(&mut model, &config);
    // Test builds: `DATELINE_TEST_SEARCH_IN_UPDATE_UP_TO=0` sends every search to the search
    // thread, as on a large story, so a test can drive that path with a small file.
    if cfg!(debug_assertions)
        && let Some(n) = std::env::var("DATELINE_TEST_SEARCH_IN_UPDATE_UP_TO")
            .ok()
            .and_then(|v| v.parse().ok())
    {
        model.search.in_update_up_to = n;
    }
    let state = state_key.and_then(|key| State::open(&mut model, key));
    terminal::install_panic_hook();
    let result = run(
        &mut model,
        !args.no_mouse,
        (tx, rx),
        &shared,
        state.as_ref(),
    );
    terminal::restore();
    if let Some(r) = &state
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
fn run_plain(args: &OpenArgs, mut opened: Opened) -> ExitCode {
    let options = Options {
        reference_date: opened.reference_date(args.date),
    };
    let text = std::mem::take(&mut opened.text);
    let mut story = extract::extract(Document::new(text), &options);
    opened.finish(&mut story, args.date);
    let warnings = std::mem::take(&mut opened.warnings);
    let name = std::mem::take(&mut opened.name);
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

/// The article the arguments name (a file, a page, stdin or a URL), or one line saying why
/// not. The network is used only for a URL.
fn load_article(input: Input<'_>, plain: bool) -> Result<Opened, String> {
    if matches!(input, Input::Stdin) && io::stdin().is_terminal() {
        return Err(
            "`-` reads the article from standard input, but it is a terminal; pipe the article in"
                .into(),
        );
    }
    open(
        input,
        || load::read_stream(io::stdin().lock(), "stdin"),
        |url| fetching::fetch(url, plain),
    )
}

fn not_a_terminal() -> ExitCode {
    eprintln!(
        "dateline: standard output is not a terminal; use `dateline extract` for pipes and files"
    );
    ExitCode::from(EXIT_BAD_INPUT)
}
