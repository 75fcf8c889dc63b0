//! Context that decides what a capitalised sequence is, beyond its own words: bylines and
//! contact lines ("By Fiona Blackwood", "Contact: Dana Lee"), street addresses ("1200 Harbor
//! Way"), datelines in capitals ("SÃO PAULO") and a town placed by its state or country
//! ("Dayton, Ohio").

use super::candidates::{Sent, is_acronym};
use super::lexicon::{LEX, bit::*};

impl Sent<'_, '_> {
    /// Where an organisation's name ending at `b` ends once a possessive that belongs to it is
    /// taken in: "the grocer Penfold’s in 2023", "Sainsbury’s said" — a possessive followed by
    /// no noun (a preposition, a verb, a comma) is part of a shop's name. "Amazon’s role" is
    /// Amazon's.
    pub(super) fn possessive_name_end(&self, b: usize) -> usize {
        let name_end = self.possessive_after(b - 1)
            && [
                "in", "at", "on", "for", "from", "and", "or", "said", "says", "is", "was", "has",
                "will", ",", ";", ")",
            ]
            .iter()
            .any(|w| self.w(b + 1) == *w);
        if name_end { b + 1 } else { b }
    }

    /// A writer's or contact's name at `i` (two or three capitalised words, none a listed
    /// place): after "By" ("By Fiona Blackwood, Retail Correspondent"), "Reporting by",
    /// "Editing by", or "Contact:". Bylines are title case, so this is read in headlines too.
    /// Returns where the name ends.
    pub(super) fn byline_name(&self, i: usize, b: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        let cue = if self.w(p).eq_ignore_ascii_case("by") {
            p == 0
                || self.at_start(p)
                || p >= 1
                    && ["reporting", "editing", "writing", "compiled", "produced"]
                        .iter()
                        .any(|c| self.w(p - 1).eq_ignore_ascii_case(c))
        } else {
            self.w(p) == ":" && p >= 1 && self.w(p - 1).eq_ignore_ascii_case("contact")
        };
        if !cue {
            return None;
        }
        let mut end = i;
        while end < b.max(i + 3).min(self.len()) && end - i < 3 && self.is_cap(end) {
            if self.place_len(end).is_some() || self.has(end, STOP | NON_ENTITY) {
                break;
            }
            end += 1;
        }
        (end - i >= 2).then_some(end)
    }

    /// "1200 Harbor Way", "400 South Tryon Street": a house number, then a street name. An
    /// address is not an entity of the story.
    pub(super) fn street_address(&self, a: usize, b: usize) -> bool {
        let numbered = a > 0 && self.kind(a - 1) == Some(crate::extract::token::Kind::Number);
        let last = if self.w(b - 1) == "." {
            b.saturating_sub(2)
        } else {
            b - 1
        };
        numbered
            && matches!(
                self.w(last),
                "Street"
                    | "St"
                    | "Avenue"
                    | "Ave"
                    | "Road"
                    | "Rd"
                    | "Drive"
                    | "Dr"
                    | "Way"
                    | "Boulevard"
                    | "Blvd"
                    | "Lane"
                    | "Ln"
                    | "Parkway"
                    | "Pkwy"
                    | "Highway"
                    | "Court"
                    | "Place"
                    | "Square"
                    | "Terrace"
            )
    }

    /// A listed place of several words written in capitals, as datelines do ("SÃO PAULO").
    pub(super) fn caps_place(&self, a: usize, b: usize) -> bool {
        if !(a..b).all(|i| !self.is_word(i) || is_acronym(self.w(i))) {
            return false;
        }
        let titled: Vec<String> = (a..b).map(|i| title_case(self.w(i))).collect();
        let at = |k: usize| titled.get(k).map_or("", String::as_str);
        LEX.places.longest(at) == Some(b - a)
    }

    /// Whether a listed place follows the name at `b` after a comma and ends the phrase
    /// ("Dayton, Ohio, by mid-2026", "a site in Querétaro, Mexico."): the name is a town in
    /// that state or country. A possessive or a hyphen after the place ("Japan’s largest",
    /// "Ohio-based") or a list ("Chile, Peru and …") is something else.
    pub(super) fn place_follows(&self, b: usize) -> bool {
        if self.w(b) != "," {
            return false;
        }
        let Some(k) = self.place_len(b + 1) else {
            return false;
        };
        let next = b + 1 + k;
        next >= self.len() || matches!(self.w(next), "," | "." | ";" | ":" | "(" | ")")
    }
}

/// "SÃO" → "São": the first letter kept, the rest lower-cased.
fn title_case(w: &str) -> String {
    let mut chars = w.chars();
    chars.next().map_or_else(String::new, |c| {
        let mut t = c.to_string();
        t.extend(chars.flat_map(char::to_lowercase));
        t
    })
}
