//! Unit tests of the index's own stores and readers: the ASCII word splitter agrees with the
//! normalised one, delta-coded lists round-trip, and a phrase found through the words and
//! the plain-sentence batches is found where a scan of every normalised sentence finds it.

use super::Index;
use super::index::split_words;
use super::normal::{Normal, fold_case, mask};
use super::query::parse;
use super::store::PostingsBuilder;
use super::words::{ascii_words, is_plain, is_word_at};
use crate::story::{Document, Story};
use nucleo_matcher::chars::to_lower_case;
use std::sync::Arc;

const ASCII: &[&str] = &[
    "",
    "  ",
    "plain words here",
    "  (Amazon's) $10  cut,\t4%. -- U.S.\n\nnext  ",
    "%$ $% 50% $5bn a-b ... x",
    "\u{b}vertical\u{c}feed\rreturn",
];

#[test]
fn ascii_words_split_like_the_normalised_text() {
    for text in ASCII {
        let mut n = Normal::default();
        n.push(text, 0);
        let normal: Vec<(usize, &str)> = split_words(&n.text).collect();
        let ascii: Vec<(usize, &str, u64)> = ascii_words(text).collect();
        let words: Vec<&str> = ascii.iter().map(|w| w.1).collect();
        assert_eq!(
            words,
            normal.iter().map(|w| w.1).collect::<Vec<_>>(),
            "{text:?}"
        );
        for (&(at, word, m), &(nat, _)) in ascii.iter().zip(&normal) {
            assert_eq!(n.original(nat), at, "{word} in {text:?}");
            assert_eq!(m, mask(word));
            assert!(is_word_at(text, at, word.len()));
        }
        assert_eq!(is_plain(text), n.text == *text, "{text:?}");
    }
    assert!(!is_word_at("Amazons", 0, 6), "part of a word");
    assert!(is_word_at("(Amazon)", 1, 6));
}

#[test]
fn ascii_case_folds_as_the_table() {
    for b in 0u8..128 {
        let c = char::from(b);
        assert_eq!(fold_case(c), to_lower_case(c), "{c:?}");
    }
}

#[test]
fn postings_round_trip_with_large_gaps() {
    let lists: [&[u32]; 3] = [&[0, 1, 2, 300, 70_000, 4_000_000_000], &[], &[5, 5, 5, 6]];
    let mut b = PostingsBuilder::default();
    for (k, list) in lists.iter().enumerate() {
        for &id in *list {
            b.add(k as u32, id);
        }
    }
    let p = b.finish(4);
    assert_eq!(p.get(0).collect::<Vec<_>>(), lists[0]);
    assert_eq!(p.get(1).count(), 0);
    assert_eq!(p.get(2).collect::<Vec<_>>(), [5, 6], "repeats dropped");
    assert_eq!(p.get(3).count() + p.get(9).count(), 0);
}

#[test]
fn phrases_are_found_wherever_a_full_scan_finds_them() {
    let text = "Soft\u{200B}Bank  raised $10 billion. SoftBank raised more.\n\
                The “Zürich”\toffice hired 4% more. Zürich office, again: 4%.\n\
                a.b a. b ... \"quoted\" words. ＡＢＣ abc ABC.";
    let story = Story {
        document: Arc::new(Document::new(text.to_string())),
        ..Story::default()
    };
    let index = Index::new(&story);
    let doc = &story.document;
    for phrase in [
        "softbank raised",
        "SoftBank",
        "bank r",
        "$10",
        "10 b",
        "zürich office",
        "Zürich",
        "4%",
        "% more",
        ".",
        "a.",
        "...",
        "abc",
        "ABC",
        "office,",
        "d m",
    ] {
        let query = parse(&format!("\"{phrase}\"")).unwrap();
        let found = index.search(&query).sentences;
        let mut expect = Vec::new();
        let needle = super::normal::needle(phrase);
        let case_sensitive = super::normal::has_upper(&needle);
        let needle: String = if case_sensitive {
            needle
        } else {
            needle.chars().map(fold_case).collect()
        };
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let mut n = Normal::default();
            n.push(doc.slice(sentence.span), sentence.span.start);
            let hay = if case_sensitive { &n.text } else { &n.folded };
            if hay.contains(needle.as_str()) {
                expect.push(s);
            }
        }
        assert_eq!(found, expect, "{phrase:?}");
    }
}
