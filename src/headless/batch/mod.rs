//! `extract --jsonl`: JSON-lines requests answered on all cores, in input order.
//!
//! A reader thread feeds lines through a bounded channel; the main thread takes a chunk (what
//! is already queued, up to `LINES_PER_JOB × jobs` lines or `CHUNK_BYTES`), answers it on
//! `jobs` scoped worker threads that pull lines from a shared counter, and writes the answers
//! in input order before taking the next chunk. A slow producer is answered line by line
//! instead of waiting for a full chunk. Plain std threads: the work is a flat list of
//! independent records, so a counter and `thread::scope` are all rayon would give here,
//! without the extra dependency.
//!
//! Memory is bounded whatever the input: a line over [`MAX_RECORD_BYTES`] gets an error
//! record and is never held (`lines.rs`); the reader reads no further while the lines in work
//! hold `CHUNK_BYTES`; a large record (`LARGE_RECORD_BYTES`) is answered alone, straight into
//! the output (`record.rs`), so it costs what `extract FILE` costs on its text. A thread that
//! cannot be started means fewer threads, down to the calling one, never a panic.

mod lines;
mod record;

use lines::{Budget, Input, Lines};
pub use record::Answer;

use crate::story::load;
use jiff::civil::Date;
use std::io::{self, BufRead, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;

use super::EXIT_BAD_INPUT;

/// Lines per worker in one chunk: enough that the wait for the slowest line at the end of a
/// chunk is a small share of it, few enough to keep memory small.
const LINES_PER_JOB: usize = 64;
/// A chunk closes once its lines hold this many bytes, and the reader waits while the lines
/// in work hold this many.
const CHUNK_BYTES: usize = 16 << 20;
/// A record this long is answered on its own, straight into the output: its answer is never
/// held whole (the JSON of a story is about 2.6 times its text).
const LARGE_RECORD_BYTES: usize = 4 << 20;
/// The longest record: as large as the largest file dateline opens.
pub const MAX_RECORD_BYTES: usize = load::MAX_BYTES as usize;

/// How a batch runs.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// How many threads answer records (the calling one included).
    pub jobs: usize,
    /// The reference date of records without a `date` of their own (`--date`).
    pub reference_date: Option<Date>,
    /// A longer line gets an error record.
    pub max_record: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            jobs: default_jobs(),
            reference_date: None,
            max_record: MAX_RECORD_BYTES,
        }
    }
}

/// The number of threads `--jobs` defaults to, and at most uses: the cores this process may
/// use.
pub fn default_jobs() -> usize {
    thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

/// [`batch_with`] on every available core.
pub fn batch(input: impl BufRead + Send + 'static, out: &mut impl Write) -> io::Result<ExitCode> {
    batch_with(input, out, &Settings::default())
}

/// [`batch_with`] on `jobs` threads.
pub fn batch_with_jobs(
    input: impl BufRead + Send + 'static,
    out: &mut impl Write,
    jobs: usize,
) -> io::Result<ExitCode> {
    let settings = Settings {
        jobs,
        ..Settings::default()
    };
    batch_with(input, out, &settings)
}

/// Reads JSON lines, writes one result (or error record) per non-blank line, in input order.
/// One bad line never stops the batch; exit code 2 says some lines were bad.
pub fn batch_with(
    input: impl BufRead + Send + 'static,
    out: &mut impl Write,
    settings: &Settings,
) -> io::Result<ExitCode> {
    let lines = Lines::new(input, settings.max_record);
    let jobs = settings.jobs.max(1);
    let max_lines = LINES_PER_JOB * jobs;
    let (tx, rx) = mpsc::sync_channel::<io::Result<Input>>(max_lines);
    let budget = Arc::new(Budget::new(CHUNK_BYTES));
    // The reader gets the input once it has started, so that the input is still here to be
    // read on this thread when no thread can be started.
    let (hand_over, handed) = mpsc::channel();
    let reader_budget = Arc::clone(&budget);
    let started = thread::Builder::new()
        .name("jsonl-reader".into())
        .spawn(move || {
            if let Ok(lines) = handed.recv() {
                read_lines(lines, &tx, &reader_budget);
            }
        });
    let bad = match started {
        Ok(_) => match hand_over.send(lines) {
            Ok(()) => {
                // Wakes the reader if this returns early (a write error), so that it ends.
                let _close = Close(&budget);
                in_chunks(&rx, &budget, out, settings, max_lines)?
            }
            Err(mpsc::SendError(lines)) => one_by_one(lines, out, settings)?,
        },
        Err(_) => one_by_one(lines, out, settings)?,
    };
    out.flush()?;
    Ok(if bad > 0 {
        ExitCode::from(EXIT_BAD_INPUT)
    } else {
        ExitCode::SUCCESS
    })
}

/// Closes the budget when dropped: the reader stops waiting for room and ends.
struct Close<'a>(&'a Budget);

impl Drop for Close<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Answers what the reader thread sends, chunk by chunk; returns how many lines were bad.
fn in_chunks(
    rx: &mpsc::Receiver<io::Result<Input>>,
    budget: &Budget,
    out: &mut impl Write,
    settings: &Settings,
    max_lines: usize,
) -> io::Result<usize> {
    let mut bad = 0usize;
    let mut chunk: Vec<Input> = Vec::with_capacity(max_lines);
    // Block for the first line of a chunk, then take only what is already queued.
    while let Ok(first) = rx.recv() {
        chunk.clear();
        let mut bytes = 0;
        let mut large = None;
        let mut next = Some(first);
        while let Some(input) = next {
            let input = input?;
            if input.held() >= LARGE_RECORD_BYTES {
                large = Some(input);
                break;
            }
            bytes += input.held();
            chunk.push(input);
            next = (chunk.len() < max_lines && bytes < CHUNK_BYTES)
                .then(|| rx.try_recv().ok())
                .flatten();
        }
        for (record, is_bad) in answer_all(&chunk, settings).into_iter().flatten() {
            bad += usize::from(is_bad);
            out.write_all(record.as_bytes())?;
            out.write_all(b"\n")?;
        }
        if let Some(input) = large {
            bytes += input.held();
            bad += usize::from(answer_into(input, out, settings)?);
        }
        out.flush()?;
        budget.release(bytes);
    }
    Ok(bad)
}

/// Reads and answers line by line on this thread (no thread could be started).
fn one_by_one(
    mut lines: Lines<impl BufRead>,
    out: &mut impl Write,
    settings: &Settings,
) -> io::Result<usize> {
    let mut bad = 0;
    while let Some(input) = lines.next_line()? {
        bad += usize::from(answer_into(input, out, settings)?);
        out.flush()?;
    }
    Ok(bad)
}

/// Answers one line straight into `out`; true when it got an error record.
fn answer_into(input: Input, out: &mut impl Write, settings: &Settings) -> io::Result<bool> {
    match input {
        Input::Line(n, line) => {
            Ok(record::respond_into(n, line, settings.reference_date, out)? == Some(true))
        }
        Input::TooLong(n, length) => {
            writeln!(out, "{}", record::too_long(n, length, settings.max_record))?;
            Ok(true)
        }
    }
}

/// Sends numbered lines until the input ends, fails, or nobody listens, reading the next
/// only while the budget has room.
fn read_lines(
    mut lines: Lines<impl BufRead>,
    tx: &mpsc::SyncSender<io::Result<Input>>,
    budget: &Budget,
) {
    loop {
        if !budget.wait_for_room() {
            return;
        }
        match lines.next_line() {
            Ok(None) => return,
            Ok(Some(input)) => {
                budget.take(input.held());
                if tx.send(Ok(input)).is_err() {
                    return;
                }
            }
            Err(e) => {
                let _ = tx.send(Err(e));
                return;
            }
        }
    }
}

/// The answer to one line of a chunk.
fn answer(input: &Input, settings: &Settings) -> Answer {
    match input {
        Input::Line(n, line) => record::respond(*n, line, settings.reference_date),
        Input::TooLong(n, length) => {
            Some((record::too_long(*n, *length, settings.max_record), true))
        }
    }
}

/// Answers a chunk, index for index, on this thread and up to `jobs - 1` others. A thread that
/// cannot be started (too many threads, no memory for its stack) leaves the work to the
/// threads that could.
fn answer_all(chunk: &[Input], settings: &Settings) -> Vec<Answer> {
    let workers = settings.jobs.max(1).min(chunk.len());
    if workers <= 1 {
        return chunk.iter().map(|input| answer(input, settings)).collect();
    }
    let next = AtomicUsize::new(0);
    // Each thread takes the next unanswered line, so a long line does not hold up lines
    // another thread could take.
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(input) = chunk.get(i) else {
                return done;
            };
            done.push((i, answer(input, settings)));
        }
    };
    let mut answers: Vec<Answer> = vec![None; chunk.len()];
    thread::scope(|s| {
        let helpers: Vec<_> = (1..workers)
            .map_while(|_| thread::Builder::new().spawn_scoped(s, work).ok())
            .collect();
        let mut store = |done: Vec<(usize, Answer)>| {
            for (i, answer) in done {
                answers[i] = answer;
            }
        };
        store(work());
        for helper in helpers {
            match helper.join() {
                Ok(done) => store(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    answers
}

#[cfg(test)]
mod tests;
