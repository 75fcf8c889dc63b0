//! Counts written without their noun, and counts that are not about the figure at all.
//!
//! News often leaves the noun out once it is clear: "600 of the workers", "hire 350 in rural
//! Wisconsin", "a workforce of about 12,500", "the final figure was 1,000" (after "1,000 job
//! cuts"), "another 800 jobs, including about 150 in Dublin". A bare number is a count here
//! when one of these cues holds; otherwise it stays out (a bare number is as often a score, a
//! code or a rank). And "two people familiar with the matter" is a source, not a count.

use super::Counted;
use super::frames;
use super::nouns::not_counted;
use crate::extract::Ctx;
use crate::extract::number::{Num, lower, qualifier};
use crate::extract::token::Kind;
use crate::story::{Fact, FactKind};

/// Whether the bare number `num` is a count: a partitive ("600 of the …"), the object of a
/// hiring or cutting verb, a workforce's size, the value of a count already given in the
/// article (100 or more: small numbers recur by chance), or one more figure in a sentence
/// that counts things. `earlier` holds the counts of the sentences before; `here` are this
/// sentence's counts.
pub fn is_count(ctx: &Ctx, num: Num, earlier: &Counted, here: &[Fact]) -> bool {
    if !num.integer || num.value < 2.0 {
        return false;
    }
    let next = num.last + 1;
    // "another 2 years", "a further 10 pct": a measure follows.
    let mut buf = [0u8; 24];
    if not_counted(lower(ctx.tok(next), &mut buf)) {
        return false;
    }
    if ctx.is(next, "of") && is_determiner(ctx, next + 1) {
        return true;
    }
    // The word before the number and its hedge ("hire about 350").
    let first = qualifier::before(ctx, num.first).map_or(num.first, |(_, s)| s);
    let prev = first.checked_sub(1);
    if prev.is_some_and(|p| frames::another(ctx, p)) {
        return true;
    }
    // "reduce the workforce to 5,100", "bring to 11,900 the number of workers".
    let linked = frames::staff_clause(ctx, first, num.last);
    if linked && frames::number_of(ctx, next) {
        return true;
    }
    // "make 500 redundant", "put 300 on furlough" are cuts with the noun left out.
    if ctx.is(next, "redundant") {
        return true;
    }
    if !ends_phrase(ctx, next) {
        return false;
    }
    let Some(prev) = prev else {
        return false;
    };
    if linked || is_staffing_verb(ctx.tok(prev)) || phrasal_staffing_verb(ctx, prev) {
        return true;
    }
    // "of the 5,100 employed at the plant": a group of people.
    if ctx.is(prev, "the") && frames::staff_participle(ctx, next) {
        return true;
    }
    // "the 100 largest", "aged 13", "children under 16": a rank or an age, not a count.
    let attribute = is_plural_noun(ctx.tok(prev)) || ctx.tok(prev).starts_with("age");
    if attribute
        || ["the", "a", "an", "its", "their"]
            .iter()
            .any(|w| ctx.is(prev, w))
    {
        return false;
    }
    // "aged 13 to 17", "won 3-2": a range or score with no noun.
    if matches!(ctx.tok(next), "-" | "–")
        || ctx.is(next, "to")
            && ctx
                .tokens
                .get(next + 1)
                .is_some_and(|t| t.kind == Kind::Number)
    {
        return false;
    }
    ctx.is(prev, "of") && prev > 0 && is_staff_noun(ctx.tok(prev - 1))
        || here.iter().any(|f| f.kind == FactKind::Count)
        || num.value >= 100.0 && earlier.contains(num.value)
}

/// "laid off 300", "laying off 3,600", "let go 200", "let go of 200": a staffing verb and its
/// particle before the number; `prev` is the token before it.
fn phrasal_staffing_verb(ctx: &Ctx, prev: usize) -> bool {
    let before = |k: usize| prev.checked_sub(k).map_or("", |j| ctx.tok(j));
    let laid = |w: &str| {
        ["laid", "lay", "lays", "laying", "lays"]
            .iter()
            .any(|v| w.eq_ignore_ascii_case(v))
    };
    let let_go = |w: &str| {
        ["let", "lets", "letting"]
            .iter()
            .any(|v| w.eq_ignore_ascii_case(v))
    };
    ctx.is(prev, "off") && laid(before(1))
        || ctx.is(prev, "go") && let_go(before(1))
        || ctx.is(prev, "of") && ctx.is(prev.wrapping_sub(1), "go") && let_go(before(2))
}

/// Whether the noun ending at `noun_last` opens an anonymous source: "two people familiar
/// with the matter", "three sources briefed on the talks", "people close to the company".
pub fn source_idiom(ctx: &Ctx, noun_last: usize) -> bool {
    ["people", "persons", "sources", "officials", "individuals"]
        .iter()
        .any(|w| ctx.is(noun_last, w))
        && ["familiar", "briefed", "close", "knowledgeable"]
            .iter()
            .any(|w| ctx.is(noun_last + 1, w))
}

fn is_determiner(ctx: &Ctx, k: usize) -> bool {
    [
        "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "all", "whom",
        "which", "them",
    ]
    .iter()
    .any(|w| ctx.is(k, w))
}

/// Whether the phrase ends after the number: punctuation, the sentence end, a preposition or
/// time word, a conjunction, or a participle ("90 closed in 2024").
fn ends_phrase(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.tokens.get(k) else {
        return true;
    };
    match t.kind {
        Kind::Punct => !matches!(ctx.tok(k), "-" | "/" | ":" | "'" | "’"),
        Kind::Number | Kind::Symbol => false,
        Kind::Word => {
            let w = ctx.tok(k);
            let participle =
                w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase());
            participle
                || [
                    "in",
                    "at",
                    "on",
                    "by",
                    "for",
                    "from",
                    "since",
                    "next",
                    "last",
                    "this",
                    "to",
                    "with",
                    "across",
                    "during",
                    "before",
                    "after",
                    "and",
                    "or",
                    "than",
                    "over",
                    "worldwide",
                    "globally",
                    // "2 people died and 14 were injured": the number is the subject.
                    "were",
                    "are",
                    "was",
                    "is",
                    "will",
                    "would",
                    "could",
                    "may",
                    "have",
                    "had",
                ]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        }
    }
}

/// A lower-case word ending in "s" that reads as a plural noun ("children", "users").
fn is_plural_noun(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
            || matches!(w, "children" | "people" | "men" | "women"))
        && !matches!(
            w,
            "was" | "has" | "is" | "this" | "its" | "plus" | "less" | "thus"
        )
}

/// Verbs whose object is a number of people or things: "hire 350", "cut 1,000".
pub fn is_staffing_verb(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    let stem = [
        "hire",
        "employ",
        "cut",
        "shed",
        "eliminate",
        "add",
        "axe",
        "lay",
        "recruit",
        "furlough",
        "dismiss",
        "sack",
        "idle",
        "retrench",
        "slash",
        "trim",
        "redeploy",
    ];
    stem.iter().any(|s| {
        w == *s
            || w.strip_prefix(s)
                .is_some_and(|rest| matches!(rest, "s" | "d" | "ed" | "ing" | "ting" | "ding"))
            || s.strip_suffix('e')
                .is_some_and(|st| w.strip_prefix(st) == Some("ing"))
    })
}

/// Nouns whose size is a count of people: "a workforce of about 12,500".
fn is_staff_noun(w: &str) -> bool {
    [
        "workforce",
        "staff",
        "headcount",
        "payroll",
        "membership",
        "crew",
        "team",
    ]
    .iter()
    .any(|n| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::is_staffing_verb;

    #[test]
    fn staffing_verbs_in_their_forms() {
        for w in [
            "hire", "hired", "hiring", "cuts", "cutting", "employs", "adding", "shed",
        ] {
            assert!(is_staffing_verb(w), "{w}");
        }
        for w in ["cutter", "adds-on", "higher", "employee"] {
            assert!(!is_staffing_verb(w), "{w}");
        }
    }
}
