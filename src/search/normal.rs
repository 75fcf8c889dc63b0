//! Text normalisation shared by the index and the query, so that what a person types meets what
//! the article says: default-ignorable code points (zero-width space and joiners, soft hyphen,
//! BOM, bidi controls, variation selectors…) are dropped, whitespace runs become one space, and a
//! few cheap lookalikes fold to ASCII (curly quotes, non-breaking hyphens, fullwidth forms).
//! [`Normal`] keeps a sparse map from normalised byte offsets back to the original text.

use nucleo_matcher::chars::{is_upper_case, to_lower_case};

/// Unicode's Default_Ignorable_Code_Point set: invisible characters that must not split a word.
pub fn is_ignorable(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x034F
            | 0x061C
            | 0x115F..=0x1160
            | 0x17B4..=0x17B5
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x206F
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xFFA0
            | 0xFFF0..=0xFFF8
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0000..=0xE0FFF
    )
}

/// Folds lookalikes a keyboard cannot easily type to the ASCII a person would type instead.
pub fn fold_lookalike(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}' | '\u{2011}' => '-',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Lowercase by simple case folding, keeping the UTF-8 length so that a folded string shares
/// its byte offsets with the unfolded one (the rare folds that change length are skipped).
pub fn fold_case(c: char) -> char {
    if c.is_ascii() {
        // The table folds only A-Z in ASCII; skip its binary search.
        return c.to_ascii_lowercase();
    }
    let lower = to_lower_case(c);
    if lower.len_utf8() == c.len_utf8() {
        lower
    } else {
        c
    }
}

/// Smart case: any uppercase letter makes a needle case sensitive.
pub fn has_upper(s: &str) -> bool {
    s.chars().any(is_upper_case)
}

/// Normalises a needle typed in the query the same way as the index normalises the article.
pub fn needle(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars() {
        if is_ignorable(c) {
            continue;
        }
        if c.is_whitespace() {
            if !space {
                out.push(' ');
                space = true;
            }
            continue;
        }
        out.push(fold_lookalike(c));
        space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A bitmask of the ASCII letters and digits in `s`, case-insensitive; all ones when `s` has
/// non-ASCII characters (they may normalise to any letter). A needle whose mask is not a subset
/// of a haystack's cannot match it, which rejects most haystacks before the fuzzy matcher runs.
pub fn mask(s: &str) -> u64 {
    let mut m = 0u64;
    for b in s.bytes() {
        m |= match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'A'..=b'Z' => 1 << (b - b'A'),
            b'0'..=b'9' => 1 << (26 + b - b'0'),
            0x80.. => return u64::MAX,
            _ => 0,
        };
    }
    m
}

/// Normalised text with its case-folded twin (same byte layout) and the way back to the
/// original offsets.
#[derive(Debug, Clone, Default)]
pub struct Normal {
    pub text: String,
    pub folded: String,
    /// `(normalised offset, original offset)` where the two stop moving together.
    marks: Vec<(u32, u32)>,
    /// Chars whose length differs from the original's (folded lookalikes, exotic spaces):
    /// normalised offset and original length.
    odd: Vec<(u32, u8)>,
    /// Leave `folded` empty: most readers need only the text.
    unfolded: bool,
}

impl Normal {
    /// A buffer that keeps only the normalised text and its map, not the case-folded twin.
    pub fn unfolded() -> Normal {
        Normal {
            unfolded: true,
            ..Normal::default()
        }
    }

    /// Appends the normalised form of `src`, which starts at byte `base` of the original text.
    /// Leading and trailing whitespace is dropped and inner runs become one space. Runs of
    /// ASCII are copied whole: they need no folding but the case, and map byte for byte.
    pub fn push(&mut self, src: &str, base: usize) {
        let bytes = src.as_bytes();
        let mut space = true;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if is_ascii_space(b) {
                    if !space {
                        self.emit(' ', base + i, 1);
                        space = true;
                    }
                    i += 1;
                    continue;
                }
                let run = bytes[i..]
                    .iter()
                    .position(|&b| !b.is_ascii() || is_ascii_space(b))
                    .map_or(bytes.len(), |n| i + n);
                self.emit_ascii(src.get(i..run).unwrap_or_default(), base + i);
                space = false;
                i = run;
                continue;
            }
            let Some(c) = src.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let len = c.len_utf8();
            i += len;
            if is_ignorable(c) {
                continue;
            }
            let at = base + i - len;
            if c.is_whitespace() {
                if !space {
                    self.emit(' ', at, len);
                    space = true;
                }
            } else {
                self.emit(fold_lookalike(c), at, len);
                space = false;
            }
        }
        if self.text.ends_with(' ') {
            self.text.pop();
            self.folded.pop();
        }
    }

    /// Empties the text and its map, keeping the allocations for the next sentence.
    pub fn clear(&mut self) {
        self.text.clear();
        self.folded.clear();
        self.marks.clear();
        self.odd.clear();
    }

    fn emit(&mut self, c: char, orig: usize, orig_len: usize) {
        let at = self.text.len();
        if c.len_utf8() != orig_len {
            self.odd.push((to_u32(at), orig_len as u8));
        }
        self.mark(at, orig);
        self.text.push(c);
        if !self.unfolded {
            self.folded.push(fold_case(c));
        }
    }

    /// A run of ASCII without whitespace: past its first byte it maps byte for byte.
    fn emit_ascii(&mut self, run: &str, orig: usize) {
        let at = self.text.len();
        self.mark(at, orig);
        self.text.push_str(run);
        if !self.unfolded {
            let start = self.folded.len();
            self.folded.push_str(run);
            if let Some(tail) = self.folded.get_mut(start..) {
                tail.make_ascii_lowercase();
            }
        }
    }

    /// Records where normalised `at` maps when the map stops moving with the text.
    fn mark(&mut self, at: usize, orig: usize) {
        // `at` is past every mark, so the last mark alone says where it would map.
        let mapped = match self.marks.last() {
            Some(&(n, o)) => o as usize + (at - n as usize),
            None => at,
        };
        if mapped != orig {
            self.marks.push((to_u32(at), to_u32(orig)));
        }
    }

    /// The original range of normalised `a..b` when it maps byte for byte (no invisible char
    /// dropped inside it, no fold that changes a length), found without reading the text.
    pub fn original_range(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let i = self.marks.partition_point(|&(n, _)| n as usize <= a);
        if self.marks.get(i).is_some_and(|&(n, _)| (n as usize) < b) {
            return None;
        }
        let j = self.odd.partition_point(|&(n, _)| (n as usize) < a);
        if self.odd.get(j).is_some_and(|&(n, _)| (n as usize) < b) {
            return None;
        }
        let start = self.original(a);
        Some((start, start + (b - a)))
    }

    /// The original range of normalised `a..b`, whole chars at both ends.
    pub fn original_span(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        if a >= b {
            return None;
        }
        if let Some(range) = self.original_range(a, b) {
            return Some(range);
        }
        let last = self.text.get(a..b)?.chars().next_back()?;
        let last_at = b - last.len_utf8();
        let len = match self.odd.binary_search_by_key(&to_u32(last_at), |&(n, _)| n) {
            Ok(i) => usize::from(self.odd[i].1),
            Err(_) => last.len_utf8(),
        };
        Some((self.original(a), self.original(last_at) + len))
    }

    /// The original offset of the character that starts at normalised offset `at`.
    pub fn original(&self, at: usize) -> usize {
        let i = self.marks.partition_point(|&(n, _)| n as usize <= at);
        match i.checked_sub(1).and_then(|i| self.marks.get(i)) {
            Some(&(n, o)) => o as usize + (at - n as usize),
            None => at,
        }
    }
}

/// The ASCII characters `char::is_whitespace` accepts (tab to carriage return, and space).
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// Offsets are stored as `u32` to halve the index; articles are far below 4 GiB.
pub fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
