//! Headlines drop units: "USAIR SEEKS TWO BILLION LOAN", "FIRMS HOLD 28.5 STAKE", "SENDS 9,000
//! ON LEAVE". A bare figure of a headline written in capitals or title case is noted while the
//! headline is read; once the whole story is read, it takes the kind and unit of the first
//! figure of the body with the same value ("two billion dlrs", "28.5 pct", "nearly 9,000 of
//! its employees").

use crate::extract::Ctx;
use crate::extract::token::Kind;
use crate::story::{Fact, FactKind};

/// Words shorter than this say nothing about a headline's case ("of", "to", "a").
const CASE_WORD_LEN: usize = 4;

/// Below this a whole headline figure is too common to find its twin by value alone.
const MIN_WHOLE: f64 = 10.0;

/// Whether the sentence is written in capitals or title case: every word of four letters or
/// more starts with a capital ("GM TO IDLE 3,500 WORKERS", "Brightline Cuts 400 Jobs").
pub fn is_headline_case(ctx: &Ctx) -> bool {
    (0..ctx.tokens.len())
        .filter(|&k| ctx.tokens[k].kind == Kind::Word)
        .map(|k| ctx.tok(k))
        .filter(|w| w.len() >= CASE_WORD_LEN)
        .all(|w| w.starts_with(char::is_uppercase))
}

/// The bare figures of the story's headline, waiting for the body.
#[derive(Debug, Default)]
pub struct Headline {
    pending: Vec<(f64, Fact)>,
    /// Where the headline's counts without a noun start.
    bare_counts: Vec<u32>,
}

impl Headline {
    /// Notes the bare figures of the first sentence when it is a headline; `facts` are the
    /// sentence's facts, overlaps resolved.
    pub fn note(&mut self, ctx: &Ctx, facts: &[Fact]) {
        if ctx.index != 0 || !is_headline_case(ctx) {
            return;
        }
        // Counts of the headline whose noun is left out ("IDLES 1,250") may take the body's.
        self.bare_counts.extend(
            facts
                .iter()
                .filter(|f| f.kind == FactKind::Count && f.unit().is_none())
                .map(|f| f.start),
        );
        let mut i = 0;
        while i < ctx.tokens.len() {
            let Some(num) = super::parse(ctx, i) else {
                i += 1;
                continue;
            };
            i = num.last + 1;
            let (start, end) = (ctx.tokens[num.first].start, ctx.tokens[num.last].end);
            // Entities of a headline in capitals are guesses ("TWO", "BILLION"); figures win.
            let taken = facts.iter().any(|f| {
                (f.kind.is_quantity() || f.kind == FactKind::Date)
                    && (f.start as usize) < end
                    && start < f.end as usize
            });
            let year = num.plain && (1000.0..3000.0).contains(&num.value);
            let small = num.integer && num.value < MIN_WHOLE;
            if taken || year || small || super::glued_left(ctx, num.first) {
                continue;
            }
            let fact = ctx.fact(FactKind::Count, num.first, num.last);
            self.pending.push((num.value, fact));
        }
    }

    /// Gives each noted figure the kind and unit of the first money, percent or count of the
    /// body with its value, and inserts it among `facts` (kept in text order); a headline count
    /// without its noun takes the noun of a body count with its value.
    pub fn resolve(self, facts: &mut Vec<Fact>) {
        for start in &self.bare_counts {
            let Some(k) = facts.iter().position(|f| f.start == *start) else {
                continue;
            };
            let value = facts[k].value();
            let unit = facts.iter().find_map(|f| {
                let twin = f.sentence > 0
                    && f.kind == FactKind::Count
                    && value.is_some_and(|v| f.value().is_some_and(|w| same(v, w)));
                twin.then(|| f.unit_label().cloned()).flatten()
            });
            if unit.is_some() {
                facts[k].set_unit(unit);
            }
        }
        for (value, mut fact) in self.pending {
            let twin = facts.iter().find(|f| {
                f.sentence > 0
                    && matches!(
                        f.kind,
                        FactKind::Money | FactKind::Percent | FactKind::Count
                    )
                    && f.value().is_some_and(|v| same(v, value))
            });
            let Some(twin) = twin else {
                continue;
            };
            fact.kind = twin.kind;
            fact.set_value(Some(value));
            fact.set_unit(twin.unit_label().cloned());
            facts.retain(|f| {
                f.sentence != fact.sentence || f.end <= fact.start || fact.end <= f.start
            });
            let at = facts.partition_point(|f| f.start < fact.start);
            facts.insert(at, fact);
        }
    }
}

/// Whether two values are the same figure (as written, not after arithmetic).
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= f64::EPSILON * a.abs().max(b.abs()) * 4.0
}
