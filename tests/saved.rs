//! Saved files with the real binary in a pseudo-terminal: exports written from the TUI (`e`),
//! asking before overwriting, and a `kill -9` in the middle of a write leaving the old file.

mod support;

use std::path::Path;
use support::{BIN, Pty};

/// The bundled story's default export name, without the extension.
const STEM: &str = "000_4645c990ff64489e.dateline";

fn spawn_in(dir: &Path, env: &[(&str, &str)]) -> Pty {
    let (p, _) = Pty::spawn_with(BIN, &["--date", "2026-01-29"], env, Some(dir), 120, 40);
    p.wait_for("q quit");
    p
}

#[test]
fn export_writes_readable_files_and_asks_before_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn_in(dir.path(), &[]);
    p.send("e");
    p.wait_for(&format!("export Markdown report › {STEM}.md"));
    p.send("\t");
    p.wait_for(&format!("export facts CSV › {STEM}.csv"));
    p.send("\t");
    p.wait_for(&format!("export dateline/1 JSON › {STEM}.json"));
    p.send("\r");
    p.wait_for(&format!("wrote dateline/1 JSON to {STEM}.json"));
    let json_path = dir.path().join(format!("{STEM}.json"));
    let story: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(story["schema"], "dateline/1");
    assert!(!story["facts"].as_array().unwrap().is_empty());

    // The file exists now: n keeps it, y replaces it.
    std::fs::write(&json_path, "old contents").unwrap();
    p.send("e\r");
    p.wait_for("exists — overwrite? y/n");
    p.send("n");
    p.wait_for("Tab format · Enter write");
    assert_eq!(std::fs::read_to_string(&json_path).unwrap(), "old contents");
    p.send("\r");
    p.wait_for("exists — overwrite? y/n");
    p.send("y");
    p.wait_for(&format!("wrote dateline/1 JSON to {STEM}.json"));
    let again: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(again, story);

    // Tab from JSON comes round to Markdown: the report has the timeline and checks.
    p.send("e\t\r");
    p.wait_for(&format!("wrote Markdown report to {STEM}.md"));
    let md = std::fs::read_to_string(dir.path().join(format!("{STEM}.md"))).unwrap();
    assert!(
        md.contains("## Timeline") && md.contains("## Checks"),
        "{md}"
    );
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, [format!("{STEM}.json"), format!("{STEM}.md")]);
}

#[test]
fn an_export_that_cannot_be_written_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn_in(dir.path(), &[]);
    p.send("e");
    p.wait_for("export Markdown report");
    // Ctrl-u clears the line; a directory that does not exist cannot hold the file.
    p.send("\x15missing/dir/report.md\r");
    p.wait_for("could not write missing/dir/report.md");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
}

/// `kill -9` while the report is half written (test builds stop the writer there when
/// `DATELINE_TEST_STALL=write`): the old report is intact, and the only thing left over is
/// the hidden temporary file, never a partial file under the report's name.
#[test]
fn kill_9_in_the_middle_of_a_write_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join(format!("{STEM}.md"));
    std::fs::write(&target, "OLD REPORT\n").unwrap();
    let mut p = spawn_in(dir.path(), &[("DATELINE_TEST_STALL", "write")]);
    p.send("e\r");
    p.wait_for("exists — overwrite? y/n");
    p.send("y");
    let partial = wait_for_partial(dir.path());
    std::process::Command::new("kill")
        .args(["-KILL", &p.pid().to_string()])
        .status()
        .unwrap();
    p.wait_exit();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "OLD REPORT\n");
    let name = partial.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&format!(".{STEM}.md.")) && name.ends_with(".tmp"),
        "{name}"
    );
    // It holds the first part of the report the write would have made.
    let full = std::process::Command::new(BIN)
        .args(["extract", "--format", "md", "--date", "2026-01-29"])
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/seeds/000_4645c990ff64489e.txt"
        ))
        .output()
        .unwrap()
        .stdout;
    let half = std::fs::read(&partial).unwrap();
    assert!(half.len() < full.len() && full.starts_with(&half));
}

/// Waits until a hidden temporary file with something in it appears in `dir`.
fn wait_for_partial(dir: &Path) -> std::path::PathBuf {
    let start = std::time::Instant::now();
    loop {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && entry.metadata().unwrap().len() > 0 {
                return entry.path();
            }
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "no temporary file appeared"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The state file a test's own state directory holds.
fn state_file(state: &Path) -> std::path::PathBuf {
    state.join("dateline").join("state.json")
}

#[test]
fn position_selection_and_searches_come_back_when_the_article_reopens() {
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 120, 40);
    p.wait_for("line 1/");
    p.send("/amazon\r");
    p.wait_for("matching fact");
    p.send("\x1b");
    p.wait_for("search cleared");
    // The third fact, then the article's sixth line, then focus back on the facts.
    p.send("2gjj");
    p.wait_for("Facts 3/");
    p.send("1gjjjjj");
    p.wait_for("line 6/");
    p.send("2");
    p.wait_for("Facts 3/");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(state_file(state.path())).unwrap()).unwrap();
    let articles = saved["articles"].as_object().unwrap();
    assert_eq!(articles.len(), 1);
    let entry = articles.values().next().unwrap();
    assert_eq!(entry["focus"], "facts");
    assert_eq!(entry["history"], serde_json::json!(["amazon"]));

    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 120, 40);
    p.wait_for("Facts 3/");
    p.send("1");
    p.wait_for("line 6/");
    p.send("/\x1b[A");
    p.wait_for("/amazon");
    // Esc and q apart: sent together they read as Alt-q.
    p.send("\x1b");
    p.wait_for("q quit");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);

    // --no-state: nothing restored, nothing saved.
    let before = std::fs::read(state_file(state.path())).unwrap();
    let (mut p, _) = Pty::spawn_with(BIN, &["--no-state"], &env, None, 120, 40);
    p.wait_for("Article line 1/");
    p.send("jjq");
    assert_eq!(p.wait_exit(), 0);
    assert_eq!(std::fs::read(state_file(state.path())).unwrap(), before);
}

#[test]
fn a_damaged_state_file_is_moved_aside_with_its_line_and_column_shown() {
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let file = state_file(state.path());
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let damaged = "{\"version\": 1,\n\"articles\": {\"k\": {\"fact\": \"two\"}}}";
    std::fs::write(&file, damaged).unwrap();
    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 250, 40);
    let screen = p.wait_for("state.json:2:32: invalid type");
    assert!(
        screen.contains("moved aside to state.json.corrupt-"),
        "{screen}"
    );
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    let aside: Vec<_> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read_to_string(&aside[0]).unwrap(), damaged);
    // A fresh file in its place.
    let fresh: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(fresh["version"], 1);
}

#[test]
fn sigterm_saves_the_position_too() {
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 120, 40);
    p.wait_for("line 1/");
    p.send("jjj");
    p.wait_for("line 4/");
    std::process::Command::new("kill")
        .args(["-TERM", &p.pid().to_string()])
        .status()
        .unwrap();
    assert_eq!(p.wait_exit(), 143);
    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 120, 40);
    p.wait_for("line 4/");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
}

/// A large article (read by the loading thread; the threshold lowered for the test) comes back at its
/// saved place once the whole of it has arrived, even though that place is past the preview.
#[test]
fn a_large_articles_position_comes_back_after_the_loading_thread_reads_it() {
    let state = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let mut text = dateline::BUNDLED_STORY.repeat(80);
    text.push_str("\nTHE LAST LINE.\n");
    std::fs::write(&path, &text).unwrap();
    let env = [
        ("XDG_STATE_HOME", state.path().to_str().unwrap()),
        ("DATELINE_TEST_LOADING_BYTES", "1000"),
    ];
    let args = [path.to_str().unwrap()];
    let (mut p, _) = Pty::spawn_with(BIN, &args, &env, None, 100, 30);
    p.wait_until("the whole article", |s| {
        s.contains("line 1/") && !s.contains("reading the whole")
    });
    // Past the preview, but not at the end (where `G` on a preview would land anyway).
    p.send("G");
    p.wait_for("THE LAST LINE.");
    p.send(&"k".repeat(200));
    p.wait_until("200 lines up", |s| !s.contains("THE LAST LINE."));
    p.settle();
    let place = line_of(&p.screen());
    assert!(place.len() > 5, "{place}");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);

    let (mut p, _) = Pty::spawn_with(BIN, &args, &env, None, 100, 30);
    let screen = p.wait_until("the same place", |s| line_of(s) == place);
    assert!(!screen.contains("reading the whole"), "{screen}");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
}

/// "line 5083/5283" from the status bar.
fn line_of(screen: &str) -> String {
    let Some(at) = screen.rfind("Article line ") else {
        return String::new();
    };
    screen[at + "Article line ".len()..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '/')
        .collect()
}
