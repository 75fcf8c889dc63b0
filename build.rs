//! Build step: turns the generated name and place lists in `assets/lexicon/` into one compact
//! hash table that the binary embeds (`src/extract/entities/gazetteer.rs` reads it), so that
//! the 170,000 names cost no start-up time and no heap.
//!
//! Layout, little-endian: `u32` key count `n`; `BUCKETS + 1` `u32` bucket starts (keys sorted
//! by hash, bucketed by the hash's top bits); `n` `u64` hashes; `n` `u16` flags.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

/// The recognisers' tokenizer: phrase lists are split into tokens here as the text will be.
#[path = "src/extract/token.rs"]
#[allow(dead_code)]
mod token;

/// Must match `gazetteer.rs`.
const BUCKET_BITS: u32 = 16;

/// Flag bits; must match `gazetteer.rs`.
const GIVEN: u16 = 1;
const FAMILY: u16 = 1 << 1;
const COUNTRY: u16 = 1 << 2;
const REGION: u16 = 1 << 3;
const CITY: u16 = 1 << 4;
const TOWN: u16 = 1 << 5;
const COMMON: u16 = 1 << 6;
const PLACE_PREFIX: u16 = 1 << 8;

/// FNV-1a over the bytes, then a 64-bit finaliser so that the top bits are well mixed.
/// Must match `gazetteer.rs`.
fn hash(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

fn main() {
    gazetteer();
    entity_lists();
    event_assets();
    println!("cargo::rerun-if-changed=build.rs");
}

fn gazetteer() {
    let dir = Path::new("assets/lexicon");
    let mut keys: BTreeMap<u64, u16> = BTreeMap::new();
    let mut add = |key: &str, flags: u16| {
        *keys.entry(hash(key)).or_default() |= flags;
    };
    for (file, bit) in [
        ("given_names.txt", Some(GIVEN)),
        ("family_names.txt", Some(FAMILY)),
        ("common_words.txt", Some(COMMON)),
        ("places.txt", None),
    ] {
        let path = dir.join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("assets/lexicon is part of the repository");
        for line in text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (name, class) = line.split_once('\t').unwrap_or((line, ""));
            let key = name.to_lowercase();
            let bits = bit.unwrap_or(match class {
                "c" => COUNTRY,
                "r" => REGION,
                "C" => CITY,
                _ => TOWN,
            });
            add(&key, bits);
            if bit.is_none() {
                // Every proper prefix that ends at a token boundary ("new", "new south",
                // "winston-", "st."), as the recogniser extends a match token by token.
                for (k, c) in key.char_indices().filter(|(_, c)| !c.is_alphanumeric()) {
                    for end in [k, k + c.len_utf8()] {
                        let prefix = key[..end].trim_end();
                        if !prefix.is_empty() && prefix.len() < key.len() {
                            add(prefix, PLACE_PREFIX);
                        }
                    }
                }
            }
        }
    }
    let n = keys.len();
    let mut out = Vec::with_capacity(4 + 4 * ((1 << BUCKET_BITS) + 1) + n * 10);
    out.extend_from_slice(&u32::try_from(n).expect("fewer than 4G keys").to_le_bytes());
    let hashes: Vec<u64> = keys.keys().copied().collect();
    for b in 0..=(1u64 << BUCKET_BITS) {
        let start = hashes.partition_point(|h| (h >> (64 - BUCKET_BITS)) < b);
        out.extend_from_slice(&(start as u32).to_le_bytes());
    }
    for h in &hashes {
        out.extend_from_slice(&h.to_le_bytes());
    }
    for f in keys.values() {
        out.extend_from_slice(&f.to_le_bytes());
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("gazetteer.bin");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// An asset's lines that are data: trimmed, neither empty nor a `#` comment.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A word as the entity lexicon keys it: without a trailing dot, lowercase (as
/// `entities::lexicon::with_lower` looks words up).
fn key(word: &str) -> String {
    word.strip_suffix('.').unwrap_or(word).to_lowercase()
}

/// The entity recogniser's word lists (`assets/*.txt`), keyed and split into tokens here, so
/// that start-up only fills hash maps with `&'static str`s (`src/extract/entities/lexicon.rs`
/// includes `entity_lists.rs` and says which bit each list sets).
///
/// - `name: &[&str]`: a plain list's keys;
/// - `name: &[(&str, &str)]`: a tagged list's (tag, key) pairs (`tag word` lines);
/// - `name: &[(&str, &[&[&str]])]`: a phrase list's phrases as tokens written as they are,
///   grouped by first token (in file order), longest first within a group; with the keys of
///   the first tokens (`name_FIRST_KEYS`) and of the one-token phrases (`name_ONE_KEYS`).
fn entity_lists() {
    let mut out = String::from("// Generated by build.rs from assets/*.txt.\n");
    let read = |file: &str| {
        let path = Path::new("assets").join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        fs::read_to_string(&path).expect("the assets are part of the repository")
    };
    for (name, file) in [
        ("STOPWORDS", "stopwords.txt"),
        ("NON_ENTITIES", "non_entities.txt"),
        ("ORG_SUFFIXES", "org_suffixes.txt"),
        ("PLACE_SUFFIXES", "place_suffixes.txt"),
        ("GROUP_HEADS", "group_heads.txt"),
        ("GIVEN_NAMES", "given_names.txt"),
        ("FAMILY_NAMES", "family_names.txt"),
    ] {
        let text = read(file);
        let keys: Vec<String> = data_lines(&text).map(key).collect();
        let _ = writeln!(out, "pub static {name}: &[&str] = &{keys:?};");
    }
    for (name, file) in [
        ("LONE", "lone_non_entities.txt"),
        ("TITLES", "titles.txt"),
        ("NAME_CUES", "name_cues.txt"),
    ] {
        let text = read(file);
        let pairs: Vec<(&str, String)> = data_lines(&text)
            .filter_map(|l| l.split_once(' '))
            .map(|(tag, word)| (tag, key(word)))
            .collect();
        let _ = writeln!(out, "pub static {name}: &[(&str, &str)] = &{pairs:?};");
    }
    for (name, file) in [
        ("PLACES", "places.txt"),
        ("NATIONALITIES", "nationalities.txt"),
        ("ORGS", "orgs.txt"),
    ] {
        let text = read(file);
        let mut groups: Vec<(String, Vec<Vec<String>>)> = Vec::new();
        let mut at: BTreeMap<String, usize> = BTreeMap::new();
        for line in data_lines(&text) {
            let words: Vec<String> = token::tokenize(line, 0)
                .iter()
                .map(|t| line[t.start..t.end].to_string())
                .collect();
            let Some(first) = words.first().cloned() else {
                continue;
            };
            let g = *at.entry(first.clone()).or_insert_with(|| {
                groups.push((first, Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(words);
        }
        let firsts: Vec<String> = groups.iter().map(|(f, _)| key(f)).collect();
        let ones: Vec<String> = groups
            .iter()
            .flat_map(|(_, ps)| ps.iter().filter(|p| p.len() == 1).map(|p| key(&p[0])))
            .collect();
        let _ = writeln!(out, "pub static {name}_FIRST_KEYS: &[&str] = &{firsts:?};");
        let _ = writeln!(out, "pub static {name}_ONE_KEYS: &[&str] = &{ones:?};");
        let _ = write!(out, "pub static {name}: &[(&str, &[&[&str]])] = &[");
        for (first, mut phrases) in groups {
            phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
            let _ = write!(out, "({first:?}, &[");
            for p in phrases {
                let _ = write!(out, "&{p:?},");
            }
            let _ = write!(out, "]),");
        }
        let _ = writeln!(out, "];");
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("entity_lists.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// `assets/event_kinds.toml` and `event_words.toml` as JSON (same tree, same field names):
/// the TOML stays the file people edit, and start-up reads the JSON with the same serde types
/// (`src/extract/events/lexicon.rs`) at a fraction of the cost. A TOML error stops the build
/// with the file and the parser's message.
fn event_assets() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["event_kinds", "event_words"] {
        let path = Path::new("assets").join(format!("{name}.toml"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("the assets are part of the repository");
        let value: toml::Table = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("a TOML table is JSON");
        fs::write(Path::new(&out).join(format!("{name}.json")), json).expect("OUT_DIR is writable");
    }
}
