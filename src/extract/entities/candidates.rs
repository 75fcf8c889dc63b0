//! How the recogniser reads one sentence: token predicates (capitalised, CamelCase, acronym),
//! sentence starts, headline (title-case) sentences, capitalised sequences, and the document
//! evidence that a sentence-initial word is a name.

use super::gazetteer;
use super::lexicon::{LEX, bit::*};
use super::note::Note;
use crate::extract::Ctx;
use crate::extract::token::Kind;
use std::cell::{Cell, RefCell};

/// What the recogniser keeps across the sentences of one document: one note per candidate
/// name, for the document-level pass (`settle.rs`).
#[derive(Debug, Default)]
pub struct Evidence {
    notes: RefCell<Vec<Note>>,
}

impl Evidence {
    pub(super) fn note(&self, note: Note) {
        self.notes.borrow_mut().push(note);
    }

    /// The notes taken so far, leaving none.
    pub(super) fn take_notes(&self) -> Vec<Note> {
        std::mem::take(&mut self.notes.borrow_mut())
    }
}

/// One sentence with what the recogniser precomputes about it.
pub struct Sent<'c, 'a> {
    pub ctx: &'c Ctx<'a>,
    pub(super) evidence: &'c Evidence,
    /// Tokens from here on are title-case text (a heading, "Read more: Why Wall Street Is …",
    /// "Scroll to Continue"): capitals carry no information there, so only strong cues count.
    /// `usize::MAX` when there is none.
    pub headline_from: usize,
    /// No word of the sentence has a lower-case letter: a headline or a dateline in capitals,
    /// where capitals carry no information at all.
    pub caps_line: bool,
    /// Each token's list bits (low 32 bits) and generated-lexicon bits (the 16 above),
    /// looked up on first use ([`UNSEEN`] and [`GAZ_UNSEEN`] until then).
    flags: Vec<Cell<u64>>,
}

/// Marks a token whose list bits were not looked up yet.
const UNSEEN: u64 = 1 << 62;
/// Marks a token whose generated-lexicon bits were not looked up yet.
const GAZ_UNSEEN: u64 = 1 << 63;
const LOW: u64 = 0xFFFF_FFFF;
const GAZ_SHIFT: u32 = 32;

impl<'a> Sent<'_, 'a> {
    pub fn new<'c>(ctx: &'c Ctx<'a>, evidence: &'c Evidence) -> Sent<'c, 'a> {
        let mut s = Sent {
            ctx,
            evidence,
            headline_from: usize::MAX,
            caps_line: false,
            flags: vec![Cell::new(UNSEEN | GAZ_UNSEEN); ctx.tokens.len()],
        };
        s.caps_line = s.all_caps();
        s.headline_from = if s.caps_line { 0 } else { s.headline_start() };
        s
    }

    /// The list bits of token `i` (0 for non-words and out of range).
    pub fn flags(&self, i: usize) -> u32 {
        let Some(cell) = self.flags.get(i) else {
            return 0;
        };
        let f = cell.get();
        if f & UNSEEN == 0 {
            return (f & LOW) as u32;
        }
        let low = if self.is_word(i) {
            LEX.flags(self.w(i))
        } else {
            0
        };
        cell.set((f & !LOW & !UNSEEN) | u64::from(low));
        low
    }

    /// The generated-lexicon bits of word `i` ([`gazetteer::geo`]; 0 for other tokens).
    pub fn gaz(&self, i: usize) -> u16 {
        let Some(cell) = self.flags.get(i) else {
            return 0;
        };
        let f = cell.get();
        if f & GAZ_UNSEEN == 0 {
            return (f >> GAZ_SHIFT) as u16;
        }
        let high = if self.is_word(i) {
            gazetteer::flags(self.w(i))
        } else {
            0
        };
        cell.set((f & !GAZ_UNSEEN) | (u64::from(high) << GAZ_SHIFT));
        high
    }

    /// Whether no word has a lower-case letter (and some word has two letters or more).
    fn all_caps(&self) -> bool {
        let mut any = false;
        for i in 0..self.len() {
            if !self.is_word(i) {
                continue;
            }
            let w = self.w(i);
            if w.chars().any(char::is_lowercase) && !matches!(w, "'s" | "’s") {
                return false;
            }
            any |= w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        }
        any
    }

    /// Whether token `i` is in any of the lists `bits`.
    pub fn has(&self, i: usize, bits: u32) -> bool {
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
        // "Holsten Defense Corp. Most of the cuts": a legal form's dot that ended a sentence.
        if self.w(prev) == "."
            && prev >= 1
            && super::sequence::is_legal_form(self.w(prev - 1))
            && !self.ctx.tokens[prev].space_before
        {
            return true;
        }
        // " - " between spaces is a dash: "GERMANY - Bunds extended losses".
        if self.w(prev) == "-"
            && self.ctx.tokens[prev].space_before
            && self.ctx.tokens[i].space_before
        {
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
    fn brand_shapes() {
        assert!(is_camel("OpenAI") && is_camel("SoftBank") && !is_camel("Amazon"));
        assert!(!is_camel("AWS") && is_acronym("AWS") && is_acronym("U.S."));
        assert!(!is_acronym("A") && !is_acronym("Amazon") && is_acronym("PYMNTS"));
    }
}
