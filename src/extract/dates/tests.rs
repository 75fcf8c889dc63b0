//! Unit tests for the date recogniser: sentence in, (text, TIMEX) pairs out.

use crate::extract::{Options, extract_text};
use jiff::civil::{Date, date};

fn dates(text: &str, reference: Option<Date>) -> Vec<(String, Option<String>)> {
    extract_text(
        text,
        &Options {
            reference_date: reference,
        },
    )
    .facts
    .into_iter()
    .filter(|f| f.kind == crate::story::FactKind::Date)
    .map(|f| (f.text, f.resolved.flatten()))
    .collect()
}

fn values(text: &str, reference: Date) -> Vec<String> {
    dates(text, Some(reference))
        .into_iter()
        .map(|(_, v)| v.unwrap_or_default())
        .collect()
}

#[test]
fn seed_like_sentences() {
    let r = date(2026, 1, 29);
    assert_eq!(
        values("The first round in October involved 14,000 layoffs.", r),
        ["2025-10"]
    );
    assert_eq!(
        values("Last week, it was reported that cuts were coming.", r),
        ["2026-W04"]
    );
    assert_eq!(values("It announced layoffs this week.", r), ["2026-W05"]);
    assert_eq!(
        values(
            "Amazon is scheduled to report fourth-quarter earnings next week.",
            r
        ),
        ["2025-Q4", "2026-W06"]
    );
}
