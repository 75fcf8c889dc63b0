//! Plain mode as a screen-reader user or a script meets it: the real binary, commands on
//! standard input, whole lines out, never an escape sequence.

mod support;

use std::process::Output;
use support::command::{dateline, feed};

fn plain(args: &[&str], env: &[(&str, &str)], commands: &str) -> Output {
    let mut cmd = dateline(args);
    cmd.envs(env.iter().copied());
    feed(cmd, commands.as_bytes())
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn plain_mode_reads_the_story_as_lines() {
    let o = plain(
        &["--plain", "--date", "2026-01-29"],
        &[],
        "f\n\n/%money\nt\nq\n",
    );
    assert!(o.status.success(), "{o:?}");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("dateline: seeds/000_4645c990ff64489e.txt, 11 paragraphs"));
    assert!(lines[2].starts_with("Fact 1 of 42, organisation, Amazon, sentence 1: "));
    assert!(lines[3].starts_with("Fact 2 of 42, "));
    assert_eq!(lines[4], "4 facts and 4 events match \"%money\".");
    assert!(
        lines[5].starts_with(
            "Fact 1 of 4, money, up to $100 billion (at most $100B), sentence 4: OpenAI is seeking"
        ),
        "{lines:#?}"
    );
    assert!(lines[6].starts_with("Event 1 of 4, "), "{lines:#?}");
    // No prompt when commands come from a pipe, and no box drawing or escape anywhere.
    assert!(!out.contains("> "));
    assert!(!out.contains(['\x1b', '│', '┌', '─']));
}

#[test]
fn term_dumb_chooses_plain_mode_even_without_the_flag() {
    let o = plain(&[], &[("TERM", "dumb")], "i\n");
    assert!(o.status.success(), "{o:?}");
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(out.lines().nth(2).unwrap().contains("42 facts, 9 events"));
}

#[test]
fn hostile_text_never_reaches_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil\x1b]0;x\x07.txt");
    std::fs::write(
        &path,
        "Acme Corp\x1b]0;pwned\x07 said it would cut 300 jobs.\x1b[2J\u{9b}1m Bell\x07 and\rCR.\n",
    )
    .unwrap();
    let o = plain(&["--plain", path.to_str().unwrap()], &[], "a\nf\nl\ns\n");
    assert!(o.status.success(), "{o:?}");
    let out = stdout(&o);
    assert!(
        out.contains("Acme Corp said it would cut 300 jobs."),
        "{out}"
    );
    assert!(
        !out.chars().any(|c| c.is_control() && c != '\n'),
        "a control character in {out:?}"
    );
}

#[test]
fn end_of_input_quits_and_bad_files_are_refused_as_in_the_tui() {
    let o = plain(&["--plain"], &[], "");
    assert!(o.status.success());
    assert_eq!(stdout(&o).lines().count(), 2);
    let o = plain(&["--plain", "/definitely/not/here.txt"], &[], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no such file"));
}
