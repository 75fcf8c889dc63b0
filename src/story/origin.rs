//! Where an article came from, beside its text: the web page's own title, byline, site name
//! and URLs, and where the reference date came from. Filled by whoever opens the article
//! (`web::open`), after extraction; empty for the bundled story and plain text without a date.

/// The article's origin. Every field is optional: a text file has none of the page's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The page's title (also the text's first line).
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// Where the page was fetched from, after redirects.
    pub url: Option<String>,
    /// The page's `<link rel="canonical">` (or `og:url`).
    pub canonical_url: Option<String>,
    /// Where [`super::Story::reference_date`] came from: `"flag"` (`--date`), the page's
    /// metadata (`"html:article:published_time"`, …) or `"dateline"` (a date the text
    /// states in its dateline).
    pub reference_date_source: Option<String>,
}

impl Origin {
    /// The address a citation names: the URL the page came from, else its canonical URL.
    pub fn citation_url(&self) -> Option<&str> {
        self.url.as_deref().or(self.canonical_url.as_deref())
    }

    /// Where the reference date came from, as the status bar and plain mode say it: the
    /// page's field (`html:article:published_time`), `--date`, or `dateline`.
    pub fn reference_date_label(&self) -> Option<&str> {
        match self.reference_date_source.as_deref()? {
            "flag" => Some("--date"),
            "ui" => Some("set with D"),
            other => Some(other),
        }
    }

    /// True when nothing is known beyond the text.
    pub fn is_empty(&self) -> bool {
        *self == Origin::default()
    }
}
