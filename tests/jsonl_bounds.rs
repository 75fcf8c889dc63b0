//! `extract --jsonl` within bounds, with the real binary: a line longer than a record may be
//! gets an error record without being held, a large record costs about what `extract FILE`
//! costs on its text, `--date` applies to records without their own, `--jobs` is capped, and a
//! thread that cannot be started is no panic.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use support::command::{dateline, feed, high_water};

const BIN: &str = env!("CARGO_BIN_EXE_dateline");

/// The peak resident set of `dateline ARGS` fed `input`, in KiB, with its output. The output
/// is read a little at a time, so the process is still alive (and its peak readable) until
/// its last 64 KiB are written.
fn peak_of(args: &[&str], input: Vec<u8>) -> (u64, Vec<u8>) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut out = child.stdout.take().unwrap();
    let mut output = Vec::new();
    let mut peak = 0;
    let mut buf = [0u8; 4096];
    loop {
        peak = peak.max(high_water(pid));
        match out.read(&mut buf).unwrap() {
            0 => break,
            n => output.extend_from_slice(&buf[..n]),
        }
    }
    child.wait().unwrap();
    writer.join().unwrap();
    (peak, output)
}

/// A line of a GiB with no record in it, then a good record: an error record for the first
/// (its length and the cap), an answer for the second, and never more in memory than the cap
/// and a little more (it used to grow with the line: 1.9 GB for a 2 GB line).
#[test]
fn a_line_longer_than_a_record_may_be_gets_an_error_record_and_is_never_held() {
    let mut child = Command::new(BIN)
        .args(["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let block = vec![b'a'; 1 << 20];
    for _ in 0..1024 {
        stdin.write_all(&block).unwrap();
    }
    stdin
        .write_all(b"\n{\"id\": 2, \"text\": \"Acme cut 40 jobs.\"}\n")
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    let mut second = String::new();
    out.read_line(&mut second).unwrap();
    // Still running (its input is open): its peak is all there is to know.
    let peak_mib = high_water(pid) / 1024;
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(2));
    let first: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(first["id"], serde_json::Value::Null);
    assert_eq!(
        first["error"],
        "line 1: 1073741824 bytes, more than a record may have (268435456 bytes)"
    );
    let second: serde_json::Value = serde_json::from_str(&second).unwrap();
    assert_eq!(second["id"], 2);
    assert_eq!(second["schema"], "dateline/1");
    assert!(peak_mib < 256 + 64, "peak {peak_mib} MiB for a 1 GiB line");
}

/// One record of 5 MB (the bundled story repeated), between two small ones, costs about what `extract FILE` costs on
/// the same text (it cost nine times as much: the line, copies of the text and a JSON tree of
/// every fact were all held at once), and answers the same JSON with its id in front.
#[test]
fn a_large_record_costs_about_what_extract_file_costs() {
    let story = dateline::BUNDLED_STORY;
    let text = story.repeat(5_000_000 / story.len() + 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    std::fs::write(&path, &text).unwrap();
    let (file_peak, file_json) = peak_of(&["extract", path.to_str().unwrap()], Vec::new());
    // Between two small records: it is answered in its place.
    let record = serde_json::json!({"id": "long", "text": text});
    let small = |id: u8| format!("{{\"id\": {id}, \"text\": \"Acme cut 40 jobs.\"}}\n");
    let input = format!("{}{record}\n{}", small(1), small(3));
    let (jsonl_peak, jsonl_json) = peak_of(&["extract", "--jsonl"], input.into());
    let from_file = String::from_utf8(file_json).unwrap();
    let lines: Vec<&str> = std::str::from_utf8(&jsonl_json).unwrap().lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("{\"id\":1,") && lines[2].starts_with("{\"id\":3,"));
    let from_jsonl = format!("{}\n", lines[1]);
    assert!(
        jsonl_peak * 10 <= file_peak * 13,
        "--jsonl peak {jsonl_peak} KiB against extract FILE's {file_peak} KiB"
    );
    assert_eq!(
        from_jsonl.strip_prefix("{\"id\":\"long\",").map(str::len),
        Some(from_file.len() - 1),
        "the same JSON, the id first"
    );
}

fn run(args: &[&str], input: &str, env: &[(&str, &str)]) -> (String, String, Option<i32>) {
    let mut cmd = dateline(args);
    cmd.envs(env.iter().copied());
    let o = feed(cmd, input.as_bytes());
    (
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
        o.status.code(),
    )
}

#[test]
fn date_applies_to_the_records_without_a_date_of_their_own() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"Acme cut 40 jobs last week.\"}\n",
        "{\"id\": 2, \"text\": \"Acme cut 40 jobs last week.\", \"date\": \"2025-03-05\"}\n",
    );
    let (out, _, code) = run(&["extract", "--jsonl", "--date", "2026-01-29"], input, &[]);
    assert_eq!(code, Some(0));
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records[0]["reference_date"], "2026-01-29");
    assert_eq!(records[1]["reference_date"], "2025-03-05");
    let resolved = |r: &serde_json::Value| {
        r["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["kind"] == "date")
            .map(|f| f["resolved"].clone())
    };
    assert_eq!(resolved(&records[0]), Some("2026-W04".into()));
    assert_eq!(resolved(&records[1]), Some("2025-W09".into()));
}

#[test]
fn jobs_beyond_a_sane_maximum_are_refused_in_one_line() {
    let (out, err, code) = run(&["extract", "--jsonl", "--jobs", "40000"], "", &[]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(
        err.contains("invalid value '40000' for '--jobs <N>': 40000 is not in 1..=1024"),
        "{err}"
    );
    // Within it, more than the cores is accepted and answers the same.
    let input = "{\"id\": 1, \"text\": \"Acme cut 40 jobs.\"}\n".repeat(20);
    let (many, _, code) = run(&["extract", "--jsonl", "--jobs", "1024"], &input, &[]);
    let (one, _, _) = run(&["extract", "--jsonl", "--jobs", "1"], &input, &[]);
    assert_eq!(code, Some(0));
    assert!(many == one);
}

/// No thread can be started (each asks for a stack of a TiB, which no kernel grants): the
/// batch is answered on the main thread, the same bytes, with no panic.
#[test]
fn a_batch_whose_threads_cannot_start_is_answered_all_the_same() {
    let story = dateline::BUNDLED_STORY;
    let mut input = String::new();
    for i in 0..100 {
        let cut = story.len() * (i % 10 + 1) / 10;
        let cut = (0..=cut)
            .rev()
            .find(|&c| story.is_char_boundary(c))
            .unwrap();
        let line = serde_json::json!({"id": i, "text": &story[..cut]});
        input.push_str(&format!("{line}\n"));
    }
    input.push_str("{broken\n");
    let (expected, _, expected_code) = run(&["extract", "--jsonl", "--jobs", "1"], &input, &[]);
    let tib = (1u64 << 40).to_string();
    let (out, err, code) = run(
        &["extract", "--jsonl", "--jobs", "2"],
        &input,
        &[("RUST_MIN_STACK", tib.as_str())],
    );
    assert_eq!(expected_code, Some(2));
    assert_eq!(code, expected_code, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out == expected, "the same answers");
}
