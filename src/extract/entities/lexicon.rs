//! The word lists the entity recogniser consults, from `assets/*.txt` (keyed and split into
//! tokens by `build.rs`) into hash sets (single words, compared lowercase without allocating)
//! and phrase tables (multi-word names, compared token by token as written).

use std::collections::HashMap;
use std::sync::LazyLock;

/// Lexicon keys are short words of our own data: FxHash is several times faster than SipHash
/// on them, and hash flooding is not a concern.
pub type FnvBuild = rustc_hash::FxBuildHasher;

/// Non-comment, non-empty lines of an asset.
fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Calls `f` with `word` lowercased and its trailing dot dropped ("Corp." → "corp"), using a
/// stack buffer for ASCII words so the hot path does not allocate.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let word = word.strip_suffix('.').unwrap_or(word);
    if !word.bytes().any(|b| b.is_ascii_uppercase()) && word.is_ascii() {
        return f(word);
    }
    let mut buf = [0u8; 40];
    if word.is_ascii() && word.len() <= buf.len() {
        let out = &mut buf[..word.len()];
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        return f(std::str::from_utf8(out).unwrap_or_default());
    }
    f(&word.to_lowercase())
}

/// What a word is in the lists: one bit per list, so that one hash lookup per word answers
/// every question the recogniser asks about it.
pub mod bit {
    pub const STOP: u32 = 1;
    pub const NON_ENTITY: u32 = 1 << 1;
    pub const LONE: u32 = 1 << 2;
    pub const HEAD: u32 = 1 << 3;
    pub const ORG_SUFFIX: u32 = 1 << 4;
    pub const PLACE_SUFFIX: u32 = 1 << 5;
    pub const TITLE: u32 = 1 << 6;
    pub const MOD: u32 = 1 << 7;
    pub const GROUP_HEAD: u32 = 1 << 8;
    pub const GIVEN: u32 = 1 << 9;
    pub const FAMILY: u32 = 1 << 13;
    /// A one-word listed place (lowercased), for places written in capitals.
    pub const PLACE_ONE: u32 = 1 << 14;
    /// The first word of a listed place, nationality or organisation (lowercased).
    pub const PLACE1: u32 = 1 << 10;
    pub const NATION1: u32 = 1 << 11;
    pub const ORG1: u32 = 1 << 12;
    /// The cue words of `assets/name_cues.txt`, one bit per cue.
    pub const PERSON_OF: u32 = 1 << 16;
    pub const PLACE_OF: u32 = 1 << 17;
    pub const ORG_OF: u32 = 1 << 18;
    pub const SHARES: u32 = 1 << 19;
    pub const PART: u32 = 1 << 20;
    pub const MEDIA: u32 = 1 << 21;
    pub const PLACE_NOUN: u32 = 1 << 22;
    pub const COMPASS: u32 = 1 << 23;
    pub const PREP: u32 = 1 << 24;
}

/// The lists as `build.rs` reads them from `assets/*.txt`: keyed (lowercase, no trailing
/// dot) and phrases split into tokens at build time, so that start-up allocates no string.
#[allow(dead_code)] // every phrase list gets the same statics; not all are read
mod lists {
    include!(concat!(env!("OUT_DIR"), "/entity_lists.rs"));
}

/// Multi-word names (compared as written, token by token), keyed by their first token; each
/// first token's phrases longest first.
pub struct Phrases(HashMap<&'static str, &'static [&'static [&'static str]], FnvBuild>);

impl Phrases {
    fn load(groups: &'static [(&'static str, &'static [&'static [&'static str]])]) -> Phrases {
        let mut map = HashMap::with_capacity_and_hasher(groups.len(), FnvBuild::default());
        map.extend(groups.iter().copied());
        Phrases(map)
    }

    /// The number of tokens of the longest phrase whose tokens are `toks` from the start.
    pub fn longest<'a>(&self, mut toks: impl FnMut(usize) -> &'a str) -> Option<usize> {
        let list = self.0.get(toks(0))?;
        list.iter()
            .find(|p| p.iter().enumerate().skip(1).all(|(k, w)| toks(k) == *w))
            .map(|p| p.len())
    }
}

/// Every list, parsed once.
pub struct Lexicon {
    pub places: Phrases,
    pub nationalities: Phrases,
    pub orgs: Phrases,
    words: HashMap<&'static str, u32, FnvBuild>,
    /// Short forms → (is a place, canonical name) ("U.S." → United States).
    canonical: HashMap<&'static str, (bool, &'static str), FnvBuild>,
}

impl Lexicon {
    /// The list bits of `word`, compared lowercase without its trailing dot.
    pub fn flags(&self, word: &str) -> u32 {
        with_lower(word, |w| self.words.get(w).copied().unwrap_or(0))
    }

    /// The canonical name of a short form as written, and whether it names a place (else an
    /// organisation): "U.S." → (true, "United States"), "Fla." → (true, "Florida").
    pub fn canonical(&self, written: &str) -> Option<(bool, &'static str)> {
        self.canonical.get(written).copied()
    }

    /// Whether `word` has any of `bits`.
    #[cfg(test)]
    pub fn is(&self, word: &str, bits: u32) -> bool {
        self.flags(word) & bits != 0
    }

    /// Adds the keys of a tagged list (`tag word` lines), each with its tag's bit (lines with
    /// another tag are skipped).
    fn add_tagged(&mut self, pairs: &[(&str, &'static str)], tags: &[(&str, u32)]) {
        for &(tag, key) in pairs {
            if let Some(&(_, bit)) = tags.iter().find(|(t, _)| *t == tag) {
                self.add(&[key], bit);
            }
        }
    }

    /// Adds keys (lowercase, no trailing dot: as `flags` looks words up) with `bit`.
    fn add(&mut self, keys: &[&'static str], bit: u32) {
        for &k in keys {
            *self.words.entry(k).or_default() |= bit;
        }
    }
}

pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon {
        places: Phrases::load(lists::PLACES),
        nationalities: Phrases::load(lists::NATIONALITIES),
        orgs: Phrases::load(lists::ORGS),
        words: HashMap::with_capacity_and_hasher(4096, FnvBuild::default()),
        canonical: lines(include_str!("../../../assets/canonical_names.txt"))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let (alias, kind, name) = (cols.next()?, cols.next()?, cols.next()?);
                Some((alias, (kind == "place", name)))
            })
            .collect(),
    };
    use bit::*;
    lex.add(lists::STOPWORDS, STOP);
    lex.add(lists::NON_ENTITIES, NON_ENTITY);
    lex.add_tagged(lists::LONE, &[("lone", LONE), ("head", HEAD)]);
    lex.add(lists::ORG_SUFFIXES, ORG_SUFFIX);
    lex.add(lists::PLACE_SUFFIXES, PLACE_SUFFIX);
    lex.add_tagged(lists::TITLES, &[("t", TITLE), ("m", MOD)]);
    lex.add(lists::GROUP_HEADS, GROUP_HEAD);
    lex.add(lists::GIVEN_NAMES, GIVEN);
    lex.add(lists::FAMILY_NAMES, FAMILY);
    lex.add_tagged(
        lists::NAME_CUES,
        &[
            ("person-of", PERSON_OF),
            ("place-of", PLACE_OF),
            ("org-of", ORG_OF),
            ("shares", SHARES),
            ("part", PART),
            ("media", MEDIA),
            ("place-noun", PLACE_NOUN),
            ("compass", COMPASS),
            ("prep", PREP),
        ],
    );
    lex.add(lists::PLACES_FIRST_KEYS, PLACE1);
    lex.add(lists::NATIONALITIES_FIRST_KEYS, NATION1);
    lex.add(lists::ORGS_FIRST_KEYS, ORG1);
    lex.add(lists::PLACES_ONE_KEYS, PLACE_ONE);
    lex
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_real_and_lookups_ignore_case() {
        use bit::*;
        assert!(LEX.places.0.values().map(|g| g.len()).sum::<usize>() > 600);
        assert!(LEX.is("Corp.", ORG_SUFFIX) && LEX.is("HOLDINGS", ORG_SUFFIX));
        assert!(LEX.is("AI", NON_ENTITY) && LEX.is("October", NON_ENTITY));
        assert_eq!(LEX.flags("Amazon"), 0);
        assert_eq!(LEX.canonical("U.S."), Some((true, "United States")));
        assert_eq!(LEX.canonical("EU"), Some((false, "European Union")));
        assert_eq!(LEX.canonical("Fla."), Some((true, "Florida")));
        assert_eq!(LEX.canonical("Fla"), None);
        assert!(LEX.is("CEO", TITLE) && LEX.is("former", MOD));
        assert!(
            LEX.is("Zoë", GIVEN)
                && LEX.is("Nguyễn", FAMILY)
                && LEX.is("São", PLACE1)
                && LEX.is("Middle", NATION1)
        );
    }

    #[test]
    fn phrases_match_the_longest_as_written() {
        let words = ["New", "York", "City", "Hall"];
        let at = |k: usize| words.get(k).copied().unwrap_or("");
        assert_eq!(LEX.places.longest(at), Some(3));
        let words = ["São", "Paulo"];
        assert_eq!(
            LEX.places.longest(|k| words.get(k).copied().unwrap_or("")),
            Some(2)
        );
        assert_eq!(LEX.places.longest(|_| "new"), None);
        assert_eq!(
            LEX.nationalities.longest(|k| ["Middle", "Eastern"][k % 2]),
            Some(2)
        );
    }
}
