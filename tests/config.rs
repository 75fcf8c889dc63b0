//! The config file with the real binary: a remapped key works in a pseudo-terminal, the help
//! and the footer show it, a broken file is reported in the status bar while the defaults
//! work, theme colours reach the terminal unless NO_COLOR is set, and `--print-config`
//! output passes `--check-config`.

mod support;

use std::process::Command;
use support::{BIN, Pty, contains};

fn config_file(dir: &tempfile::TempDir, text: &str) -> String {
    let path = dir.path().join("c.toml");
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn a_remapped_key_works_and_the_help_and_footer_show_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = config_file(&dir, "[keys]\ndown = [\"x\", \"Down\"]\nquit = \"Q\"\n");
    // Tall enough for the help to show every reading key.
    let mut p = Pty::spawn(&["--config", &path], 120, 50);
    let screen = p.wait_for("line 1/");
    assert!(
        screen.contains("Q quit"),
        "the footer shows the new key:\n{screen}"
    );
    assert!(
        !screen.contains("config:"),
        "no problem reported:\n{screen}"
    );
    p.send("x");
    p.wait_for("line 2/");
    // `j` no longer moves: after j and x the view is one line further, not two.
    p.send("jx");
    p.wait_for("line 3/");
    p.settle();
    assert!(
        p.screen().contains("line 3/"),
        "j still moved:\n{}",
        p.screen()
    );
    p.send("?");
    let help = p.wait_for("Keys");
    assert!(help.contains("x ↓  down one line"), "{help}");
    assert!(help.contains("Q  quit"), "{help}");
    p.send("\x1b");
    p.wait_until("help to close", |s| !s.contains("this help"));
    // `q` no longer quits: the key after it is still read.
    p.send("qx");
    p.wait_for("line 4/");
    p.send("Q");
    assert_eq!(p.wait_exit(), 0);
}

#[test]
fn a_broken_entry_is_reported_and_the_rest_of_the_file_applies() {
    let dir = tempfile::tempdir().unwrap();
    let path = config_file(&dir, "[keys]\ndown = [\"x\"\nquit = \"Q\"\n");
    let mut p = Pty::spawn_env(&[], 200, 40, &[("DATELINE_CONFIG", &path)]);
    // A count that fits any width, not the first problem cut at the edge.
    p.wait_for("config: 1 problem — run dateline --check-config");
    p.send("j");
    let screen = p.wait_for("line 2/");
    assert!(
        !screen.contains("config:"),
        "the message goes with the next key"
    );
    // The broken `down` entry is skipped; `quit = "Q"` after it applies.
    p.send("Q");
    assert_eq!(p.wait_exit(), 0);
}

#[test]
fn a_conflict_is_reported_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = config_file(&dir, "[keys]\nzoom = \"q\"\n");
    let mut p = Pty::spawn(&["--config", &path], 160, 40);
    p.wait_for("config: 1 problem — run dateline --check-config");
    p.send("\x03");
    assert_eq!(p.wait_exit(), 0);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["--check-config", "--config", &path])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("c.toml:2:8: `q` was `quit`'s key and now does `zoom`")
    );
}

#[test]
fn theme_colours_reach_the_terminal_unless_no_color_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let path = config_file(&dir, "[theme]\nmoney = \"#ff8000\"\n");
    let orange = b"38;2;255;128;0";
    for (no_color, expect) in [("", true), ("1", false)] {
        let mut p = Pty::spawn_env(&["--config", &path], 120, 40, &[("NO_COLOR", no_color)]);
        p.wait_for("$100 billion");
        p.send("q");
        assert_eq!(p.wait_exit(), 0);
        assert_eq!(
            contains(&p.raw(), orange),
            expect,
            "NO_COLOR={no_color:?}: the money colour is {}sent",
            if expect { "not " } else { "" }
        );
    }
}

#[test]
fn printed_defaults_pass_the_check_and_a_bad_file_fails_it() {
    let out = Command::new(BIN).arg("--print-config").output().unwrap();
    assert!(out.status.success());
    let dir = tempfile::tempdir().unwrap();
    let path = config_file(&dir, std::str::from_utf8(&out.stdout).unwrap());
    let check = Command::new(BIN)
        .args(["--check-config", "--config", &path])
        .output()
        .unwrap();
    assert!(check.status.success(), "{check:?}");
    assert!(String::from_utf8_lossy(&check.stdout).ends_with(": ok\n"));
    let path = config_file(&dir, "[keys]\ndwon = \"j\"\n[theme]\nmoney = \"blurple\"\n");
    let check = Command::new(BIN)
        .args(["--check-config"])
        .env("DATELINE_CONFIG", &path)
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    let err = String::from_utf8_lossy(&check.stderr);
    assert!(err.contains("c.toml:2:1: unknown action `dwon`"), "{err}");
    assert!(
        err.contains("c.toml:4:9: unknown colour `blurple`"),
        "{err}"
    );
}

#[test]
fn extract_ignores_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let path = config_file(&dir, "this is not TOML\n");
    let out = Command::new(BIN)
        .args([
            "extract",
            "--format",
            "csv",
            "seeds/000_4645c990ff64489e.txt",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("DATELINE_CONFIG", &path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.stdout.is_empty());
}

#[test]
fn check_config_lists_every_problem_and_takes_a_bare_colour_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = config_file(
        &dir,
        "[keys]\ndown = 3\nup = [\"k\"\n[theme]\nperson = 200\nmoney = true\n[extra]\nx = 1\n",
    );
    let check = Command::new(BIN)
        .args(["--check-config", "--config", &path])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    let err = String::from_utf8_lossy(&check.stderr);
    let places: Vec<&str> = err
        .lines()
        .map(|l| l.split(": ").next().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        places,
        ["c.toml:2:8", "c.toml:3:10", "c.toml:6:9", "c.toml:7:2"],
        "{err}"
    );
    assert!(
        !err.contains("person"),
        "a 256-colour number is a colour: {err}"
    );
}
