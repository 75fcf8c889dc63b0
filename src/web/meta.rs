//! What a page says about itself: when it was published (and where it says so), its
//! canonical URL. The publication date is looked for in order of trust — the OpenGraph
//! `article:published_time`, schema.org's `datePublished` (JSON-LD, then microdata), a
//! `<time datetime>` of the article, then the other date `<meta>`s (`og:`, Dublin Core, …) —
//! and when the page's metadata disagree by more than a day, a warning says so.

use dom_query::{Document, NodeRef};
use jiff::civil::Date;

/// Where a page's publication date came from; [`DateSource::as_str`] is the
/// `reference_date_source` of the JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// `<meta property="article:published_time">` (OpenGraph's article namespace).
    ArticlePublishedTime,
    /// `"datePublished"` in a JSON-LD block.
    JsonLd,
    /// `itemprop="datePublished"` (schema.org microdata).
    Microdata,
    /// `<time datetime>` in the article.
    Time,
    /// Another date `<meta>`, by its name as written in [`META_DATES`].
    Meta(&'static str),
}

impl DateSource {
    pub fn as_str(self) -> String {
        match self {
            DateSource::ArticlePublishedTime => "html:article:published_time".into(),
            DateSource::JsonLd => "html:json-ld:datePublished".into(),
            DateSource::Microdata => "html:microdata:datePublished".into(),
            DateSource::Time => "html:time".into(),
            DateSource::Meta(name) => format!("html:{name}"),
        }
    }
}

/// A page's publication date and where it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub date: Date,
    pub source: DateSource,
}

/// Date `<meta>` names (in `name` or `property`) trusted least, in this order: OpenGraph's
/// other spellings, Dublin Core, then the names publishing systems use.
const META_DATES: [&str; 15] = [
    "og:published_time",
    "og:article:published_time",
    "og:pubdate",
    "dc.date.issued",
    "dc.date",
    "dc.date.created",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "parsely-pub-date",
    "sailthru.date",
];

/// Dates further apart than this are a disagreement, not the same moment in two time zones.
const AGREE_DAYS: i32 = 1;

/// The Unix epoch's day: what an unset timestamp prints, never a publication date.
const EPOCH: Date = jiff::civil::date(1970, 1, 1);

/// Years before this are an unset or broken field.
const FIRST_YEAR: i16 = 1900;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub published: Option<Published>,
    pub canonical_url: Option<String>,
    /// The authors and publisher the JSON-LD names (reader mode reads only a top-level
    /// JSON-LD object; these fill in when it finds none).
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub warnings: Vec<String>,
}

/// Reads the page's dates and canonical URL; `page_url` (where it was fetched from) resolves
/// a relative canonical link.
pub fn read(doc: &Document, page_url: Option<&str>) -> Found {
    let metas = doc.select("meta");
    let meta = |wanted: &str| {
        metas.nodes().iter().find_map(|m| {
            let key = m.attr("property").or_else(|| m.attr("name"))?;
            key.eq_ignore_ascii_case(wanted)
                .then(|| m.attr("content"))
                .flatten()
                .and_then(|c| parse_date(&c))
        })
    };
    let mut candidates: Vec<Published> = Vec::new();
    let mut add = |date: Option<Date>, source| {
        if let Some(date) = date {
            candidates.push(Published { date, source });
        }
    };
    add(
        meta("article:published_time"),
        DateSource::ArticlePublishedTime,
    );
    let ld = super::jsonld::read(doc);
    add(ld.date, DateSource::JsonLd);
    add(microdata_date(doc), DateSource::Microdata);
    let time = time_date(doc);
    for name in META_DATES {
        add(meta(name), DateSource::Meta(name));
    }
    let published = candidates.first().copied().or(time.map(|date| Published {
        date,
        source: DateSource::Time,
    }));
    let mut warnings = Vec::new();
    if let Some(chosen) = published
        && let Some(other) = candidates
            .iter()
            .find(|c| (c.date - chosen.date).get_days().abs() > AGREE_DAYS)
    {
        warnings.push(format!(
            "the page gives two publication dates, {} ({}) and {} ({}); the first is used",
            chosen.date,
            chosen.source.as_str(),
            other.date,
            other.source.as_str()
        ));
    }
    Found {
        published,
        canonical_url: canonical(doc, page_url),
        byline: ld.byline,
        site_name: ld.site_name,
        warnings,
    }
}

/// A date as pages write it: ISO 8601 (`2025-03-14`, `2025-03-14T09:30:00-05:00`; the day as
/// written, which is the publisher's), `2025/03/14`, or RFC 2822 (`Fri, 14 Mar 2025 09:30:00
/// GMT`).
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let b = text.as_bytes();
    let date = if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(b[4], b'-' | b'/')
        && b[7] == b[4]
        && b.get(10).is_none_or(|c| !c.is_ascii_digit())
    {
        let num = |r: std::ops::Range<usize>| text.get(r)?.parse::<i8>().ok();
        let year = text.get(..4)?.parse::<i16>().ok()?;
        Date::new(year, num(5..7)?, num(8..10)?).ok()?
    } else {
        jiff::fmt::rfc2822::parse(text).ok()?.date()
    };
    (date.year() >= FIRST_YEAR && date != EPOCH).then_some(date)
}

fn microdata_date(doc: &Document) -> Option<Date> {
    doc.select("[itemprop]").nodes().iter().find_map(|n| {
        let prop = n.attr("itemprop")?;
        if !prop.split_ascii_whitespace().any(|p| p == "datePublished") {
            return None;
        }
        parse_date(&n.attr("content").or_else(|| n.attr("datetime"))?)
    })
}

/// The first `<time datetime>` marked `pubdate`, else the first inside an `<article>` or
/// `<main>` and outside navigation, asides and footers (those list other stories' dates).
fn time_date(doc: &Document) -> Option<Date> {
    let times = doc.select("time[datetime]");
    let date = |n: &NodeRef| n.attr("datetime").and_then(|d| parse_date(&d));
    let in_article = |n: &NodeRef| {
        let mut inside = false;
        for a in n.ancestors_it(None) {
            match a.node_name().as_deref() {
                Some("nav" | "aside" | "footer") => return false,
                Some("article" | "main") => inside = true,
                _ => {}
            }
        }
        inside
    };
    let nodes = times.nodes();
    nodes
        .iter()
        .filter(|n| n.has_attr("pubdate"))
        .find_map(date)
        .or_else(|| nodes.iter().filter(|n| in_article(n)).find_map(date))
}

/// `<link rel="canonical">`, else `og:url`: an absolute http(s) URL, or one relative to the
/// page's own URL.
fn canonical(doc: &Document, page_url: Option<&str>) -> Option<String> {
    let link = doc.select("link[href]").nodes().iter().find_map(|l| {
        let rel = l.attr("rel")?;
        rel.split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case("canonical"))
            .then(|| l.attr("href"))
            .flatten()
    });
    let og = || {
        doc.select("meta").nodes().iter().find_map(|m| {
            let key = m.attr("property")?;
            key.eq_ignore_ascii_case("og:url")
                .then(|| m.attr("content"))
                .flatten()
        })
    };
    let href = link.or_else(og)?;
    absolute(href.trim(), page_url)
}

/// `href` as an absolute http(s) URL, resolved against `base` when it starts with `/`.
pub fn absolute(href: &str, base: Option<&str>) -> Option<String> {
    let is_web = |u: &str| {
        let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
        lower.starts_with("http://") || lower.starts_with("https://")
    };
    if href.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    if is_web(href) {
        return Some(href.to_string());
    }
    let base = base.filter(|b| is_web(b))?;
    let scheme_end = base.find("://")? + 3;
    if let Some(rest) = href.strip_prefix("//") {
        return Some(format!("{}{rest}", &base[..scheme_end]));
    }
    if href.starts_with('/') {
        let host_end = base[scheme_end..]
            .find(['/', '?', '#'])
            .map_or(base.len(), |i| scheme_end + i);
        return Some(format!("{}{href}", &base[..host_end]));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_as_pages_write_them() {
        let d = date(2025, 3, 14);
        for text in [
            "2025-03-14",
            " 2025-03-14T09:30:00Z ",
            "2025-03-14T23:30:00-05:00",
            "2025/03/14",
            "2025-03-14 09:30",
            "Fri, 14 Mar 2025 09:30:00 GMT",
        ] {
            assert_eq!(parse_date(text), Some(d), "{text:?}");
        }
        for junk in [
            "",
            "yesterday",
            "2025-13-01",
            "2025-02-30",
            "1970-01-01T00:00:00Z",
            "0001-01-01",
            "2025-03-145",
            "20250314",
        ] {
            assert_eq!(parse_date(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn relative_canonical_links_are_resolved_against_the_page() {
        let base = Some("https://news.example/world/story?x=1");
        assert_eq!(
            absolute("/world/a", base).as_deref(),
            Some("https://news.example/world/a")
        );
        assert_eq!(
            absolute("//cdn.example/a", base).as_deref(),
            Some("https://cdn.example/a")
        );
        assert_eq!(absolute("a.html", base), None);
        assert_eq!(absolute("/a", None), None);
        assert_eq!(absolute("javascript:alert(1)", base), None);
        assert_eq!(
            absolute("HTTPS://x.example/", None).as_deref(),
            Some("HTTPS://x.example/")
        );
    }
}
