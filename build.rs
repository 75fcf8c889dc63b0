//! Build step: turns the generated name and place lists in `assets/lexicon/` into one compact
//! hash table that the binary embeds (`src/extract/entities/gazetteer.rs` reads it), so that
//! the 170,000 names cost no start-up time and no heap.
//!
//! Layout, little-endian: `u32` key count `n`; `BUCKETS + 1` `u32` bucket starts (keys sorted
//! by hash, bucketed by the hash's top bits); `n` `u64` hashes; `n` `u16` flags.

use std::collections::BTreeMap;
use std::{env, fs, path::Path};

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
    println!("cargo::rerun-if-changed=build.rs");
}
