//! Deciding what a capitalised sequence names. In order:
//!
//! 1. a sequence ending in a product/law/event head ("… Act", "… Newsletter") is dropped;
//! 2. in a headline only strong cues count (place list, brand shapes, names seen mid-sentence);
//! 3. a role before the name tail makes a person ("Amazon CEO Andy Jassy"), and the role's owner
//!    is classified on its own ("Amazon");
//! 4. the rest is split at months, weekdays and non-name acronyms ("AI", "CEO", "Q4"), and each
//!    piece is, in this order: a listed organisation; a listed place; an organisation by suffix
//!    ("… Corp", "Bank of …", "European Commission"); after a leading nationality adjective is
//!    dropped ("French"), the same again; a place in capitals ("WASHINGTON"); a place by suffix
//!    ("… County"); nothing in a product context; a person when a cue says so (speech verb,
//!    appositive role, known given or family name); else an organisation.
//!
//! The default for a lone capitalised word mid-sentence is an organisation: news text
//! capitalises names, people are almost always introduced with a full name (a later surname is
//! linked to them in `merge`), and places come from the list. A sentence-initial word needs
//! more: a brand shape (CamelCase "OpenAI", all-caps "PYMNTS"), a possessive ("Amazon’s"), or
//! the same word capitalised mid-sentence nearby. A brand-shaped word in a product context
//! ("the company behind ChatGPT", "ChatGPT maker OpenAI") is a product, not an entity.

use super::candidates::{Sent, is_acronym, is_camel};
use super::lexicon::{LEX, bit::*};
use super::roles::Role;
use crate::story::{Fact, FactKind};

impl Sent<'_, '_> {
    /// A group phrase starting at `i`: a nationality, region or place adjective and up to five
    /// lower-case words ending in a plural of people or organisations. Returns its end.
    pub fn group_at(&self, i: usize) -> Option<usize> {
        let k = self.nation_len(i).or_else(|| self.place_len(i))?;
        let mut j = i + k;
        let mut best = None;
        let mut words = 0;
        while words < 5 {
            let w = self.w(j);
            if self.is_lower(j) && !self.has(j, STOP) {
                words += 1;
                j += 1;
                if self.has(j - 1, GROUP_HEAD) || w.ends_with("makers") {
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
        self.w(i) != "." && !self.has(i, TITLE | MOD | NON_ENTITY)
    }

    fn words_in(&self, a: usize, b: usize) -> usize {
        (a..b).filter(|&i| self.is_word(i)).count()
    }

    /// Emits the facts for the capitalised sequence `a..b`.
    pub fn sequence(&self, a: usize, b: usize, out: &mut Vec<Fact>) {
        if b == 0 || self.has(b - 1, HEAD) || self.street_address(a, b) {
            return;
        }
        let initial = self.at_start(a);
        if a >= self.headline_from {
            return self.headline_words(a, b, out);
        }
        let mut n = b;
        while n > a && self.name_like(n - 1) {
            n -= 1;
        }
        if n < b
            && let Some(role) = self.role_before(n)
            && (1..=4).contains(&self.words_in(n, b))
            && !self.has(b - 1, ORG_SUFFIX)
            && self.place_len(n) != Some(b - n)
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
            let split = self.has(i, NON_ENTITY)
                && !(i > a && self.has(i - 1, GIVEN) && !is_acronym(self.w(i)));
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
            if let Some(end) = self.byline_name(i, b) {
                let role = self.role_after(end);
                self.emit(FactKind::Person, i, end, role, out);
                i = end;
                continue;
            }
            if let Some(k) = self.place_len(i).filter(|&k| i + k <= b) {
                self.emit(FactKind::Place, i, i + k, None, out);
                i += k;
                continue;
            }
            let strong = (is_camel(w) || is_acronym(w)) && !self.has(i, NON_ENTITY);
            let seen = self.is_cap(i)
                && !self.has(i, STOP | NON_ENTITY | LONE)
                && self.nation_len(i).is_none()
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
        let local_number = |b: usize| b >= 2 && self.w(b - 2) == "Local";
        while b > a && !self.is_word(b - 1) && self.w(b - 1) != "." && !local_number(b) {
            b -= 1;
        }
        if a >= b {
            return;
        }
        if self.org_len(a) == Some(b - a) {
            return self.emit(FactKind::Org, a, b, None, out);
        }
        let place = self.place_len(a).filter(|&k| a + k <= b);
        if place == Some(b - a) {
            return self.emit(FactKind::Place, a, b, None, out);
        }
        let words = self.words_in(a, b);
        let first = self.w(a);
        let last_i = if self.w(b - 1) == "." { b - 2 } else { b - 1 };
        let last = self.w(last_i);
        let has_of = (a..b).any(|i| self.w(i) == "of");
        // "European Commission", "American Airlines": the suffix wins over the adjective.
        if words >= 2 && (self.has(last_i, ORG_SUFFIX) || has_of && self.has(a, ORG_SUFFIX)) {
            return self.emit(FactKind::Org, a, b, None, out);
        }
        if let Some(k) = self.nation_len(a).filter(|&k| a + k <= b)
            && place.is_none_or(|p| p < k)
        {
            if a + k >= b {
                return;
            }
            a += k;
            initial = false;
            return self.piece(a, b, initial, out);
        }
        let glued_number = self.kind(b) == Some(crate::extract::token::Kind::Number)
            && self.ctx.tokens.get(b).is_some_and(|t| !t.space_before);
        // "An said": a name spelled like an article (see `skippable`).
        let article_name = matches!(first, "A" | "An") && self.speech_cue(a, b);
        let stop = self.has(a, LONE | STOP) && !article_name;
        if words == 1 && (stop || first.chars().count() == 1 && glued_number) {
            return;
        }
        // A dateline in capitals: "WASHINGTON (Reuters) -".
        if words == 1 && is_acronym(first) && first.len() >= 4 && self.has(a, PLACE_ONE) {
            return self.emit(FactKind::Place, a, b, None, out);
        }
        if words >= 2 && self.caps_place(a, b) {
            return self.emit(FactKind::Place, a, b, None, out);
        }
        if words <= 3 && !self.has(a, GIVEN) && self.place_follows(b) {
            return self.emit(FactKind::Place, a, b, None, out);
        }
        if words >= 2 && (self.has(last_i, PLACE_SUFFIX) || has_of && self.has(a, PLACE_SUFFIX)) {
            return self.emit(FactKind::Place, a, b, None, out);
        }
        if self.product_context(a, b) {
            return;
        }
        // "analysts at Peel Hunt", "an economist from Acme": where a professional works.
        let title = |w: &str| LEX.flags(w.strip_suffix('s').unwrap_or(w)) & TITLE != 0;
        if a >= 2 && matches!(self.w(a - 1), "at" | "from") && title(self.w(a - 2)) {
            return self.emit(FactKind::Org, a, b, None, out);
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
            return self.emit(FactKind::Org, a, self.possessive_name_end(b), None, out);
        }
        let person = after.is_some()
            || self.speech_cue(a, b) && words <= 3
            || self.has(a, GIVEN | FAMILY)
            || self.has(last_i, FAMILY) && !is_acronym(last);
        if person {
            self.emit(FactKind::Person, a, b, after, out);
        } else {
            self.emit(FactKind::Org, a, self.possessive_name_end(b), None, out);
        }
    }

    /// Appends a fact for tokens `a..b` with its role. Its name is the text as written, set
    /// here only when whitespace must be normalised (`merge` names every mention).
    pub fn emit(
        &self,
        kind: FactKind,
        a: usize,
        b: usize,
        role: Option<Role>,
        out: &mut Vec<Fact>,
    ) {
        let mut fact = self.ctx.fact(kind, a, b - 1);
        if !self.single_spaced(a, b) {
            fact.set_name(Some(collapse(fact.text(self.ctx.text)).into()));
        }
        if let Some(r) = role.filter(|r| !r.honorific) {
            let start = self.ctx.tokens[r.first].start;
            let end = self.ctx.tokens[r.last].end;
            fact.set_role(self.ctx.text.get(start..end).map(|r| collapse(r).into()));
        }
        out.push(fact);
    }
}

/// `text` with each run of whitespace made one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
