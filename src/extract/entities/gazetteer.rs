//! The generated lexicons (`assets/lexicon/`: 1990 US Census given names and surnames,
//! GeoNames countries, US states and cities, common English words), embedded as one hash table that `build.rs`
//! makes: a lookup hashes the lower-cased name and reads one or two table entries, with no
//! start-up cost and nothing on the heap.

use std::cell::RefCell;

/// Flag bits of a name; the same values as in `build.rs`.
pub mod geo {
    /// A given name (1990 Census).
    pub const GIVEN: u16 = 1;
    /// A surname (1990 Census).
    pub const FAMILY: u16 = 1 << 1;
    /// A country or continent.
    pub const COUNTRY: u16 = 1 << 2;
    /// A first-level region (a US state).
    pub const REGION: u16 = 1 << 3;
    /// A city of 100,000 people or more, or a capital.
    pub const CITY: u16 = 1 << 4;
    /// A town of 15,000 or more.
    pub const TOWN: u16 = 1 << 5;
    /// A common English word ("shares", "young", "reading"): as a name it needs context.
    pub const COMMON: u16 = 1 << 6;
    /// The first words of a place of several words ("New", "New South").
    pub const PLACE_PREFIX: u16 = 1 << 8;
    /// Any place.
    pub const PLACE: u16 = COUNTRY | REGION | CITY | TOWN;
    /// A place worth naming on its own, without a cue.
    pub const KNOWN_PLACE: u16 = COUNTRY | REGION | CITY;
}

/// Must match `build.rs`.
const BUCKET_BITS: u32 = 16;
const BUCKETS: usize = 1 << BUCKET_BITS;

static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// FNV-1a, then a finaliser; the same function as in `build.rs`.
fn hash(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

fn u32_at(at: usize) -> usize {
    TABLE
        .get(at..at + 4)
        .and_then(|b| b.try_into().ok())
        .map_or(0, |b| u32::from_le_bytes(b) as usize)
}

fn len() -> usize {
    u32_at(0)
}

const HASHES: usize = 4 + 4 * (BUCKETS + 1);

/// The flags of a key that is already lower case (0 if it is in no list).
fn lookup_lower(key_hash: u64) -> u16 {
    let n = len();
    let bucket = (key_hash >> (64 - BUCKET_BITS)) as usize;
    let (from, to) = (u32_at(4 + 4 * bucket), u32_at(4 + 4 * (bucket + 1)));
    for i in from..to.min(n) {
        let at = HASHES + 8 * i;
        let h = TABLE
            .get(at..at + 8)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u64::from_le_bytes);
        if h == key_hash {
            let at = HASHES + 8 * n + 2 * i;
            return TABLE
                .get(at..at + 2)
                .and_then(|b| b.try_into().ok())
                .map_or(0, u16::from_le_bytes);
        }
    }
    0
}

thread_local! {
    /// Scratch for lower-casing names that are not plain ASCII.
    static SCRATCH: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The flags of a name or phrase as written ("Reading", "NEW YORK", "St. Petersburg"):
/// compared lower case, with each run of spaces as one space.
pub fn flags(name: &str) -> u16 {
    lookup_lower(key(name))
}

/// The hash of `name` lower case, with each run of spaces as one space: the table's key, and
/// the document-level pass's key for a name whatever its case ("LEICESTERSHIRE").
pub fn key(name: &str) -> u64 {
    if name.is_ascii() {
        let mut prev_space = false;
        let bytes = name.bytes().filter_map(|b| {
            let space = b.is_ascii_whitespace();
            let skip = space && prev_space;
            prev_space = space;
            (!skip).then_some(if space { b' ' } else { b.to_ascii_lowercase() })
        });
        return hash(bytes);
    }
    SCRATCH.with(|s| {
        let mut s = s.borrow_mut();
        s.clear();
        for word in name.split_whitespace() {
            if !s.is_empty() {
                s.push(' ');
            }
            s.extend(word.chars().flat_map(char::to_lowercase));
        }
        hash(s.bytes())
    })
}

#[cfg(test)]
mod tests {
    use super::geo::*;
    use super::*;

    #[test]
    fn the_table_holds_the_generated_lists() {
        assert!(len() > 150_000, "{}", len());
        assert_ne!(flags("Michael") & GIVEN, 0);
        assert_ne!(flags("OKAFOR") & FAMILY, 0, "a 1990 Census surname");
        assert_ne!(flags("Ohio") & REGION, 0);
        assert_ne!(flags("Romania") & COUNTRY, 0);
        assert_ne!(flags("ROMANIA") & COUNTRY, 0);
        assert_ne!(flags("São Paulo") & CITY, 0);
        assert_ne!(flags("Sao  Paulo") & CITY, 0);
        assert_ne!(flags("New") & PLACE_PREFIX, 0);
        assert_ne!(flags("Reading") & COMMON, 0);
        assert_ne!(flags("SHARES") & COMMON, 0);
        assert_eq!(flags("Berlin") & COMMON, 0);
        assert_eq!(flags("Wang") & COMMON, 0);
        assert_ne!(flags("Young") & (COMMON | FAMILY), 0);
        assert_eq!(flags("Zqxwv"), 0);
        assert_eq!(flags(""), 0);
    }
}
