//! Peak memory opening a large file (issue 7: under four times the file's size), for the TUI
//! and for `dateline extract`, on the bundled story repeated to `DATELINE_BENCH_MB` MB
//! (default 50). Run: `cargo bench --bench memory`.
//!
//! The peak is the kernel's high-water mark of the process's resident set (`VmHWM` in
//! `/proc/PID/status`, Linux only), read while the process is still alive:
//! - the TUI runs in a 200×60 pseudo-terminal until the status bar no longer shows the
//!   loading ("reading", "extracting"), i.e. the facts and the search index are in;
//! - `dateline extract` writes its JSON into a pipe read here in small steps, so it cannot
//!   finish between two readings of its high-water mark (only its last 64 KiB can be written
//!   unobserved, and writing allocates nothing).

mod common;

#[path = "../tests/support/mod.rs"]
mod support;

use common::repeated;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::command::high_water;
use support::{BIN, Pty};

/// The loading may take a while on a loaded machine, but not forever.
const LIMIT: Duration = Duration::from_secs(600);

fn main() {
    // `cargo bench -- FILTER` passes FILTER on: run only if it names this bench.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    if filter.is_some_and(|f| !"memory".contains(&f) && !f.contains("memory")) {
        return;
    }
    let mb: usize = std::env::var("DATELINE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join(format!("{mb}mb.txt"));
    std::fs::write(&path, repeated(mb << 20)).expect("the test file is written");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len()) as f64 / 1_048_576.0;
    let report = |what: &str, kib: u64, took: Duration| {
        let mib = kib as f64 / 1024.0;
        println!(
            "memory/{mb}MB/{what}: peak RSS {mib:.0} MiB = {:.2} × the file ({size:.0} MiB), {took:.1?}",
            mib / size
        );
    };
    let (kib, took) = extract_peak(path.to_str().unwrap_or_default());
    report("extract", kib, took);
    let (kib, took) = tui_peak(path.to_str().unwrap_or_default());
    report("tui", kib, took);
}

fn extract_peak(path: &str) -> (u64, Duration) {
    let start = Instant::now();
    let mut child = Command::new(BIN)
        .args(["extract", path])
        .stdout(Stdio::piped())
        .spawn()
        .expect("dateline extract starts");
    let pid = child.id();
    let mut out = child.stdout.take().expect("its output");
    let mut peak = 0;
    let mut buf = vec![0u8; 4096];
    loop {
        peak = peak.max(high_water(pid));
        match out.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
    let status = child.wait().expect("dateline extract ends");
    assert!(status.success(), "dateline extract failed: {status}");
    (peak, start.elapsed())
}

fn tui_peak(path: &str) -> (u64, Duration) {
    let start = Instant::now();
    let mut p = Pty::spawn(&["--no-state", path], 200, 60);
    let pid = p.pid();
    loop {
        let screen = p.screen();
        let status = screen.lines().last().unwrap_or_default();
        let busy = status.contains("reading") || status.contains("extracting");
        if screen.contains("Facts") && !busy {
            break;
        }
        assert!(
            start.elapsed() < LIMIT && p.running(),
            "the TUI did not finish loading:\n{screen}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let took = start.elapsed();
    let peak = high_water(pid);
    p.send("q");
    p.wait_exit();
    (peak, took)
}
