//! Deciding what a capitalised sequence names. In order:
//!
//! 1. a sequence ending in a product/law/event head ("… Act", "… Newsletter") is dropped;
//! 2. in a headline only strong cues count (place list, brand shapes, names seen mid-sentence);
//! 3. a role before the name tail makes a person ("Amazon CEO Andy Jassy"), and the role's owner
//!    is classified on its own ("Amazon");
//! 4. the rest is split at months, weekdays and non-name acronyms ("AI", "CEO", "Q4"), and each
//!    piece is, in this order: a listed place; an organisation by suffix ("… Corp", "Bank of …");
//!    a place by suffix ("… County"); a person when a cue says so (speech verb, appositive role,
//!    known given or family name); else an organisation.
//!
//! The default for a lone capitalised word mid-sentence is an organisation: news text
//! capitalises names, people are almost always introduced with a full name (a later surname is
//! linked to them in `merge`), and places come from the list. A sentence-initial word needs
//! more: a brand shape (CamelCase "OpenAI", all-caps "PYMNTS"), a possessive ("Amazon’s"), or
//! the same word capitalised mid-sentence nearby. A brand-shaped word in a product context
//! ("the company behind ChatGPT", "ChatGPT maker OpenAI") is a product, not an entity.

use super::candidates::{Sent, is_acronym, is_camel};
use super::lexicon::LEX;
use super::roles::Role;
use crate::story::{Fact, FactKind};

impl Sent<'_, '_> {
    /// A group phrase starting at `i`: a nationality, region or place adjective and up to five
    /// lower-case words ending in a plural of people or organisations. Returns its end.
    pub fn group_at(&self, i: usize) -> Option<usize> {
        let at = |t: usize| self.w(i + t);
        let k = LEX
            .nationalities
            .longest(at)
            .or_else(|| LEX.places.longest(at))?;
        let mut j = i + k;
        let mut best = None;
        let mut words = 0;
        while words < 5 {
            let w = self.w(j);
            if self.is_lower(j) && !LEX.stopwords.has(w) {
                words += 1;
                j += 1;
                if LEX.group_heads.has(w) || w.ends_with("makers") {
                    best = Some(j);
                }
            } else if w == "-"
                && self.ctx.tokens.get(j).is_some_and(|t| !t.space_before)
                && self.is_lower(j + 1)
            {
                j += 1;
            } else {
                break;
            }
        }
        best
    }

    fn name_like(&self, i: usize) -> bool {
        let w = self.w(i);
        w != "."
            && !(self.is_word(i)
                && (LEX.titles.has(w) || LEX.title_mods.has(w) || LEX.non_entities.has(w)))
    }

    fn words_in(&self, a: usize, b: usize) -> usize {
        (a..b).filter(|&i| self.is_word(i)).count()
    }

    /// Emits the facts for the capitalised sequence `a..b`.
    pub fn sequence(&self, a: usize, b: usize, out: &mut Vec<Fact>) {
        if b == 0 || LEX.heads.has(self.w(b - 1)) {
            return;
        }
        let initial = self.at_start(a);
        if self.headline {
            return self.headline_words(a, b, out);
        }
        let mut n = b;
        while n > a && self.name_like(n - 1) {
            n -= 1;
        }
        if n < b
            && let Some(role) = self.role_before(n)
            && (1..=4).contains(&self.words_in(n, b))
            && !LEX.org_suffixes.has(self.w(b - 1))
            && LEX.places.longest(|t| self.w(n + t)) != Some(b - n)
        {
            self.emit(FactKind::Person, n, b, Some(role), out);
            let mut t = n;
            while t > a && self.is_role_word(t - 1) {
                t -= 1;
            }
            if t > a {
                self.piece(a, t, initial, out);
            }
            return;
        }
        let mut p = a;
        for i in a..b {
            let w = self.w(i);
            let split = self.is_word(i)
                && LEX.non_entities.has(w)
                && !(i > a && LEX.names.contains(self.w(i - 1)) && !is_acronym(w));
            if split {
                if i > p {
                    self.piece(p, i, initial && p == a, out);
                }
                p = i + 1;
            }
        }
        if b > p {
            self.piece(p, b, initial && p == a, out);
        }
    }

    /// Headline words, one at a time, on strong cues only.
    fn headline_words(&self, a: usize, b: usize, out: &mut Vec<Fact>) {
        let mut i = a;
        while i < b {
            let w = self.w(i);
            if let Some(k) = LEX
                .places
                .longest(|t| self.w(i + t))
                .filter(|&k| i + k <= b)
            {
                self.emit(FactKind::Place, i, i + k, None, out);
                i += k;
                continue;
            }
            let strong = (is_camel(w) || is_acronym(w)) && !LEX.non_entities.has(w);
            let seen = self.is_cap(i)
                && !LEX.stopwords.has(w)
                && !LEX.non_entities.has(w)
                && !LEX.lone.has(w)
                && LEX.nationalities.longest(|t| self.w(i + t)).is_none()
                && self.seen_mid_sentence(i);
            if strong || seen {
                self.emit(FactKind::Org, i, i + 1, None, out);
            }
            i += 1;
        }
    }

    /// Classifies one piece of a sequence (see the module docs for the order of the rules).
    fn piece(&self, mut a: usize, mut b: usize, mut initial: bool, out: &mut Vec<Fact>) {
        while a < b && !self.is_word(a) {
            a += 1;
        }
        while b > a && !self.is_word(b - 1) && self.w(b - 1) != "." {
            b -= 1;
        }
        if a >= b {
            return;
        }
        let at = |t: usize| if a + t < b { self.w(a + t) } else { "" };
        if LEX.orgs.longest(at) == Some(b - a) {
            return self.emit(FactKind::Org, a, b, None, out);
        }
        let place = LEX.places.longest(at);
        if let Some(k) = LEX.nationalities.longest(at)
            && place.is_none_or(|p| p < k)
        {
            if a + k >= b {
                return;
            }
            a += k;
            initial = false;
            return self.piece(a, b, initial, out);
        }
        if place == Some(b - a) {
            return self.emit(FactKind::Place, a, b, None, out);
        }
        let words = self.words_in(a, b);
        let first = self.w(a);
        let last_i = if self.w(b - 1) == "." { b - 2 } else { b - 1 };
        let last = self.w(last_i);
        let has_of = (a..b).any(|i| self.w(i) == "of");
        let glued_number = self.kind(b) == Some(crate::extract::token::Kind::Number)
            && self.ctx.tokens.get(b).is_some_and(|t| !t.space_before);
        if words == 1
            && (LEX.lone.has(first)
                || LEX.stopwords.has(first) && initial
                || first.chars().count() == 1 && glued_number)
        {
            return;
        }
        if words >= 2 && (LEX.org_suffixes.has(last) || has_of && LEX.org_suffixes.has(first)) {
            return self.emit(FactKind::Org, a, b, None, out);
        }
        if words >= 2 && (LEX.place_suffixes.has(last) || has_of && LEX.place_suffixes.has(first)) {
            return self.emit(FactKind::Place, a, b, None, out);
        }
        if self.product_context(a, b) {
            return;
        }
        let after = self.role_after(b);
        if words == 1 {
            if after.is_some() {
                return self.emit(FactKind::Person, a, b, after, out);
            }
            let brand = is_camel(first) || is_acronym(first);
            if initial && !brand && !self.possessive_after(a) && !self.seen_mid_sentence(a) {
                return;
            }
            return self.emit(FactKind::Org, a, b, None, out);
        }
        let person = after.is_some()
            || self.speech_cue(a, b) && words <= 3
            || LEX.names.contains(first)
            || LEX.names.contains(last) && !is_acronym(last);
        if person {
            self.emit(FactKind::Person, a, b, after, out);
        } else {
            self.emit(FactKind::Org, a, b, None, out);
        }
    }

    /// Appends a fact for tokens `a..b` with its name (whitespace collapsed) and role.
    fn emit(&self, kind: FactKind, a: usize, b: usize, role: Option<Role>, out: &mut Vec<Fact>) {
        let mut fact = self.ctx.fact(kind, a, b - 1);
        fact.name = Some(collapse(&fact.text));
        if let Some(r) = role.filter(|r| !r.honorific) {
            let start = self.ctx.tokens[r.first].start;
            let end = self.ctx.tokens[r.last].end;
            fact.role = self.ctx.text.get(start..end).map(collapse);
        }
        out.push(fact);
    }
}

/// `text` with each run of whitespace made one space.
pub fn collapse(text: &str) -> String {
    if !text.contains(|c: char| c.is_whitespace() && c != ' ') && !text.contains("  ") {
        return text.to_string();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
