//! Compact stores the index is made of: [`Strings`], distinct strings ready for matching,
//! built and looked up by an [`Interner`]; [`Lists`], lists of ids keyed by id in one
//! allocation; [`Postings`], the same for long ascending lists, delta-encoded; and [`Bits`].

use super::index::NONE;
use super::normal::{fold_case, mask, needle, to_u32};
use super::words::is_plain;
use hashbrown::DefaultHashBuilder;
use hashbrown::hash_table::{Entry, HashTable};
use nucleo_matcher::Utf32Str;
use std::hash::BuildHasher;

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

    fn shrink(&mut self) {
        self.text.shrink_to_fit();
        self.folded.shrink_to_fit();
        self.bounds.shrink_to_fit();
        self.chars.shrink_to_fit();
        self.char_bounds.shrink_to_fit();
        self.masks.shrink_to_fit();
    }

    fn range(&self, id: u32) -> std::ops::Range<usize> {
        self.bounds
            .get(id as usize)
            .map_or(0..0, |&(a, b)| a as usize..b as usize)
    }

    pub fn text(&self, id: u32) -> &str {
        self.text.get(self.range(id)).unwrap_or_default()
    }

    /// Whether string `id` is `s`, without making a `&str` of it.
    fn is(&self, id: u32, s: &str) -> bool {
        self.text.as_bytes().get(self.range(id)) == Some(s.as_bytes())
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

/// Builds [`Strings`] with each distinct string stored once, and finds a string's id again.
/// The table holds ids only and hashes `&str` slices, so a word costs no allocation unless it
/// is new, and the strings are not stored twice.
#[derive(Debug, Clone, Default)]
pub(super) struct Interner {
    pub strings: Strings,
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
}

impl Interner {
    pub fn id(&mut self, s: &str) -> u32 {
        if s.is_empty() {
            return NONE;
        }
        let Interner {
            strings,
            table,
            hasher,
        } = self;
        let hash = hasher.hash_one(s);
        let entry = table.entry(
            hash,
            |&id| strings.is(id, s),
            |&id| hasher.hash_one(strings.text(id)),
        );
        match entry {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                let id = strings.add(s);
                e.insert(id);
                id
            }
        }
    }

    /// The id of `s` if it was interned.
    pub fn get(&self, s: &str) -> Option<u32> {
        let hash = self.hasher.hash_one(s);
        self.table.find(hash, |&id| self.strings.is(id, s)).copied()
    }

    /// Normalises first: fields come from the story as extracted, with any invisible chars.
    pub fn field(&mut self, raw: Option<&str>) -> u32 {
        match raw {
            // Most fields are plain ASCII already: no copy to normalise them.
            Some(s) if is_plain(s) => self.id(s),
            Some(s) => self.id(&needle(s)),
            None => NONE,
        }
    }

    /// Gives back spare capacity once everything is interned.
    pub fn shrink(&mut self) {
        self.strings.shrink();
        let hasher = &self.hasher;
        let strings = &self.strings;
        self.table
            .shrink_to_fit(|&id| hasher.hash_one(strings.text(id)));
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

/// Ascending lists of ids keyed by an id (the sentences each word occurs in), each stored as
/// LEB128 varints of the gaps between successive ids: a word that occurs in most sentences
/// costs about a byte a sentence instead of four.
#[derive(Debug, Clone, Default)]
pub(super) struct Postings {
    offsets: Vec<u32>,
    bytes: Vec<u8>,
}

impl Postings {
    /// The ids of `key`, ascending.
    pub fn get(&self, key: u32) -> impl Iterator<Item = u32> + '_ {
        let k = key as usize;
        let bytes = match (self.offsets.get(k), self.offsets.get(k + 1)) {
            (Some(&a), Some(&b)) => self.bytes.get(a as usize..b as usize).unwrap_or_default(),
            _ => &[],
        };
        let mut at = 0;
        let mut prev = 0u32;
        std::iter::from_fn(move || {
            let mut gap = 0u32;
            let mut shift = 0;
            loop {
                let b = *bytes.get(at)?;
                at += 1;
                gap |= u32::from(b & 0x7f) << shift;
                if b < 0x80 {
                    break;
                }
                shift += 7;
            }
            prev = prev.wrapping_add(gap);
            Some(prev)
        })
    }
}

/// Builds [`Postings`] from ids added in ascending order per key (repeats are dropped).
#[derive(Default)]
pub(super) struct PostingsBuilder {
    lists: Vec<Vec<u8>>,
    last: Vec<u32>,
}

impl PostingsBuilder {
    pub fn add(&mut self, key: u32, id: u32) {
        let k = key as usize;
        if k >= self.lists.len() {
            self.lists.resize_with(k + 1, Vec::new);
            self.last.resize(k + 1, NONE);
        }
        let last = self.last[k];
        if last == id {
            return;
        }
        let mut gap = if last == NONE {
            id
        } else {
            id.wrapping_sub(last)
        };
        self.last[k] = id;
        let list = &mut self.lists[k];
        while gap >= 0x80 {
            list.push((gap as u8) | 0x80);
            gap >>= 7;
        }
        list.push(gap as u8);
    }

    /// Packs the lists into one allocation, freeing each as it is copied.
    pub fn finish(self, keys: usize) -> Postings {
        let total = self.lists.iter().map(Vec::len).sum();
        let mut offsets = Vec::with_capacity(keys + 1);
        let mut bytes = Vec::with_capacity(total);
        offsets.push(0);
        let mut lists = self.lists.into_iter();
        for _ in 0..keys {
            if let Some(list) = lists.next() {
                bytes.extend_from_slice(&list);
            }
            offsets.push(to_u32(bytes.len()));
        }
        Postings { offsets, bytes }
    }
}

/// One bit per id.
#[derive(Debug, Clone, Default)]
pub(super) struct Bits(Vec<u64>);

impl Bits {
    pub fn new(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    pub fn set(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    pub fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}
