//! Fetching URLs, against an HTTP server these tests start on 127.0.0.1 (never the internet):
//! redirects, 404, a slow answer, charsets right and wrong, bodies over the cap (declared and
//! streamed), gzip and a gzip bomb, content that is not a page, TLS spoken to a plain server,
//! a refused connection. The server answers each connection on its own thread and stops by
//! itself when the test process ends; no request loop is unbounded.

use dateline::web::fetch::{FetchErrorKind, Limits, fetch_within};
use dateline::web::{self, is_url};
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::OnceLock;
use std::thread;
use std::time::Duration;

/// How long the slow route waits before answering: longer than the tests' timeout.
const SLOW: Duration = Duration::from_secs(3);

/// The tests' fetch timeout (the default is 30 s).
const TIMEOUT: Duration = Duration::from_secs(1);

/// The cap the tests hold bodies to (the default is the file cap, 256 MiB).
const CAP: u64 = 64 * 1024;

const PAGE: &str = "<!doctype html><html><head><title>Mill to reopen with 300 jobs</title>\
    <meta property=\"article:published_time\" content=\"2025-02-03T08:00:00Z\"></head><body>\
    <nav><a href=/>Home</a></nav><article><h1>Mill to reopen with 300 jobs</h1>\
    <p>The paper mill closed last year will reopen in April with about 300 jobs, its new owner said on Monday.</p>\
    <p>The owner paid $45 million for the site and plans to invest a further $20 million in new machines.</p>\
    </article></body></html>";

fn limits() -> Limits {
    Limits {
        timeout: TIMEOUT,
        max_redirects: 3,
        max_bytes: CAP,
    }
}

/// The base URL of the test server, started once for the whole test binary.
fn server() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                thread::spawn(move || answer(stream));
            }
        });
        base
    })
}

fn answer(mut stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let html = "text/html; charset=utf-8";
    let (status, headers, body): (&str, Vec<(&str, String)>, Vec<u8>) = match path.as_str() {
        "/page" => ("200 OK", vec![("Content-Type", html.into())], PAGE.into()),
        "/moved" => ("301 Moved Permanently", vec![("Location", "/found".into())], vec![]),
        "/found" => ("302 Found", vec![("Location", "/page".into())], vec![]),
        "/loop" => ("302 Found", vec![("Location", "/loop".into())], vec![]),
        "/missing" => ("404 Not Found", vec![("Content-Type", html.into())], b"<h1>no</h1>".to_vec()),
        "/broken" => ("500 Internal Server Error", vec![], vec![]),
        "/slow" => {
            thread::sleep(SLOW);
            ("200 OK", vec![("Content-Type", html.into())], PAGE.into())
        }
        "/latin1" => (
            "200 OK",
            vec![("Content-Type", "text/html; charset=ISO-8859-1".into())],
            b"<html><body><p>Caf\xe9 owners paid \xa3300 for the licence, the council said.</p></body></html>".to_vec(),
        ),
        "/wrong-label" => (
            "200 OK",
            vec![("Content-Type", "text/html; charset=klingon".into())],
            b"<html><head><meta charset=windows-1252></head><body><p>Na\xefve caf\xe9 pricing, the report said.</p></body></html>".to_vec(),
        ),
        "/mislabelled" => (
            "200 OK",
            vec![("Content-Type", "text/html; charset=utf-8".into())],
            b"<html><body><p>Caf\xe9 sales fell 5% last quarter, the company said.</p></body></html>".to_vec(),
        ),
        "/huge" => (
            "200 OK",
            vec![("Content-Type", html.into())],
            vec![b'a'; CAP as usize + 1],
        ),
        "/huge-chunked" => return stream_without_length(stream, CAP as usize * 4),
        "/gzip" => (
            "200 OK",
            vec![("Content-Type", html.into()), ("Content-Encoding", "gzip".into())],
            gzip(PAGE.as_bytes()),
        ),
        "/bomb" => (
            "200 OK",
            vec![("Content-Type", html.into()), ("Content-Encoding", "gzip".into())],
            gzip(&vec![b' '; 64 * CAP as usize]),
        ),
        "/image" => ("200 OK", vec![("Content-Type", "image/png".into())], b"\x89PNG\r\n\x1a\n".to_vec()),
        "/text" => (
            "200 OK",
            vec![("Content-Type", "text/plain".into())],
            b"Plain text: the index rose 2% on Monday.".to_vec(),
        ),
        "/untyped" => ("200 OK", vec![], PAGE.into()),
        "/page-as-text" => ("200 OK", vec![("Content-Type", "text/plain".into())], PAGE.into()),
        _ => ("404 Not Found", vec![], vec![]),
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// A close-delimited body of `len` bytes with no Content-Length: the cap must stop the read.
fn stream_without_length(mut stream: TcpStream, len: usize) {
    let _ = stream
        .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n");
    let chunk = vec![b'x'; 8 * 1024];
    for _ in 0..len / chunk.len() {
        if stream.write_all(&chunk).is_err() {
            return;
        }
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

fn url(path: &str) -> String {
    format!("{}{path}", server())
}

fn kind(path: &str) -> FetchErrorKind {
    fetch_within(&url(path), limits())
        .expect_err("an error")
        .kind
}

#[test]
fn a_page_is_fetched_and_read_with_its_date_and_url() {
    let fetched = fetch_within(&url("/page"), limits()).expect("fetched");
    assert!(fetched.is_html());
    assert_eq!(fetched.charset.as_deref(), Some("utf-8"));
    let page = web::read_bytes(
        &fetched.bytes,
        fetched.charset.as_deref(),
        Some(&fetched.url),
    )
    .expect("a page");
    assert!(
        page.text
            .starts_with("Mill to reopen with 300 jobs\n\nThe paper mill")
    );
    assert!(!page.text.contains("Home"));
    let published = page.meta.published.expect("a date");
    assert_eq!(published.date, jiff::civil::date(2025, 2, 3));
    assert_eq!(page.meta.url.as_deref(), Some(url("/page").as_str()));
}

#[test]
fn redirects_are_followed_to_the_final_url_and_bounded() {
    let fetched = fetch_within(&url("/moved"), limits()).expect("two redirects");
    assert_eq!(fetched.url, url("/page"));
    assert_eq!(kind("/loop"), FetchErrorKind::TooManyRedirects(3));
    let err = fetch_within(&url("/loop"), limits()).expect_err("a loop");
    assert_eq!(
        err.to_string(),
        format!("{}: more than 3 redirects", url("/loop"))
    );
}

#[test]
fn an_error_status_is_one_line_with_its_code() {
    assert_eq!(kind("/missing"), FetchErrorKind::Status(404));
    let err = fetch_within(&url("/missing"), limits()).expect_err("404");
    assert_eq!(
        err.to_string(),
        format!(
            "{}: the server answered HTTP 404 Not Found",
            url("/missing")
        )
    );
    assert_eq!(kind("/broken"), FetchErrorKind::Status(500));
}

#[test]
fn a_slow_server_times_out() {
    let started = std::time::Instant::now();
    assert_eq!(kind("/slow"), FetchErrorKind::Timeout(TIMEOUT));
    assert!(
        started.elapsed() < SLOW,
        "gave up before the server answered"
    );
}

#[test]
fn the_servers_charset_is_honoured_and_a_wrong_one_is_survived() {
    let read = |path: &str| {
        let f = fetch_within(&url(path), limits()).expect("fetched");
        web::read_bytes(&f.bytes, f.charset.as_deref(), Some(&f.url)).expect("a page")
    };
    let latin1 = read("/latin1");
    assert!(
        latin1.text.contains("Café owners paid £300"),
        "{}",
        latin1.text
    );
    assert!(latin1.warnings.is_empty());
    // An unknown label: the page's own <meta charset> is used, with a warning.
    let unknown = read("/wrong-label");
    assert!(
        unknown.text.contains("Naïve café pricing"),
        "{}",
        unknown.text
    );
    assert!(unknown.warnings[0].contains("unknown character encoding \"klingon\""));
    // Latin-1 bytes sent as UTF-8: shown as � with a warning, never refused.
    let wrong = read("/mislabelled");
    assert!(
        wrong.text.contains("Caf\u{FFFD} sales fell 5%"),
        "{}",
        wrong.text
    );
    assert!(wrong.warnings[0].contains("not valid UTF-8: 1 invalid byte sequence"));
}

#[test]
fn bodies_over_the_cap_are_refused_declared_or_streamed() {
    assert_eq!(kind("/huge"), FetchErrorKind::TooLarge(CAP));
    assert_eq!(kind("/huge-chunked"), FetchErrorKind::TooLarge(CAP));
    let bigger = Limits {
        max_bytes: 2 * CAP,
        ..limits()
    };
    let fetched = fetch_within(&url("/huge"), bigger).expect("under a bigger cap");
    assert_eq!(fetched.bytes.len(), CAP as usize + 1);
}

#[test]
fn gzip_is_decoded_and_a_gzip_bomb_stops_at_the_cap() {
    let fetched = fetch_within(&url("/gzip"), limits()).expect("gzip page");
    assert_eq!(fetched.bytes, PAGE.as_bytes());
    // 4 MiB of spaces in 4 KiB on the wire, fetched with a 64 KiB cap: stopped at the cap.
    assert_eq!(kind("/bomb"), FetchErrorKind::TooLarge(CAP));
}

#[test]
fn content_that_is_not_a_page_or_text_is_refused_from_its_type() {
    assert_eq!(kind("/image"), FetchErrorKind::NotText("image/png".into()));
    let err = fetch_within(&url("/image"), limits()).expect_err("an image");
    assert!(
        err.to_string()
            .ends_with(": image/png is not a web page or a text article")
    );
    let text = fetch_within(&url("/text"), limits()).expect("text");
    assert!(!text.is_html());
    let untyped = fetch_within(&url("/untyped"), limits()).expect("no Content-Type");
    assert!(untyped.is_html(), "sniffed from its content");
    let mislabelled = fetch_within(&url("/page-as-text"), limits()).expect("text/plain page");
    assert!(
        mislabelled.is_html(),
        "a page served as text/plain is a page"
    );
}

#[test]
fn tls_to_a_server_that_answers_in_plain_http_fails_with_a_tls_error() {
    // A plain HTTP server answering the TLS ClientHello at once, as a misconfigured port does.
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let https = format!("https://{}/page", listener.local_addr().expect("address"));
    let server = thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let mut hello = [0u8; 512];
            let _ = std::io::Read::read(&mut stream, &mut hello);
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let err = fetch_within(&https, limits()).expect_err("not TLS");
    server.join().expect("server thread");
    assert!(matches!(err.kind, FetchErrorKind::Tls(_)), "{err:?}");
    assert!(
        err.to_string()
            .starts_with(&format!("{https}: TLS failed (")),
        "{err}"
    );
}

#[test]
fn a_refused_connection_says_so() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    };
    let err = fetch_within(&format!("http://127.0.0.1:{port}/"), limits()).expect_err("closed");
    assert!(matches!(err.kind, FetchErrorKind::Connect(_)), "{err:?}");
    assert!(err.to_string().contains("could not connect"), "{err}");
}

#[test]
fn only_web_addresses_are_urls() {
    for u in ["http://a.example/", "HTTPS://a.example/x"] {
        assert!(is_url(u), "{u}");
    }
    for not in [
        "page.html",
        "ftp://a.example/",
        "file:///etc/passwd",
        "-",
        "http:/x",
        "",
    ] {
        assert!(!is_url(not), "{not}");
        let err = fetch_within(not, limits()).expect_err("not a URL");
        assert!(matches!(err.kind, FetchErrorKind::BadUrl(_)), "{not}");
    }
}
