//! Pages and URLs in the real TUI, in a pseudo-terminal: the status bar says where the
//! reference date came from, a slow fetch shows a spinner before the terminal is set up, `y`
//! cites the page's URL instead of a file, and the same article from a saved page and from
//! its URL comes back to the same place. The URL is served by these tests on 127.0.0.1.

mod support;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::OnceLock;
use std::thread;
use std::time::Duration;
use support::{ALT_ON, Pty, contains};

/// How long `/slow` waits before answering: many frames.
const SLOW: Duration = Duration::from_millis(600);

fn page_path() -> String {
    format!(
        "{}/tests/pages/ledger-layoffs.html",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Serves the saved page at `/ledger` at once and at `/slow` after [`SLOW`].
fn server() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                thread::spawn(move || {
                    let mut stream = stream;
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                    let mut request = String::new();
                    let _ = reader.read_line(&mut request);
                    let mut line = String::new();
                    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                        line.clear();
                    }
                    if request.starts_with("GET /slow ") {
                        thread::sleep(SLOW);
                    }
                    let body = std::fs::read(page_path()).expect("test page");
                    let head = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = stream.write_all(head.as_bytes());
                    let _ = stream.write_all(&body);
                });
            }
        });
        base
    })
}

/// The base64 payload of the first OSC 52 sequence in `raw`, decoded.
fn first_copy(raw: &[u8]) -> String {
    use base64::Engine;
    let at = raw
        .windows(7)
        .position(|w| w == b"\x1b]52;c;")
        .expect("an OSC 52 write");
    let body = &raw[at + 7..];
    let end = body.iter().position(|&b| b == 0x07).expect("its end");
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&body[..end])
        .expect("base64");
    String::from_utf8(bytes).expect("UTF-8")
}

#[test]
fn a_saved_page_shows_its_date_source_and_cites_its_canonical_url() {
    let path = page_path();
    // Wide enough for the status bar to hold the page's full path from any checkout.
    let mut p = Pty::spawn(&[&path], 160, 40);
    let screen = p.wait_for("dated 2025-03-14 (html:article:published_time)");
    assert!(
        screen.contains("Harbor Freight Lines to cut 1,200 jobs"),
        "{screen}"
    );
    p.send("2y");
    p.wait_for("copied fact 1");
    let copy = first_copy(&p.raw());
    let last = copy.lines().last().expect("a place line");
    assert!(
        last.starts_with(
            "— https://ledger.example/business/2025/03/14/harbor-freight-lines-cuts, sentence "
        ),
        "{copy}"
    );
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
}

#[test]
fn the_date_flag_is_named_in_the_status_bar() {
    let path = page_path();
    let mut p = Pty::spawn(&["--date", "2025-06-02", &path], 120, 40);
    p.wait_for("dated 2025-06-02 (--date)");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
}

#[test]
fn a_slow_url_shows_a_spinner_before_the_tui_and_is_cited_by_its_url() {
    let url = format!("{}/slow", server());
    let mut p = Pty::spawn(&[&url], 120, 40);
    p.wait_for("dated 2025-03-14 (html:article:published_time)");
    let raw = p.raw();
    let spinner = raw
        .windows(b" fetching ".len())
        .position(|w| w == b" fetching ")
        .expect("a spinner while fetching");
    let tui = raw
        .windows(ALT_ON.len())
        .position(|w| w == ALT_ON)
        .expect("the TUI");
    assert!(
        spinner < tui,
        "the spinner comes before the terminal is set up"
    );
    assert!(contains(&raw[spinner..tui], b"\r\x1b[2K"), "and is cleared");
    p.send("2y");
    p.wait_for("copied fact 1");
    let copy = first_copy(&p.raw());
    assert!(
        copy.lines()
            .last()
            .is_some_and(|l| l.starts_with(&format!("— {url}, sentence "))),
        "{copy}"
    );
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
}

#[test]
fn the_same_article_from_a_saved_page_and_its_url_comes_back_to_the_same_place() {
    let state = tempfile::tempdir().expect("state dir");
    let env = [("XDG_STATE_HOME", state.path().to_str().expect("path"))];
    let path = page_path();
    let mut p = Pty::spawn_env(&[&path], 120, 40, &env);
    p.wait_for("line 1/");
    p.send("2jjj");
    p.wait_for("Facts 4/");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    let url = format!("{}/ledger", server());
    let mut p = Pty::spawn_env(&[&url], 120, 40, &env);
    p.wait_for("Facts 4/");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
}

#[test]
fn plain_mode_says_it_is_fetching_in_one_line_without_an_escape() {
    let url = format!("{}/slow", server());
    let mut p = Pty::spawn_env(&[&url], 80, 24, &[("TERM", "dumb")]);
    p.wait_for("h for help, q to quit.");
    p.send("q\r");
    assert_eq!(p.wait_exit(), 0);
    let raw = p.raw();
    assert!(
        contains(&raw, b"dateline: fetching http://"),
        "a line while fetching"
    );
    assert!(!raw.contains(&0x1b), "no escape sequence at all");
    assert!(contains(
        &raw,
        b"dates read against 2025-03-14 (from html:article:published_time)"
    ));
}
