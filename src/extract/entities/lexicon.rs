//! The word lists the entity recogniser consults, parsed once from `assets/*.txt` into hash
//! sets (single words, compared lowercase without allocating) and phrase tables (multi-word
//! names, compared token by token as written).

use crate::extract::token::tokenize;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: lexicon keys are short words, for which it is several times faster than SipHash,
/// and the keys are our own data, so hash flooding is not a concern.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

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

/// A set of lowercase words.
pub struct Words(HashSet<&'static str, FnvBuild>);

impl Words {
    fn load(src: &'static str) -> Words {
        Words(lines(src).collect())
    }

    fn from_prefixed(src: &'static str, prefix: &str) -> Words {
        Words(
            lines(src)
                .filter_map(|l| l.strip_prefix(prefix))
                .map(str::trim)
                .collect(),
        )
    }

    /// Whether `word`, lowercased, is in the set.
    pub fn has(&self, word: &str) -> bool {
        with_lower(word, |w| self.0.contains(w))
    }
}

/// Multi-word names (compared as written, token by token), keyed by their first token.
pub struct Phrases(HashMap<&'static str, Vec<Vec<&'static str>>, FnvBuild>);

impl Phrases {
    fn load(src: &'static str) -> Phrases {
        let mut map: HashMap<&'static str, Vec<Vec<&'static str>>, FnvBuild> = HashMap::default();
        for line in lines(src) {
            let words: Vec<&'static str> = tokenize(line, 0)
                .iter()
                .map(|t| &line[t.start..t.end])
                .collect();
            if let Some(&first) = words.first() {
                map.entry(first).or_default().push(words);
            }
        }
        for list in map.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        Phrases(map)
    }

    /// The number of tokens of the longest phrase whose tokens are `toks` from the start.
    pub fn longest<'a>(&self, mut toks: impl FnMut(usize) -> &'a str) -> Option<usize> {
        let list = self.0.get(toks(0))?;
        list.iter()
            .find(|p| p.iter().enumerate().skip(1).all(|(k, w)| toks(k) == *w))
            .map(Vec::len)
    }
}

/// Every list, parsed once.
pub struct Lexicon {
    pub places: Phrases,
    pub nationalities: Phrases,
    pub orgs: Phrases,
    pub names: HashSet<&'static str, FnvBuild>,
    pub org_suffixes: Words,
    pub place_suffixes: Words,
    pub titles: Words,
    pub title_mods: Words,
    pub stopwords: Words,
    pub non_entities: Words,
    pub lone: Words,
    pub heads: Words,
    pub group_heads: Words,
}

pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let titles = include_str!("../../../assets/titles.txt");
    let lone = include_str!("../../../assets/lone_non_entities.txt");
    Lexicon {
        places: Phrases::load(include_str!("../../../assets/places.txt")),
        nationalities: Phrases::load(include_str!("../../../assets/nationalities.txt")),
        orgs: Phrases::load(include_str!("../../../assets/orgs.txt")),
        names: lines(include_str!("../../../assets/names.txt")).collect(),
        org_suffixes: Words::load(include_str!("../../../assets/org_suffixes.txt")),
        place_suffixes: Words::load(include_str!("../../../assets/place_suffixes.txt")),
        titles: Words::from_prefixed(titles, "t "),
        title_mods: Words::from_prefixed(titles, "m "),
        stopwords: Words::load(include_str!("../../../assets/stopwords.txt")),
        non_entities: Words::load(include_str!("../../../assets/non_entities.txt")),
        lone: Words::from_prefixed(lone, "lone "),
        heads: Words::from_prefixed(lone, "head "),
        group_heads: Words::load(include_str!("../../../assets/group_heads.txt")),
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_real_and_lookups_ignore_case() {
        assert!(LEX.places.0.values().map(Vec::len).sum::<usize>() > 600);
        assert!(LEX.org_suffixes.has("Corp."));
        assert!(LEX.org_suffixes.has("HOLDINGS"));
        assert!(LEX.non_entities.has("AI"));
        assert!(LEX.non_entities.has("October"));
        assert!(!LEX.non_entities.has("Amazon"));
        assert!(LEX.titles.has("CEO") && LEX.title_mods.has("former"));
        assert!(LEX.names.contains("Zoë"));
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
