//! The fraction of a mixed number after its whole part: "5-1/2 pct" (newswire), "7 1/2
//! percent", "3½%". Only the denominators of everyday fractions (halves to thirty-seconds)
//! are read, so "24/7", "9/11" and dates stay codes.

use crate::extract::Ctx;
use crate::extract::token::Kind;

/// Denominators a written fraction may have.
const DENOMINATORS: [u32; 6] = [2, 3, 4, 8, 16, 32];

/// Unicode vulgar fractions and their values.
const VULGAR: [(&str, f64); 9] = [
    ("½", 0.5),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("⅛", 0.125),
    ("⅜", 0.375),
    ("⅝", 0.625),
    ("⅞", 0.875),
];

/// The fraction after the whole number at token `whole`: its value and last token.
pub fn after(ctx: &Ctx, whole: usize) -> Option<(f64, usize)> {
    let next = ctx.tokens.get(whole + 1)?;
    if !next.space_before
        && let Some(&(_, v)) = VULGAR.iter().find(|(s, _)| *s == ctx.tok(whole + 1))
    {
        return Some((v, whole + 1));
    }
    // "5-1/2" (glued hyphen) or "7 1/2" (a space).
    let top = match (ctx.tok(whole + 1), next.space_before, next.kind) {
        ("-", false, _) => whole + 2,
        (_, true, Kind::Number) => whole + 1,
        _ => return None,
    };
    if top == whole + 2 && ctx.tokens.get(top).is_none_or(|t| t.space_before) {
        return None;
    }
    let (slash, bottom) = (top + 1, top + 2);
    let glued = |k: usize| ctx.tokens.get(k).is_some_and(|t| !t.space_before);
    if ctx.tok(slash) != "/" || !glued(slash) || !glued(bottom) {
        return None;
    }
    let n: u32 = ctx.tok(top).parse().ok()?;
    let d: u32 = ctx.tok(bottom).parse().ok()?;
    // "5 1/2/3" or "7 1/2-inch": more code follows.
    let more = ctx.tokens.get(bottom + 1).is_some_and(|t| {
        !t.space_before && matches!(ctx.tok(bottom + 1), "/" | "-" | ".") || t.kind == Kind::Number
    });
    (DENOMINATORS.contains(&d) && n > 0 && n < d && !more)
        .then(|| (f64::from(n) / f64::from(d), bottom))
}
