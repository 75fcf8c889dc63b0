//! Every command that writes to standard output, with nowhere to write: a full device gives
//! one line on standard error and exit code 1; a reader that has gone (`| head` after its
//! lines) ends the command quietly. They panicked with exit code 101.

mod support;

use std::process::{Command, Stdio};
use support::command::{dateline, feed_to};

const BIN: &str = env!("CARGO_BIN_EXE_dateline");

/// The commands, each with what it needs: its arguments and its standard input.
fn commands(config: &str) -> Vec<(Vec<String>, &'static str)> {
    let story = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_4645c990ff64489e.txt"
    );
    let record = "{\"id\": 1, \"text\": \"Sales rose 5% to $3 million in 2025.\"}\n";
    [
        (vec!["--help"], ""),
        (vec!["--version"], ""),
        (vec!["extract", "--help"], ""),
        (vec!["--print-config"], ""),
        (vec!["--check-config", "--config", config], ""),
        (vec!["completions", "bash"], ""),
        (vec!["completions", "zsh"], ""),
        (vec!["man"], ""),
        (vec!["extract", story], ""),
        (vec!["extract", "--format", "md", story], ""),
        (vec!["extract", "--format", "csv", story], ""),
        (vec!["extract", "--jsonl"], record),
        (vec!["--plain", "--no-state", story], "f\nt\nq\n"),
    ]
    .into_iter()
    .map(|(args, stdin)| (args.into_iter().map(String::from).collect(), stdin))
    .collect()
}

/// A config file without problems (what `--print-config` writes).
fn good_config(dir: &tempfile::TempDir) -> String {
    let path = dir.path().join("config.toml");
    let out = Command::new(BIN).arg("--print-config").output().unwrap();
    std::fs::write(&path, out.stdout).unwrap();
    path.to_str().unwrap().to_string()
}

fn run(args: &[String], stdin: &str, stdout: Stdio) -> (Option<i32>, String) {
    let mut cmd = dateline(args);
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/dateline-tests")
        .env("XDG_STATE_HOME", "/nonexistent/dateline-tests")
        .env_remove("DATELINE_CONFIG")
        .env("TERM", "dumb");
    let out = feed_to(cmd, stdin.as_bytes(), stdout);
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn a_full_device_is_one_line_and_exit_code_1() {
    let dir = tempfile::tempdir().unwrap();
    let config = good_config(&dir);
    for (args, stdin) in commands(&config) {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let (code, err) = run(&args, stdin, Stdio::from(full));
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("dateline: "), "{args:?}: {err}");
        assert!(err.contains("No space left on device"), "{args:?}: {err}");
    }
}

#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let config = good_config(&dir);
    for (args, stdin) in commands(&config) {
        // A pipe whose reader is gone before dateline starts: the read end belonged only to
        // `cat`, which is killed and reaped first.
        let mut reader = Command::new("cat")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let pipe = reader.stdin.take().unwrap();
        reader.kill().unwrap();
        reader.wait().unwrap();
        let (code, err) = run(&args, stdin, Stdio::from(pipe));
        assert_eq!(code, Some(0), "{args:?}: {err}");
        assert_eq!(err, "", "{args:?}");
    }
}
