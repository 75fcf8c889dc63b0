//! `dateline extract --jsonl --jobs N`: the batch answers the same bytes in the same order
//! whatever the number of threads.

mod support;

use support::command::{dateline, feed};

fn run(args: &[&str], input: &[u8]) -> (Vec<u8>, Option<i32>) {
    let o = feed(dateline(args), input);
    (o.stdout, o.status.code())
}

#[test]
fn jobs_one_and_default_give_identical_output_in_input_order() {
    let story = include_str!("../seeds/000_4645c990ff64489e.txt");
    let mut input = String::new();
    for i in 0..200 {
        // Stories cut at different points: records of very different sizes.
        let cut = story
            .char_indices()
            .map(|(b, _)| b)
            .nth((i * 613) % story.chars().count())
            .unwrap_or(story.len());
        let line = serde_json::json!({"id": i, "text": &story[..cut], "date": "2026-01-29"});
        input.push_str(&format!("{line}\n"));
        if i % 50 == 7 {
            input.push_str("{not json\n");
        }
    }
    let (one, code_one) = run(&["extract", "--jsonl", "--jobs", "1"], input.as_bytes());
    let (default, code_default) = run(&["extract", "--jsonl"], input.as_bytes());
    let (three, _) = run(&["extract", "--jsonl", "--jobs", "3"], input.as_bytes());
    assert_eq!(code_one, Some(2), "the bad lines show in the exit code");
    assert_eq!(code_one, code_default);
    assert!(one == default, "--jobs 1 and the default differ");
    assert!(one == three, "--jobs 1 and --jobs 3 differ");
    let ids: Vec<serde_json::Value> = String::from_utf8(one)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].clone())
        .filter(|id| !id.is_null())
        .collect();
    let expected: Vec<serde_json::Value> = (0..200).map(serde_json::Value::from).collect();
    assert_eq!(ids, expected);
}

#[test]
fn jobs_must_be_a_positive_number_and_needs_jsonl() {
    let (_, code) = run(&["extract", "--jsonl", "--jobs", "0"], b"");
    assert_eq!(code, Some(2), "clap refuses --jobs 0");
    let (_, code) = run(&["extract", "--jobs", "2"], b"");
    assert_eq!(code, Some(2), "clap refuses --jobs without --jsonl");
}
