//! The command line as scripts see it: refusals with exit code 2 and one clear line on stderr,
//! before the terminal is touched; `extract` output formats.

mod support;

use std::process::{Command, Output, Stdio};
use support::command::{self, feed};

fn dateline(args: &[&str]) -> Output {
    command::dateline(args)
        // TERM=dumb would choose plain mode: these tests are about the TUI's refusals.
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn bad_inputs_are_refused_with_exit_code_2_and_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("image.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let fifo = dir.path().join("fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let broken = dir.path().join("broken-link");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &broken).unwrap();
    let cases = [
        ("/definitely/not/here.txt", "no such file"),
        (dir.path().to_str().unwrap(), "is a directory"),
        (binary.to_str().unwrap(), "binary"),
        (fifo.to_str().unwrap(), "not a regular file"),
        ("/dev/zero", "not a regular file"),
        (broken.to_str().unwrap(), "no such file"),
    ];
    for (path, message) in cases {
        for args in [vec![path], vec!["extract", path]] {
            let o = dateline(&args);
            assert_eq!(o.status.code(), Some(2), "{args:?}");
            let err = stderr(&o);
            assert!(err.contains(message), "{args:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(o.stdout.is_empty(), "the terminal is never touched");
        }
    }
}

#[test]
fn hostile_file_names_are_sanitised_in_errors() {
    let o = dateline(&["/nope/\x1b]0;pwned\x07name\x1b[2J.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
    assert!(err.contains("/nope/name.txt"));
}

#[test]
fn the_tui_refuses_a_stdout_that_is_not_a_terminal() {
    let o = dateline(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a terminal"));
    assert!(o.stdout.is_empty());
}

#[test]
fn extract_prints_dateline_json_for_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, "\u{feff}Acme said hello.\r\nSecond line.\r\n").unwrap();
    let o = dateline(&["extract", "--date", "2026-01-29", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema"], "dateline/1");
    assert_eq!(v["reference_date"], "2026-01-29");
    assert!(v["facts"].is_array() && v["events"].is_array() && v["checks"].is_array());
}

#[test]
fn extract_formats_and_empty_input() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let o = dateline(&["extract", empty.to_str().unwrap()]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["facts"].as_array().unwrap().len(), 0);
    assert_eq!(v["reference_date"], serde_json::Value::Null);
    let csv = dateline(&["extract", "--format", "csv", empty.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&csv.stdout).starts_with("id,kind,text,value"));
    let md = dateline(&["extract", "--format", "md", empty.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&md.stdout).starts_with("# dateline report"));
}

#[test]
fn bad_date_is_a_usage_error() {
    let o = dateline(&["extract", "--date", "2026-13-45", "/dev/null"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--date"));
}

#[test]
fn jsonl_batch_from_stdin() {
    let o = feed(
        command::dateline(&["extract", "--jsonl"]),
        b"{\"id\":\"a\",\"text\":\"One.\"}\n{broken\n{\"id\":7,\"text\":\"Two.\",\"date\":\"2025-01-02\"}\n",
    );
    assert_eq!(
        o.status.code(),
        Some(2),
        "a bad line is reported in the exit code"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["id"], 7);
    assert_eq!(lines[2]["reference_date"], "2025-01-02");
}

#[test]
fn version_completions_and_man_page() {
    let v = dateline(&["--version"]);
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("dateline "));
    for shell in ["bash", "zsh", "fish"] {
        let o = dateline(&["completions", shell]);
        assert!(o.status.success(), "{shell}");
        let script = String::from_utf8_lossy(&o.stdout);
        assert!(
            script.contains("extract") && script.contains("date"),
            "{shell}"
        );
    }
    let man = dateline(&["man"]);
    assert!(man.status.success());
    let page = String::from_utf8_lossy(&man.stdout);
    assert!(page.contains(".TH dateline 1") && page.contains("extract"));
}

/// An unreadable file: the tests run as root, who can read anything, so the binary runs as
/// `nobody` through setpriv (util-linux); skipped where that is not possible.
#[test]
fn an_unreadable_file_is_refused_with_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, "Acme cut 300 jobs.").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let as_nobody = |args: &[&str]| {
        Command::new("setpriv")
            .args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                env!("CARGO_BIN_EXE_dateline"),
            ])
            .args(args)
            .stdin(Stdio::null())
            .output()
    };
    let Ok(probe) = as_nobody(&["--version"]) else {
        eprintln!("setpriv is not available; skipped");
        return;
    };
    if !probe.status.success() {
        eprintln!("cannot run as nobody here; skipped");
        return;
    }
    for args in [
        vec![path.to_str().unwrap()],
        vec!["extract", path.to_str().unwrap()],
    ] {
        let o = as_nobody(&args).unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains("permission denied"), "{err}");
        assert_eq!(err.lines().count(), 1);
        assert!(o.stdout.is_empty());
    }
}

/// A figure too large for an f64 keeps its text but has no value: never `null` (which reads
/// back as a different thing) or `inf` in any output format.
#[test]
fn figures_beyond_f64_are_never_written_as_null_or_inf() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let nines = "9".repeat(400);
    std::fs::write(
        &path,
        format!("The company raised ${nines} billion and cut {nines} jobs, a {nines}% rise.\n"),
    )
    .unwrap();
    let json = dateline(&["extract", path.to_str().unwrap()]);
    assert!(json.status.success());
    let story: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let facts = story["facts"].as_array().unwrap();
    assert!(facts.len() >= 3, "{facts:?}");
    for f in facts {
        if let Some(v) = f.get("value") {
            assert!(v.as_f64().is_some_and(f64::is_finite), "{f}");
        }
    }
    let csv = dateline(&["extract", "--format", "csv", path.to_str().unwrap()]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    for row in csv.lines().skip(1) {
        assert!(
            !row.contains(",inf,") && !row.to_lowercase().contains("nan"),
            "{row}"
        );
    }
}
