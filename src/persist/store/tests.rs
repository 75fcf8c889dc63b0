//! The state file on disk, in temporary directories only.

use super::*;
use crate::pane::Pane;

const STAMP: &str = "20260129T101500Z";

fn entry(offset: usize) -> ArticleState {
    ArticleState {
        seen: 1,
        offset,
        focus: Some(Pane::Facts),
        fact: Some(2),
        history: vec!["amazon".into()],
        ..ArticleState::default()
    }
}

#[test]
fn a_missing_file_starts_fresh_and_a_save_reads_back() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dateline").join("state.json");
    let opened = open(path.clone(), "k1", STAMP);
    assert!(opened.entry.is_none() && opened.message.is_none());
    opened.store.save("k1", entry(40), STAMP).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    let again = open(path, "k1", STAMP);
    assert_eq!(again.entry, Some(entry(40)));
}

#[test]
fn saving_keeps_what_another_session_saved_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let a = open(path.clone(), "a", STAMP);
    let b = open(path.clone(), "b", STAMP);
    a.store.save("a", entry(1), STAMP).unwrap();
    b.store.save("b", entry(2), STAMP).unwrap();
    assert_eq!(open(path.clone(), "a", STAMP).entry, Some(entry(1)));
    assert_eq!(open(path, "b", STAMP).entry, Some(entry(2)));
}

#[test]
fn a_damaged_file_is_moved_aside_with_its_position_and_never_written_over() {
    let deep = format!("{{\"version\": 1, \"articles\": {}", "[".repeat(10_000));
    let cases: [(&[u8], &str); 4] = [
        (
            br#"{"version": 1, "articles": {"k": {"off"#,
            ":1:38: EOF while parsing",
        ),
        (b"\xef\xbb\xbf{\"version\": 1}", ":1:1: expected value"),
        (
            b"{\"version\": 1,\n\"articles\": {\"k\": {\"fact\": \"two\"}}}",
            ":2:32: invalid type: string \"two\"",
        ),
        (deep.as_bytes(), ":1:27: invalid type: sequence"),
    ];
    for (bytes, position) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(&path, bytes).unwrap();
        let opened = open(path.clone(), "k", STAMP);
        let message = opened.message.unwrap();
        assert!(
            message.contains(&format!("state.json{position}")),
            "{message}"
        );
        assert!(
            message.contains("moved aside to state.json.corrupt-20260129T101500Z"),
            "{message}"
        );
        assert!(opened.entry.is_none());
        let aside = dir.path().join(format!("state.json.corrupt-{STAMP}"));
        assert_eq!(fs::read(&aside).unwrap(), bytes);
        assert!(!path.exists());
        opened.store.save("k", entry(7), STAMP).unwrap();
        assert_eq!(fs::read(&aside).unwrap(), bytes, "the damaged file is kept");
        assert_eq!(open(path, "k", STAMP).entry, Some(entry(7)));
    }
}

#[test]
fn a_file_of_another_version_or_a_directory_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    fs::write(&path, "{\"version\": 2, \"articles\": {}}").unwrap();
    let opened = open(path.clone(), "k", STAMP);
    assert!(opened.message.unwrap().contains("version 2"));
    opened.store.save("k", entry(1), STAMP).unwrap();
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "{\"version\": 2, \"articles\": {}}"
    );

    let as_dir = dir.path().join("dir-state.json");
    fs::create_dir(&as_dir).unwrap();
    let opened = open(as_dir.clone(), "k", STAMP);
    assert!(opened.message.is_some());
    opened.store.save("k", entry(1), STAMP).unwrap();
    assert!(as_dir.is_dir());
}

#[test]
fn hostile_text_in_the_file_never_reaches_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    fs::write(
        &path,
        "{\"version\": 1, \"articles\": {\"k\": {\"fact\": \"\x1b]0;pwned\x07\"}}}",
    )
    .unwrap();
    let message = open(path, "k", STAMP).message.unwrap();
    assert!(!message.chars().any(char::is_control), "{message:?}");
}
