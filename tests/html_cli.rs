//! `dateline extract` on saved pages, piped pages and URLs (served by a server these tests
//! start on 127.0.0.1): the page's date as the reference date and where it came from, the
//! `document` section, the Markdown header, `--jsonl` records with a `url`, and one clear
//! line for a URL that fails.

mod support;

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::OnceLock;
use std::thread;
use std::time::Duration;
use support::command::{dateline, feed, text};

fn page_path(name: &str) -> String {
    format!("{}/tests/pages/{name}.html", env!("CARGO_MANIFEST_DIR"))
}

fn page(name: &str) -> Vec<u8> {
    std::fs::read(page_path(name)).expect("test page")
}

/// Serves `/ledger` (a saved page), `/missing` (404), anything else 404, until the test
/// process ends.
fn server() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut request = String::new();
                let _ = reader.read_line(&mut request);
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let (status, body) = if request.starts_with("GET /ledger ") {
                    ("200 OK", page("ledger-layoffs"))
                } else {
                    ("404 Not Found", b"<h1>Not here</h1>".to_vec())
                };
                let head = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
            }
        });
        base
    })
}

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let out = feed(dateline(args), stdin);
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr),
    )
}

fn json(args: &[&str], stdin: &[u8]) -> Value {
    let (code, out, err) = run(args, stdin);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("dateline/1 JSON")
}

fn resolved(story: &Value, text: &str) -> Option<String> {
    story["facts"]
        .as_array()?
        .iter()
        .find(|f| f["kind"] == "date" && f["text"].as_str().is_some_and(|t| t.contains(text)))
        .and_then(|f| f["resolved"].as_str().map(str::to_string))
}

#[test]
fn a_saved_page_gives_its_date_its_source_and_its_document_section() {
    let story = json(&["extract", &page_path("ledger-layoffs")], b"");
    assert_eq!(story["reference_date"], "2025-03-14");
    assert_eq!(
        story["reference_date_source"],
        "html:article:published_time"
    );
    let doc = &story["document"];
    assert_eq!(
        doc["title"],
        "Harbor Freight Lines to cut 1,200 jobs in second round"
    );
    assert_eq!(doc["byline"], "Priya Raman");
    assert_eq!(doc["site_name"], "The Morning Ledger");
    assert_eq!(
        doc["canonical_url"],
        "https://ledger.example/business/2025/03/14/harbor-freight-lines-cuts"
    );
    assert!(doc.get("url").is_none(), "a file has no URL of its own");
    assert_eq!(resolved(&story, "last week").as_deref(), Some("2025-W10"));
}

#[test]
fn the_date_flag_wins_over_the_page_and_says_so() {
    let story = json(
        &[
            "extract",
            "--date",
            "2025-06-02",
            &page_path("ledger-layoffs"),
        ],
        b"",
    );
    assert_eq!(story["reference_date"], "2025-06-02");
    assert_eq!(story["reference_date_source"], "flag");
    assert_eq!(resolved(&story, "last week").as_deref(), Some("2025-W22"));
}

#[test]
fn a_page_without_a_date_leaves_relative_dates_unresolved() {
    let story = json(&["extract", &page_path("no-date")], b"");
    assert_eq!(story["reference_date"], Value::Null);
    assert_eq!(story["reference_date_source"], Value::Null);
    assert_eq!(story["document"]["site_name"], "Metro Daily");
}

#[test]
fn text_keeps_its_dateline_date_and_names_it() {
    let text = b"LONDON, March 3, 2025 (Reuters) - Acme said last week it would cut 300 jobs.\n";
    let story = json(&["extract", "-"], text);
    if story["reference_date"].is_null() {
        assert_eq!(story["reference_date_source"], Value::Null);
    } else {
        assert_eq!(story["reference_date_source"], "dateline");
    }
    assert_eq!(story["document"], serde_json::json!({}));
}

#[test]
fn a_page_piped_in_is_known_by_its_content() {
    let story = json(&["extract"], &page("jsonld-graph"));
    assert_eq!(story["reference_date_source"], "html:json-ld:datePublished");
    assert_eq!(story["document"]["byline"], "Tomás Ortega, Mei Lin");
}

#[test]
fn a_page_in_a_legacy_encoding_warns_about_nothing_and_reads_right() {
    let (code, out, err) = run(&["extract", &page_path("latin1-dc-date")], b"");
    assert_eq!(code, 0);
    assert!(err.is_empty(), "{err}");
    assert!(out.contains("£12 million\""), "{out}");
}

#[test]
fn a_url_is_fetched_and_named_in_the_document_section() {
    let url = format!("{}/ledger", server());
    let story = json(&["extract", &url], b"");
    assert_eq!(story["document"]["url"], url.as_str());
    assert_eq!(
        story["reference_date_source"],
        "html:article:published_time"
    );
    let (_, md, _) = run(&["extract", "--format", "md", &url], b"");
    assert!(md.contains("\nSource: Harbor Freight Lines to cut 1,200 jobs in second round\n"));
    assert!(md.contains("\nThe Morning Ledger, by Priya Raman\n"));
    assert!(md.contains(&format!("\n<{url}>\n")));
    assert!(
        md.contains("\nReference date: 2025-03-14 (from `html:article:published_time`)\n"),
        "{md}"
    );
}

#[test]
fn a_failing_url_is_one_line_and_exit_code_2() {
    let url = format!("{}/missing", server());
    let (code, out, err) = run(&["extract", &url], b"");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(
        err,
        format!("dateline: {url}: the server answered HTTP 404 Not Found\n")
    );
}

#[test]
fn jsonl_records_may_name_a_url() {
    let ledger = format!("{}/ledger", server());
    let missing = format!("{}/missing", server());
    let input = format!(
        "{}\n{}\n{}\n{}\n",
        serde_json::json!({"id": "a", "url": ledger}),
        serde_json::json!({"id": "b", "url": missing}),
        serde_json::json!({"id": "c", "url": ledger, "date": "2025-06-02"}),
        serde_json::json!({"id": "d"}),
    );
    let (code, out, _) = run(&["extract", "--jsonl"], input.as_bytes());
    assert_eq!(code, 2, "the bad records make the exit code 2");
    let records: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(records.len(), 4);
    assert_eq!(records[0]["id"], "a");
    assert_eq!(records[0]["reference_date"], "2025-03-14");
    assert_eq!(records[0]["document"]["url"], ledger.as_str());
    assert_eq!(
        records[1]["error"],
        format!("line 2: {missing}: the server answered HTTP 404 Not Found")
    );
    assert_eq!(records[2]["reference_date"], "2025-06-02");
    assert_eq!(records[2]["reference_date_source"], "flag");
    assert_eq!(
        records[3]["error"],
        "line 4: a record needs \"text\" or \"url\""
    );
}

#[test]
fn a_binary_file_named_html_and_a_nesting_bomb_are_refused_before_anything_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let binary = dir.path().join("photo.html");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    let (code, _, err) = run(&["extract", binary.to_str().expect("path")], b"");
    assert_eq!(code, 2);
    assert!(err.contains("binary content"), "{err}");
    let bomb = dir.path().join("bomb.html");
    std::fs::write(&bomb, "<div>".repeat(100_000)).expect("write");
    let (code, _, err) = run(&["extract", bomb.to_str().expect("path")], b"");
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("nested more than 512 elements deep"), "{err}");
}

#[test]
fn plain_mode_says_where_the_reference_date_came_from() {
    let (code, out, _) = run(&["--plain", &page_path("ledger-layoffs")], b"q\n");
    assert_eq!(code, 0);
    assert!(
        out.contains(", dates read against 2025-03-14 (from html:article:published_time)."),
        "{out}"
    );
    let (_, out, _) = run(
        &[
            "--plain",
            "--date",
            "2025-06-02",
            &page_path("ledger-layoffs"),
        ],
        b"q\n",
    );
    assert!(
        out.contains(", dates read against 2025-06-02 (from --date)."),
        "{out}"
    );
    let (_, md, _) = run(
        &[
            "extract",
            "--format",
            "md",
            "--date",
            "2025-06-02",
            &page_path("ledger-layoffs"),
        ],
        b"",
    );
    assert!(
        md.contains("\nReference date: 2025-06-02 (from `--date`)\n"),
        "{md}"
    );
}

#[test]
fn the_tui_does_not_fetch_a_url_when_stdout_is_not_a_terminal() {
    // Nothing listens on this port: fetching would say "could not connect".
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let (code, out, err) = run(&[&format!("http://127.0.0.1:{port}/")], b"");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.starts_with("dateline: standard output is not a terminal"),
        "{err}"
    );
}

#[test]
fn a_saved_page_never_touches_the_network() {
    // A page whose images, scripts, styles, frames and links all point at a listener here:
    // reading it (and its canonical URL, and the plain-mode session) must connect to none.
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let html = format!(
        "<!DOCTYPE html><html><head><title>Mill reopens</title>\
         <link rel=stylesheet href=\"{base}/s.css\"><script src=\"{base}/a.js\"></script>\
         <link rel=canonical href=\"{base}/story\"><meta property=og:image content=\"{base}/i.png\">\
         <meta property=article:published_time content=2025-02-03></head><body>\
         <article><h1>Mill reopens</h1><img src=\"{base}/p.jpg\" srcset=\"{base}/p2.jpg 2x\">\
         <iframe src=\"{base}/frame\"></iframe><p>The paper mill in Ashby will reopen next month \
         with 300 jobs, the owners said on Monday. <a href=\"{base}/more\">More</a></p>\
         </article></body></html>"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("mill.html");
    std::fs::write(&page, html).expect("write");
    let page = page.to_str().expect("path");
    let story = json(&["extract", page], b"");
    assert_eq!(story["document"]["canonical_url"], format!("{base}/story"));
    let (code, _, _) = run(&["--plain", page], b"f\nl\nq\n");
    assert_eq!(code, 0);
    listener.set_nonblocking(true).expect("non-blocking");
    assert!(
        matches!(listener.accept(), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock),
        "no connection was made"
    );
}
