//! The saved state's format: per article (keyed by a hash of its text), where the reader
//! was, what was selected and what was searched. Pure: parsing and hashing, no files (those
//! are `store.rs`).
//!
//! ```json
//! { "version": 1,
//!   "articles": { "9f2c…": { "seen": 1769681100, "offset": 1432, "focus": "facts",
//!                            "fact": 12, "event": 3, "highlight": 8,
//!                            "history": ["%money >10b", "amazon"] } } }
//! ```

use crate::pane::Pane;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format's version; a file with another is neither read nor replaced.
pub const VERSION: u32 = 1;

/// How many articles are kept; the ones closed longest ago are forgotten first.
pub const MAX_ARTICLES: usize = 200;

/// The whole state file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateFile {
    pub version: u32,
    #[serde(default)]
    pub articles: BTreeMap<String, ArticleState>,
}

impl Default for StateFile {
    fn default() -> StateFile {
        StateFile {
            version: VERSION,
            articles: BTreeMap::new(),
        }
    }
}

/// What is saved of one article. Every field may be missing (an older file); ids and
/// offsets are clamped to the document when restored, since extraction may have changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleState {
    /// When it was last closed, in seconds since 1970.
    #[serde(default)]
    pub seen: i64,
    /// The byte offset in the text of the article view's top line: independent of the
    /// terminal's width, unlike a line number.
    #[serde(default)]
    pub offset: usize,
    #[serde(default)]
    pub focus: Option<Pane>,
    /// The selected fact's id and event's id.
    #[serde(default)]
    pub fact: Option<usize>,
    #[serde(default)]
    pub event: Option<usize>,
    /// The marked sentence.
    #[serde(default)]
    pub highlight: Option<usize>,
    /// Search queries, oldest first.
    #[serde(default)]
    pub history: Vec<String>,
    /// The reference date set with `D` (`2026-01-29`), for an article that gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<String>,
}

/// Why a state file could not be read, with where (1-based, as editors count).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Reads a state file's bytes. A byte-order mark, a truncated file, wrong types and nesting
/// deeper than serde_json's limit (128) are all errors with a position, never a panic.
pub fn parse(bytes: &[u8]) -> Result<StateFile, ParseError> {
    serde_json::from_slice(bytes).map_err(|e| {
        // serde_json ends its message with " at line L column C"; the position is given
        // separately here.
        let text = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        ParseError {
            line: e.line().max(1),
            column: e.column().max(1),
            message: text.strip_suffix(&suffix).unwrap_or(&text).to_string(),
        }
    })
}

/// The file's bytes: compact JSON and a newline.
pub fn render(state: &StateFile) -> Vec<u8> {
    // Plain data with string keys cannot fail to serialise; an empty object keeps this total.
    let mut bytes = serde_json::to_vec(state).unwrap_or_else(|_| b"{}".to_vec());
    bytes.push(b'\n');
    bytes
}

impl StateFile {
    /// Keeps `entry` for `key`, forgetting the articles closed longest ago beyond
    /// [`MAX_ARTICLES`].
    pub fn insert(&mut self, key: String, entry: ArticleState) {
        self.articles.insert(key, entry);
        self.prune(MAX_ARTICLES);
    }

    /// Keeps the `keep` articles closed most recently; of those closed at the same second,
    /// the first in key order go first. Linear in the number of articles (a selection, then
    /// one pass), so even a file that grew to 100,000 entries is cut down at once on quit.
    fn prune(&mut self, keep: usize) {
        let excess = self.articles.len().saturating_sub(keep);
        if excess == 0 {
            return;
        }
        // `cut`: the newest `seen` among the `excess` oldest.
        let mut seen: Vec<i64> = self.articles.values().map(|a| a.seen).collect();
        let (_, &mut cut, _) = seen.select_nth_unstable(excess - 1);
        let older = seen.iter().filter(|&&s| s < cut).count();
        let mut ties = excess - older;
        self.articles.retain(|_, a| {
            if a.seen < cut {
                return false;
            }
            if a.seen == cut && ties > 0 {
                ties -= 1;
                return false;
            }
            true
        });
    }
}

/// The key an article is saved under: FNV-1a (64 bits) of its text as loaded, in hex. Stable
/// across versions and platforms, so a renamed or moved file keeps its state, and a changed
/// one starts fresh.
pub fn key(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_fnv1a_of_the_text() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(key(""), "cbf29ce484222325");
        assert_eq!(key("a"), "af63dc4c8601ec8c");
        assert_eq!(key("foobar"), "85944171f73967e8");
    }

    #[test]
    fn a_state_reads_back_as_written() {
        let mut state = StateFile::default();
        state.insert(
            key("text"),
            ArticleState {
                seen: 5,
                offset: 120,
                focus: Some(Pane::Timeline),
                fact: Some(3),
                event: None,
                highlight: Some(2),
                history: vec!["%money".into(), "amazon \"layoffs\"".into()],
                reference_date: Some("2026-01-29".into()),
            },
        );
        assert_eq!(parse(&render(&state)).unwrap(), state);
        // Missing fields are defaults (an older or hand-edited file).
        let sparse = parse(br#"{"version": 1, "articles": {"k": {}}}"#).unwrap();
        assert_eq!(sparse.articles["k"], ArticleState::default());
    }

    #[test]
    fn damaged_files_give_a_line_and_column() {
        // 10,000-deep nesting: where a typed value is expected, and where any value is
        // skipped (a field this version does not know), unclosed.
        let deep = "[".repeat(10_000);
        let deep_unknown = format!("{{\"version\": 1, \"later\": {deep}");
        let cases: [(&[u8], usize, usize); 6] = [
            // Truncated.
            (br#"{"version": 1, "articles": {"k": {"offs"#, 1, 39),
            // A byte-order mark.
            (b"\xef\xbb\xbf{\"version\": 1}", 1, 1),
            // Wrong types.
            (
                b"{\"version\": 1,\n \"articles\": {\"k\": {\"offset\": \"ten\"}}}",
                2,
                35,
            ),
            (b"{\"version\": \"one\"}", 1, 17),
            (deep.as_bytes(), 1, 1),
            (deep_unknown.as_bytes(), 1, 10_024),
        ];
        for (bytes, line, column) in cases {
            let e = parse(bytes).unwrap_err();
            assert_eq!(
                (e.line, e.column),
                (line, column),
                "{:?}: {}",
                String::from_utf8_lossy(&bytes[..bytes.len().min(40)]),
                e.message
            );
            assert!(!e.message.is_empty() && !e.message.contains(" at line "));
        }
        // Closed, the deep value is skipped without recursion: no stack overflow.
        let closed = format!("{deep_unknown}{}}}", "]".repeat(10_000));
        assert_eq!(parse(closed.as_bytes()).unwrap(), StateFile::default());
    }

    #[test]
    fn the_oldest_articles_are_forgotten_first() {
        let mut state = StateFile::default();
        for i in 0..MAX_ARTICLES + 5 {
            let seen = i64::try_from(i).unwrap();
            state.insert(
                format!("{i:04}"),
                ArticleState {
                    seen,
                    ..ArticleState::default()
                },
            );
        }
        assert_eq!(state.articles.len(), MAX_ARTICLES);
        assert!(!state.articles.contains_key("0004"));
        assert!(state.articles.contains_key("0005"));
    }

    #[test]
    fn a_huge_file_is_cut_to_the_newest_in_one_pass() {
        // 100,000 articles, closed in a shuffled order, some at the same second.
        let mut state = StateFile::default();
        let n: i64 = 100_000;
        for i in 0..n {
            let seen = (i * 7919) % n / 2;
            state.articles.insert(
                format!("{i:06}"),
                ArticleState {
                    seen,
                    ..ArticleState::default()
                },
            );
        }
        let mut expected: Vec<(i64, String)> = state
            .articles
            .iter()
            .map(|(k, a)| (a.seen, k.clone()))
            .collect();
        expected.sort();
        let newest: Vec<String> = expected[expected.len() - (MAX_ARTICLES - 1)..]
            .iter()
            .map(|(_, k)| k.clone())
            .collect();
        state.insert(
            "new".into(),
            ArticleState {
                seen: n,
                ..ArticleState::default()
            },
        );
        assert_eq!(state.articles.len(), MAX_ARTICLES);
        assert!(state.articles.contains_key("new"));
        for k in &newest {
            assert!(state.articles.contains_key(k), "{k} is among the newest");
        }
    }
}
