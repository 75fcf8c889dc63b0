//! The TUI loop (not yet built).

use crate::cli::OpenArgs;
use std::process::ExitCode;

pub fn main(_args: &OpenArgs) -> ExitCode {
    eprintln!("dateline: the TUI is not built yet; try `dateline extract`");
    ExitCode::from(1)
}
