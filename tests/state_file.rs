//! The remembered state file with real processes: several datelines quitting together, a
//! second signal during the final save, a state file grown huge, a FIFO in its place.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use support::command::kill;
use support::{BIN, Pty};

/// The state file a test's own state directory holds.
fn state_file(state: &Path) -> PathBuf {
    state.join("dateline").join("state.json")
}

fn articles(state: &Path) -> serde_json::Map<String, serde_json::Value> {
    let text = std::fs::read_to_string(state_file(state)).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&text).unwrap();
    saved["articles"].as_object().unwrap().clone()
}

/// Three windows on three articles, closed by the same hang-up or terminate (a terminal with
/// tabs closed): every article is remembered. Test builds hold each save half a second
/// between reading the file and writing it back (`DATELINE_TEST_STALL=merge`), so without
/// the lock every one of them would read the file before any wrote it, and only the last
/// writer's article would be kept.
#[test]
fn datelines_quitting_together_keep_every_article() {
    let state = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("XDG_STATE_HOME", state.path().to_str().unwrap()),
        ("DATELINE_TEST_STALL", "merge"),
    ];
    let mut windows = Vec::new();
    for n in 0..3 {
        let path = dir.path().join(format!("article-{n}.txt"));
        std::fs::write(
            &path,
            format!("Article {n}. Acme Corp said on Monday it would cut {n}00 jobs.\n"),
        )
        .unwrap();
        let (p, _) = Pty::spawn_with(BIN, &[path.to_str().unwrap()], &env, None, 100, 30);
        p.wait_for("line 1/");
        windows.push(p);
    }
    for (p, signal) in windows.iter().zip(["HUP", "TERM", "HUP"]) {
        kill(p.pid(), signal);
    }
    let codes: Vec<u32> = windows.iter_mut().map(|p| p.wait_exit()).collect();
    assert_eq!(codes, [129, 143, 129]);
    assert_eq!(articles(state.path()).len(), 3, "every article is kept");
}

/// A final save that cannot finish (test builds stall the write half way with
/// `DATELINE_TEST_STALL=write`) does not hold the process: a second SIGTERM ends it at once,
/// with the terminal restored and the state file as it was.
#[test]
fn a_second_signal_ends_a_final_save_that_hangs() {
    let state = tempfile::tempdir().unwrap();
    let env = [
        ("XDG_STATE_HOME", state.path().to_str().unwrap()),
        ("DATELINE_TEST_STALL", "write"),
    ];
    let (mut p, before) = Pty::spawn_with(BIN, &[], &env, None, 100, 30);
    p.wait_for("line 1/");
    kill(p.pid(), "TERM");
    // The save has started: its temporary file is there, and the process waits in it.
    let dir = state_file(state.path()).parent().unwrap().to_path_buf();
    let start = Instant::now();
    while !std::fs::read_dir(&dir).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
    }) {
        assert!(start.elapsed() < Duration::from_secs(10), "the save began");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(p.running(), "the first signal's save is under way");
    kill(p.pid(), "TERM");
    assert_eq!(p.wait_exit(), 143);
    assert_eq!(p.stty(), before, "the terminal is restored");
    assert!(!state_file(state.path()).exists());
}

/// A state file that grew to 100,000 articles (another program, an old bug) is cut to the
/// newest on quit in one pass: it used to take minutes, with the terminal waiting.
#[test]
fn a_state_file_of_100000_articles_is_cut_down_on_quit_at_once() {
    let state = tempfile::tempdir().unwrap();
    let file = state_file(state.path());
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let entries: Vec<String> = (0..100_000)
        .map(|i| format!("\"{i:016x}\":{{\"seen\":{i}}}"))
        .collect();
    std::fs::write(
        &file,
        format!("{{\"version\":1,\"articles\":{{{}}}}}", entries.join(",")),
    )
    .unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 100, 30);
    p.wait_for("line 1/");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    let kept = articles(state.path());
    assert_eq!(kept.len(), 200);
    assert!(kept.contains_key(&format!("{:016x}", 99_999)));
    assert!(!kept.contains_key(&format!("{:016x}", 99_800)));
}

/// A FIFO where the state file should be: dateline starts at once (opening it used to wait
/// for a writer for ever), says so, and leaves it alone.
#[test]
fn a_fifo_as_the_state_file_is_left_alone_without_hanging() {
    let state = tempfile::tempdir().unwrap();
    let file = state_file(state.path());
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(&file)
            .status()
            .unwrap()
            .success()
    );
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 200, 30);
    p.wait_for("is a FIFO, not a regular file; nothing is saved");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&file).unwrap().file_type().is_fifo());
}
