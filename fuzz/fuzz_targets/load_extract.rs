//! bytes → load → extract: never panics; every span is on char boundaries inside the text.
#![no_main]

use dateline::extract::{self, Options};
use dateline::story::{Document, load};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Some(loaded) = load::decode(bytes) {
        let story = extract::extract(
            Document::new(loaded.text),
            &Options {
                reference_date: "2026-01-29".parse().ok(),
            },
        );
        let text = &story.document.text;
        for f in &story.facts {
            let span = f.span();
            assert!(span.start < span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
});
