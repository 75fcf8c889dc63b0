//! What the README promises, kept to the letter with the real binary: the state file readable
//! by its owner only, a link as export target followed and kept even when it dangles, UTF-32
//! read as UTF-32, a size over the cap said as it is.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use support::{BIN, Pty};

/// The bundled story's default export name, without the extension.
const STEM: &str = "000_4645c990ff64489e.dateline";

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_world_readable_state_file_is_made_private_when_dateline_saves() {
    let state = tempfile::tempdir().unwrap();
    let file = state.path().join("dateline").join("state.json");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "{\"version\": 1, \"articles\": {}}").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 100, 30);
    p.wait_for("line 1/");
    p.send("jq");
    assert_eq!(p.wait_exit(), 0);
    assert_eq!(mode(&file), 0o600, "readable by you only");
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved["articles"].as_object().unwrap().len(), 1);
}

#[test]
fn a_dangling_link_as_export_target_is_followed_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    let link = dir.path().join(format!("{STEM}.md"));
    std::os::unix::fs::symlink("reports/story.md", &link).unwrap();
    let args = ["--date", "2026-01-29"];
    let (mut p, _) = Pty::spawn_with(BIN, &args, &[], Some(dir.path()), 120, 40);
    p.wait_for("q quit");
    p.send("e");
    p.wait_for(&format!("export Markdown report › {STEM}.md"));
    p.send("\r");
    p.wait_for(&format!("wrote Markdown report to {STEM}.md"));
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays"
    );
    let report = std::fs::read_to_string(dir.path().join("reports/story.md")).unwrap();
    assert!(report.contains("## Timeline"), "{report}");
}

#[test]
fn utf32_files_with_a_bom_show_their_text() {
    let text = "Café owners in Zürich said “sales rose 5%”.\r\n";
    let le: Vec<u8> = [0xFF, 0xFE, 0, 0]
        .into_iter()
        .chain(text.chars().flat_map(|c| u32::from(c).to_le_bytes()))
        .collect();
    let be: Vec<u8> = [0, 0, 0xFE, 0xFF]
        .into_iter()
        .chain(text.chars().flat_map(|c| u32::from(c).to_be_bytes()))
        .collect();
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let mut p = Pty::spawn(&[path.to_str().unwrap()], 100, 30);
        let screen = p.wait_for("Café owners in Zürich said “sales rose 5%”.");
        assert!(!screen.contains('�'), "{screen}");
        p.send("q");
        assert_eq!(p.wait_exit(), 0);
    }
}

#[test]
fn a_file_a_byte_over_the_cap_says_its_size_not_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(256 * 1024 * 1024 + 1).unwrap();
    drop(file);
    let out = Command::new(BIN)
        .args(["extract", path.to_str().unwrap()])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("huge.txt: 256.1 MiB is larger than the 256 MiB dateline opens"),
        "{err}"
    );
}

/// Every column of every export format, sanitised as the screen is: a vertical tab or form
/// feed in a counted noun reached the CSV's `unit` column raw. JSON keeps the exact values
/// (escaped), so a fact's `text` is still its slice of the article.
#[test]
fn no_export_format_carries_a_raw_control_in_any_column() {
    let text = "Acme said it would cut 300 corporate\u{b}jobs and 40\u{c}workers, \
                about 5%\u{b}of its staff.\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("controls.txt");
    std::fs::write(&path, text).unwrap();
    for format in ["csv", "md", "json"] {
        let out = Command::new(BIN)
            .args(["extract", "--format", format, path.to_str().unwrap()])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        let out = String::from_utf8(out.stdout).unwrap();
        let raw: Vec<char> = out
            .chars()
            .filter(|&c| c.is_control() && c != '\n')
            .collect();
        assert!(raw.is_empty(), "{format}: {raw:?} in {out}");
        assert!(out.contains("300"), "{format}: {out}");
        if format == "json" {
            let story: serde_json::Value = serde_json::from_str(&out).unwrap();
            for fact in story["facts"].as_array().unwrap() {
                let (start, end) = (
                    fact["start"].as_u64().unwrap(),
                    fact["end"].as_u64().unwrap(),
                );
                assert_eq!(fact["text"], text[start as usize..end as usize]);
            }
        }
    }
}

/// An `id` is echoed from the request: C1 controls (the 8-bit CSI) and bidi overrides in it
/// are written as `\u` escapes, not raw, and read back the same.
#[test]
fn jsonl_records_carry_no_raw_terminal_control() {
    let id = "a\u{9b}2Jb\u{202e}c\u{7f}";
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": id, "text": "Acme cut 40 jobs."}),
        serde_json::json!({"id": id, "text": 5}),
    );
    let mut child = Command::new(BIN)
        .args(["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    let raw: Vec<char> = out
        .chars()
        .filter(|&c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c))
        .collect();
    assert!(raw.is_empty(), "{raw:?} in {out}");
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 2);
    assert!(records.iter().all(|r| r["id"] == id));
    assert!(records[1]["error"].is_string());
}

/// `e` then Enter while a large article is still being read: it says why not and writes
/// nothing (it wrote a JSON of 0 facts and said "wrote"); Enter once the facts are in writes
/// them all.
#[test]
fn no_export_is_written_while_the_story_is_still_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("DATELINE_TEST_LOADING_BYTES", "1000"),
        ("DATELINE_TEST_LOADING_PAUSE_MS", "1500"),
    ];
    let args = ["--date", "2026-01-29"];
    let (mut p, _) = Pty::spawn_with(BIN, &args, &env, Some(dir.path()), 160, 40);
    p.wait_for("extracting facts");
    p.send("e\t\t");
    p.wait_for(&format!("export dateline/1 JSON › {STEM}.json"));
    p.send("\r");
    p.wait_for("not yet: still extracting facts");
    assert!(!dir.path().join(format!("{STEM}.json")).exists());
    p.wait_for("2 Facts 42");
    p.send("\r");
    p.wait_for(&format!("wrote dateline/1 JSON to {STEM}.json"));
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    let json = std::fs::read_to_string(dir.path().join(format!("{STEM}.json"))).unwrap();
    let story: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(story["facts"].as_array().unwrap().len(), 42);
}

/// A config that gives all of `quit`'s keys to another action: `quit` still has a key, the
/// status bar names it, and it quits (there was no way out but a signal).
#[test]
fn quit_always_keeps_a_working_key_and_says_which() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[keys]\ndown = [\"q\", \"Ctrl-c\", \"j\"]\n").unwrap();
    let args = ["--config", config.to_str().unwrap()];
    let (mut p, before) = Pty::spawn_with(BIN, &args, &[], None, 200, 30);
    // The status bar counts the problem (`--check-config` words it) and the footer names the
    // key that quits now.
    let screen = p.wait_for("config: 3 problems — run dateline --check-config");
    assert!(screen.contains("Ctrl-q quit"), "{screen}");
    // `q` and Ctrl-c now move down.
    p.send("q");
    p.wait_for("line 2/");
    p.send("\x03");
    p.wait_for("line 3/");
    assert!(p.running());
    p.send("\x11");
    assert_eq!(p.wait_exit(), 0);
    assert_eq!(p.stty(), before);
}
