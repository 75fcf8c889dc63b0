//! money: not yet implemented (see issue 3).

use super::Ctx;
use crate::story::Fact;

/// Appends candidate facts found in one sentence.
pub fn find(_ctx: &Ctx, _out: &mut Vec<Fact>) {}
