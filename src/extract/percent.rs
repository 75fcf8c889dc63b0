//! Percentages: "45%", "5.5 percent", "ten per cent", "3 percentage points", "25 basis
//! points", "minus five percent", "percent of 10", and ranges ("3-5%", "between 3 and 5
//! percent" give two facts). `value` is the number as written (45% → 45.0); `unit` is "%",
//! "percentage points" or "basis points".
//!
//! Numbers glued into codes or URLs ("%2D9114%29", "q=30%25") are not percentages.

use super::Ctx;
use super::number::filter::WordFilter;
use super::number::{self, Num, glued_left, qualifier, range_connector};
use super::token::Kind;
use crate::story::{Fact, FactKind};

/// Appends candidate percent facts found in one sentence.
pub fn find(ctx: &Ctx, out: &mut Vec<Fact>) {
    let start = out.len();
    let mut i = 0;
    while i < ctx.tokens.len() {
        i = match at(ctx, i, out) {
            Some(next) => next,
            None => i + 1,
        };
    }
    qualifier::mark_ranges(ctx.text, &mut out[start..]);
}

/// The words [`sign`] knows, for the pre-filter.
static WORDS: WordFilter = WordFilter::new(&[
    "per",
    "basis",
    "bps",
    "bp",
    "percentage",
    "percent",
    "percents",
    "pct",
    "pc",
]);

/// The percent sign or word after a number, from token `j`: its last token and unit.
fn sign(ctx: &Ctx, j: usize) -> Option<(usize, &'static str)> {
    let t = ctx.tokens.get(j)?;
    if ctx.tok(j) == "%" {
        // "30%25": a percent sign glued to what follows is URL escaping.
        let escaped = ctx
            .tokens
            .get(j + 1)
            .is_some_and(|n| !n.space_before && matches!(n.kind, Kind::Word | Kind::Number));
        return (!escaped).then_some((j, "%"));
    }
    let w = ctx.tok(j);
    if t.kind != Kind::Word || !WORDS.may_contain(w) {
        return None;
    }
    if w.eq_ignore_ascii_case("per") && ctx.is(j + 1, "cent") {
        return Some((j + 1, "%"));
    }
    if w.eq_ignore_ascii_case("basis") && (ctx.is(j + 1, "points") || ctx.is(j + 1, "point")) {
        return Some((j + 1, "basis points"));
    }
    if ["bps", "bp"].iter().any(|s| w.eq_ignore_ascii_case(s)) {
        return Some((j, "basis points"));
    }
    if w.eq_ignore_ascii_case("percentage") {
        if ctx.is(j + 1, "points") || ctx.is(j + 1, "point") {
            return Some((j + 1, "percentage points"));
        }
        return Some((j, "%"));
    }
    // "11pc" (British shorthand) only glued: "10 pc" may be ten computers.
    let pc = w.eq_ignore_ascii_case("pc") && !t.space_before;
    (pc || ["percent", "percents", "pct"]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s)))
    .then_some((j, "%"))
}

fn at(ctx: &Ctx, i: usize, out: &mut Vec<Fact>) -> Option<usize> {
    if let Some(next) = reversed(ctx, i, out) {
        return Some(next);
    }
    let num = number::parse(ctx, i)?;
    // "0.5%-1%": a hyphen after a percent sign opens a range, not a code.
    let after_range = i >= 2 && matches!(ctx.tok(i - 1), "-" | "–") && ctx.tok(i - 2) == "%";
    if (glued_left(ctx, i) && !after_range) || num.mag.is_some() {
        return Some(num.last + 1);
    }
    if let Some((last, unit)) = sign(ctx, num.last + 1) {
        push(ctx, num, last, unit, out);
        return Some(last + 1);
    }
    // "3-5%", "between 3 and 5 percent": the first end takes the second's sign.
    let b_first = num.last + 2;
    if range_connector(ctx, num.last + 1, b_first, num.first)
        && let Some(b) = number::parse(ctx, b_first)
        && let Some((last, unit)) = sign(ctx, b.last + 1)
    {
        push(ctx, num, num.last, unit, out);
        push(ctx, b, last, unit, out);
        return Some(last + 1);
    }
    Some(num.last + 1)
}

/// "percent of 10", "per cent of twenty-two": the sign first, when no number precedes it and
/// none follows the number.
fn reversed(ctx: &Ctx, i: usize, out: &mut Vec<Fact>) -> Option<usize> {
    let (last, unit) = sign(ctx, i)?;
    let after_number = i > 0 && matches!(ctx.tokens[i - 1].kind, Kind::Number);
    if after_number || unit != "%" || ctx.tok(i) == "%" || !ctx.is(last + 1, "of") {
        return None;
    }
    let num = number::parse(ctx, last + 2)?;
    let followed = ctx
        .tokens
        .get(num.last + 1)
        .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Number | Kind::Symbol));
    if followed || glued_left(ctx, last + 2) {
        return None;
    }
    let mut fact = ctx.fact(FactKind::Percent, i, num.last);
    fact.set_value(Some(num.value));
    fact.set_unit(Some(unit.into()));
    out.push(fact);
    Some(num.last + 1)
}

fn push(ctx: &Ctx, num: Num, last: usize, unit: &str, out: &mut Vec<Fact>) {
    let mut first = num.first;
    let mut value = num.value;
    // "minus five percent", "negative 2%"
    if first > 0 && (ctx.is(first - 1, "minus") || ctx.is(first - 1, "negative")) {
        first -= 1;
        value = -value;
    }
    let q = qualifier::before(ctx, first);
    if let Some((_, start)) = q {
        first = start;
    }
    let mut fact = ctx.fact(FactKind::Percent, first, last);
    fact.set_value(Some(value));
    fact.set_unit(Some(unit.into()));
    fact.qualifier = q.map(|(q, _)| q);
    out.push(fact);
}

#[cfg(test)]
mod tests {
    use crate::extract::{Options, extract_text};
    use crate::story::{FactKind, Qualifier};

    fn percents(text: &str) -> Vec<(String, f64, String, Option<Qualifier>)> {
        extract_text(text, &Options::default())
            .facts
            .into_iter()
            .filter(|f| f.kind == FactKind::Percent)
            .map(|f| {
                let v = f.value().unwrap_or(f64::NAN);
                let unit = f.unit().unwrap_or_default().to_string();
                (f.text(text).to_string(), v, unit, f.qualifier)
            })
            .collect()
    }

    #[test]
    fn signs_words_and_units() {
        let p = percents(
            "Sales rose 5.5% while costs fell ten per cent and margins 3 percentage points.",
        );
        let got: Vec<(&str, f64, &str)> = p
            .iter()
            .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("5.5%", 5.5, "%"),
                ("ten per cent", 10.0, "%"),
                ("3 percentage points", 3.0, "percentage points")
            ]
        );
    }

    #[test]
    fn qualifiers_signs_and_ranges() {
        let p = percents("Shares fell nearly 45 percent, or minus five percent, in a 3-5% band.");
        let got: Vec<(&str, f64)> = p.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert_eq!(
            got,
            [
                ("nearly 45 percent", 45.0),
                ("minus five percent", -5.0),
                ("3", 3.0),
                ("5%", 5.0)
            ]
        );
        assert_eq!(p[0].3, Some(Qualifier::Approx));
        assert_eq!(
            (p[2].3, p[3].3),
            (Some(Qualifier::AtLeast), Some(Qualifier::AtMost))
        );
        let q = percents(
            "Margins of 4.5 percent to 5 percent; costs rose by 2 percentage points to 6%.",
        );
        assert_eq!(
            (q[0].3, q[1].3),
            (Some(Qualifier::AtLeast), Some(Qualifier::AtMost))
        );
        assert_eq!(q[3].3, None, "{q:?}");
    }

    #[test]
    fn reversed_order_and_urls() {
        assert_eq!(percents("per cent of twenty-two")[0].1, 22.0);
        assert!(percents("go to https://x.com/search?q=30%25%2020%").is_empty());
        assert!(percents("5 percent of 10 companies").len() == 1);
    }
}
