//! Text from a file is hostile: it may carry escape sequences that retitle the window, write
//! the clipboard (OSC 52) or repaint the screen. Everything shown to the terminal — article
//! text, file names, error messages — goes through here.
//!
//! [`pieces`] walks text grapheme by grapheme and yields what to show for each, keeping the
//! original byte range so highlights and fact offsets still line up:
//! - whole escape sequences (CSI, OSC, DCS, SOS, PM, APC, two- and three-byte ESC forms, their
//!   8-bit C1 introducers) are removed; an unterminated one ends at the line's end;
//! - other control characters become visible control pictures (␀ ␇ ␈ ␡ …);
//! - bidi overrides and isolates (Trojan Source) become �;
//! - tabs and (inside a paragraph) newlines are reported so the caller lays them out.

use unicode_segmentation::UnicodeSegmentation;

/// What to show for one piece of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown<'a> {
    /// A grapheme cluster, safe to print as is.
    Text(&'a str),
    /// A visible stand-in for a control or formatting character.
    Placeholder(char),
    /// A tab: the caller expands it to the next tab stop.
    Tab,
    /// A line break inside a paragraph: shown as a space when text is reflowed.
    Newline,
}

/// One piece: the original byte range and what to show for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'a> {
    pub start: usize,
    pub end: usize,
    pub shown: Shown<'a>,
}

/// The pieces of `text`, with offsets relative to `text`. Removed escape sequences yield
/// nothing.
pub fn pieces(text: &str) -> Pieces<'_> {
    Pieces { text, at: 0 }
}

pub struct Pieces<'a> {
    text: &'a str,
    /// Where the next piece starts.
    at: usize,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        loop {
            let start = self.at;
            let bytes = self.text.as_bytes();
            let b = *bytes.get(start)?;
            // Fast path: a printable ASCII byte not followed by a combining mark (which would
            // be a non-ASCII byte) is a grapheme of its own — most of any English article.
            if (0x20..0x7f).contains(&b) && bytes.get(start + 1).is_none_or(|n| *n < 0x80) {
                self.at = start + 1;
                return Some(Piece {
                    start,
                    end: start + 1,
                    shown: Shown::Text(&self.text[start..start + 1]),
                });
            }
            let g = self.text[start..].graphemes(true).next()?;
            let end = start + g.len();
            self.at = end;
            let mut chars = g.chars();
            let c = chars.next()?;
            let single = chars.next().is_none();
            if single && introduces_sequence(c) {
                self.at = sequence_end(self.text, start).max(end);
                continue;
            }
            let shown = match c {
                '\t' if single => Shown::Tab,
                '\n' if single => Shown::Newline,
                _ if c.is_control() => Shown::Placeholder(control_picture(c)),
                _ if is_bidi_control(c) => Shown::Placeholder('\u{FFFD}'),
                _ => Shown::Text(g),
            };
            return Some(Piece { start, end, shown });
        }
    }
}

/// ESC and the 8-bit C1 introducers of sequences with bodies.
fn introduces_sequence(c: char) -> bool {
    matches!(
        c,
        '\u{1b}' | '\u{9b}' | '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}'
    )
}

/// Bidi embeddings, overrides and isolates: they reorder what is shown (CVE-2021-42574).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The Unicode control picture for a C0 control or DEL, � for C1.
fn control_picture(c: char) -> char {
    match c {
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7f}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// The end (exclusive) of the escape sequence starting at `start` in `text`.
fn sequence_end(text: &str, start: usize) -> usize {
    let mut chars = text[start..].char_indices().map(|(i, c)| (start + i, c));
    let Some((_, intro)) = chars.next() else {
        return start;
    };
    let kind = if intro == '\u{1b}' {
        match chars.clone().next() {
            Some((_, '[')) => {
                chars.next();
                Kind::Csi
            }
            Some((_, ']')) => {
                chars.next();
                Kind::String { bel_ends: true }
            }
            Some((_, 'P' | 'X' | '^' | '_')) => {
                chars.next();
                Kind::String { bel_ends: false }
            }
            Some((i, c)) if ('\u{20}'..='\u{2f}').contains(&c) => {
                // nF: intermediates, then one final byte.
                let mut end = i + 1;
                for (j, d) in chars.by_ref() {
                    end = j + d.len_utf8();
                    if !('\u{20}'..='\u{2f}').contains(&d) {
                        if !('\u{30}'..='\u{7e}').contains(&d) {
                            end = j;
                        }
                        break;
                    }
                }
                return end;
            }
            Some((i, c)) if ('\u{30}'..='\u{7e}').contains(&c) => return i + 1,
            _ => return start + 1,
        }
    } else if intro == '\u{9b}' {
        Kind::Csi
    } else {
        Kind::String {
            bel_ends: intro == '\u{9d}',
        }
    };
    let mut end = text.len();
    match kind {
        Kind::Csi => {
            for (i, c) in chars {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    return i + 1;
                }
                if !('\u{20}'..='\u{3f}').contains(&c) {
                    return i;
                }
            }
        }
        Kind::String { bel_ends } => {
            let mut prev_esc = false;
            for (i, c) in chars {
                if c == '\n' {
                    // Unterminated: the sequence ends with the line, never eats the next one.
                    return i;
                }
                if (bel_ends && c == '\u{7}') || c == '\u{9c}' || (prev_esc && c == '\\') {
                    return i + c.len_utf8();
                }
                prev_esc = c == '\u{1b}';
                end = text.len();
            }
        }
    }
    end
}

enum Kind {
    Csi,
    String { bel_ends: bool },
}

/// `text` with every escape sequence's bytes replaced by spaces: same length, same offsets,
/// so extraction never finds "facts" inside a window title or a clipboard payload.
pub fn mask_sequences(text: &str) -> std::borrow::Cow<'_, str> {
    let has_intro = text.bytes().any(|b| b == 0x1b)
        || text.contains(['\u{9b}', '\u{9d}', '\u{90}', '\u{98}', '\u{9e}', '\u{9f}']);
    if !has_intro {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    let mut kept = 0;
    for p in pieces(text) {
        bytes[kept..p.start].fill(b' ');
        kept = p.end;
    }
    bytes[kept..].fill(b' ');
    // Only whole sequences (whole UTF-8 chars) were blanked with ASCII spaces.
    std::borrow::Cow::Owned(
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

/// A one-line, terminal-safe version of `text` for file names, errors and status messages:
/// sequences removed, controls (newlines and tabs included) shown as control pictures.
pub fn line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for p in pieces(text) {
        match p.shown {
            Shown::Text(g) => out.push_str(g),
            Shown::Placeholder(c) => out.push(c),
            Shown::Tab => out.push('\u{2409}'),
            Shown::Newline => out.push('\u{2424}'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_whole_sequences_and_keeps_link_text() {
        assert_eq!(line("a\x1b]0;pwned\x07b\x1b[2Jc"), "abc");
        assert_eq!(line("x\x1b]52;c;ZXZpbA==\x07y"), "xy");
        assert_eq!(
            line("\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\ here"),
            "click here"
        );
        assert_eq!(line("\x1bP1$qm\x1b\\ok\x1b_apc\x1b\\!"), "ok!");
        assert_eq!(line("a\u{9b}31mred\u{9d}0;t\u{9c}z"), "aredz");
        assert_eq!(line("\x1b(Bx\x1b7y\x1b[?1049lz"), "xyz");
    }

    #[test]
    fn unterminated_osc_ends_at_the_line() {
        assert_eq!(line("a\x1b]0;title\nnext line"), "a\u{2424}next line");
        assert_eq!(line("tail\x1b]52;c;AAAA"), "tail");
    }

    #[test]
    fn controls_become_visible_and_bidi_is_neutralised() {
        assert_eq!(line("a\0b\x07c\x08d\x7fe"), "a␀b␇c␈d␡e");
        assert_eq!(line("safe\rEVIL"), "safe␍EVIL");
        assert_eq!(line("ab\u{202E}cd\u{2066}"), "ab\u{FFFD}cd\u{FFFD}");
        assert_eq!(line("שלום עולם"), "שלום עולם");
    }

    #[test]
    fn masking_keeps_offsets() {
        let t = "Acme\x1b]0;pwned é\x07 cut 300 jobs \u{9b}1m.";
        let m = mask_sequences(t);
        assert_eq!(m.len(), t.len());
        assert_eq!(m, "Acme              cut 300 jobs     .");
        assert!(matches!(
            mask_sequences("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn offsets_point_into_the_original() {
        let t = "a\x1b[1mb";
        let p: Vec<_> = pieces(t).map(|p| (p.start, p.end)).collect();
        assert_eq!(p, [(0, 1), (5, 6)]);
    }
}
