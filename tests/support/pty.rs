//! A pseudo-terminal harness: runs the real `dateline` binary in a PTY, keeps every raw byte it
//! writes, and parses them with vt100 to read the screen as a person would see it.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    output: Arc<Mutex<Vec<u8>>>,
    rows: u16,
    cols: u16,
    /// The state directory given to the program when the test gave none: tests never touch
    /// the real home directory's remembered state.
    _state: Option<tempfile::TempDir>,
}

/// How long a screen may take to appear before a test fails.
const TIMEOUT: Duration = Duration::from_secs(10);

impl Pty {
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Pty {
        Pty::spawn_env(args, cols, rows, &[])
    }

    /// Like `spawn`, with extra environment variables.
    pub fn spawn_env(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Pty {
        Pty::spawn_with(env!("CARGO_BIN_EXE_dateline"), args, env, None, cols, rows).0
    }

    /// Every byte the program wrote so far.
    pub fn raw(&self) -> Vec<u8> {
        self.output.lock().unwrap().clone()
    }

    /// The output a terminal that honours synchronized updates (mode 2026) shows now: up to the
    /// end of the last whole frame, never a frame half written.
    fn shown(&self) -> Vec<u8> {
        let mut raw = self.raw();
        if let Some(begin) = rfind(&raw, SYNC_BEGIN)
            && rfind(&raw[begin..], SYNC_END).is_none()
        {
            raw.truncate(begin);
        }
        raw
    }

    /// The screen as a vt100 terminal shows it now.
    pub fn screen(&self) -> String {
        let rows = std::num::NonZeroU16::new(self.rows.max(1)).unwrap();
        let cols = std::num::NonZeroU16::new(self.cols.max(1)).unwrap();
        let mut parser = vt100::Parser::new(rows, cols, 0);
        parser.process(&self.shown());
        parser.screen().contents()
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits until the screen contains `needle`; panics with the screen if it never does.
    pub fn wait_for(&self, needle: &str) -> String {
        self.wait_until(needle, |s| s.contains(needle))
    }

    /// Waits until `ready(screen)`; panics with the screen (and `what`) if it never is.
    pub fn wait_until(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until no new output has arrived for 150 ms (the reader has caught up).
    pub fn settle(&self) {
        let start = Instant::now();
        let mut last = self.output.lock().unwrap().len();
        let mut quiet = Instant::now();
        while quiet.elapsed() < Duration::from_millis(150) && start.elapsed() < TIMEOUT {
            std::thread::sleep(Duration::from_millis(10));
            let now = self.output.lock().unwrap().len();
            if now != last {
                last = now;
                quiet = Instant::now();
            }
        }
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.rows = rows;
        self.cols = cols;
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Waits for the process to end and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                self.settle();
                return status.exit_code();
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("process did not exit; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().unwrap()
    }
}

/// Whether `haystack` contains `needle` as bytes.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Alternate screen on and off.
pub const ALT_ON: &[u8] = b"\x1b[?1049h";
pub const ALT_OFF: &[u8] = b"\x1b[?1049l";

/// The dateline binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_dateline");

/// What `stty -g` says about the terminal at `tty` (its whole termios state, one line).
pub fn stty_of(tty: &std::path::Path) -> String {
    let out = std::process::Command::new("stty")
        .arg("-g")
        .stdin(std::fs::File::open(tty).unwrap())
        .output()
        .unwrap();
    assert!(out.status.success(), "stty -g failed on {tty:?}");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

impl Pty {
    /// Runs any command (`program` with `args`, extra `env`, in `cwd` or the crate root) in a
    /// fresh pseudo-terminal, like [`Pty::spawn`]. Also returns `stty -g` of the terminal taken
    /// before the command started, to compare with [`Pty::stty`] after it ends.
    pub fn spawn_with(
        program: &str,
        args: &[&str],
        env: &[(&str, &str)],
        cwd: Option<&std::path::Path>,
        cols: u16,
        rows: u16,
    ) -> (Pty, String) {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let before = stty_of(&pair.master.tty_name().unwrap());
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // A config file on the machine running the tests must not change what they see.
        cmd.env("XDG_CONFIG_HOME", "/nonexistent/dateline-tests");
        cmd.env_remove("DATELINE_CONFIG");
        let state = (!env.iter().any(|(k, _)| *k == "XDG_STATE_HOME"))
            .then(|| tempfile::tempdir().unwrap());
        if let Some(dir) = &state {
            cmd.env("XDG_STATE_HOME", dir.path());
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        match cwd {
            Some(dir) => cmd.cwd(dir),
            None => cmd.cwd(env!("CARGO_MANIFEST_DIR")),
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let pty = Pty {
            child,
            master: pair.master,
            writer,
            output,
            rows,
            cols,
            _state: state,
        };
        (pty, before)
    }

    /// `stty -g` of this pseudo-terminal now (works after the program ended too: the master
    /// keeps the terminal alive).
    pub fn stty(&self) -> String {
        stty_of(&self.master.tty_name().unwrap())
    }

    /// The screen row by row (each row as wide as the terminal, trailing blanks trimmed).
    pub fn screen_rows(&self) -> Vec<String> {
        let rows = std::num::NonZeroU16::new(self.rows.max(1)).unwrap();
        let cols = std::num::NonZeroU16::new(self.cols.max(1)).unwrap();
        let mut parser = vt100::Parser::new(rows, cols, 0);
        parser.process(&self.shown());
        parser.screen().rows(0, self.cols.max(1)).collect()
    }

    /// Whether the program is still running.
    pub fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

/// Where `needle` last occurs in `haystack`.
pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// A synchronized update begins and ends (DEC private mode 2026).
pub const SYNC_BEGIN: &[u8] = b"\x1b[?2026h";
pub const SYNC_END: &[u8] = b"\x1b[?2026l";

/// Cursor shown.
pub const CURSOR_SHOW: &[u8] = b"\x1b[?25h";
