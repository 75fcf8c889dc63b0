//! A URL's bytes, fetched with `ureq` (blocking, rustls with the bundled web roots, gzip) and
//! held to the limits of a file: at most [`MAX_REDIRECTS`] redirects, [`TIMEOUT`] in all, no
//! more than the file cap after decompression (so a gzip bomb stops at the cap), and only
//! HTML or text — an image or a PDF is refused from its `Content-Type` before its body is
//! read. Every failure is one line that names the URL and what went wrong.

use crate::story::load::MAX_BYTES;
use std::fmt;
use std::time::Duration;
use ureq::ResponseExt;

/// Redirects followed before giving up (browsers allow 20; news links need two or three).
pub const MAX_REDIRECTS: u32 = 5;

/// The whole fetch, from DNS to the last byte.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// Connecting (DNS, TCP and TLS) to one server.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// What dateline asks for: pages first, text next.
const ACCEPT: &str = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1";

/// Limits of one fetch; the defaults are the constants above and the file cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub timeout: Duration,
    pub max_redirects: u32,
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: TIMEOUT,
            max_redirects: MAX_REDIRECTS,
            max_bytes: MAX_BYTES,
        }
    }
}

/// A fetched body and what the server said about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// Where the body came from, after redirects.
    pub url: String,
    /// The `Content-Type`'s media type (`text/html`), lower case; `None` when not sent.
    pub mime: Option<String>,
    /// The `Content-Type`'s `charset`.
    pub charset: Option<String>,
}

impl Fetched {
    /// True when the server calls it HTML or the bytes are HTML whatever the server calls
    /// them (a page served as `text/plain`, or with no `Content-Type`).
    pub fn is_html(&self) -> bool {
        matches!(
            self.mime.as_deref(),
            Some("text/html" | "application/xhtml+xml")
        ) || super::sniff::looks_like_html(&self.bytes)
    }
}

/// Why a URL could not be read. The message names the URL; whoever prints it sanitises it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    pub url: String,
    pub kind: FetchErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchErrorKind {
    BadUrl(String),
    Dns,
    Connect(String),
    Tls(String),
    Timeout(Duration),
    Status(u16),
    TooManyRedirects(u32),
    TooLarge(u64),
    NotText(String),
    Other(String),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = &self.url;
        match &self.kind {
            FetchErrorKind::BadUrl(why) => write!(f, "{url}: not a URL dateline can fetch ({why})"),
            FetchErrorKind::Dns => write!(f, "{url}: host not found (DNS lookup failed)"),
            FetchErrorKind::Connect(why) => write!(f, "{url}: could not connect ({why})"),
            FetchErrorKind::Tls(why) => write!(f, "{url}: TLS failed ({why})"),
            FetchErrorKind::Timeout(t) => {
                write!(f, "{url}: no complete answer within {} s", t.as_secs())
            }
            FetchErrorKind::Status(code) => {
                let reason = ureq::http::StatusCode::from_u16(*code)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .unwrap_or("error");
                write!(f, "{url}: the server answered HTTP {code} {reason}")
            }
            FetchErrorKind::TooManyRedirects(n) => {
                write!(f, "{url}: more than {n} redirects")
            }
            FetchErrorKind::TooLarge(cap) => write!(
                f,
                "{url}: the page is larger than the {} MiB dateline opens",
                cap / (1024 * 1024)
            ),
            FetchErrorKind::NotText(mime) => {
                write!(f, "{url}: {mime} is not a web page or a text article")
            }
            FetchErrorKind::Other(why) => write!(f, "{url}: {why}"),
        }
    }
}

impl std::error::Error for FetchError {}

/// True for an argument that names a web address rather than a file.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches `url` within the default [`Limits`].
pub fn fetch(url: &str) -> Result<Fetched, FetchError> {
    fetch_within(url, Limits::default())
}

/// Fetches `url` within `limits`.
pub fn fetch_within(url: &str, limits: Limits) -> Result<Fetched, FetchError> {
    let fail = |kind| FetchError {
        url: url.to_string(),
        kind,
    };
    if !is_url(url) {
        return Err(fail(FetchErrorKind::BadUrl(
            "it must start with http:// or https://".into(),
        )));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(limits.timeout))
        .timeout_connect(Some(CONNECT_TIMEOUT))
        .max_redirects(limits.max_redirects)
        .user_agent(concat!("dateline/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .header("Accept", ACCEPT)
        .call()
        .map_err(|e| fail(kind_of(e, limits)))?;
    let final_url = response.get_uri().to_string();
    let body = response.body_mut();
    let mime = body.mime_type().map(str::to_ascii_lowercase);
    let charset = body.charset().map(str::to_string);
    if let Some(m) = &mime
        && !(m.starts_with("text/") || m == "application/xhtml+xml")
    {
        return Err(fail(FetchErrorKind::NotText(crate::sanitize::line(m))));
    }
    if body.content_length().is_some_and(|n| n > limits.max_bytes) {
        return Err(fail(FetchErrorKind::TooLarge(limits.max_bytes)));
    }
    let bytes = body
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(|e| fail(kind_of(e, limits)))?;
    Ok(Fetched {
        bytes,
        url: final_url,
        mime,
        charset,
    })
}

fn kind_of(error: ureq::Error, limits: Limits) -> FetchErrorKind {
    use ureq::Error as E;
    match error {
        E::StatusCode(code) => FetchErrorKind::Status(code),
        E::HostNotFound => FetchErrorKind::Dns,
        E::Timeout(_) => FetchErrorKind::Timeout(limits.timeout),
        E::TooManyRedirects => FetchErrorKind::TooManyRedirects(limits.max_redirects),
        E::BodyExceedsLimit(_) => FetchErrorKind::TooLarge(limits.max_bytes),
        E::Tls(why) => FetchErrorKind::Tls(why.to_string()),
        E::Rustls(e) => FetchErrorKind::Tls(e.to_string()),
        E::Pem(e) => FetchErrorKind::Tls(e.to_string()),
        E::BadUri(why) => FetchErrorKind::BadUrl(why),
        E::ConnectionFailed => FetchErrorKind::Connect("connection failed".into()),
        // ureq hands rustls's handshake errors over inside an io::Error.
        E::Io(e) if e.get_ref().is_some_and(|inner| inner.is::<rustls::Error>()) => {
            FetchErrorKind::Tls(e.get_ref().map(ToString::to_string).unwrap_or_default())
        }
        E::Io(e) => match e.kind() {
            std::io::ErrorKind::ConnectionRefused => FetchErrorKind::Connect("refused".into()),
            std::io::ErrorKind::TimedOut => FetchErrorKind::Timeout(limits.timeout),
            _ => FetchErrorKind::Other(e.to_string()),
        },
        E::Decompress(_, e) => FetchErrorKind::Other(format!("damaged compressed body ({e})")),
        other => FetchErrorKind::Other(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The tests never leave 127.0.0.1 (tests/html_fetch.rs), so a DNS failure is shown here
    // from the error ureq gives for it.
    #[test]
    fn a_dns_failure_is_one_line_naming_the_host_lookup() {
        let error = FetchError {
            url: "https://nowhere.example/a".into(),
            kind: kind_of(ureq::Error::HostNotFound, Limits::default()),
        };
        assert_eq!(error.kind, FetchErrorKind::Dns);
        assert_eq!(
            error.to_string(),
            "https://nowhere.example/a: host not found (DNS lookup failed)"
        );
    }

    #[test]
    fn each_failure_maps_to_its_kind() {
        let limits = Limits::default();
        let cases = [
            (ureq::Error::StatusCode(403), FetchErrorKind::Status(403)),
            (
                ureq::Error::TooManyRedirects,
                FetchErrorKind::TooManyRedirects(MAX_REDIRECTS),
            ),
            (
                ureq::Error::BodyExceedsLimit(1),
                FetchErrorKind::TooLarge(MAX_BYTES),
            ),
            (
                ureq::Error::Tls("bad cert"),
                FetchErrorKind::Tls("bad cert".into()),
            ),
        ];
        for (error, kind) in cases {
            assert_eq!(kind_of(error, limits), kind);
        }
        let too_large = FetchError {
            url: "http://a.example/".into(),
            kind: FetchErrorKind::TooLarge(MAX_BYTES),
        };
        assert_eq!(
            too_large.to_string(),
            "http://a.example/: the page is larger than the 256 MiB dateline opens"
        );
    }
}
