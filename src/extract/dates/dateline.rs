//! The article's own date, used as the reference date when `--date` is not given. Only the
//! first few paragraphs are read, and only dateline-like patterns count, so a date the story
//! merely mentions ("On March 3, 2025, the company…") is never taken for the publication date:
//!
//! - a line that is little more than a full date ("Thu January 29, 2026", "By Jane Doe |
//!   2025-03-03"): at most six other tokens;
//! - a line opening with a label: "Published: 2025-03-03", "Updated 10:42 AM EST, Thu January
//!   29, 2026", "Posted on March 3, 2025";
//! - a dateline: a full date early in the paragraph followed by a dash or a parenthesis
//!   ("WASHINGTON, March 3, 2025 —", "March 3, 2025 (Reuters) -").
//!
//! A dateline without a year ("Jan 29 (Reuters) -") gives no reference date: guessing the year
//! would make every relative date in the story silently wrong.

use super::full_date_in;
use crate::extract::{Ctx, token};
use crate::story::Document;
use jiff::civil::Date;

/// How many paragraphs from the top are searched.
const PARAGRAPHS: usize = 3;
/// How many tokens into a paragraph a dateline may lie.
const HEAD: usize = 25;

const LABELS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "date",
    "dated",
    "last",
    "first",
    "modified",
];

/// A date the article states for itself (its dateline), used when no `--date` is given.
pub fn reference_date(document: &Document) -> Option<Date> {
    document.paragraphs.iter().take(PARAGRAPHS).find_map(|p| {
        let text = document.slice(p.span);
        // Only the head of a long paragraph matters; cut on a char boundary.
        let mut cut = text.len().min(400);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let tokens = token::tokenize(&text[..cut], p.span.start);
        let ctx = Ctx {
            index: 0,
            text: &document.text,
            start: p.span.start,
            end: p.span.start + cut,
            tokens: &tokens,
            reference_date: None,
            nums: Default::default(),
        };
        let (first, last, date) = full_date_in(&ctx, 0, HEAD)?;
        // A line that is little more than the date: "By Jane Doe | January 5, 2026".
        let short = tokens.len() - (last + 1 - first) <= 6;
        let labelled = (0..first.min(3)).any(|k| LABELS.iter().any(|l| ctx.is(k, l)));
        let dashed = first <= 12 && matches!(ctx.tok(last + 1), "—" | "–" | "-" | "(" | "|");
        (short || labelled || dashed).then_some(date)
    })
}
