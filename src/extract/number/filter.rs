//! A hash-free pre-filter for word lexicons: one bit per (length, first letter, last letter),
//! so most words of running text are rejected with two byte reads before any lowercasing or
//! lookup ("the" shares no such triple with "one", "two" or "ten").

/// Lengths above this share the last slot.
const LENS: usize = 16;
const BITS: usize = LENS * 26 * 26;

/// The set of (length, first, last) triples of a word list, ASCII case-insensitive.
#[derive(Debug, Clone)]
pub struct WordFilter([u64; BITS / 64 + 1]);

const fn index(s: &[u8]) -> Option<usize> {
    let n = s.len();
    if n == 0 {
        return None;
    }
    let first = s[0].to_ascii_lowercase();
    let last = s[n - 1].to_ascii_lowercase();
    if !first.is_ascii_lowercase() || !(last.is_ascii_lowercase() || last == b'.') {
        return None;
    }
    // A trailing dot ("u.s.") shares the slot of "z".
    let last = if last == b'.' {
        25
    } else {
        (last - b'a') as usize
    };
    let len = if n < LENS { n } else { LENS - 1 };
    Some((len * 26 + (first - b'a') as usize) * 26 + last)
}

impl WordFilter {
    pub const fn new(words: &[&str]) -> WordFilter {
        WordFilter([0; BITS / 64 + 1]).with(words)
    }

    /// This filter with `words` added too, so a filter can be built from several tables.
    pub const fn with(mut self, words: &[&str]) -> WordFilter {
        let mut k = 0;
        while k < words.len() {
            self.insert_bytes(words[k].as_bytes());
            k += 1;
        }
        self
    }

    const fn insert_bytes(&mut self, s: &[u8]) {
        if let Some(i) = index(s) {
            self.0[i / 64] |= 1 << (i % 64);
        }
    }

    pub fn insert(&mut self, s: &str) {
        self.insert_bytes(s.as_bytes());
    }

    /// Adds `prefix` + `s` + `suffix` without building the word: only its length and its
    /// first and last letters count ("dollar" + "s", "m" + "eur").
    pub fn insert_affixed(&mut self, prefix: &str, s: &str, suffix: &str) {
        let (p, w, x) = (prefix.as_bytes(), s.as_bytes(), suffix.as_bytes());
        let (Some(&first), Some(&last)) = (
            p.first().or(w.first()).or(x.first()),
            x.last().or(w.last()).or(p.last()),
        ) else {
            return;
        };
        // A stand-in with the same length, first and last byte.
        let mut word = [b'a'; LENS];
        let n = (p.len() + w.len() + x.len()).min(LENS);
        word[0] = first;
        word[n - 1] = last;
        self.insert_bytes(&word[..n]);
    }

    /// Whether `s` may be in the list (never false for a listed word).
    pub fn may_contain(&self, s: &str) -> bool {
        index(s.as_bytes()).is_some_and(|i| self.0[i / 64] & (1 << (i % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::WordFilter;

    #[test]
    fn listed_words_pass_and_most_others_do_not() {
        const F: WordFilter = WordFilter::new(&["one", "two", "ten", "u.s."]);
        assert!(F.may_contain("One") && F.may_contain("TWO") && F.may_contain("U.S."));
        assert!(!F.may_contain("the") && !F.may_contain("") && !F.may_contain("ünë"));
    }

    #[test]
    fn an_affixed_word_passes_as_if_it_were_written_out() {
        let mut f = WordFilter::new(&[]);
        f.insert_affixed("", "dollar", "s");
        f.insert_affixed("m", "eur", "");
        f.insert_affixed("", "a-very-long-currency-name", "s");
        assert!(f.may_contain("Dollars") && f.may_contain("MEUR"));
        assert!(f.may_contain("a-very-long-currency-names"));
        assert!(!f.may_contain("dollar") && !f.may_contain("eur"));
    }
}
