//! How the recogniser reads one sentence: token predicates (capitalised, CamelCase, acronym),
//! sentence starts, headline (title-case) sentences, capitalised sequences, and the document
//! evidence that a sentence-initial word is a name.

use super::lexicon::{LEX, bit::*};
use crate::extract::Ctx;
use crate::extract::token::Kind;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};

/// How far either side of a sentence-initial word we look for the same word mid-sentence.
const EVIDENCE_WINDOW: usize = 6_000;

/// One sentence with what the recogniser precomputes about it.
/// Where capitalised words occur mid-sentence, remembered across the sentences of one
/// document so that the evidence window around each sentence is scanned once per word, not
/// once per sentence (a word repeated at every line start must not cost a window each time).
#[derive(Debug, Default)]
pub struct Evidence {
    words: RefCell<HashMap<String, WordEvidence>>,
}

#[derive(Debug, Default)]
struct WordEvidence {
    /// The text before this offset has been scanned for the word.
    scanned_to: usize,
    /// Offsets of its mid-sentence occurrences not yet behind every later window.
    mids: VecDeque<usize>,
}

pub struct Sent<'c, 'a> {
    pub ctx: &'c Ctx<'a>,
    evidence: &'c Evidence,
    /// Tokens from here on are title-case text (a heading, "Read more: Why Wall Street Is …",
    /// "Scroll to Continue"): capitals carry no information there, so only strong cues count.
    /// `usize::MAX` when there is none.
    pub headline_from: usize,
    /// Each token's list bits, looked up on first use ([`UNSEEN`] until then).
    flags: Vec<Cell<u16>>,
}

/// Marks a token whose list bits were not looked up yet.
const UNSEEN: u16 = 1 << 15;

impl<'a> Sent<'_, 'a> {
    pub fn new<'c>(ctx: &'c Ctx<'a>, evidence: &'c Evidence) -> Sent<'c, 'a> {
        let mut s = Sent {
            ctx,
            evidence,
            headline_from: usize::MAX,
            flags: vec![Cell::new(UNSEEN); ctx.tokens.len()],
        };
        s.headline_from = s.headline_start();
        s
    }

    /// The list bits of token `i` (0 for non-words and out of range).
    pub fn flags(&self, i: usize) -> u16 {
        let Some(cell) = self.flags.get(i) else {
            return 0;
        };
        let f = cell.get();
        if f != UNSEEN {
            return f;
        }
        let f = if self.is_word(i) {
            LEX.flags(self.w(i))
        } else {
            0
        };
        cell.set(f);
        f
    }

    /// Whether token `i` is in any of the lists `bits`.
    pub fn has(&self, i: usize, bits: u16) -> bool {
        self.flags(i) & bits != 0
    }

    /// Tokens of the listed place starting at `i`, if any.
    pub fn place_len(&self, i: usize) -> Option<usize> {
        self.has(i, PLACE1)
            .then(|| LEX.places.longest(|t| self.w(i + t)))
            .flatten()
    }

    /// Tokens of the listed nationality or region adjective starting at `i`, if any.
    pub fn nation_len(&self, i: usize) -> Option<usize> {
        self.has(i, NATION1)
            .then(|| LEX.nationalities.longest(|t| self.w(i + t)))
            .flatten()
    }

    /// Tokens of the listed organisation starting at `i`, if any.
    pub fn org_len(&self, i: usize) -> Option<usize> {
        self.has(i, ORG1)
            .then(|| LEX.orgs.longest(|t| self.w(i + t)))
            .flatten()
    }

    pub fn len(&self) -> usize {
        self.ctx.tokens.len()
    }

    /// The text of token `i` ("" out of range).
    pub fn w(&self, i: usize) -> &'a str {
        self.ctx.tok(i)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.ctx.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// The first character of word `i`, read from its first byte when ASCII.
    fn first_char(&self, i: usize) -> Option<char> {
        let t = self.ctx.tokens.get(i).filter(|t| t.kind == Kind::Word)?;
        let b = *self.ctx.text.as_bytes().get(t.start)?;
        if b.is_ascii() {
            Some(char::from(b))
        } else {
            self.ctx.text.get(t.start..t.end)?.chars().next()
        }
    }

    /// A word starting with an upper-case letter (any script).
    pub fn is_cap(&self, i: usize) -> bool {
        self.first_char(i).is_some_and(char::is_uppercase)
    }

    /// A word starting with a lower-case letter.
    pub fn is_lower(&self, i: usize) -> bool {
        self.first_char(i).is_some_and(char::is_lowercase)
    }

    /// Whether tokens `a..b` are separated by nothing but single plain spaces.
    pub fn single_spaced(&self, a: usize, b: usize) -> bool {
        let bytes = self.ctx.text.as_bytes();
        (a + 1..b).all(|k| {
            let (prev, t) = (&self.ctx.tokens[k - 1], &self.ctx.tokens[k]);
            t.start == prev.end || t.start == prev.end + 1 && bytes[prev.end] == b' '
        })
    }

    /// Whether token `i` starts a sentence or a clause that capitalises its first word: no word
    /// or number before it, or right after a colon, dash, bullet or opening quote.
    pub fn at_start(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return true;
        };
        if matches!(
            self.w(prev),
            ":" | "“" | "\"" | "‘" | "—" | "–" | "•" | "|" | "…" | "*"
        ) {
            return true;
        }
        !(0..i).any(|k| matches!(self.kind(k), Some(Kind::Word | Kind::Number)))
    }

    /// Where the title-case tail of the sentence starts: the whole sentence, or what follows
    /// its last colon, when every word there but the minor ones is capitalised.
    fn headline_start(&self) -> usize {
        let mut start = 0;
        let mut content = 0;
        let mut title_case = true;
        for i in 0..self.len() {
            if self.w(i) == ":" {
                (start, content, title_case) = (i + 1, 0, true);
                continue;
            }
            if !title_case || !self.is_word(i) || is_title_case_minor(self.w(i)) {
                continue;
            }
            if self.is_cap(i) {
                content += 1;
            } else {
                title_case = false;
            }
        }
        if title_case && content >= 3 {
            start
        } else {
            usize::MAX
        }
    }

    /// Whether a possessive "’s" follows token `i`.
    pub fn possessive_after(&self, i: usize) -> bool {
        matches!(self.w(i + 1), "’s" | "'s" | "’S" | "'S")
    }

    /// Whether `word`, which starts a sentence at token `i`, also appears capitalised in the
    /// middle of a sentence nearby: then it is a name ("Amazon is …" once "deepen Amazon’s
    /// role" was seen), not a capitalised common word ("Executives have …").
    pub fn seen_mid_sentence(&self, i: usize) -> bool {
        let Some(tok) = self.ctx.tokens.get(i) else {
            return false;
        };
        let text = self.ctx.text;
        let word = self.w(i);
        let mut lo = tok.start.saturating_sub(EVIDENCE_WINDOW);
        while !text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (tok.end + EVIDENCE_WINDOW).min(text.len());
        while !text.is_char_boundary(hi) {
            hi += 1;
        }
        let mut words = self.evidence.words.borrow_mut();
        let entry = words.entry(word.to_string()).or_default();
        // Scan only what no earlier window covered; sentences come in text order.
        let from = entry.scanned_to.max(lo);
        if from < hi {
            let mut until = (hi + word.len()).min(text.len());
            while !text.is_char_boundary(until) {
                until += 1;
            }
            for (off, _) in text[from..until].match_indices(word) {
                let s = from + off;
                if s < hi && is_mid_sentence(text, s, s + word.len()) {
                    entry.mids.push_back(s);
                }
            }
            entry.scanned_to = hi;
        }
        // Keep a margin behind the window: tokens of one sentence may ask out of order.
        let keep_from = lo.saturating_sub(EVIDENCE_WINDOW);
        while entry.mids.front().is_some_and(|&p| p < keep_from) {
            entry.mids.pop_front();
        }
        if entry
            .mids
            .iter()
            .any(|&p| p != tok.start && lo <= p && p < hi)
        {
            return true;
        }
        false
    }
}

/// Whether the occurrence `text[s..e]` of a word stands in the middle of a sentence (after a
/// word or a comma) or opens a company name.
fn is_mid_sentence(text: &str, s: usize, e: usize) -> bool {
    if text[e..].chars().next().is_some_and(char::is_alphanumeric)
        || text[..s]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    if starts_company_name(&text[e..]) {
        return true;
    }
    let before = text[..s].trim_end_matches([' ', '\t', '\u{a0}']);
    before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';'))
}

/// Whether `rest`, the text after a word, goes on with a capitalised company suffix ("
/// Foods", " Logistics Inc."): the word then opens a company name ("Ravensworth Foods …
/// Ravensworth said"), wherever it stands.
fn starts_company_name(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let next = &rest[..end];
    next.chars().next().is_some_and(char::is_uppercase) && LEX.flags(next) & ORG_SUFFIX != 0
}

/// Lower-case words title case leaves alone ("Scroll to Continue").
fn is_title_case_minor(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "for"
            | "nor"
            | "to"
            | "of"
            | "in"
            | "on"
            | "at"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs"
            | "via"
            | "into"
            | "per"
    ) || !w.chars().next().is_some_and(char::is_alphabetic)
}

/// "OpenAI", "SoftBank", "YouTube": an upper-case letter after a lower-case one.
pub fn is_camel(w: &str) -> bool {
    let mut prev_lower = false;
    for c in w.chars() {
        if c.is_uppercase() && prev_lower {
            return true;
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// "AWS", "PYMNTS", "U.S.": two or more letters, all upper case.
pub fn is_acronym(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        } else if c != '.' && c != '&' {
            return false;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_before_a_company_suffix_opens_a_name() {
        assert!(starts_company_name(" Foods, the dairy cooperative"));
        assert!(starts_company_name(" Logistics Inc. said"));
        assert!(!starts_company_name(" foods") && !starts_company_name(" Smith said"));
        assert!(!starts_company_name("Foods") && !starts_company_name(""));
    }

    #[test]
    fn brand_shapes() {
        assert!(is_camel("OpenAI") && is_camel("SoftBank") && !is_camel("Amazon"));
        assert!(!is_camel("AWS") && is_acronym("AWS") && is_acronym("U.S."));
        assert!(!is_acronym("A") && !is_acronym("Amazon") && is_acronym("PYMNTS"));
    }
}
