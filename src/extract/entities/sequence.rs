//! Capitalised sequences: where a run of name words that starts at a capitalised word ends,
//! and what may join its words (hyphens, "&", name particles, "of" after an institution, "and"
//! inside a public body's name, the dot of an abbreviation, a lower-case legal suffix).

use super::candidates::Sent;
use super::lexicon::bit::*;
use crate::extract::token::Kind;

impl Sent<'_, '_> {
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
            // "Rolls-Royce", "Audio/Video Affiliates Inc".
            let hyphen = matches!(w, "-" | "/") && glued && next_glued;
            let of = w == "of"
                && (self.has(j - 1, ORG_SUFFIX | PLACE_SUFFIX | TITLE)
                    || is_of_head(self.w(j - 1))
                    || self.firm_of_country(a, j));
            let partners = w == "and" && matches!(self.w(j + 1), "Co" | "Company" | "Cos" | "Sons");
            let joins_next = hyphen || w == "&" || of || partners || self.and_joins(a, j);
            // "von der Leyen", "de la Fuente": up to two particles.
            let particles = if is_particle(w) && self.is_cap(j - 1) {
                1 + usize::from(is_particle(self.w(j + 1)))
            } else {
                0
            };
            let glued_next = self
                .ctx
                .tokens
                .get(j + 1)
                .is_some_and(|t| !t.space_before && t.kind == Kind::Number);
            // "Airbus A320": a model letter glued to its number is not part of the maker.
            if w.len() == 1 && self.is_cap(j) && glued_next {
                return j;
            }
            // "Teamsters Local 667", "UAW Local 1125": a union local keeps its number.
            if self.w(j - 1) == "Local" && self.kind(j) == Some(Kind::Number) {
                return j + 1;
            }
            if self.is_cap(j) || is_lower_legal_form(w) {
                j += 1;
            } else if joins_next && self.is_cap(j + 1) {
                j += 2;
            } else if particles > 0 && self.is_cap(j + particles) {
                j += particles + 1;
            } else if w == "." && glued && j + 1 < self.len() && is_abbreviation(self.w(j - 1)) {
                // "Holsten Defense Corp. Most of …": a legal form's dot ends the name unless
                // another legal form follows ("Acme Co. Ltd").
                // "Ltd. Co-managers are …": a word glued to a hyphen is no legal form.
                let suffix_next = self.has(j + 1, ORG_SUFFIX) && self.w(j + 2) != "-";
                if is_legal_form(self.w(j - 1)) && !suffix_next {
                    return j + 1;
                }
                j += 1;
            } else if w == "." && glued && self.is_cap(j + 1) && is_initial(self.w(j - 1)) && j > a
                // "Ford Espana S.A. Was second": no name goes on with a function word.
                && !self.has(j + 1, STOP)
            {
                // A middle initial: "Martin R. Shugrue".
                j += 1;
            } else if let Some(end) = self.parenthesised_place(j) {
                // "Sony (U.K.) Ltd", "Sunbeam Corp (Canada)".
                j = end;
            } else if let Some(end) = self.possessive_firm(j) {
                // "Wieboldt's Department Stores", "Shaw's Supermarkets Inc".
                j = end;
            } else if w == "," && self.comma_in_company(j) {
                // "Sears, Roebuck and Co": a partnership's name keeps its comma.
                j += 1;
            } else {
                return j;
            }
        }
    }

    /// Where a firm's name that holds a place in parentheses at `j` ends: "Sony (U.K.) Ltd",
    /// "Sumitomo Finance (Asia) Ltd", "Sunbeam Corp (Canada)" — a legal form before or after.
    fn parenthesised_place(&self, j: usize) -> Option<usize> {
        if self.w(j) != "(" {
            return None;
        }
        let close = (j + 2..j + 5).find(|&k| self.w(k) == ")")?;
        let inner = (j + 1..close).all(|k| self.is_cap(k) || self.w(k) == ".");
        let place = self.place_len(j + 1).is_some()
            || self.gaz_place(j + 1).is_some()
            || self.place_abbreviation(j + 1, close + 1).is_some();
        if !(inner && place) {
            return None;
        }
        if is_legal_form(self.w(close + 1)) {
            Some(close + 2)
        } else if is_legal_form(self.w(j - 1)) {
            Some(close + 1)
        } else {
            None
        }
    }

    /// Where a firm's name that holds a possessive at `j` ends: "Wieboldt's Department
    /// Stores", "Boatmen's Bancshares Inc", "Food Workers' Union" — after the possessive,
    /// common words ending in an organisation word, or one such word and a legal form. A
    /// proper name after it is another firm, the owner's ("Gold Fields' Kloof Gold Mining Co").
    fn possessive_firm(&self, j: usize) -> Option<usize> {
        let w = self.w(j);
        let glued = self.ctx.tokens.get(j).is_some_and(|t| !t.space_before);
        let plural = matches!(w, "'" | "’") && self.w(j - 1).ends_with('s');
        if !(glued && (matches!(w, "'s" | "’s") || plural)) {
            return None;
        }
        let mut k = j + 1;
        while k < j + 5 && self.is_cap(k) {
            let g = self.gaz(k);
            let plain = g & super::gazetteer::geo::COMMON != 0 || self.has(k, ORG_SUFFIX);
            if !plain && !is_legal_form(self.w(k)) {
                return None;
            }
            k += 1;
        }
        let words = k - (j + 1);
        let last = self.w(k - 1);
        let legal = words >= 2 && is_legal_form(last);
        (legal
            || words >= 2 && self.has(k - 1, ORG_SUFFIX)
            || words == 1 && self.has(k - 1, ORG_SUFFIX) && plural)
            .then_some(k)
    }

    /// Whether the comma at `j` is inside a company name of the form "Sears, Roebuck and Co":
    /// capitalised words, then "and" or "&", then a legal form.
    fn comma_in_company(&self, j: usize) -> bool {
        let mut k = j + 1;
        while self.is_cap(k) && k < j + 4 {
            k += 1;
        }
        k > j + 1
            && matches!(self.w(k), "and" | "&")
            && matches!(
                self.w(k + 1),
                "Co" | "Company" | "Cos" | "Companies" | "Sons"
            )
    }

    /// Whether the "and" at `j` is inside a public body's name: "Securities and Exchange
    /// Commission", "Food and Drug Administration" — one or two words before it, and two or
    /// more after it ending in a body word.
    fn and_joins(&self, a: usize, j: usize) -> bool {
        if self.w(j) != "and" || j - a > 4 {
            return false;
        }
        // "Castle and Cooke Inc", "Turner and Newall Plc": one word on each side of "and",
        // then a legal form, is one firm named after its founders.
        // So are "G and R Partners" (initials, then a firm word) and "Gabelli-Rosenthal and
        // Partners LP" (a hyphenated name before it, a firm word and a legal form after it).
        let one_name = j == a + 1 || (a + 1..j).step_by(2).all(|k| self.w(k) == "-");
        let firm_after = is_legal_form(self.w(j + 2))
            || is_initial(self.w(j - 1))
                && is_initial(self.w(j + 1))
                && self.has(j + 2, ORG_SUFFIX)
            || self.has(j + 1, ORG_SUFFIX) && is_legal_form(self.w(j + 2));
        if one_name
            && self.is_cap(j + 1)
            && self.is_cap(j + 2)
            && firm_after
            && !self.has(a, ORG1 | PLACE1 | ORG_SUFFIX)
        {
            return true;
        }
        if j - a > 2 {
            return false;
        }
        let mut k = j + 1;
        while self.is_cap(k) {
            k += 1;
        }
        k >= j + 3 && is_body(self.w(k - 1))
    }
}

/// Lower-case particles inside personal and place names.
pub fn is_particle(w: &str) -> bool {
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
            | "des"
            | "den"
            | "la"
            | "le"
            | "bin"
            | "bint"
            | "al"
            | "ibn"
            | "y"
            | "e"
            | "es"
    )
}

/// Words besides suffixes and titles that take "of" inside a name ("Republic of Korea").
fn is_of_head(w: &str) -> bool {
    matches!(
        w,
        "Republic" | "Kingdom" | "States" | "Isle" | "House" | "Duke" | "Duchess" | "Chamber"
    )
}

/// Last words of public bodies' names.
fn is_body(w: &str) -> bool {
    matches!(
        w,
        "Commission"
            | "Administration"
            | "Agency"
            | "Department"
            | "Council"
            | "Committee"
            | "Authority"
            | "Bureau"
            | "Workers"
            | "Union"
            | "Association"
            | "Federation"
            | "Board"
            | "Office"
            | "Ministry"
            | "Service"
            | "Institute"
            | "Foundation"
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

/// A single capital letter: an initial.
pub(super) fn is_initial(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Legal forms written in lower case after a company name ("HSBC Holdings plc").
/// Legal forms that close a company's name ("Inc", "Plc", "AG").
pub(super) fn is_legal_form(w: &str) -> bool {
    matches!(
        w,
        "Inc"
            | "Corp"
            | "Co"
            | "Plc"
            | "PLC"
            | "Ltd"
            | "AG"
            | "SA"
            | "NV"
            | "LP"
            | "Cos"
            | "GmbH"
            | "S.A."
            | "N.V."
            | "A.G."
            | "B.V."
            | "BV"
            | "SpA"
    )
}

fn is_lower_legal_form(w: &str) -> bool {
    matches!(w, "plc" | "llc" | "ltd" | "inc" | "gmbh")
}
