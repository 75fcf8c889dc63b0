//! The real binary run as scripts run it: arguments, environment, bytes on standard input.
//! Every test that spawns `dateline` and reads what it printed comes through here.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `dateline ARGS`, to add environment or standard streams to.
pub fn dateline<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dateline"));
    c.args(args);
    c
}

/// Runs `cmd` with `stdin` on its standard input and its output and errors captured.
pub fn feed(cmd: Command, stdin: &[u8]) -> Output {
    feed_to(cmd, stdin, Stdio::piped())
}

/// [`feed`], with standard output sent to `stdout` (a full device, a closed pipe…). The input
/// is written from another thread: the child may answer while it reads, or end before it has
/// read it all (a write that fails then does not matter; what the child did tells the test).
pub fn feed_to(mut cmd: Command, stdin: &[u8], stdout: Stdio) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .expect("dateline starts");
    let mut pipe = child.stdin.take().expect("its standard input");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("dateline ends");
    writer.join().expect("the writer thread ends");
    out
}

/// Text of captured output (lossy: a test reads it, never a program).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Sends `signal` ("TERM", "HUP"…) to process `pid`.
pub fn kill(pid: u32, signal: &str) {
    let ok = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{signal} {pid}");
}

/// `VmHWM` (peak resident set) of process `pid`, in KiB; 0 once it has ended.
pub fn high_water(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}
