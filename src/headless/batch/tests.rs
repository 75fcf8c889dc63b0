//! The batch on many lines, threads, bad lines, long lines and spawn failures.
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

fn run_with(input: &[u8], settings: &Settings) -> (Vec<serde_json::Value>, ExitCode) {
    let mut out = Vec::new();
    let code = batch_with(Cursor::new(input.to_vec()), &mut out, settings).unwrap();
    let records = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (records, code)
}

#[test]
fn a_line_over_the_cap_gets_an_error_record_in_its_place() {
    let long = format!("{{\"id\": 2, \"text\": \"{}\"}}", "x".repeat(200));
    let input = format!(
        "{{\"id\": 1, \"text\": \"Acme cut 40 jobs.\"}}\n{long}\n{{\"id\": 3, \"text\": \"Hi.\"}}"
    );
    for jobs in [1, 3] {
        let settings = Settings {
            jobs,
            reference_date: None,
            max_record: 100,
        };
        let (records, code) = run_with(input.as_bytes(), &settings);
        assert_eq!(code, ExitCode::from(EXIT_BAD_INPUT));
        assert_eq!(records.len(), 3);
        assert_eq!(records[0]["id"], 1);
        assert_eq!(
            records[1]["error"],
            format!(
                "line 2: {} bytes, more than a record may have (100 bytes)",
                long.len()
            )
        );
        assert_eq!(records[2]["id"], 3);
    }
}

#[test]
fn the_batch_date_is_for_records_without_their_own() {
    let input = b"{\"id\": 1, \"text\": \"Hi.\"}\n{\"id\": 2, \"text\": \"Hi.\", \"date\": \"2025-03-05\"}\n{\"id\": 3, \"text\": \"Hi.\", \"date\": \"\"}\n";
    let settings = Settings {
        jobs: 2,
        reference_date: Some(jiff::civil::date(2026, 1, 29)),
        max_record: MAX_RECORD_BYTES,
    };
    let (records, _) = run_with(input, &settings);
    let dates: Vec<&serde_json::Value> = records.iter().map(|r| &r["reference_date"]).collect();
    assert_eq!(dates, ["2026-01-29", "2025-03-05", "2026-01-29"]);
}

#[test]
fn a_record_is_the_story_json_with_its_id_first() {
    let text = "Acme cut 1,200 jobs on March 3, 2025.";
    let line = serde_json::json!({"id": [1, "a"], "text": text});
    let (answer, bad) = record::respond(1, line.to_string().as_bytes(), None).unwrap();
    assert!(!bad);
    let mut story = crate::extract::extract(
        crate::story::Document::new(text.to_string()),
        &crate::extract::Options::default(),
    );
    crate::web::open::Opened::default().finish(&mut story, None);
    let alone = serde_json::to_string(&crate::output::json::StoryJson::new(&story)).unwrap();
    assert_eq!(answer, format!("{{\"id\":[1,\"a\"],{}", &alone[1..]));
    // Streamed, the same bytes and a newline.
    let mut streamed = Vec::new();
    let bad = record::respond_into(1, line.to_string().into_bytes(), None, &mut streamed);
    assert_eq!(bad.unwrap(), Some(false));
    assert_eq!(streamed, format!("{answer}\n").into_bytes());
}
