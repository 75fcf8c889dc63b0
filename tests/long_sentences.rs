//! Text with no full stop for 100 KB is cut into sentences of bounded length, so extraction's
//! work per sentence is bounded and its work over the text linear (such a stretch took 10.5 s,
//! and 10 MB never finished, when it was one sentence). Not timed: the bound is asserted on
//! the sentences, and the facts on both sides of every cut are still found.

use dateline::extract::{self, Options};
use dateline::story::{Document, MAX_SENTENCE_BYTES};

fn options() -> Options {
    Options {
        reference_date: "2026-01-29".parse().ok(),
    }
}

/// Every sentence of `document` is at most the cap, and there are as many as the cap implies.
fn assert_bounded(document: &Document) {
    let text = &document.text;
    let longest = document
        .sentences
        .iter()
        .map(|s| s.span.len())
        .max()
        .unwrap();
    assert!(
        longest <= MAX_SENTENCE_BYTES,
        "a sentence of {longest} bytes"
    );
    assert!(document.sentences.len() >= text.len() / MAX_SENTENCE_BYTES);
}

#[test]
fn a_100_kb_stretch_without_a_full_stop_is_cut_into_bounded_sentences() {
    let phrase = "in 2025 and then ";
    let count = 100_000 / phrase.len();
    let text = phrase.repeat(count);
    let document = Document::new(text);
    assert_bounded(&document);
    let story = extract::extract(document, &options());
    let years = story
        .facts
        .iter()
        .filter(|f| f.text(&story.document.text) == "2025")
        .count();
    assert_eq!(years, count, "every year is found, at the cuts too");
}

#[test]
fn a_realistic_line_of_100_kb_without_full_stops_keeps_its_figures() {
    // The bundled story, its sentences run together with commas on one line: what a page
    // flattened by a careless converter looks like.
    let story = dateline::BUNDLED_STORY
        .replace(['.', '!', '?'], ",")
        .replace('\n', " ");
    let copies = 100_000 / story.len() + 1;
    let line = story.repeat(copies);
    let document = Document::new(line);
    assert_bounded(&document);
    let one = extract::extract(Document::new(story), &options());
    let many = extract::extract(document, &options());
    let money = |s: &dateline::story::Story| {
        s.facts
            .iter()
            .filter(|f| f.kind == dateline::story::FactKind::Money)
            .count()
    };
    assert!(money(&one) > 0);
    assert_eq!(money(&many), money(&one) * copies);
}
