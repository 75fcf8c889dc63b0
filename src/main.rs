//! `dateline`: parse the command line, then run the TUI or a headless command.

use clap::{CommandFactory, Parser};
use dateline::cli::{Cli, Command};
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
        None => dateline::app::main(&cli.open),
    }
}
