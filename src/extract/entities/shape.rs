//! What a name's own words say when no list holds it and no cue types it: people's names are
//! made of given names, surnames and words that are no English words ("Liutauras Stremaitis");
//! organisations' names are made of common words ("Human Rights Watch", "Red Star"); acronyms
//! and CamelCase are brands. Also the longest place of the generated lexicon at a token.

use super::candidates::{Sent, is_acronym, is_camel};
use super::classify::Typing;
use super::gazetteer::{self, geo};
use super::lexicon::bit::*;
use super::note::{Strength, Type};

/// The most tokens a generated-lexicon place may span ("Rio de Janeiro", "St. Petersburg").
const MAX_PLACE_TOKENS: usize = 8;

impl Sent<'_, '_> {
    /// The longest place of the generated lexicon starting at token `i`: its length in tokens
    /// and its flags.
    pub fn gaz_place(&self, i: usize) -> Option<(usize, u16)> {
        if !self.is_cap(i) {
            return None;
        }
        let mut best = None;
        let mut j = i;
        let last = (i + MAX_PLACE_TOKENS).min(self.len());
        loop {
            let f = if j == i {
                self.gaz(i)
            } else {
                let span = self.ctx.tokens[i].start..self.ctx.tokens[j].end;
                gazetteer::flags(self.ctx.text.get(span).unwrap_or_default())
            };
            if f & geo::PLACE != 0 {
                best = Some((j + 1 - i, f));
            }
            j += 1;
            if f & geo::PLACE_PREFIX == 0 || j >= last {
                return best;
            }
        }
    }

    /// Whether word `i` is a common English word and no given name ("Rights", "Star"); short
    /// function words are not counted ("Văn An", "Bank of The West").
    fn common(&self, i: usize) -> bool {
        let g = self.gaz(i);
        if self.neutral(i) {
            return false;
        }
        g & geo::COMMON != 0 && g & geo::GIVEN == 0 || self.has(i, TITLE | MOD)
    }

    /// A function word inside a name, which says nothing of what the name is.
    fn neutral(&self, i: usize) -> bool {
        self.has(i, STOP) && self.w(i).chars().count() <= 3 || self.is_particle_word(i)
    }

    /// Whether word `i` reads as part of a person's name: a given name or surname that is not
    /// a common word, or a word no list knows (not an acronym, not a place).
    fn personal(&self, i: usize) -> bool {
        let g = self.gaz(i);
        let w = self.w(i);
        if g & geo::COMMON != 0 || is_acronym(w) || is_camel(w) && !w.starts_with("Mc") {
            return false;
        }
        g & (geo::GIVEN | geo::FAMILY) != 0
            || self.has(i, GIVEN | FAMILY)
            || g & geo::PLACE == 0 && w.chars().count() > 1 && !self.unknown_plural(i)
    }

    /// Whether word `i` reads as the plural of a word no list knows ("Cimarrons", "Sunbirds":
    /// car models, products): a consonant and "s" at its end, and no given name or surname.
    /// Surnames that end so ("Williams", "Roberts") are in the Census list; the vowel and "s"
    /// of Greek or Baltic names ("Karamanlis", "Stremaitis") is no plural.
    fn unknown_plural(&self, i: usize) -> bool {
        let w = self.w(i).as_bytes();
        w.len() > 4
            && w[w.len() - 1] == b's'
            && (matches!(
                w[w.len() - 2],
                b'b' | b'd' | b'g' | b'k' | b'm' | b'n' | b'p' | b'r' | b't' | b'w'
            ) || [&b"xes"[..], b"ches", b"shes"]
                .iter()
                .any(|e| w.ends_with(e)))
            && w[0].is_ascii_uppercase()
            && w[1..].iter().all(u8::is_ascii_lowercase)
            && self.gaz(i) & (geo::GIVEN | geo::FAMILY) == 0
            && !self.has(i, GIVEN | FAMILY)
    }

    /// The typing of the piece `a..b` of `words` words from the shape of its words.
    pub fn shape_type(&self, a: usize, b: usize, words: usize) -> Typing {
        let shape = |t: Type| (Some((t, Strength::Shape)), Some(t));
        let word_idx = || (a..b).filter(|&i| self.is_word(i));
        let Some(first) = word_idx().next() else {
            return (None, None);
        };
        let w = self.w(first);
        if words == 1 {
            // A lone word is a person only by a cue or as the surname of a full name named in
            // the document: news introduces people by their full names. A given name alone
            // ("his sister Lisa") may fall back to one.
            if is_acronym(w) || is_camel(w) {
                return shape(Type::Org);
            }
            let g = self.gaz(first);
            let given = self.has(first, GIVEN) || g & geo::GIVEN != 0;
            let family = self.has(first, FAMILY) || g & geo::FAMILY != 0;
            return (
                None,
                Some(if given && !family {
                    Type::Person
                } else {
                    Type::Org
                }),
            );
        }
        // "The Columbus Dispatch", "Jordan Times": an article or a well-known place first is
        // no person's name.
        let the = a > 0 && self.w(a - 1).eq_ignore_ascii_case("the");
        let place_first = self.gaz(first) & geo::KNOWN_PLACE != 0;
        let given = (self.has(first, GIVEN) || self.gaz(first) & geo::GIVEN != 0) && !place_first;
        let initial = w.chars().count() == 1 && self.w(first + 1) == ".";
        let all_personal = word_idx().all(|i| self.personal(i) || self.neutral(i));
        // A given name or an initial opens a person's name, whatever the surname is ("Margaret
        // Hunt Hill"), unless a word after it is a common word in a longer name.
        let rest_plain = word_idx().skip(1).all(|i| !self.common(i));
        if (given || initial) && !the && (words <= 3 || words == 4 && rest_plain) {
            let s = if self.common(first) {
                Strength::Shape
            } else {
                Strength::Listed
            };
            return (Some((Type::Person, s)), Some(Type::Person));
        }
        if the {
            return shape(Type::Org);
        }
        // "would make Bridgend Sony's biggest plant": a listed firm's one-word name at the end
        // of a name no given name opens ends a run of two names, not a person's surname.
        let last = word_idx().next_back().unwrap_or(first);
        if words <= 3
            && self.org_len(last) == Some(1)
            && !self.has(last, FAMILY | GIVEN)
            && self.gaz(last) & (geo::GIVEN | geo::FAMILY) == 0
        {
            return (None, None);
        }
        if words <= 4 && all_personal {
            return shape(Type::Person);
        }
        if word_idx().any(|i| self.common(i)) {
            return shape(Type::Org);
        }
        // "IG Metall", "Kodak POY": an acronym inside a name no given name opens is a firm's
        // or a product's, never a person's.
        if word_idx().any(|i| is_acronym(self.w(i))) {
            return shape(Type::Org);
        }
        if words <= 3 && self.has(last, FAMILY) || self.gaz(last) & geo::FAMILY != 0 {
            return shape(Type::Person);
        }
        // "1988-model Cadillac Cimarrons": products in the plural are no one's name.
        if self.unknown_plural(last) {
            return (None, None);
        }
        (
            None,
            Some(if words <= 3 { Type::Person } else { Type::Org }),
        )
    }

    fn is_particle_word(&self, i: usize) -> bool {
        super::sequence::is_particle(self.w(i))
    }
}
