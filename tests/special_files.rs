//! FIFOs and devices where dateline's own files should be (the config file; the state file is
//! in `state_file.rs`): refused at once with what they are, never waited on, never read
//! without end.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use support::{BIN, Pty};

/// Makes a FIFO at `path` (its directories too).
fn fifo(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

/// Runs dateline with `args` and `env`, no stdin, and fails (killing it) if it has not ended
/// within 10 s: a hang is the bug these tests look for.
fn run_bounded(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent/dateline-tests")
        .env_remove("DATELINE_CONFIG")
        .env("XDG_STATE_HOME", "/nonexistent/dateline-tests")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("dateline {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// A command line, its environment, and what stderr says.
type Case<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>, &'a str);

fn config_fifo() -> (tempfile::TempDir, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("dateline").join("config.toml");
    fifo(&path);
    (home, path)
}

#[test]
fn check_config_refuses_a_fifo_or_a_device_at_once() {
    let (home, path) = config_fifo();
    let cases: [Case; 4] = [
        // The default file, --config, the environment variable.
        (
            vec!["--check-config"],
            vec![("XDG_CONFIG_HOME", home.path().to_str().unwrap())],
            "config.toml: is a FIFO, not a regular file",
        ),
        (
            vec!["--check-config", "--config", path.to_str().unwrap()],
            vec![],
            "config.toml: is a FIFO, not a regular file",
        ),
        (
            vec!["--check-config"],
            vec![("DATELINE_CONFIG", path.to_str().unwrap())],
            "config.toml: is a FIFO, not a regular file",
        ),
        // Endless, and reports a size of 0: it used to be read until memory ran out.
        (
            vec!["--check-config", "--config", "/dev/zero"],
            vec![],
            "/dev/zero: is a character device, not a regular file",
        ),
    ];
    for (args, env, says) in cases {
        let out = run_bounded(&args, &env);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
}

#[test]
fn plain_mode_starts_with_a_fifo_or_a_device_as_the_config_file() {
    let (home, path) = config_fifo();
    let story = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_4645c990ff64489e.txt"
    );
    for (args, env) in [
        (
            vec!["--plain", story],
            vec![("XDG_CONFIG_HOME", home.path().to_str().unwrap())],
        ),
        (
            vec!["--plain", "--config", path.to_str().unwrap(), story],
            vec![],
        ),
        (vec!["--plain", "--config", "/dev/zero", story], vec![]),
    ] {
        let out = run_bounded(&args, &env);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{args:?}: {stdout}");
        assert!(stdout.starts_with("dateline: "), "{args:?}: {stdout}");
    }
}

#[test]
fn the_tui_starts_with_a_fifo_as_the_config_file_and_says_so() {
    let (home, _path) = config_fifo();
    let env = [("XDG_CONFIG_HOME", home.path().to_str().unwrap())];
    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 200, 30);
    // The status bar counts the problem; `--check-config` words it (see above).
    p.wait_for("config: 1 problem — run dateline --check-config");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    let (mut p, _) = Pty::spawn_with(BIN, &["--config", "/dev/zero"], &[], None, 200, 30);
    p.wait_for("config: 1 problem — run dateline --check-config");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
}
