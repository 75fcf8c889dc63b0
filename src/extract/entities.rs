//! Organisations, people, places and groups (see issue 3).

use super::Ctx;
use crate::story::{Document, Entity, Fact};

/// Appends candidate entity mentions found in one sentence.
pub fn find(_ctx: &Ctx, _out: &mut Vec<Fact>) {}

/// Merges mentions into entities (canonical names, aliases, roles) and links each mention.
pub fn merge(_document: &Document, _facts: &mut [Fact]) -> Vec<Entity> {
    Vec::new()
}
