//! How the recogniser reads one sentence: token predicates (capitalised, CamelCase, acronym),
//! sentence starts, headline (title-case) sentences, capitalised sequences, and the document
//! evidence that a sentence-initial word is a name.

use super::lexicon::LEX;
use crate::extract::Ctx;
use crate::extract::token::Kind;

/// How far either side of a sentence-initial word we look for the same word mid-sentence.
const EVIDENCE_WINDOW: usize = 20_000;

/// One sentence with what the recogniser precomputes about it.
pub struct Sent<'c, 'a> {
    pub ctx: &'c Ctx<'a>,
    /// Title-case text (headings, "Scroll to Continue"): capitals carry no information, so only
    /// strong cues count.
    pub headline: bool,
}

impl<'a> Sent<'_, 'a> {
    pub fn new<'c>(ctx: &'c Ctx<'a>) -> Sent<'c, 'a> {
        let mut s = Sent {
            ctx,
            headline: false,
        };
        s.headline = s.is_headline();
        s
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

    /// A word starting with an upper-case letter (any script).
    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.w(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A word starting with a lower-case letter.
    pub fn is_lower(&self, i: usize) -> bool {
        self.is_word(i) && self.w(i).chars().next().is_some_and(char::is_lowercase)
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

    fn is_headline(&self) -> bool {
        let mut content = 0;
        for i in 0..self.len() {
            if !self.is_word(i) {
                continue;
            }
            let w = self.w(i);
            if is_title_case_minor(w) {
                continue;
            }
            if !self.is_cap(i) {
                return false;
            }
            content += 1;
        }
        content >= 3
    }

    /// Whether a possessive "’s" follows token `i`.
    pub fn possessive_after(&self, i: usize) -> bool {
        matches!(self.w(i + 1), "’s" | "'s" | "’S" | "'S")
    }

    /// End (exclusive) of the capitalised sequence starting at the capitalised word `a`:
    /// capitalised words, joined by hyphens or "&" without spaces ("Rolls-Royce", "AT&T"), by
    /// "&" with spaces ("Procter & Gamble"), by name particles ("Charles de Gaulle", "Ludwig van
    /// Beethoven") and by "of" after an institution word ("Bank of America"), plus the dot of an
    /// abbreviation ("Mr.", "Corp.").
    pub fn sequence_end(&self, a: usize) -> usize {
        let mut j = a + 1;
        loop {
            let w = self.w(j);
            let glued = self.ctx.tokens.get(j).is_some_and(|t| !t.space_before);
            let next_glued = self.ctx.tokens.get(j + 1).is_some_and(|t| !t.space_before);
            let hyphen = w == "-" && glued && next_glued;
            let of = w == "of"
                && (LEX.org_suffixes.has(self.w(j - 1))
                    || LEX.place_suffixes.has(self.w(j - 1))
                    || is_of_head(self.w(j - 1)));
            let joins_next = hyphen || w == "&" || of || is_particle(w) && self.is_cap(j - 1);
            if self.is_cap(j) {
                j += 1;
            } else if joins_next && self.is_cap(j + 1) {
                j += 2;
            } else if w == "." && glued && j + 1 < self.len() && is_abbreviation(self.w(j - 1)) {
                j += 1;
            } else {
                return j;
            }
        }
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
        for (off, _) in text[lo..hi].match_indices(word) {
            let s = lo + off;
            let e = s + word.len();
            if s == tok.start
                || text[e..].chars().next().is_some_and(char::is_alphanumeric)
                || text[..s]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let before = text[..s].trim_end_matches([' ', '\t', '\u{a0}']);
            let prev = before.chars().next_back();
            if prev.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';')) {
                return true;
            }
        }
        false
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

/// Lower-case particles inside personal and place names.
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "do"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "di"
            | "du"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "bin"
            | "bint"
            | "al"
            | "ibn"
            | "y"
            | "es"
    )
}

/// Words that take "of" inside a name ("Republic of Korea", "Secretary of State").
fn is_of_head(w: &str) -> bool {
    LEX.titles.has(w)
        || matches!(
            w,
            "Republic" | "Kingdom" | "States" | "Isle" | "House" | "Duke" | "Duchess" | "Chamber"
        )
}

/// Abbreviations whose dot belongs to the name ("Mr. Jassy", "Acme Corp.", "St. Louis").
fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Mx"
            | "Dr"
            | "Prof"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "St"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "Bros"
            | "Mt"
            | "Ft"
    )
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
