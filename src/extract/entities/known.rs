//! Names the lists know, whatever their case: headlines and lines in capitals read one word at
//! a time ("SONY TO EXPAND U.K. TELEVISION OUTPUT"), short forms with a canonical name ("U.S."
//! → United States, "Fla." → Florida), places of the hand-made and generated lists, and the
//! words that open foreign organisations' names ("Banco", "Groupe").

use super::candidates::{Sent, is_acronym, is_camel};
use super::classify::Typing;
use super::gazetteer::geo;
use super::lexicon::{LEX, bit::*};
use super::note::{Strength, Type};
use crate::story::{Fact, FactKind};

impl Sent<'_, '_> {
    /// Headline words, one at a time: places the lists know, bylines, and otherwise
    /// candidates that only the rest of the document can confirm.
    pub(super) fn headline_words(&self, a: usize, b: usize, out: &mut Vec<Fact>) {
        let mut i = a;
        while i < b {
            let w = self.w(i);
            if let Some(end) = self.byline_name(i, b) {
                let role = self.role_after(end);
                self.emit(FactKind::Person, i, end, role, out);
                self.note(i, Some((Type::Person, Strength::Cue)), None, false);
                i = end;
                continue;
            }
            if self.canonical_at(i, i + 1, true, out) {
                i += 1;
                continue;
            }
            if let Some((k, typing)) = self.place_piece(i, b) {
                self.emit_typed(i, i + k, typing, true, out);
                i += k;
                continue;
            }
            if let Some(k) = self.org_len(i).filter(|&k| i + k <= b) {
                self.emit_typed(
                    i,
                    i + k,
                    (Some((Type::Org, Strength::Listed)), None),
                    true,
                    out,
                );
                i += k;
                continue;
            }
            if let Some(end) = self.full_name_at(i, b) {
                let person = (Some((Type::Person, Strength::Listed)), Some(Type::Person));
                self.emit_typed(i, end, person, true, out);
                i = end;
                continue;
            }
            let name = self.is_cap(i) && !self.has(i, STOP | NON_ENTITY | LONE | TITLE);
            if name && self.nation_len(i).is_none() && w.chars().count() > 1 {
                let brand = !self.caps_line && (is_camel(w) || is_acronym(w));
                let guess = brand.then_some((Type::Org, Strength::Shape));
                self.emit_typed(i, i + 1, (guess, Some(Type::Org)), true, out);
            }
            i += 1;
        }
    }

    /// In a title-case line (a table row of results, a headline), a given name and one or two
    /// capitalised words that are no common words, places or titles: a person's full name
    /// ("2. Tony Jarrett (Britain) 13.35", "Mark Crear"). Not in a line in capitals, where
    /// every word looks like a name.
    fn full_name_at(&self, i: usize, b: usize) -> Option<usize> {
        if self.caps_line || !(self.has(i, GIVEN) || self.gaz(i) & geo::GIVEN != 0) {
            return None;
        }
        let surname = |j: usize| {
            j < b
                && self.is_cap(j)
                && self.is_word(j)
                && self.w(j).chars().count() > 1
                && !is_acronym(self.w(j))
                && !self.has(j, STOP | NON_ENTITY | LONE | TITLE)
                && self.gaz(j) & geo::COMMON == 0
                && (self.gaz(j) & geo::KNOWN_PLACE == 0 || self.gaz(j) & geo::FAMILY != 0)
        };
        if !surname(i + 1) {
            return None;
        }
        Some(if surname(i + 2) { i + 3 } else { i + 2 })
    }

    /// A listed place starting at `i` and ending by `b`: its length and typing.
    pub(super) fn place_piece(&self, i: usize, b: usize) -> Option<(usize, Typing)> {
        if let Some(k) = self.place_len(i).filter(|&k| i + k <= b) {
            return Some((
                k,
                (Some((Type::Place, Strength::Listed)), Some(Type::Place)),
            ));
        }
        let (k, f) = self.gaz_place(i).filter(|&(k, _)| i + k <= b)?;
        let clash = k == 1 && self.gaz(i) & (geo::COMMON | geo::GIVEN | geo::FAMILY) != 0;
        let typing = if f & (geo::COUNTRY | geo::REGION) != 0 || k > 1 && f & geo::CITY != 0 {
            (Some((Type::Place, Strength::Listed)), Some(Type::Place))
        } else if f & geo::CITY != 0 {
            let s = if clash {
                Strength::Shape
            } else {
                Strength::Listed
            };
            (Some((Type::Place, s)), Some(Type::Place))
        } else if clash {
            return None;
        } else {
            // A town of the list is only a fallback: a company or a person the document
            // names may share its name ("Meridian Freight" … "Meridian").
            (None, Some(Type::Place))
        };
        Some((k, typing))
    }

    /// The number of tokens of a country's abbreviation ("U.S", "UK") that opens `a..b` and
    /// is not all of it; its closing dot stays a token of its own for [`Self::canonical_at`].
    pub(super) fn place_abbreviation(&self, a: usize, b: usize) -> Option<usize> {
        let start = self.ctx.tokens.get(a)?.start;
        (a + 1..b.min(a + 4))
            .find(|&e| {
                let end = self.ctx.tokens[e - 1].end;
                let written = self.ctx.text.get(start..end).unwrap_or_default();
                let dotted = self.w(e) == ".";
                written.chars().all(|c| c.is_ascii_uppercase() || c == '.')
                    && [
                        Some(written),
                        dotted.then(|| self.ctx.text.get(start..end + 1)).flatten(),
                    ]
                    .into_iter()
                    .flatten()
                    .any(|w| LEX.canonical(w).is_some_and(|(place, _)| place))
            })
            .map(|e| e - a)
    }

    /// Emits tokens `a..b` under their canonical name if they are a listed short form ("U.S.",
    /// "Fla." with its dot after it); returns whether they were.
    pub(super) fn canonical_at(
        &self,
        a: usize,
        b: usize,
        initial: bool,
        out: &mut Vec<Fact>,
    ) -> bool {
        let (Some(first), Some(last)) = (self.ctx.tokens.get(a), self.ctx.tokens.get(b - 1)) else {
            return false;
        };
        let written = self.ctx.text.get(first.start..last.end).unwrap_or_default();
        let dotted = self.w(b) == "." && self.ctx.tokens.get(b).is_some_and(|t| !t.space_before);
        let found = LEX.canonical(written).or_else(|| {
            dotted
                .then(|| self.ctx.text.get(first.start..last.end + 1))
                .flatten()
                .and_then(|w| LEX.canonical(w))
        });
        let Some((place, name)) = found else {
            return false;
        };
        let t = if place { Type::Place } else { Type::Org };
        self.emit_typed(a, b, (Some((t, Strength::Listed)), Some(t)), initial, out);
        if let Some(f) = out.last_mut() {
            f.set_name(Some(name.into()));
        }
        true
    }
}

/// Words that open an organisation's name in other languages ("Banco Santander", "Groupe
/// Valmont", "Société Générale").
pub(super) fn is_org_head(w: &str) -> bool {
    matches!(
        w,
        "Banco"
            | "Banca"
            | "Banque"
            | "Bank"
            | "Groupe"
            | "Grupo"
            | "Gruppo"
            | "Compagnie"
            | "Companhia"
            | "Compañía"
            | "Société"
            | "Societe"
            | "Società"
            | "Caisse"
            | "Crédit"
            | "Credit"
            | "Deutsche"
            | "Kreditanstalt"
            | "Sociedad"
            | "Fundación"
            | "Fondation"
            | "Stichting"
            | "Regie"
            | "Régie"
            | "Automobiles"
    )
}
