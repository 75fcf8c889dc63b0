//! Context cues around a capitalised sequence: roles and titles before a name ("Amazon CEO",
//! "chief executive", "former Treasury Secretary") or after it (", chief financial officer of
//! Acme,"), speech verbs ("X said", "said X"), and product contexts ("the company behind X",
//! "X maker OpenAI") that make a brand-shaped word a product rather than an organisation.

use super::candidates::Sent;
use super::lexicon::bit::*;

/// A role found next to a name: its token range (inclusive) and whether it is only an
/// honorific ("Mr.", "Dr."), which marks a person without giving a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Role {
    pub first: usize,
    pub last: usize,
    pub honorific: bool,
}

fn is_honorific(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Mx" | "Dr" | "Sir" | "Dame" | "Lord" | "Lady" | "Prof"
    )
}

/// Words that may sit inside a role but never start or end one.
fn is_role_glue(w: &str) -> bool {
    matches!(w, "of" | "and" | "the" | "for" | "at" | "-" | "." | "&")
}

impl Sent<'_, '_> {
    fn is_title_word(&self, i: usize) -> bool {
        self.has(i, TITLE)
    }

    pub(super) fn is_role_word(&self, i: usize) -> bool {
        self.has(i, TITLE | MOD) || (is_role_glue(self.w(i)) && i > 0)
    }

    /// The role ending just before token `n` (where a name starts): a run of title words and
    /// modifiers holding at least one title, extended back over the organisation, place or
    /// nationality it belongs to ("Amazon CEO", "Acme’s chief executive", "French President").
    pub fn role_before(&self, n: usize) -> Option<Role> {
        let mut k = n;
        let mut titled = false;
        while k > 0 && self.is_role_word(k - 1) {
            titled |= self.is_title_word(k - 1);
            k -= 1;
        }
        while k < n && is_role_glue(self.w(k)) {
            k += 1;
        }
        // The role ends on a title or modifier, or on the dot of "Mr.".
        let dot = usize::from(self.w(n.wrapping_sub(1)) == ".");
        let end = n.checked_sub(1 + dot)?;
        if !titled || k > end || !self.is_role_word(end) || is_role_glue(self.w(end)) {
            return None;
        }
        let honorific = (k..n).all(|i| is_honorific(self.w(i)) || self.w(i) == ".");
        if !honorific {
            // "Acme’s chief executive", "Amazon CEO": take in the owner.
            if k >= 2 && self.possessive_after(k - 2) && self.is_cap(k - 2) {
                k -= 2;
            }
            while k > 0 && self.is_cap(k - 1) && !self.weak_start(k - 1) {
                k -= 1;
            }
        }
        Some(Role {
            first: k,
            last: n - 1,
            honorific,
        })
    }

    /// A sentence-initial stopword ("The", "For") that a role must not take in.
    fn weak_start(&self, i: usize) -> bool {
        (self.at_start(i) && self.has(i, STOP)) || self.has(i, NON_ENTITY)
    }

    /// The role in an appositive after a name ending at token `b` (exclusive): ", [a|the]
    /// [Owner’s] title words [of|at|for Name]" closed by punctuation or a speech verb.
    pub fn role_after(&self, b: usize) -> Option<Role> {
        if self.w(b) != "," {
            return None;
        }
        let mut k = b + 1;
        let definite = self.w(k) == "the";
        if matches!(
            self.w(k),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        ) {
            k += 1;
        }
        let mut first = k;
        // Owner: capitalised words, optionally possessive ("Acme’s"), or a possessive common
        // noun, kept with its article ("the bank’s chief economist").
        while self.is_cap(k) && !self.has(k, TITLE | MOD) {
            k += 1;
        }
        if k > first && self.possessive_after(k - 1) {
            k += 1;
        } else if k == first && self.is_lower(k) && self.possessive_after(k) {
            // "the company’s chief financial officer": the owner is anaphoric, so the role is
            // the title alone.
            k += 2;
            first = k;
        }
        // "an auto analyst", "a longtime correspondent": up to two plain words before a title.
        let mut lead = k;
        while lead < k + 2 && self.is_lower(lead) && !self.is_role_word(lead) {
            lead += 1;
        }
        if lead > k && self.is_title_word(lead) {
            k = lead;
        }
        let run = k;
        let mut titled = false;
        while self.is_role_word(k) && !matches!(self.w(k), "of" | "at" | "for" | ".") {
            titled |= self.is_title_word(k);
            k += 1;
        }
        if !titled || k == run {
            return None;
        }
        let mut last = k - 1;
        if matches!(self.w(k), "of" | "at" | "for" | "with") {
            let mut m = k + 1;
            if self.w(m) == "the" {
                m += 1;
            }
            if self.is_cap(m) {
                let end = self.sequence_end(m);
                last = end - 1;
                k = end;
            } else {
                // "of the company": a short lower-case complement.
                let end = (m..m + 4)
                    .take_while(|&i| self.is_lower(i))
                    .last()
                    .map_or(m, |i| i + 1);
                if end > m {
                    last = end - 1;
                    k = end;
                }
            }
        }
        // "… at Mangualde, the spokeswoman said": a definite role right before its speech verb
        // is who speaks the clause that ends at the comma, not the name before it.
        if definite && matches!(self.w(k), "said" | "says" | "told" | "added") {
            return None;
        }
        let closed = k >= self.len()
            || matches!(
                self.w(k),
                "," | "." | ";" | ")" | "—" | "–" | "said" | "says"
            )
            || self.w(k) == "-" && self.ctx.tokens.get(k).is_some_and(|t| t.space_before);
        closed.then_some(Role {
            first,
            last,
            honorific: false,
        })
    }

    /// "X said" / "X told" right after the sequence, or "said X" right before it.
    pub fn speech_cue(&self, a: usize, b: usize) -> bool {
        let verb = |w: &str| {
            matches!(
                w,
                "said"
                    | "says"
                    | "told"
                    | "tells"
                    | "wrote"
                    | "writes"
                    | "added"
                    | "adds"
                    | "noted"
                    | "explained"
                    | "recalled"
                    | "tweeted"
                    | "posted"
                    | "argued"
                    | "warned"
                    | "insisted"
                    | "asked"
            )
        };
        verb(self.w(b))
            || a > 0 && verb(self.w(a - 1)) && matches!(self.w(b), "," | "." | "" | "who" | ";")
    }

    /// A product named where its maker is the topic: "the company behind X", "maker of X",
    /// "X maker OpenAI", "X-maker".
    pub fn product_context(&self, a: usize, b: usize) -> bool {
        let maker = |w: &str| {
            matches!(
                w,
                "maker" | "makers" | "developer" | "developers" | "creator" | "creators"
            )
        };
        if a >= 2 && self.w(a - 1) == "of" && maker(self.w(a - 2)) {
            return true;
        }
        if a >= 2
            && self.w(a - 1) == "behind"
            && matches!(
                self.w(a - 2),
                "company" | "firm" | "startup" | "lab" | "team" | "group" | "people" | "one"
            )
        {
            return true;
        }
        let next = if self.w(b) == "-" { b + 1 } else { b };
        maker(self.w(next)) && (self.is_cap(next + 1) || self.w(next + 1) == ",")
    }
}
