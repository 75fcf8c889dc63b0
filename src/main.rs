//! `dateline`: parse the command line, then run the TUI or a headless command.

use clap::Parser;
use dateline::cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Extract(args)) => dateline::headless::run(args),
        None => dateline::app::main(&cli.open),
    }
}
