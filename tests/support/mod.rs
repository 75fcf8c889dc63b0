//! Test helpers, defined once for every test file that declares `mod support;`: the
//! pseudo-terminal harness (`pty.rs`), the binary run with arguments and standard input
//! (`command.rs`) and the model helpers of the pure update and screen tests (`tui.rs`). Each test file uses some of them, hence `dead_code`.
#![allow(dead_code, clippy::unwrap_used)]

pub mod command;
mod pty;
pub mod tui;

// The PTY tests name these as `support::Pty`; the others use none of them.
#[allow(unused_imports)]
pub use pty::*;
