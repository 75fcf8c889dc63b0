//! Temporal expressions resolved to TIMEX3 values (see issue 3).

use super::Ctx;
use crate::story::{Document, Fact};
use jiff::civil::Date;

/// Appends candidate date facts found in one sentence.
pub fn find(_ctx: &Ctx, _out: &mut Vec<Fact>) {}

/// A date the article states for itself (its dateline), used when no `--date` is given.
pub fn reference_date(_document: &Document) -> Option<Date> {
    None
}
