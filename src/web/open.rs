//! The one way an article is opened from what the user names — a file, `-` (stdin) or a URL —
//! for the TUI, plain mode and `dateline extract` alike. A web page (known by its content, its
//! file extension or the server's `Content-Type`) is read to its article text and what it says
//! about itself; anything else is decoded as text, exactly as before. Nothing touches the
//! network unless the argument is a URL.

use super::fetch::{FetchError, Fetched};
use super::{Page, Published, sniff};
use crate::sanitize;
use crate::story::load::{self, Loaded};
use crate::story::{Origin, Story};
use jiff::civil::Date;
use std::path::Path;

/// What the user named.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// The bundled story.
    Bundled,
    /// `-`: standard input.
    Stdin,
    Path(&'a Path),
    Url(&'a str),
}

impl<'a> Input<'a> {
    /// The input an argument names: `-`, an http(s) URL, or a path.
    pub fn from_arg(arg: Option<&'a Path>) -> Input<'a> {
        match arg {
            None => Input::Bundled,
            Some(p) if p.as_os_str() == "-" => Input::Stdin,
            Some(p) => match p.to_str() {
                Some(s) if super::is_url(s) => Input::Url(s),
                _ => Input::Path(p),
            },
        }
    }
}

/// An opened article.
#[derive(Debug, Clone, Default)]
pub struct Opened {
    pub text: String,
    /// Its sanitised display name: the path, `stdin`, the URL (after redirects), or the
    /// bundled story's name.
    pub name: String,
    /// Sanitised warnings for the status bar or stderr.
    pub warnings: Vec<String>,
    /// The page's metadata; empty for text.
    pub origin: Origin,
    /// The page's publication date and where it was found.
    pub published: Option<Published>,
}

impl Opened {
    /// The reference date extraction uses: `--date` when given, else the page's own date.
    pub fn reference_date(&self, flag: Option<Date>) -> Option<Date> {
        flag.or(self.published.map(|p| p.date))
    }

    /// Puts the origin on an extracted story, with where its reference date came from:
    /// `flag`, the page's metadata, or `dateline` when extraction found one in the text.
    pub fn finish(&self, story: &mut Story, flag: Option<Date>) {
        let mut origin = self.origin.clone();
        origin.reference_date_source = match (flag, self.published) {
            (Some(_), _) => Some("flag".to_string()),
            (None, Some(p)) => Some(p.source.as_str()),
            (None, None) => story.reference_date.map(|_| "dateline".to_string()),
        };
        story.origin = origin;
    }
}

/// Opens `input`; `fetch` is called for a URL only. The error is one sanitised line.
pub fn open(
    input: Input<'_>,
    stdin: impl FnOnce() -> Result<Vec<u8>, load::LoadError>,
    fetch: impl FnOnce(&str) -> Result<Fetched, FetchError>,
) -> Result<Opened, String> {
    let line = |e: &dyn std::fmt::Display| sanitize::line(&e.to_string());
    match input {
        Input::Bundled => Ok(Opened {
            text: crate::BUNDLED_STORY.to_string(),
            name: crate::BUNDLED_NAME.to_string(),
            ..Opened::default()
        }),
        Input::Stdin => {
            let bytes = stdin().map_err(|e| line(&e))?;
            // Named `-`, as the user wrote it (the status bar and the export's file name).
            from_bytes(bytes, "-", false, None, None)
        }
        Input::Path(path) => {
            let name = path.display().to_string();
            let bytes = load::read_path(path).map_err(|e| line(&e))?;
            from_bytes(bytes, &name, sniff::html_extension(&name), None, None)
        }
        Input::Url(url) => {
            let fetched = fetch(url).map_err(|e| line(&e))?;
            let html = fetched.is_html();
            let Fetched {
                bytes,
                url,
                charset,
                ..
            } = fetched;
            from_bytes(bytes, &url, false, Some(html), charset.as_deref()).map(|mut o| {
                o.origin.url.get_or_insert(url.clone());
                o
            })
        }
    }
}

/// Reads `bytes` named `name` as a page when `as_html` says so (or, when it says nothing,
/// when the extension or the content does), else as text.
fn from_bytes(
    bytes: Vec<u8>,
    name: &str,
    html_name: bool,
    as_html: Option<bool>,
    charset: Option<&str>,
) -> Result<Opened, String> {
    let shown = sanitize::line(name);
    let is_url = super::is_url(name);
    let html = as_html.unwrap_or_else(|| html_name || sniff::looks_like_html(&bytes));
    if !html {
        let Loaded { text, warnings } = load::decode_owned(bytes).ok_or_else(|| {
            sanitize::line(&load::LoadError::Binary(name.to_string()).to_string())
        })?;
        return Ok(Opened {
            text,
            name: shown,
            warnings: warnings.iter().map(|w| sanitize::line(w)).collect(),
            ..Opened::default()
        });
    }
    let url = is_url.then_some(name);
    let Page {
        text,
        meta,
        warnings,
    } = super::read_bytes(&bytes, charset, url).map_err(|e| format!("{shown}: {e}"))?;
    Ok(Opened {
        text,
        name: shown,
        warnings: warnings.iter().map(|w| sanitize::line(w)).collect(),
        origin: Origin {
            title: meta.title,
            byline: meta.byline,
            site_name: meta.site_name,
            url: meta.url,
            canonical_url: meta.canonical_url,
            reference_date_source: None,
        },
        published: meta.published,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_stdin() -> Result<Vec<u8>, load::LoadError> {
        panic!("stdin is not read")
    }

    fn no_network(url: &str) -> Result<Fetched, FetchError> {
        panic!("no network access for {url}")
    }

    #[test]
    fn arguments_name_their_input() {
        assert!(matches!(Input::from_arg(None), Input::Bundled));
        assert!(matches!(
            Input::from_arg(Some(Path::new("-"))),
            Input::Stdin
        ));
        assert!(matches!(
            Input::from_arg(Some(Path::new("https://a.example/x"))),
            Input::Url("https://a.example/x")
        ));
        assert!(matches!(
            Input::from_arg(Some(Path::new("http.html"))),
            Input::Path(_)
        ));
    }

    #[test]
    fn text_from_stdin_stays_text_and_a_page_from_stdin_is_read() {
        let text =
            open(Input::Stdin, || Ok(b"Plain <b> text.".to_vec()), no_network).expect("text");
        assert_eq!(text.text, "Plain <b> text.");
        assert!(text.origin.is_empty());
        let page = open(
            Input::Stdin,
            || Ok(b"<html><head><title>T</title></head><body><p>Body.</p></body></html>".to_vec()),
            no_network,
        )
        .expect("page");
        assert_eq!(page.text, "T\n\nBody.\n");
        assert_eq!(page.name, "-");
    }

    #[test]
    fn the_reference_date_and_its_source() {
        let mut opened = Opened::default();
        let day = jiff::civil::date(2025, 3, 14);
        opened.published = Some(Published {
            date: day,
            source: super::super::DateSource::ArticlePublishedTime,
        });
        assert_eq!(opened.reference_date(None), Some(day));
        let flag = jiff::civil::date(2026, 1, 1);
        assert_eq!(opened.reference_date(Some(flag)), Some(flag));
        let mut story = Story::default();
        opened.finish(&mut story, None);
        assert_eq!(
            story.origin.reference_date_source.as_deref(),
            Some("html:article:published_time")
        );
        opened.finish(&mut story, Some(flag));
        assert_eq!(story.origin.reference_date_source.as_deref(), Some("flag"));
        let text = Opened::default();
        story.reference_date = Some(day);
        text.finish(&mut story, None);
        assert_eq!(
            story.origin.reference_date_source.as_deref(),
            Some("dateline")
        );
        story.reference_date = None;
        text.finish(&mut story, None);
        assert_eq!(story.origin.reference_date_source, None);
    }

    #[test]
    fn the_bundled_story_and_files_never_touch_stdin_or_the_network() {
        let bundled = open(Input::Bundled, no_stdin, no_network).expect("bundled");
        assert_eq!(bundled.text, crate::BUNDLED_STORY);
        let missing = open(
            Input::Path(Path::new("/no/such.html")),
            no_stdin,
            no_network,
        );
        assert_eq!(
            missing.err().as_deref(),
            Some("/no/such.html: no such file")
        );
    }
}
