//! `dateline`: parse the command line, then run the TUI or a headless command.

use clap::{CommandFactory, Parser};
use dateline::cli::{Cli, Command};
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // `--help` and `--version` go to standard output: uncoloured when it is not a
        // terminal, so the text is the same, and its write errors are handled like the rest
        // (clap itself ignores them and exits 0).
        Err(e) if !e.use_stderr() && !io::stdout().is_terminal() => {
            return emit(|out| write!(out, "{}", e.render()));
        }
        Err(e) => e.exit(),
    };
    match &cli.command {
        Some(Command::Extract(args)) => dateline::headless::run(args),
        Some(Command::Completions { shell }) => emit(|out| {
            // clap_complete panics when its writer fails: it writes to memory here, and the
            // bytes go out below, where a failure is an error like any other.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "dateline", &mut script);
            out.write_all(&script)
        }),
        Some(Command::Man) => emit(dateline::man::render),
        None if cli.open.print_config => {
            emit(|out| out.write_all(dateline::config::print::defaults().as_bytes()))
        }
        None if cli.open.check_config => check_config(cli.open.config.as_deref()),
        None => dateline::app::main(&cli.open),
    }
}

/// Runs `write` on standard output, then flushes it. A reader that closed the pipe (`| head`)
/// ends the command quietly with success, as `dateline extract` does; any other failure to
/// write (a full disk, `> /dev/full`) is one line on standard error and exit code 1. Rust
/// ignores SIGPIPE, so both arrive here as errors; `print!` would panic on them.
fn emit(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> ExitCode {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => write_failed(&e),
    }
}

/// What a failed write to standard output ends with (see [`emit`]).
fn write_failed(e: &io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    // Standard error may be gone too: nothing more can be said then.
    let _ = writeln!(
        io::stderr(),
        "dateline: cannot write to standard output: {}",
        dateline::sanitize::line(&e.to_string())
    );
    ExitCode::from(1)
}

/// `dateline --check-config`: which file is read, and every problem in it.
fn check_config(flag: Option<&Path>) -> ExitCode {
    let loaded = dateline::config::load(flag);
    let shown = |p: &Path| dateline::sanitize::line(&p.display().to_string());
    let verdict = match &loaded.path {
        None => match dateline::config::locate(flag) {
            Some((path, _)) => Some(format!(
                "no config file at {}; the defaults apply (dateline --print-config shows them)",
                shown(&path)
            )),
            None => Some(
                "no home directory to look for a config file in; the defaults apply".to_string(),
            ),
        },
        Some(path) if loaded.problems.is_empty() => Some(format!("{}: ok", shown(path))),
        Some(_) => None,
    };
    if let Some(line) = verdict {
        let written = emit(|out| writeln!(out, "{line}"));
        if written != ExitCode::SUCCESS {
            return written;
        }
    }
    let mut err = io::stderr().lock();
    for problem in &loaded.problems {
        // Standard error may be gone: the exit code still says there were problems.
        let _ = writeln!(err, "{problem}");
    }
    if loaded.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
