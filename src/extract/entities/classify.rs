//! Deciding what a capitalised sequence names. In order:
//!
//! 1. a sequence ending in a product/law/event head ("… Act", "… Newsletter") is dropped;
//! 2. in a headline or a line in capitals each word stands alone ([`Sent::headline_words`]);
//! 3. a role before the name tail makes a person ("Amazon CEO Andy Jassy"), and the role's owner
//!    is classified on its own ("Amazon");
//! 4. the rest is split at months, weekdays and non-name acronyms ("AI", "CEO", "Q4"), and each
//!    piece is typed by [`Sent::piece`]: the lists, the suffixes, the context, then the shape of
//!    its words (`shape.rs`). What none of them types is *unknown*, with a fallback type; the
//!    document-level pass (`settle.rs`) gives every name one type from all its mentions.

use super::candidates::{Sent, is_acronym, is_camel};
use super::gazetteer::geo;
use super::known::is_org_head;
use super::lexicon::{LEX, bit::*};
use super::note::{Note, Strength, Type};
use super::roles::Role;
use crate::story::{Fact, FactKind};

/// A type guess and the fallback for when there is none: what [`Sent::piece`] decides.
pub type Typing = (Option<(Type, Strength)>, Option<Type>);

/// The last token of `..b` that is a word (a closing dot is not).
fn last_word(s: &Sent, b: usize) -> usize {
    if s.w(b - 1) == "." { b - 2 } else { b - 1 }
}

impl Sent<'_, '_> {
    /// A group phrase starting at `i`: a nationality or region adjective and up to five
    /// lower-case words ending in a plural of people or organisations. Returns its end.
    pub fn group_at(&self, i: usize) -> Option<usize> {
        let k = self.nation_len(i)?;
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
        // The dot of a middle initial is inside the name ("Martin R. Shugrue").
        let initial_dot = self.w(i) == "."
            && i > 0
            && super::sequence::is_initial(self.w(i - 1))
            && self.ctx.tokens[i].start == self.ctx.tokens[i - 1].end;
        (self.w(i) != "." || initial_dot) && !self.has(i, TITLE | MOD | NON_ENTITY)
    }

    pub(super) fn words_in(&self, a: usize, b: usize) -> usize {
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
        // "General Motors", "General Electric": a title before a firm's word is its name.
        let firm_word = n < b && self.has(n, ORG_SUFFIX) && !self.has(n, GIVEN | FAMILY);
        if n < b
            && !firm_word
            && let Some(role) = self.role_before(n)
            && (1..=4).contains(&self.words_in(n, b))
            && !self.has(b - 1, ORG_SUFFIX)
            && self.place_len(n) != Some(b - n)
        {
            self.emit(FactKind::Person, n, b, Some(role), out);
            self.note(n, Some((Type::Person, Strength::Cue)), None, false);
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
            // "Pan Am": a time is written "am", "AM" or "a.m.", never "Am".
            let time_word = matches!(self.w(i), "Am" | "Pm");
            let split = self.has(i, NON_ENTITY)
                && !(i > a && self.has(i - 1, GIVEN) && !is_acronym(self.w(i)))
                && !(i > a && time_word);
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

    /// Classifies one piece of a sequence: the lists, the suffixes, the context, the shape.
    fn piece(&self, mut a: usize, mut b: usize, mut initial: bool, out: &mut Vec<Fact>) {
        while a < b && !self.is_word(a) {
            a += 1;
        }
        let local_number = |b: usize| b >= 2 && self.w(b - 2) == "Local";
        // "Sunbeam Corp (Canada)" keeps its closing parenthesis.
        let closes = |b: usize| self.w(b - 1) == ")" && (a..b).any(|i| self.w(i) == "(");
        while b > a
            && !self.is_word(b - 1)
            && self.w(b - 1) != "."
            && !local_number(b)
            && !closes(b)
        {
            b -= 1;
        }
        if a >= b {
            return;
        }
        let listed = |t: Type| (Some((t, Strength::Listed)), Some(t));
        let cue = |t: Type| (Some((t, Strength::Cue)), Some(t));
        // "Iowa Beef Processors Inc Dakota City": a legal form ends a firm's name, and what
        // follows it is named on its own (but "Acme Co Ltd" is one name).
        if let Some(k) = (a + 1..b - 1).find(|&k| {
            super::sequence::is_legal_form(self.w(k))
                && self.is_cap(k + 1)
                && !self.has(k + 1, ORG_SUFFIX)
        }) {
            self.piece(a, k + 1, initial, out);
            return self.piece(k + 1, b, false, out);
        }
        if self.canonical_at(a, b, initial, out) {
            return;
        }
        // "its U.S. Caterpillar Tractor Co unit": a country's abbreviation before a company's
        // full name is where the firm is; a public body keeps it ("U.S. Agriculture
        // Department", "U.S. Air Force").
        if let Some(k) = self.place_abbreviation(a, b)
            && self.words_in(a + k, b) >= 2
            && super::sequence::is_legal_form(self.w(last_word(self, b)))
        {
            self.canonical_at(a, a + k, initial, out);
            return self.piece(a + k, b, false, out);
        }
        // "its U.S. Subsidiary", "the U.K. Confectionery side": a country's abbreviation
        // before one common word is the country, and the word a common noun in capitals.
        if let Some(k) = self.place_abbreviation(a, b)
            && a + k + 1 == b
            && self.gaz(a + k) & geo::COMMON != 0
            && !self.has(a + k, ORG_SUFFIX)
        {
            self.canonical_at(a, a + k, initial, out);
            return;
        }
        if self.numbered_heading(a, b) || self.model_number(a, b) || self.family_of(b) {
            return;
        }
        // "Singapore interbank offered rate (Sibor)": a short form in parentheses after a
        // common noun names what the noun does: a firm after "bank" or "agency", else nothing.
        if let Some(org) = self.common_noun_alias(a, b) {
            if org {
                self.emit_typed(a, b, cue(Type::Org), initial, out);
            }
            return;
        }
        if self.org_len(a) == Some(b - a) {
            return self.emit_typed(a, b, listed(Type::Org), initial, out);
        }
        let words = self.words_in(a, b);
        let mut last_i = if self.w(b - 1) == "." { b - 2 } else { b - 1 };
        // "Sunbeam Corp (Canada)": the word before the place in parentheses.
        if self.w(last_i) == ")"
            && let Some(open) = (a..last_i).rfind(|&i| self.w(i) == "(")
            && open > a
        {
            last_i = open - 1;
        }
        let has_of = (a..b).any(|i| self.w(i) == "of");
        // "European Commission", "American Airlines": the suffix wins over the adjective;
        // "Banco Santander Brasil", "Groupe Valmont": a foreign name's head comes first.
        let head_first = is_org_head(self.w(a));
        let arm = (a..b)
            .find(|&i| self.w(i) == "of")
            .is_some_and(|j| self.firm_of_country(a, j));
        if words >= 2
            && (self.has(last_i, ORG_SUFFIX)
                || has_of && self.has(a, ORG_SUFFIX)
                || head_first
                || arm)
        {
            return self.emit_typed(a, b, cue(Type::Org), initial, out);
        }
        if let Some(parts) = self.hyphen_chain(a, b) {
            return self.chain(a, b, &parts, initial, out);
        }
        if self.compass_region(a, b) {
            return self.emit_typed(a, b, listed(Type::Place), initial, out);
        }
        if let Some((k, typing)) = self.place_piece(a, b)
            && k == b - a
        {
            // Only a person's cue outweighs the list ("Jackson, 52,"): "shares in Hong Kong"
            // still names a place.
            let typing = match self.context_type(a, b) {
                Some((Type::Person, Strength::Cue)) => cue(Type::Person),
                _ => typing,
            };
            return self.emit_typed(a, b, typing, initial, out);
        }
        if let Some(k) = self.nation_len(a).filter(|&k| a + k <= b)
            && self.place_len(a).is_none_or(|p| p < k)
        {
            if a + k >= b {
                return;
            }
            a += k;
            initial = false;
            return self.piece(a, b, initial, out);
        }
        let first = self.w(a);
        let glued_number = self.kind(b) == Some(crate::extract::token::Kind::Number)
            && self.ctx.tokens.get(b).is_some_and(|t| !t.space_before);
        // "An said": a name spelled like an article (see `skippable`).
        let article_name = matches!(first, "A" | "An") && self.speech_cue(a, b);
        let stop = self.has(a, LONE | STOP) && !article_name;
        if words == 1 && (stop || first.chars().count() == 1 && glued_number) {
            return;
        }
        if words >= 2 && self.caps_place(a, b) {
            return self.emit_typed(a, b, listed(Type::Place), initial, out);
        }
        if words <= 3 && !self.has(a, GIVEN) && self.place_follows(b) {
            return self.emit_typed(a, b, cue(Type::Place), initial, out);
        }
        if words >= 2 && (self.has(last_i, PLACE_SUFFIX) || has_of && self.has(a, PLACE_SUFFIX)) {
            return self.emit_typed(a, b, cue(Type::Place), initial, out);
        }
        if self.product_context(a, b) {
            return;
        }
        // "analysts at Peel Hunt", "an economist from Acme": where a professional works.
        let title = |w: &str| LEX.flags(w.strip_suffix('s').unwrap_or(w)) & TITLE != 0;
        if a >= 2 && matches!(self.w(a - 1), "at" | "from") && title(self.w(a - 2)) {
            return self.emit_typed(a, b, cue(Type::Org), initial, out);
        }
        if let Some(role) = self.role_after(b) {
            self.emit(FactKind::Person, a, b, Some(role), out);
            return self.note(a, Some((Type::Person, Strength::Cue)), None, false);
        }
        let end = self.possessive_name_end(b);
        let typing = match self.context_type(a, b) {
            Some(c @ (_, Strength::Cue)) => (Some(c), Some(c.0)),
            context => {
                let (guess, fallback) = self.shape_type(a, b, words);
                (guess.or(context), fallback.or(context.map(|c| c.0)))
            }
        };
        self.emit_typed(a, end, typing, initial, out);
    }

    /// "Volkswagen of America", "Chevrolet-Pontiac-GM of Canada": a firm the list knows, an
    /// acronym or a chain of names, then "of" (at `j`) and a country or region: a firm's arm
    /// in that country is one name.
    pub(super) fn firm_of_country(&self, a: usize, j: usize) -> bool {
        if j <= a || self.w(j) != "of" {
            return false;
        }
        let firm = self.org_len(a) == Some(j - a)
            || j == a + 1 && is_acronym(self.w(a)) && LEX.canonical(self.w(a)).is_none()
            || self.hyphen_chain(a, j).is_some();
        let country = self.place_len(j + 1).is_some()
            || self
                .gaz_place(j + 1)
                .is_some_and(|(_, f)| f & (geo::COUNTRY | geo::REGION) != 0);
        firm && country
    }

    /// The parts of `a..b` when it is three or more capitalised words joined by hyphens
    /// without spaces ("Buick-Oldsmobile-Cadillac", "Rome-Milan-Los Angeles"): no person's
    /// name is made so. Each part: its token range.
    fn hyphen_chain(&self, a: usize, b: usize) -> Option<Vec<(usize, usize)>> {
        let glued = |i: usize| self.ctx.tokens.get(i).is_some_and(|t| !t.space_before);
        let mut parts = Vec::new();
        let mut start = a;
        for i in a..b {
            if self.w(i) == "-" {
                if !(glued(i) && glued(i + 1)) || i == start || !self.is_cap(i + 1) {
                    return None;
                }
                parts.push((start, i));
                start = i + 1;
            }
        }
        parts.push((start, b));
        (parts.len() >= 3).then_some(parts)
    }

    /// Emits a hyphen chain: each part a place when all are places ("Rome-Milan-Los Angeles",
    /// a route), else the whole an organisation (GM's "Buick-Oldsmobile-Cadillac" group).
    fn chain(
        &self,
        a: usize,
        b: usize,
        parts: &[(usize, usize)],
        initial: bool,
        out: &mut Vec<Fact>,
    ) {
        let places: Vec<_> = parts
            .iter()
            .map(|&(p, q)| self.place_piece(p, q).filter(|(k, _)| p + k == q))
            .collect();
        if places.iter().all(Option::is_some) {
            for (&(p, q), place) in parts.iter().zip(places) {
                if let Some((_, typing)) = place {
                    self.emit_typed(p, q, typing, initial && p == a, out);
                }
            }
            return;
        }
        let org = (Some((Type::Org, Strength::Shape)), Some(Type::Org));
        self.emit_typed(a, b, org, initial, out);
    }

    /// "DC-10s", "T-46A", "C-4", "T-bonds": letters glued by a hyphen to a number or a
    /// lower-case word are a model, a product or a term, not a name.
    fn model_number(&self, a: usize, b: usize) -> bool {
        let glued = |i: usize| self.ctx.tokens.get(i).is_some_and(|t| !t.space_before);
        if !(b == a + 1 && self.w(b) == "-" && glued(b) && glued(b + 1)) {
            return false;
        }
        let w = self.w(a);
        self.kind(b + 1) == Some(crate::extract::token::Kind::Number) && is_acronym_or_letter(w)
            || w.chars().count() == 1 && self.is_lower(b + 1)
    }

    /// "the Davis family", "the Walker clan": a surname before "family" names its people as
    /// a whole, neither a person nor an organisation.
    fn family_of(&self, b: usize) -> bool {
        matches!(self.w(b), "family" | "families" | "clan" | "dynasty")
    }

    /// For a one-word short form in parentheses right after a lower-case word ("offered rate
    /// (Sibor)", "the central bank (NBP)"): whether it is an organisation (the word is an
    /// organisation's: "bank", "agency", "union"). `None` when the piece is not such a form
    /// or is a place ("the capital (Warsaw)").
    fn common_noun_alias(&self, a: usize, b: usize) -> Option<bool> {
        if !(b == a + 1 && a >= 2 && self.w(a - 1) == "(" && self.w(b) == ")") {
            return None;
        }
        let noun = a - 2;
        if !self.is_lower(noun) || self.place_piece(a, b).is_some() {
            return None;
        }
        if LEX.canonical(self.w(a)).is_some() {
            return None;
        }
        Some(self.has(noun, ORG_SUFFIX))
    }

    /// "Chapter Eleven", "Series C", "Phase II": a numbered part of a law, a funding round or
    /// a plan names no organisation.
    fn numbered_heading(&self, a: usize, b: usize) -> bool {
        let heading = matches!(
            self.w(a),
            "Chapter" | "Series" | "Phase" | "Section" | "Article" | "Tier" | "Stage" | "Class"
        );
        heading && b == a + 2 && {
            let w = self.w(a + 1);
            let letter = w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase());
            let roman = w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
            letter || roman || is_spelled_number(w)
        }
    }

    /// "Northeast", "the South", "Mid East": a compass region is a place.
    fn compass_region(&self, a: usize, b: usize) -> bool {
        let compass = |i: usize| {
            matches!(
                self.w(i),
                "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Northeast"
                    | "Northwest"
                    | "Southeast"
                    | "Southwest"
                    | "Midwest"
            )
        };
        match b - a {
            1 => compass(a),
            2 => matches!(self.w(a), "Mid" | "Far" | "Middle") && compass(a + 1),
            _ => false,
        }
    }

    /// Emits tokens `a..b` with `typing` and notes it; `initial`: the piece opens the sentence.
    pub(super) fn emit_typed(
        &self,
        a: usize,
        b: usize,
        typing: Typing,
        initial: bool,
        out: &mut Vec<Fact>,
    ) {
        let (guess, fallback) = typing;
        let Some(t) = guess.map(|g| g.0).or(fallback) else {
            return;
        };
        // A title-case line (a headline, or a table row of names and figures) says nothing
        // by its capitals, but a name a list has or a cue types is still one there ("2. Tony
        // Jarrett (Britain) 13.35"); a line in capitals only confirms what is known.
        let sure = !self.caps_line && guess.is_some_and(|g| g.1 >= Strength::Listed);
        let weak = a >= self.headline_from && !sure
            || initial && self.words_in(a, b) == 1 && !self.strong_start(a);
        self.emit(t.kind(), a, b, None, out);
        self.note(a, guess, fallback, weak);
    }

    /// A sentence-initial word whose shape or possessive shows it is a name ("OpenAI",
    /// "PYMNTS", "Kestrel's CEO").
    fn strong_start(&self, a: usize) -> bool {
        let w = self.w(a);
        is_camel(w) || is_acronym(w) || self.possessive_after(a)
    }

    /// Records the note of the candidate starting at token `a`.
    pub(super) fn note(
        &self,
        a: usize,
        guess: Option<(Type, Strength)>,
        fallback: Option<Type>,
        weak: bool,
    ) {
        let start = self.ctx.tokens[a].start;
        self.evidence.note(Note {
            start: crate::story::offset(start),
            guess,
            fallback,
            weak,
        });
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

/// An acronym or a single capital letter ("DC", "T").
fn is_acronym_or_letter(w: &str) -> bool {
    is_acronym(w) || w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

/// "One" to "Twenty", as a heading's number is spelled ("Chapter Eleven").
fn is_spelled_number(w: &str) -> bool {
    matches!(
        w,
        "One"
            | "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Six"
            | "Seven"
            | "Eight"
            | "Nine"
            | "Ten"
            | "Eleven"
            | "Twelve"
            | "Thirteen"
            | "Fourteen"
            | "Fifteen"
            | "Sixteen"
            | "Seventeen"
            | "Eighteen"
            | "Nineteen"
            | "Twenty"
    )
}

/// `text` with each run of whitespace made one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
