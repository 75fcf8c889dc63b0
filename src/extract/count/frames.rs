//! Clause frames that make a number without its noun a count, because the noun is shared or
//! implied by the words around it:
//!
//! ```text
//! Another 900 go in Spain · a further 4,000 would retrain      another / a further N
//! reduce the workforce to 5,100 · CUT WORKFORCE BY 140          a staff noun, then to/by/at N
//! layoffs could reach 2,000 · remain unchanged at 37,000        a job noun as the subject
//! the number of robots rose to 244 from 41                      "the number of" in the clause
//! bring to 11,900 the number of workers idled                   … or right after the figure
//! of the 5,100 employed at the plant                            the N employed / affected
//! ```

use crate::extract::Ctx;
use crate::extract::number::lower;
use crate::extract::token::Kind;

/// How far back (in tokens) a clause is searched for its staff noun.
const CLAUSE_BACK: usize = 14;

/// How far after the figure "the number of" may follow ("bring to 11,900 the number of").
const NUMBER_OF_AHEAD: usize = 3;

/// Words before a number that add it to a series of counts: "another 800", "a further 4,000",
/// "an additional 300". Takes the token before the number (and its hedge).
pub fn another(ctx: &Ctx, prev: usize) -> bool {
    ctx.is(prev, "another")
        || (ctx.is(prev, "further") || ctx.is(prev, "additional"))
            && prev > 0
            && (ctx.is(prev - 1, "a") || ctx.is(prev - 1, "an"))
}

/// Participles after "the N" that make it a group of people: "the 5,100 employed there".
pub fn staff_participle(ctx: &Ctx, k: usize) -> bool {
    [
        "employed",
        "working",
        "affected",
        "remaining",
        "dismissed",
        "hired",
    ]
    .iter()
    .any(|w| ctx.is(k, w))
}

/// Whether the number whose phrase starts at `first` (its hedge included) and ends at `last`
/// is linked to a staff or job noun of its clause: a linking word right before it ("to",
/// "at", "by", "from", "reach", "total") and, earlier in the clause, a noun such as
/// "workforce", "layoffs" or "the number of X" — or "the number of" just after it.
pub fn staff_clause(ctx: &Ctx, first: usize, last: usize) -> bool {
    let Some(prev) = first.checked_sub(1) else {
        return false;
    };
    let mut buf = [0u8; 24];
    if !is_link(lower(ctx.tok(prev), &mut buf)) {
        return false;
    }
    let ahead = (last + 1..=last + NUMBER_OF_AHEAD).any(|k| number_of(ctx, k));
    ahead || clause_has_staff_noun(ctx, prev)
}

/// Words that link a figure to the noun it is the size of.
fn is_link(w: &str) -> bool {
    matches!(
        w,
        "to" | "at"
            | "by"
            | "from"
            | "reach"
            | "reaches"
            | "reached"
            | "total"
            | "totals"
            | "totalled"
            | "totaled"
            | "exceed"
            | "exceeds"
            | "top"
            | "tops"
            | "of"
    )
}

/// Whether the clause that ends before token `end` names staff, jobs or "the number of": the
/// search stops at a semicolon, another number or an age ("aged 18 to 25").
fn clause_has_staff_noun(ctx: &Ctx, end: usize) -> bool {
    let from = end.saturating_sub(CLAUSE_BACK);
    for k in (from..end).rev() {
        let t = &ctx.tokens[k];
        if t.kind == Kind::Number || matches!(ctx.tok(k), ";" | ":") {
            return false;
        }
        if t.kind != Kind::Word {
            continue;
        }
        let mut buf = [0u8; 24];
        let w = lower(ctx.tok(k), &mut buf);
        if w.starts_with("age") {
            return false;
        }
        if is_staff_noun(w)
            || number_of(ctx, k)
            || w == "force" && ctx.is(k.wrapping_sub(1), "work")
        {
            return true;
        }
    }
    false
}

/// "the number of <noun>" starting at token `k`.
pub fn number_of(ctx: &Ctx, k: usize) -> bool {
    ctx.is(k, "the") && ctx.is(k + 1, "number") && ctx.is(k + 2, "of")
}

/// Nouns for people on a payroll and the jobs they lose; a figure linked to them counts them.
fn is_staff_noun(w: &str) -> bool {
    matches!(
        w,
        "workforce"
            | "staff"
            | "headcount"
            | "payroll"
            | "employees"
            | "workers"
            | "jobs"
            | "layoffs"
            | "redundancies"
            | "positions"
            | "posts"
            | "personnel"
            | "people"
            | "staffers"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::with_ctx;

    /// Whether the last number token of `text` sits in a staff clause.
    fn staff(text: &str) -> bool {
        with_ctx(text, |ctx| {
            let k = (0..ctx.tokens.len())
                .rev()
                .find(|&k| ctx.tokens[k].kind == Kind::Number)
                .unwrap();
            staff_clause(ctx, k, k)
        })
    }

    #[test]
    fn staff_nouns_link_their_figure() {
        assert!(staff("It will reduce the workforce to 5,100"));
        assert!(staff("The work force will fall to 72"));
        assert!(staff("Layoffs could reach 2,000"));
        assert!(staff("The number of robots will rise to 244"));
        assert!(staff("It will bring to 11,900 the number of workers idled"));
    }

    #[test]
    fn other_clauses_do_not() {
        assert!(!staff("Prices rose to 244"));
        assert!(!staff("Workers aged 18 to 25"));
        assert!(!staff("The workforce voted; the index fell to 72"));
        assert!(!staff("Workers said the price will be 40"));
    }

    #[test]
    fn series_words() {
        with_ctx(
            "Another 900 go. A further 4,000 stay. The other 5 left.",
            |ctx| {
                assert!(another(ctx, 0));
                assert!(another(ctx, 5));
                assert!(!another(ctx, 11));
            },
        );
    }
}
