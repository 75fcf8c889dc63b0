//! `dateline extract`: the same extraction as the TUI, for scripts and pipelines. One file
//! here; the `--jsonl` batch (spread over threads) is in `batch.rs`.

mod batch;

pub use batch::{MAX_RECORD_BYTES, Settings, batch, batch_with, batch_with_jobs, default_jobs};

use crate::cli::ExtractArgs;
use crate::extract::{self, Options};
use crate::story::{Document, load};
use crate::web::open::{Input, open};
use crate::{output, sanitize};
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

/// Exit code for input dateline refuses (missing, binary, …).
pub const EXIT_BAD_INPUT: u8 = 2;

/// Runs `dateline extract`.
pub fn run(args: &ExtractArgs) -> ExitCode {
    let result = if args.jsonl {
        // A plain `Stdin` (not its lock) can move to the reader thread; the buffered writer
        // turns stdout's per-line flushing into one write per 64 KiB.
        // More threads than cores only costs memory: `--jobs` is capped at the cores.
        let jobs = args
            .jobs
            .map_or_else(default_jobs, usize::from)
            .min(default_jobs());
        let settings = Settings {
            jobs,
            reference_date: args.date,
            max_record: MAX_RECORD_BYTES,
        };
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        batch_with(io::BufReader::new(io::stdin()), &mut out, &settings)
    } else {
        single(args)
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dateline: {}", sanitize::line(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

fn single(args: &ExtractArgs) -> io::Result<ExitCode> {
    // Nothing named and a terminal on stdin: the bundled story.
    let input = match args.file.as_deref() {
        None if io::stdin().is_terminal() => Input::Bundled,
        None => Input::Stdin,
        named => Input::from_arg(named),
    };
    let stdin = || load::read_stream(io::stdin().lock(), "stdin");
    let mut opened = match open(input, stdin, crate::web::fetch) {
        Ok(opened) => opened,
        Err(message) => {
            eprintln!("dateline: {message}");
            return Ok(ExitCode::from(EXIT_BAD_INPUT));
        }
    };
    for w in &opened.warnings {
        eprintln!("dateline: warning: {w}");
    }
    let options = Options {
        reference_date: opened.reference_date(args.date),
    };
    let text = std::mem::take(&mut opened.text);
    let mut story = extract::extract(Document::new(text), &options);
    opened.finish(&mut story, args.date);
    // Stdout flushes at every newline, and serde writes in small pieces: buffer them
    // (a tenth of the time on a 10 MB article went to stdout's newline search).
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    output::write(&story, args.format, args.pretty, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_line_gives_an_error_record_and_the_batch_goes_on() {
        let input = b"{\"id\": 1, \"text\": \"Hello.\"}\nnot json\n{\"id\": \"x\", \"text\": 5}\n\n{\"id\": 2, \"text\": \"Bye.\", \"date\": \"2026-01-29\"}\n";
        let mut out = Vec::new();
        let code = batch(&input[..], &mut out).unwrap();
        assert_eq!(code, ExitCode::from(EXIT_BAD_INPUT));
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["id"], 1);
        assert_eq!(lines[0]["schema"], "dateline/1");
        assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2:"));
        assert_eq!(lines[2]["id"], "x");
        assert!(lines[2]["error"].is_string());
        assert_eq!(lines[3]["reference_date"], "2026-01-29");
    }
}
