//! A page's size as a parser will meet it, measured before anything parses it. The HTML tree
//! builder checks the stack of open elements at each tag, and reader-mode scoring walks each
//! node's ancestors, so their cost grows with elements × depth: 10 MB of nested `<div>`s would
//! take hours. One linear pass over the bytes counts start tags and follows the nesting, so
//! such a page is refused, or read without article detection, in milliseconds.
//!
//! It is an estimate, not a parser: end tags are matched by name only, elements the parser
//! closes by itself (`<p>`, `<li>`, `<td>`, …) and void elements (`<br>`, `<img>`) never count
//! as nesting, and the text of `<script>`, `<style>`, `<textarea>` and comments is skipped.

use memchr::memchr;
use memchr::memmem;

/// Deepest nesting dateline parses. Browsers stop nesting at 512 (WebKit's parser); real news
/// pages stay under 60.
pub const MAX_DEPTH: usize = 512;

/// Most elements reader-mode detection runs on: it costs about 3 µs an element on a shallow
/// page, so 100,000 (a heavy 1 MB page has 20,000) stay well under a second.
pub const MAX_ARTICLE_ELEMENTS: usize = 100_000;

/// Most nesting work (the sum over start tags of the depth they open at) reader-mode detection
/// runs on: about 0.27 µs a unit, so a second at most. A heavy news page needs under 1,000,000.
pub const MAX_ARTICLE_WORK: u64 = 4_000_000;

/// Most nesting work the HTML parser alone is given (about 12 ns a unit: under a second).
pub const MAX_PARSE_WORK: u64 = 60_000_000;

/// The bounds a page is held to; [`Limits::default`] holds the constants above (tests shrink
/// them to show the behaviour on small pages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_depth: usize,
    pub article_elements: usize,
    pub article_work: u64,
    pub parse_work: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: MAX_DEPTH,
            article_elements: MAX_ARTICLE_ELEMENTS,
            article_work: MAX_ARTICLE_WORK,
            parse_work: MAX_PARSE_WORK,
        }
    }
}

/// What the scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shape {
    pub elements: usize,
    pub max_depth: usize,
    /// The sum over start tags of the depth each opens at.
    pub work: u64,
}

impl Shape {
    /// Small enough for reader-mode detection.
    pub fn fits_article(self, limits: Limits) -> bool {
        self.fits_parser(limits)
            && self.elements <= limits.article_elements
            && self.work <= limits.article_work
    }

    /// Small enough for the parser (the text is then laid out whole).
    pub fn fits_parser(self, limits: Limits) -> bool {
        self.max_depth <= limits.max_depth && self.work <= limits.parse_work
    }
}

/// How an element nests, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Holds other elements until its end tag.
    Nests,
    /// Never holds others (WHATWG void elements), or the parser closes it by itself when a
    /// sibling or the parent's end comes (`<p>`, `<li>`, `<td>`, …; and `<html>`, `<body>`):
    /// neither deepens the tree as written.
    Flat,
    /// Its content is text up to its end tag, never markup.
    RawText,
}

fn kind(name: &[u8]) -> Kind {
    if name.len() > NAME_MAX {
        return Kind::Nests;
    }
    let mut lower = [0u8; NAME_MAX];
    let lower = &mut lower[..name.len()];
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    match &*lower {
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link"
        | b"meta" | b"source" | b"track" | b"wbr" | b"param" | b"p" | b"li" | b"dt" | b"dd"
        | b"tr" | b"td" | b"th" | b"option" | b"optgroup" | b"thead" | b"tbody" | b"tfoot"
        | b"colgroup" | b"rb" | b"rt" | b"rp" | b"html" | b"body" => Kind::Flat,
        b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed"
        | b"noframes" => Kind::RawText,
        _ => Kind::Nests,
    }
}

/// Longest tag name looked at; longer names are custom elements and count as nesting.
const NAME_MAX: usize = 16;

/// Scans `html` once, in linear time, stopping as soon as the page is too large to parse.
pub fn shape(html: &str, limits: Limits) -> Shape {
    let bytes = html.as_bytes();
    let mut shape = Shape::default();
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(lt) = memchr(b'<', &bytes[at..]) {
        let tag = at + lt;
        let rest = &bytes[tag + 1..];
        if rest.starts_with(b"!--") {
            at = memmem::find(&rest[3..], b"-->").map_or(bytes.len(), |e| tag + 4 + e + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_at = tag + 1 + usize::from(closing);
        let name_len = bytes[name_at..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        if name_len == 0 || !bytes[name_at].is_ascii_alphabetic() {
            // `<!doctype>`, `<?xml`, or a lone `<` in text.
            at = tag + 1;
            continue;
        }
        let name = &bytes[name_at..name_at + name_len];
        let end = memchr(b'>', &bytes[name_at..]).map_or(bytes.len(), |e| name_at + e + 1);
        let kind = kind(name);
        let nests = kind != Kind::Flat;
        if closing {
            if nests {
                depth = depth.saturating_sub(1);
            }
            at = end;
            continue;
        }
        shape.elements += 1;
        shape.work += depth as u64;
        if nests {
            depth += 1;
            shape.max_depth = shape.max_depth.max(depth);
        }
        if !shape.fits_parser(limits) {
            // Refused whatever follows: a hostile page costs no more than its first tags.
            return shape;
        }
        at = end;
        if kind == Kind::RawText {
            at = raw_text_end(bytes, at, name);
            depth = depth.saturating_sub(1);
        }
    }
    shape
}

/// Where the raw text of element `name` starting at `from` ends: after its end tag, or at the
/// end of the page.
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from;
    while let Some(i) = memmem::find(&bytes[at..], b"</") {
        let after = at + i + 2;
        let candidate = &bytes[after..bytes.len().min(after + name.len())];
        if candidate.eq_ignore_ascii_case(name) {
            return memchr(b'>', &bytes[after..]).map_or(bytes.len(), |e| after + e + 1);
        }
        at = after;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(html: &str) -> Shape {
        shape(html, Limits::default())
    }

    #[test]
    fn counts_elements_and_nesting() {
        let s = scan("<html><body><div><p>a<p>b<br><img src=x></div><div><span>c</span></div>");
        assert_eq!(s.elements, 9);
        assert_eq!(s.max_depth, 2);
    }

    #[test]
    fn script_style_and_comments_are_skipped() {
        let page = "<div><script>if (a<b) { x = '<div><div>'; }</script>\
                    <!-- <div><div><div> --><style>p<a{}</style><p>x</p></div>";
        let s = scan(page);
        assert_eq!(s.max_depth, 2, "{s:?}");
        assert_eq!(s.elements, 4);
    }

    #[test]
    fn deep_pages_are_too_deep_for_the_parser_and_the_scan_stops_there() {
        let deep = "<DIV>".repeat(MAX_DEPTH * 3);
        let s = scan(&deep);
        assert!(!s.fits_parser(Limits::default()));
        assert_eq!(
            s.elements,
            MAX_DEPTH + 1,
            "stopped at the first tag too deep"
        );
        let ok = "<div>".repeat(40) + &"</div>".repeat(40);
        assert!(scan(&ok).fits_article(Limits::default()));
    }

    #[test]
    fn many_shallow_elements_fit_the_parser_but_not_article_detection() {
        let limits = Limits {
            article_elements: 10,
            ..Limits::default()
        };
        let s = shape(&"<p>x</p>".repeat(11), limits);
        assert!(s.fits_parser(limits) && !s.fits_article(limits), "{s:?}");
        let s = shape(&"<p>x</p>".repeat(10), limits);
        assert!(s.fits_article(limits), "{s:?}");
    }

    #[test]
    fn nesting_work_is_the_sum_of_the_depths_tags_open_at() {
        let s = scan("<div><div><span>a</span><span>b</span></div></div>");
        assert_eq!(s.work, 1 + 2 + 2);
    }

    #[test]
    fn unterminated_constructs_end_the_scan() {
        for page in [
            "<!-- open",
            "<script>x",
            "<div",
            "<",
            "</",
            "a < b",
            "<a\u{e9}>",
        ] {
            let _ = scan(page);
        }
        assert_eq!(scan("<div><script>x<div><div>").elements, 2);
    }
}
