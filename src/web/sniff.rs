//! What the bytes are, before anything parses them: HTML or not (by content, the WHATWG MIME
//! sniffing patterns), and which character encoding an HTML page is in (byte-order mark, then
//! the server's `charset`, then the page's own `<meta charset>`, then UTF-8).

use encoding_rs::{Encoding, UTF_8};

/// How far the HTML sniff and the `<meta charset>` prescan look, as in the WHATWG algorithms
/// (the spec's prescan reads 1024 bytes; saved pages put a long comment first, so we read more).
const SNIFF_BYTES: usize = 4 * 1024;

/// Tags that mark the start of an HTML document (WHATWG MIME sniffing, "text/html" patterns),
/// each followed by a space or `>` in the bytes.
const HTML_OPENERS: [&[u8]; 17] = [
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
];

/// True when `bytes` begin (after a byte-order mark and whitespace) the way an HTML document
/// does, or are XHTML (`<?xml` with an `<html` element near the start).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let head = strip_bom(head);
    let start = head
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C'))
        .unwrap_or(head.len());
    let head = &head[start..];
    if starts_with_ignore_case(head, b"<?xml") {
        return find_ignore_case(head, b"<html").is_some();
    }
    HTML_OPENERS.iter().any(|opener| {
        starts_with_ignore_case(head, opener)
            && (opener == b"<!--"
                || matches!(
                    head.get(opener.len()),
                    Some(b' ' | b'>' | b'\t' | b'\n' | b'\r')
                ))
    })
}

/// True for a file name whose extension says HTML (`.html`, `.htm`, `.xhtml`, `.shtml`).
pub fn html_extension(name: &str) -> bool {
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    ["html", "htm", "xhtml", "shtml"]
        .iter()
        .any(|e| ext.eq_ignore_ascii_case(e))
}

/// An HTML page decoded to text, and what the reader should know about it.
#[derive(Debug)]
pub struct Decoded {
    pub html: String,
    pub warnings: Vec<String>,
}

/// Decodes an HTML page: a byte-order mark wins, then `header_charset` (the `charset` of the
/// server's `Content-Type`), then the page's `<meta charset>` or `http-equiv` declaration, then
/// UTF-8. An unknown label is skipped with a warning; undecodable bytes become � with one.
pub fn decode_html(bytes: &[u8], header_charset: Option<&str>) -> Decoded {
    let mut warnings = Vec::new();
    let mut pick = |label: &str, from: &str| match Encoding::for_label(label.trim().as_bytes()) {
        // A page cannot declare UTF-16 in its own ASCII-compatible bytes: WHATWG reads such a
        // declaration as UTF-8, which is what `output_encoding` gives.
        Some(enc) => Some(enc.output_encoding()),
        None => {
            warnings.push(format!(
                "unknown character encoding {:?} in the {from}; read as UTF-8",
                crate::sanitize::line(label)
            ));
            None
        }
    };
    let declared = header_charset
        .and_then(|c| pick(c, "server's Content-Type"))
        .or_else(|| meta_charset(bytes).and_then(|c| pick(&c, "page's <meta charset>")));
    let encoding = Encoding::for_bom(bytes).map_or(declared.unwrap_or(UTF_8), |(enc, _)| enc);
    // `decode` removes a BOM of the encoding it uses.
    let (text, used, had_errors) = encoding.decode(bytes);
    if had_errors {
        let bad = text.matches('\u{FFFD}').count();
        warnings.push(format!(
            "not valid {}: {bad} invalid byte sequence{} shown as �",
            used.name(),
            if bad == 1 { "" } else { "s" }
        ));
    }
    Decoded {
        html: text.into_owned(),
        warnings,
    }
}

/// The charset a page declares near its start: `<meta charset="…">` or `<meta
/// http-equiv="Content-Type" content="text/html; charset=…">` (the WHATWG prescan, in its
/// simple form: the first `charset=` inside a `<meta` tag).
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let mut at = 0;
    while let Some(found) = find_ignore_case(&head[at..], b"<meta") {
        let tag_start = at + found;
        let tag_end = head[tag_start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |e| tag_start + e);
        let tag = &head[tag_start..tag_end];
        if let Some(c) = find_ignore_case(tag, b"charset") {
            let rest = &tag[c + b"charset".len()..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
                let rest = rest.strip_prefix(b"'").unwrap_or(rest);
                let end = rest
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                let label = String::from_utf8_lossy(&rest[..end]).into_owned();
                if !label.is_empty() {
                    return Some(label);
                }
            }
        }
        at = tag_end;
    }
    None
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

fn starts_with_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

fn find_ignore_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_known_by_its_first_tag_not_by_angle_brackets_in_prose() {
        for page in [
            "<!DOCTYPE html><html>",
            "\u{FEFF}  \n<html lang=en>",
            "<!-- saved from url=(0042)https://example.com/ -->\n<html>",
            "<HEAD>\n<TITLE>x</TITLE>",
            "<p>One paragraph.</p>",
            "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
        ] {
            assert!(looks_like_html(page.as_bytes()), "{page:?}");
        }
        for text in [
            "Acme <b>bold</b> claims",
            "<pre>not a listed opener",
            "<abbr> is not <a",
            "The index rose 3% <to a record>.",
            "",
            "<?xml version=\"1.0\"?><rss>",
        ] {
            assert!(!looks_like_html(text.as_bytes()), "{text:?}");
        }
    }

    #[test]
    fn extensions() {
        assert!(html_extension("page.HTML"));
        assert!(html_extension("dir/a.b.htm"));
        assert!(!html_extension("notes.txt"));
        assert!(!html_extension("html"));
    }

    #[test]
    fn the_charset_comes_from_the_bom_then_the_header_then_the_meta() {
        let latin1 = b"<html><head><meta charset=\"windows-1252\"></head><p>caf\xE9</p>";
        assert!(decode_html(latin1, None).html.contains("café"));
        let declared =
            b"<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>\xE9";
        assert!(decode_html(declared, None).html.ends_with('é'));
        // The header wins over the meta.
        let utf8 = "<meta charset=windows-1252><p>café</p>".as_bytes();
        assert!(decode_html(utf8, Some("utf-8")).html.contains("café"));
        // A BOM wins over both.
        let bom = [b"\xEF\xBB\xBF".as_slice(), "<p>café</p>".as_bytes()].concat();
        let decoded = decode_html(&bom, Some("iso-8859-1"));
        assert_eq!(decoded.html, "<p>café</p>");
    }

    #[test]
    fn unknown_labels_and_bad_bytes_are_warned_about() {
        let d = decode_html(b"<p>caf\xE9</p>", Some("x-no-such\x1b[2J"));
        assert!(d.html.contains("caf\u{FFFD}"));
        assert_eq!(d.warnings.len(), 2, "{:?}", d.warnings);
        assert!(d.warnings.iter().all(|w| !w.contains('\x1b')));
    }
}
