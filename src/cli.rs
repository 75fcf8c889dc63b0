//! The command line: `dateline [FILE | URL]` opens the TUI, `dateline extract` runs headless,
//! `--print-config` and `--check-config` show and check the config file.

use crate::output::Format;
use clap::{Args, Parser, Subcommand};
use jiff::civil::Date;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "dateline",
    version,
    about = "Explore a news story in the terminal: the article, every figure, name and date in it with its source, and a timeline of events",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub open: OpenArgs,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The article to open: a text file, a saved web page, or an http(s) URL to fetch; `-` reads
    /// stdin (text or a page). Without it, the bundled story.
    pub file: Option<PathBuf>,
    /// Reference date for relative dates ("last week"), as YYYY-MM-DD. Default: a web page's
    /// publication date, else a date the article states in its dateline, else unresolved.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    /// Leave the mouse to the terminal (its own text selection) instead of capturing it.
    #[arg(long)]
    pub no_mouse: bool,
    /// Plain mode: a line-by-line conversation for screen readers and simple terminals (also
    /// chosen when TERM=dumb). Commands are read from standard input (from the terminal when
    /// the article comes through `-`).
    #[arg(long)]
    pub plain: bool,
    /// Read this config file instead of $DATELINE_CONFIG or
    /// $XDG_CONFIG_HOME/dateline/config.toml (~/.config/dateline/config.toml).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Print the default config file (every key and colour, with comments) and exit.
    #[arg(long, conflicts_with_all = ["file", "date", "no_mouse", "plain", "config", "check_config"])]
    pub print_config: bool,
    /// Check the config file, say what is wrong with it (path:line:column), and exit: 0 when
    /// nothing is, 1 otherwise.
    #[arg(long, conflicts_with_all = ["file", "date", "no_mouse", "plain"])]
    pub check_config: bool,
    /// Neither restore nor save the reading position, selection and search history (kept
    /// per article in $XDG_STATE_HOME/dateline/state.json).
    #[arg(long)]
    pub no_state: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the facts, entities, events and checks of an article (schema "dateline/1").
    Extract(ExtractArgs),
    /// Print a shell completion script (`dateline completions bash > …`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to standard output.
    Man,
}

/// The most `--jobs` accepts: a number above it is a mistake (the threads used are capped at
/// the cores anyway), refused with a clear message rather than tried.
pub const MAX_JOBS: i64 = 1024;

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The article: a text file, a saved web page or an http(s) URL; `-` or nothing reads stdin
    /// (nothing with a terminal on stdin: the bundled story).
    pub file: Option<PathBuf>,
    /// Reference date for relative dates, as YYYY-MM-DD (default: a web page's publication date,
    /// else the article's dateline; with --jsonl: for records without a "date" of their own).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Batch mode: read `{"id", "text" | "url", "date"?}` JSON lines on stdin, write one result
    /// per line.
    #[arg(long, conflicts_with_all = ["file", "format"])]
    pub jsonl: bool,
    /// With --jsonl: how many threads answer the batch (default and at most: the available
    /// cores; 1 to 1024).
    #[arg(long, value_name = "N", requires = "jsonl", value_parser = clap::value_parser!(u16).range(1..=MAX_JOBS))]
    pub jobs: Option<u16>,
    /// Pretty-print JSON.
    #[arg(long)]
    pub pretty: bool,
}
