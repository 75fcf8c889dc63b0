//! Articles as people have them: saved web pages and URLs. A page becomes the article text
//! dateline reads (its title as the first line, then the main text as reader modes find it,
//! with Readability's algorithm from `dom_smoothie`) and what the page says about itself: the
//! day it was published and where it says so, its byline, site name and canonical URL.
//!
//! - [`sniff`]: HTML or not, and its character encoding;
//! - [`guard`]: a page's size as the parser will meet it, measured first;
//! - [`layout`]: elements laid out as text;
//! - [`meta`]: dates and the canonical URL; [`jsonld`]: what schema.org markup says;
//! - [`fetch`]: a URL's bytes, with every limit of a file;
//! - [`open`]: a file, stdin or URL opened as the article, for every front end.

pub mod fetch;
pub mod guard;
pub mod jsonld;
pub mod layout;
pub mod meta;
pub mod open;
pub mod sniff;

pub use fetch::{FetchError, Fetched, fetch, is_url};
pub use meta::{DateSource, Published};

use dom_query::Document;
use dom_smoothie::{Config, Readability};
use layout::Scope;
use std::fmt;

/// How far the binary check looks (as for text files).
const BINARY_SNIFF: usize = 8 * 1024;

/// More than one byte in this many of the start being a control character that text never
/// holds (WHATWG's "binary data bytes") means the file is not a page.
const BINARY_RATIO: usize = 64;

/// Longest byline or site name kept: a longer one is a paragraph picked up by mistake.
const MAX_LABEL_CHARS: usize = 200;

/// An article read from a web page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The title, a blank line, then the article's paragraphs separated by blank lines.
    pub text: String,
    pub meta: PageMeta,
    /// What the reader should know: an undeclared or broken encoding, dates that disagree, a
    /// page too large for article detection.
    pub warnings: Vec<String>,
}

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    /// Where the page was fetched from, after redirects; `None` for a file.
    pub url: Option<String>,
    pub published: Option<Published>,
}

/// Why a page was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageError {
    /// Control bytes where text would be: an image, an archive, a program.
    Binary,
    /// Nested deeper, or with more nesting work, than the parser is given.
    TooComplex(guard::Shape),
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageError::Binary => write!(f, "binary content, not a web page or text article"),
            PageError::TooComplex(shape) if shape.max_depth > guard::MAX_DEPTH => write!(
                f,
                "a page nested more than {} elements deep; dateline does not parse it",
                guard::MAX_DEPTH
            ),
            PageError::TooComplex(_) => write!(
                f,
                "a page of more deeply nested elements than dateline parses"
            ),
        }
    }
}

impl std::error::Error for PageError {}

/// True when `bytes` hold binary data rather than text or HTML.
pub fn is_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(BINARY_SNIFF)];
    let binary = head
        .iter()
        .filter(|&&b| matches!(b, 0..=8 | 0x0B | 0x0E..=0x1A | 0x1C..=0x1F))
        .count();
    head.contains(&0) || binary * BINARY_RATIO > head.len()
}

/// Reads a page from its bytes: refuses binary data, decodes (`header_charset` is the
/// server's, when there is one), then [`read_html`].
pub fn read_bytes(
    bytes: &[u8],
    header_charset: Option<&str>,
    url: Option<&str>,
) -> Result<Page, PageError> {
    let starts_with_bom = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if !starts_with_bom && is_binary(bytes) {
        return Err(PageError::Binary);
    }
    let decoded = sniff::decode_html(bytes, header_charset);
    let mut page = read_html(&decoded.html, url)?;
    let mut warnings = decoded.warnings;
    warnings.append(&mut page.warnings);
    page.warnings = warnings;
    Ok(page)
}

/// Reads a decoded page: the article text and what the page says about itself. `url` is where
/// it came from, when it came from the web.
pub fn read_html(html: &str, url: Option<&str>) -> Result<Page, PageError> {
    read_html_within(html, url, guard::Limits::default())
}

/// [`read_html`] with other bounds than the defaults.
pub fn read_html_within(
    html: &str,
    url: Option<&str>,
    limits: guard::Limits,
) -> Result<Page, PageError> {
    let shape = guard::shape(html, limits);
    if !shape.fits_parser(limits) {
        return Err(PageError::TooComplex(shape));
    }
    let doc = Document::from(html);
    let found = meta::read(&doc, url);
    // The page's headline, before reader mode takes the document: it tells a title's site
    // suffix from the title when the page does not name its site.
    let headline = doc
        .select("h1")
        .nodes()
        .first()
        .map(|h| collapse(&h.text()));
    let mut warnings = found.warnings.clone();
    let mut meta = PageMeta {
        url: url.map(str::to_string),
        canonical_url: found.canonical_url,
        published: found.published,
        ..PageMeta::default()
    };
    let (article, doc) = if shape.fits_article(limits) {
        // Reader mode changes the document; should it find nothing, the page is parsed again.
        (reader_mode(doc), None)
    } else {
        warnings.push(format!(
            "the page has {} elements, too many for article detection: all its text is shown",
            shape.elements
        ));
        (None, Some(doc))
    };
    let body = match article {
        Some(article) => {
            meta.title = Some(article.title).filter(|t| !t.is_empty());
            meta.byline = article.byline;
            meta.site_name = article.site_name;
            article.text
        }
        None => {
            let doc = doc.unwrap_or_else(|| Document::from(html));
            meta.title = doc
                .select("title")
                .nodes()
                .first()
                .map(|t| collapse(&t.text()));
            meta.title = meta.title.filter(|t| !t.is_empty());
            let body = doc.body().map_or_else(
                || layout::layout(&doc.root(), Scope::Page),
                |b| layout::layout(&b, Scope::Page),
            );
            if shape.fits_article(limits) {
                warnings.push("no article found in the page: all its text is shown".into());
            }
            body
        }
    };
    meta.byline = meta
        .byline
        .or(found.byline)
        .as_deref()
        .and_then(clean_byline);
    meta.site_name = meta
        .site_name
        .or(found.site_name)
        .as_deref()
        .and_then(clean_label);
    if let (Some(title), Some(site)) = (&meta.title, &meta.site_name) {
        meta.title = Some(strip_site(title, site).to_string());
    }
    if let (Some(title), Some(headline)) = (&meta.title, &headline) {
        meta.title = Some(to_headline(title, headline).to_string());
    }
    let text = join_title(meta.title.as_deref(), &body);
    Ok(Page {
        text,
        meta,
        warnings,
    })
}

struct Article {
    title: String,
    byline: Option<String>,
    site_name: Option<String>,
    text: String,
}

/// Readability's main-text detection; `None` when it finds no article.
fn reader_mode(doc: Document) -> Option<Article> {
    let mut readability = Readability::with_document(doc, None, Some(Config::default())).ok()?;
    let article = readability.parse().ok()?;
    let content = Document::fragment(article.content);
    let text = layout::layout(&content.root(), Scope::Article);
    (!text.trim().is_empty()).then(|| Article {
        title: collapse(&article.title),
        byline: article.byline,
        site_name: article.site_name,
        text,
    })
}

/// The title as the first line, then the body; a body that opens with the title (the page's
/// own headline) does not repeat it.
fn join_title(title: Option<&str>, body: &str) -> String {
    let body = body.trim();
    match title {
        Some(title) if !title.is_empty() => {
            let rest = body
                .strip_prefix(title)
                .filter(|r| r.is_empty() || r.starts_with('\n'))
                .unwrap_or(body)
                .trim_start();
            if rest.is_empty() {
                format!("{title}\n")
            } else {
                format!("{title}\n\n{rest}\n")
            }
        }
        _ if body.is_empty() => String::new(),
        _ => format!("{body}\n"),
    }
}

/// "Acme cuts jobs | The Ledger" → "Acme cuts jobs" when the site is "The Ledger".
fn strip_site<'a>(title: &'a str, site: &str) -> &'a str {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(head) = title.strip_suffix(site).and_then(|t| t.strip_suffix(sep))
            && !head.trim().is_empty()
        {
            return head.trim();
        }
    }
    title
}

/// "Acme cuts jobs | Daily Wire" → "Acme cuts jobs" when the page's headline is "Acme cuts
/// jobs": a title that is the headline and a shorter suffix after a separator. (A headline of
/// fewer than three words, or one longer than what follows it, is a site's logo in an `<h1>`,
/// as in "Daily Wire | Acme cuts 300 jobs".)
fn to_headline<'a>(title: &'a str, headline: &str) -> &'a str {
    let words = |s: &str| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let suffixed = title.strip_prefix(headline).is_some_and(|rest| {
        [" | ", " - ", " – ", " — ", " :: ", " · ", ": "]
            .iter()
            .filter_map(|sep| rest.strip_prefix(sep))
            .any(|suffix| (1..words(headline)).contains(&words(suffix)))
    });
    if suffixed && words(headline) >= 3 {
        &title[..headline.len()]
    } else {
        title
    }
}

/// "By Jane Doe and John Roe" → "Jane Doe and John Roe".
fn clean_byline(byline: &str) -> Option<String> {
    let text = collapse(byline);
    let text = ["by ", "By ", "BY "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(&text);
    clean_label(text)
}

/// A byline or site name on one line, with any escape sequence or control character removed
/// (it is shown in the status bar and written into exports' headers).
fn clean_label(label: &str) -> Option<String> {
    let label = collapse(&crate::sanitize::line(&collapse(label)));
    (!label.is_empty() && label.chars().count() <= MAX_LABEL_CHARS).then_some(label)
}

/// Whitespace runs as one space, trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
