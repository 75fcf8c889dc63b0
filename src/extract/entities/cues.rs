//! What the words around a name say it is, when its own words do not (GATE ANNIE's context
//! phases, LTG's sure-fire rules): an age or "who" after a person, a kinship or a possessive
//! that only people have ("Clinton's wife"); "shares of", "X shares", a newspaper or a ticker
//! for an organisation; "X-based", "the town of X", "X province", "in X" and a government that
//! only places have ("Iraq's army") for a place. The cue words are `assets/name_cues.txt`.

use super::candidates::Sent;
use super::lexicon::bit::*;
use super::note::{Strength, Type};
use crate::extract::token::Kind;

/// The oldest age a number after a name may be.
const MAX_AGE: u32 = 120;

impl Sent<'_, '_> {
    /// Whether word `i` is a lower-case cue word of `bits`.
    fn cue(&self, i: usize, bits: u32) -> bool {
        self.has(i, bits) && !self.is_cap(i)
    }

    /// The type the context of the name `a..b` gives, with its strength.
    pub fn context_type(&self, a: usize, b: usize) -> Option<(Type, Strength)> {
        let cue = Strength::Cue;
        let next = self.w(b);
        if next == "," && matches!(self.w(b + 1), "who" | "whose") || self.age_after(b) {
            return Some((Type::Person, cue));
        }
        if self.possessive_after(b - 1) {
            let f = self.flags(b + 1);
            if f & PERSON_OF != 0 {
                return Some((Type::Person, cue));
            }
            if f & PLACE_OF != 0 {
                return Some((Type::Place, cue));
            }
            if f & ORG_OF != 0 {
                return Some((Type::Org, cue));
            }
        }
        let before = |k: usize| a >= k && !self.is_cap(a - k);
        let of = before(2) && self.w(a - 1) == "of";
        // "shares of X", "a unit of X", "stake in X".
        if before(2) && (of || self.w(a - 1) == "in") && self.cue(a - 2, PART) {
            return Some((Type::Org, cue));
        }
        // "X shares", "X newspaper", "Sony Corp <SNE.T>".
        if self.cue(b, SHARES | MEDIA) || next == "<" && self.is_cap(b + 1) {
            return Some((Type::Org, cue));
        }
        if self.place_frame(a, b, of) {
            return Some((Type::Place, cue));
        }
        if self.speech_cue(a, b) {
            if matches!(self.w(b + 1), "he" | "she" | "his" | "her") {
                return Some((Type::Person, cue));
            }
            // "X said in a statement".
            if self.w(b + 1) == "in" && self.w(b + 3) == "statement" {
                return Some((Type::Org, cue));
            }
        }
        if before(1) && self.cue(a - 1, PREP) {
            return Some((Type::Place, Strength::Shape));
        }
        None
    }

    /// ", 52," or " (52)" after a name: a person's age.
    fn age_after(&self, b: usize) -> bool {
        let close: &[&str] = match self.w(b) {
            "," => &[",", ".", ";", "said", "says", "and"],
            "(" => &[")"],
            _ => return false,
        };
        self.kind(b + 1) == Some(Kind::Number)
            && self
                .w(b + 1)
                .parse::<u32>()
                .is_ok_and(|n| (1..=MAX_AGE).contains(&n))
            && close.contains(&self.w(b + 2))
    }

    /// "X-based", "the town of X", "north of X", "X province".
    fn place_frame(&self, a: usize, b: usize, of: bool) -> bool {
        let glued = |i: usize| self.ctx.tokens.get(i).is_some_and(|t| !t.space_before);
        if self.w(b) == "-" && glued(b) && glued(b + 1) && self.w(b + 1) == "based" {
            return true;
        }
        of && self.cue(a - 2, PLACE_NOUN | COMPASS) || self.cue(b, PLACE_NOUN)
    }
}
