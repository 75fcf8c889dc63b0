//! dateline: explore a news story in the terminal.
//!
//! `story` holds the data types, `extract` turns text into facts, `model`/`update`/`ui` are the
//! TUI (one model, pure update, views that borrow), `app` owns the terminal.

#![forbid(unsafe_code)]
// `unwrap` only in tests; elsewhere an invariant is stated with `expect` or handled.
#![warn(clippy::unwrap_used)]

pub mod app;
pub mod cli;
pub mod config;
pub mod effect;
pub mod extract;
pub mod headless;
pub mod keymap;
pub mod man;
pub mod model;
pub mod msg;
pub mod output;
pub mod pane;
pub mod persist;
pub mod plain;
pub mod plural;
pub mod sanitize;
pub mod search;
pub mod story;
pub mod theme;
pub mod ui;
pub mod update;
pub mod web;

/// The bundled story, opened when no file is given.
pub const BUNDLED_STORY: &str = include_str!("../seeds/000_4645c990ff64489e.txt");
/// The name shown for the bundled story.
pub const BUNDLED_NAME: &str = "seeds/000_4645c990ff64489e.txt";
