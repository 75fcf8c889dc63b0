//! `extract --jsonl`: JSON-lines requests answered on all cores, in input order.
//!
//! A reader thread feeds lines through a bounded channel; the main thread takes a chunk (what
//! is already queued, up to `LINES_PER_JOB × jobs` lines or `CHUNK_BYTES`), answers it on
//! `jobs` scoped worker threads that pull lines from a shared counter, and writes the answers
//! in input order before taking the next chunk. Memory stays bounded on endless input (one
//! chunk in work, one queued), and a slow producer is answered line by line instead of waiting
//! for a full chunk. Plain std threads: the work is a flat list of independent records, so a
//! counter and `thread::scope` are all rayon would give here, without the extra dependency.

use crate::extract::{self, Options};
use crate::output::json::StoryJson;
use crate::sanitize;
use crate::story::Document;
use serde::Deserialize;
use std::io::{self, BufRead, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;

use super::EXIT_BAD_INPUT;

/// Lines per worker in one chunk: enough that the wait for the slowest line at the end of a
/// chunk is a small share of it, few enough to keep memory small.
const LINES_PER_JOB: usize = 64;
/// A chunk closes once its lines hold this many bytes.
const CHUNK_BYTES: usize = 16 << 20;

/// One line of `--jsonl` input.
#[derive(Deserialize)]
struct Request {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

/// A line as read: its 1-based number and bytes without the newline.
type Line = (usize, Vec<u8>);

/// What a line gets: the record to print and whether it is an error record; `None` for a
/// blank line.
type Answer = Option<(String, bool)>;

/// The number of threads `--jobs` defaults to: the cores this process may use.
pub fn default_jobs() -> usize {
    thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

/// [`batch_with_jobs`] on every available core.
pub fn batch(input: impl BufRead + Send + 'static, out: &mut impl Write) -> io::Result<ExitCode> {
    batch_with_jobs(input, out, default_jobs())
}

/// Reads JSON lines, writes one result (or error record) per non-blank line, in input order,
/// using `jobs` threads. One bad line never stops the batch; exit code 2 says some lines were
/// bad.
pub fn batch_with_jobs(
    input: impl BufRead + Send + 'static,
    out: &mut impl Write,
    jobs: usize,
) -> io::Result<ExitCode> {
    let jobs = jobs.max(1);
    let max_lines = LINES_PER_JOB * jobs;
    let (tx, rx) = mpsc::sync_channel::<io::Result<Line>>(max_lines);
    // Detached: if writing fails the receiver goes away, and the reader stops at its next
    // line (or with the process).
    thread::spawn(move || read_lines(input, &tx));
    let mut bad = 0usize;
    let mut chunk: Vec<Line> = Vec::with_capacity(max_lines);
    // Block for the first line of a chunk, then take only what is already queued.
    while let Ok(first) = rx.recv() {
        chunk.clear();
        let mut bytes = 0;
        let mut next = Some(first);
        while let Some(line) = next {
            let line = line?;
            bytes += line.1.len();
            chunk.push(line);
            next = (chunk.len() < max_lines && bytes < CHUNK_BYTES)
                .then(|| rx.try_recv().ok())
                .flatten();
        }
        for (record, is_bad) in answer_all(&chunk, jobs).into_iter().flatten() {
            bad += usize::from(is_bad);
            out.write_all(record.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    out.flush()?;
    Ok(if bad > 0 {
        ExitCode::from(EXIT_BAD_INPUT)
    } else {
        ExitCode::SUCCESS
    })
}

/// Sends numbered lines until the input ends, fails, or nobody listens.
fn read_lines(mut input: impl BufRead, tx: &mpsc::SyncSender<io::Result<Line>>) {
    let mut number = 0usize;
    loop {
        let mut line = Vec::new();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => return,
            Ok(_) => {
                number += 1;
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                if tx.send(Ok((number, line))).is_err() {
                    return;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                let _ = tx.send(Err(e));
                return;
            }
        }
    }
}

/// Answers a chunk, index for index, on up to `jobs` threads.
fn answer_all(chunk: &[Line], jobs: usize) -> Vec<Answer> {
    let workers = jobs.min(chunk.len());
    if workers <= 1 {
        return chunk.iter().map(|(n, l)| respond(*n, l)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut answers: Vec<Answer> = vec![None; chunk.len()];
    thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    // Each worker takes the next unanswered line, so a long line does not
                    // hold up lines another worker could take.
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((n, l)) = chunk.get(i) else {
                            return done;
                        };
                        done.push((i, respond(*n, l)));
                    }
                })
            })
            .collect();
        for handle in handles {
            match handle.join() {
                Ok(done) => {
                    for (i, answer) in done {
                        answers[i] = answer;
                    }
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    answers
}

/// The record for line `n`, or `None` when it is blank.
fn respond(n: usize, line: &[u8]) -> Answer {
    let line = String::from_utf8_lossy(line);
    if line.trim().is_empty() {
        return None;
    }
    let (record, is_bad) = match answer(&line) {
        Ok(value) => (value, false),
        Err((id, message)) => (
            serde_json::json!({
                "id": id,
                "error": format!("line {n}: {}", sanitize::line(&message)),
            }),
            true,
        ),
    };
    // Serialising a `Value` cannot fail (its keys are strings).
    let text = serde_json::to_string(&record).unwrap_or_default();
    Some((text, is_bad))
}

fn answer(line: &str) -> Result<serde_json::Value, (serde_json::Value, String)> {
    let request: Request = serde_json::from_str(line).map_err(|e| {
        // Salvage the id when the line is JSON but the record is malformed.
        let id = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("id").cloned())
            .unwrap_or(serde_json::Value::Null);
        (id, e.to_string())
    })?;
    let reference_date = match request.date.as_deref() {
        None | Some("") => None,
        Some(d) => Some(
            d.get(..10)
                .unwrap_or(d)
                .parse()
                .map_err(|e| (request.id.clone(), format!("bad date {d:?}: {e}")))?,
        ),
    };
    let story = extract::extract(
        Document::new(request.text.replace("\r\n", "\n")),
        &Options { reference_date },
    );
    let mut value = serde_json::to_value(StoryJson::new(&story))
        .map_err(|e| (request.id.clone(), e.to_string()))?;
    if let serde_json::Value::Object(map) = &mut value {
        map.insert("id".to_string(), request.id);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    /// `count` requests of very different lengths (so workers finish out of order), with a
    /// blank line and a bad line every so often.
    fn requests(count: usize) -> Vec<u8> {
        let sentence = "Acme Corp. cut 1,200 jobs on March 3, 2025, about 5% of its staff. ";
        let mut input = String::new();
        for i in 0..count {
            match i % 17 {
                5 => input.push('\n'),
                11 => input.push_str(&format!("{{\"id\": {i}, \"text\": 3}}\n")),
                _ => {
                    let text = sentence.repeat(1 + (i * 7919) % 12);
                    let line = serde_json::json!({"id": i, "text": text, "date": "2026-01-29"});
                    input.push_str(&format!("{line}\n"));
                }
            }
        }
        input.into_bytes()
    }

    fn run(input: Vec<u8>, jobs: usize) -> (String, ExitCode) {
        let mut out = Vec::new();
        let code = batch_with_jobs(Cursor::new(input), &mut out, jobs).unwrap();
        (String::from_utf8(out).unwrap(), code)
    }

    #[test]
    fn many_lines_come_back_in_input_order_with_their_line_numbers() {
        // More lines than one chunk holds, on more threads than lines per chunk would need.
        let count = LINES_PER_JOB * 3 * 2 + 9;
        let (out, code) = run(requests(count), 3);
        assert_eq!(code, ExitCode::from(EXIT_BAD_INPUT));
        let records: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let expected: Vec<usize> = (0..count).filter(|i| i % 17 != 5).collect();
        assert_eq!(records.len(), expected.len());
        for (record, &i) in records.iter().zip(&expected) {
            assert_eq!(record["id"], i, "record for line {}", i + 1);
            if i % 17 == 11 {
                let error = record["error"].as_str().unwrap();
                assert!(error.starts_with(&format!("line {}:", i + 1)), "{error}");
            } else {
                assert_eq!(record["schema"], "dateline/1");
                assert!(!record["facts"].as_array().unwrap().is_empty());
            }
        }
    }

    #[test]
    fn one_thread_and_many_give_the_same_bytes() {
        let input = requests(300);
        let (one, code_one) = run(input.clone(), 1);
        for jobs in [2, 5, default_jobs()] {
            let (many, code_many) = run(input.clone(), jobs);
            assert_eq!(code_one, code_many);
            assert!(
                one == many,
                "output with {jobs} threads differs from one thread"
            );
        }
    }

    #[test]
    fn an_unterminated_last_line_and_an_empty_input_are_answered() {
        let (out, code) = run(b"{\"id\": 1, \"text\": \"Hi.\"}".to_vec(), 2);
        assert_eq!(code, ExitCode::SUCCESS);
        assert_eq!(out.lines().count(), 1);
        let (out, code) = run(Vec::new(), 2);
        assert_eq!((out.as_str(), code), ("", ExitCode::SUCCESS));
    }
}
