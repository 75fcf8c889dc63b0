//! Compact stores the index is made of: [`Strings`], distinct strings ready for matching,
//! built by an [`Interner`]; and [`Lists`], lists of ids keyed by id in one allocation.

use super::index::NONE;
use super::normal::{fold_case, mask, needle, to_u32};
use nucleo_matcher::Utf32Str;
use std::collections::HashMap;

/// Distinct strings, normalised, with what matching them needs ready: a case-folded twin for
/// phrases, the chars for the fuzzy matcher when not ASCII, and a letter mask.
#[derive(Debug, Clone, Default)]
pub(super) struct Strings {
    text: String,
    folded: String,
    bounds: Vec<(u32, u32)>,
    chars: Vec<char>,
    /// Into `chars`; empty for ASCII strings, which the matcher reads as bytes.
    char_bounds: Vec<(u32, u32)>,
    pub masks: Vec<u64>,
}

impl Strings {
    pub fn add(&mut self, s: &str) -> u32 {
        let id = to_u32(self.bounds.len());
        let start = self.text.len();
        self.text.push_str(s);
        self.folded.extend(s.chars().map(fold_case));
        self.bounds.push((to_u32(start), to_u32(self.text.len())));
        let c = self.chars.len();
        if !s.is_ascii() {
            self.chars.extend(s.chars());
        }
        self.char_bounds.push((to_u32(c), to_u32(self.chars.len())));
        self.masks.push(mask(s));
        id
    }

    pub fn len(&self) -> usize {
        self.bounds.len()
    }

    fn range(&self, id: u32) -> std::ops::Range<usize> {
        self.bounds
            .get(id as usize)
            .map_or(0..0, |&(a, b)| a as usize..b as usize)
    }

    pub fn text(&self, id: u32) -> &str {
        self.text.get(self.range(id)).unwrap_or_default()
    }

    pub fn folded(&self, id: u32) -> &str {
        self.folded.get(self.range(id)).unwrap_or_default()
    }

    /// The string as the fuzzy matcher reads it; its indices are chars of [`Strings::text`].
    pub fn utf32(&self, id: u32) -> Utf32Str<'_> {
        match self.char_bounds.get(id as usize) {
            Some(&(a, b)) if a < b => {
                Utf32Str::Unicode(self.chars.get(a as usize..b as usize).unwrap_or_default())
            }
            _ => Utf32Str::Ascii(self.text(id).as_bytes()),
        }
    }
}

/// Builds [`Strings`] with each distinct string stored once.
#[derive(Default)]
pub(super) struct Interner {
    pub strings: Strings,
    ids: HashMap<String, u32>,
}

impl Interner {
    pub fn id(&mut self, s: &str) -> u32 {
        if s.is_empty() {
            return NONE;
        }
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.strings.add(s);
        self.ids.insert(s.to_string(), id);
        id
    }

    /// Normalises first: fields come from the story as extracted, with any invisible chars.
    pub fn field(&mut self, raw: Option<&str>) -> u32 {
        match raw {
            Some(s) => self.id(&needle(s)),
            None => NONE,
        }
    }
}

/// Lists of ids keyed by an id, in one allocation: `values[offsets[k]..offsets[k + 1]]`.
#[derive(Debug, Clone, Default)]
pub(super) struct Lists {
    offsets: Vec<u32>,
    values: Vec<u32>,
}

impl Lists {
    /// From `(key, value)` pairs; each list keeps the pairs' order.
    pub fn new(keys: usize, pairs: impl Iterator<Item = (u32, u32)> + Clone) -> Lists {
        let mut offsets = vec![0u32; keys + 1];
        for (k, _) in pairs.clone() {
            if let Some(n) = offsets.get_mut(k as usize + 1) {
                *n += 1;
            }
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut next = offsets.clone();
        let mut values = vec![0u32; offsets[keys] as usize];
        for (k, v) in pairs {
            if let Some(at) = next.get_mut(k as usize) {
                if let Some(slot) = values.get_mut(*at as usize) {
                    *slot = v;
                }
                *at += 1;
            }
        }
        Lists { offsets, values }
    }

    pub fn get(&self, key: u32) -> &[u32] {
        let k = key as usize;
        match (self.offsets.get(k), self.offsets.get(k + 1)) {
            (Some(&a), Some(&b)) => self.values.get(a as usize..b as usize).unwrap_or_default(),
            _ => &[],
        }
    }
}
