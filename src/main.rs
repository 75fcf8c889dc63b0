//! `dateline`: parse the command line, then run the TUI or a headless command.

use clap::{CommandFactory, Parser};
use dateline::cli::{Cli, Command};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Extract(args)) => dateline::headless::run(args),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(
                *shell,
                &mut Cli::command(),
                "dateline",
                &mut std::io::stdout(),
            );
            ExitCode::SUCCESS
        }
        Some(Command::Man) => {
            match clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("dateline: {e}");
                    ExitCode::from(1)
                }
            }
        }
        None if cli.open.print_config => {
            print!("{}", dateline::config::print::defaults());
            ExitCode::SUCCESS
        }
        None if cli.open.check_config => check_config(cli.open.config.as_deref()),
        None => dateline::app::main(&cli.open),
    }
}

/// `dateline --check-config`: which file is read, and every problem in it.
fn check_config(flag: Option<&Path>) -> ExitCode {
    let loaded = dateline::config::load(flag);
    let shown = |p: &Path| dateline::sanitize::line(&p.display().to_string());
    match &loaded.path {
        None => match dateline::config::locate(flag) {
            Some((path, _)) => println!(
                "no config file at {}; the defaults apply (dateline --print-config shows them)",
                shown(&path)
            ),
            None => println!("no home directory to look for a config file in; the defaults apply"),
        },
        Some(path) if loaded.problems.is_empty() => println!("{}: ok", shown(path)),
        Some(_) => {}
    }
    for problem in &loaded.problems {
        eprintln!("{problem}");
    }
    if loaded.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
