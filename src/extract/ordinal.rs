//! Ordinals that name a step in a sequence or a rank: "first round", "second tranche", "3rd
//! phase", "twenty-first edition", "third consecutive round", "second-largest". `value` is the
//! ordinal number and `unit` the noun it qualifies ("round", or the superlative: "largest").
//!
//! The rule: an ordinal (word or digits with st/nd/rd/th) followed, after at most one of
//! "consecutive"/"straight"/"successive", by a sequence noun (round, phase, wave, …) or by a
//! superlative. Calendar nouns (quarter, half, year, week, day) are left to dates, and "for the
//! first time" is not a step in anything.

use super::Ctx;
use super::number::filter::WordFilter;
use super::number::{lower, parse_digits, words};
use super::token::Kind;
use crate::story::{Fact, FactKind};

/// Appends candidate ordinal facts found in one sentence.
pub fn find(ctx: &Ctx, out: &mut Vec<Fact>) {
    let mut i = 0;
    while i < ctx.tokens.len() {
        let Some((value, last)) = ordinal(ctx, i) else {
            i += 1;
            continue;
        };
        if let Some(noun) = noun(ctx, last + 1) {
            let mut fact = ctx.fact(FactKind::Ordinal, i, noun);
            fact.set_value(Some(value));
            fact.set_unit(Some(ctx.tok(noun).to_lowercase().into()));
            out.push(fact);
            i = noun + 1;
        } else {
            i = last + 1;
        }
    }
}

/// The words [`unit_ordinal`] and [`tens`] know, for the pre-filter.
static WORDS: WordFilter = WordFilter::new(words::UNIT_ORDINALS.split_at(1).1)
    .with(words::TENS_ORDINALS.split_at(4).0)
    .with(&["hundredth"])
    .with(&words::TENS);

/// first … nineteenth, twentieth … fiftieth, hundredth.
fn unit_ordinal(w: &str) -> Option<f64> {
    words::ordinal(w)
        .filter(|&n| n <= 50 || n == 100)
        .map(f64::from)
}

/// twenty … ninety.
fn tens(w: &str) -> Option<f64> {
    words::cardinal(w).filter(|&n| n >= 20).map(f64::from)
}

/// The ordinal at token `i`: its value and last token. Words must be lowercase or open the
/// sentence ("Fifth Avenue" is a name).
fn ordinal(ctx: &Ctx, i: usize) -> Option<(f64, usize)> {
    let t = ctx.tokens.get(i)?;
    let mut buf = [0u8; 24];
    match t.kind {
        Kind::Number => {
            let suffix = ctx.tokens.get(i + 1)?;
            let s = lower(ctx.tok(i + 1), &mut buf);
            let ok = !suffix.space_before && matches!(s, "st" | "nd" | "rd" | "th");
            let text = ctx.tok(i);
            let v = parse_digits(text)?;
            (ok && !text.contains('.')).then_some((v, i + 1))
        }
        Kind::Word => {
            let text = ctx.tok(i);
            if !WORDS.may_contain(text) {
                return None;
            }
            let capital = text.chars().next().is_some_and(char::is_uppercase);
            if capital && i > 0 {
                return None;
            }
            let w = lower(text, &mut buf);
            if let Some(v) = unit_ordinal(w) {
                return Some((v, i));
            }
            // "twenty-first"
            let t10 = tens(w)?;
            let glued = |k: usize| ctx.tokens.get(k).is_some_and(|t| !t.space_before);
            if ctx.tok(i + 1) == "-" && glued(i + 1) && glued(i + 2) {
                let mut b = [0u8; 24];
                let u = unit_ordinal(lower(ctx.tok(i + 2), &mut b)).filter(|u| *u < 10.0)?;
                return Some((t10 + u, i + 2));
            }
            None
        }
        _ => None,
    }
}

/// The sequence noun or superlative after an ordinal, from token `j` (a glued hyphen or one
/// of "consecutive", "straight", "successive" may come first).
fn noun(ctx: &Ctx, mut j: usize) -> Option<usize> {
    if ctx.tok(j) == "-" && ctx.tokens.get(j).is_some_and(|t| !t.space_before) {
        j += 1;
    }
    if ["consecutive", "straight", "successive"]
        .iter()
        .any(|w| ctx.is(j, w))
    {
        j += 1;
    }
    let t = ctx.tokens.get(j)?;
    if t.kind != Kind::Word {
        return None;
    }
    let text = ctx.tok(j);
    if !text.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let sequence = matches!(
        text,
        "round"
            | "phase"
            | "wave"
            | "tranche"
            | "stage"
            | "batch"
            | "installment"
            | "instalment"
            | "leg"
            | "tier"
            | "term"
            | "season"
            | "edition"
            | "generation"
            | "place"
            | "attempt"
            | "iteration"
            | "version"
            | "step"
            | "ballot"
            | "cohort"
            | "lap"
            | "inning"
            | "set"
            | "game"
            | "heat"
            | "cycle"
            | "episode"
            | "chapter"
            | "volume"
            | "tranches"
            | "rounds"
            | "phases"
            | "waves"
    );
    // Superlatives: "second-largest", "third biggest" ("-est" words that are not nouns).
    let superlative = text.len() > 5
        && text.ends_with("est")
        && !matches!(
            text,
            "interest"
                | "request"
                | "harvest"
                | "protest"
                | "contest"
                | "forest"
                | "arrest"
                | "behest"
                | "manifest"
                | "honest"
                | "modest"
                | "suggest"
                | "digest"
                | "invest"
        );
    (sequence || superlative).then_some(j)
}

#[cfg(test)]
mod tests {
    use crate::extract::{Options, extract_text};
    use crate::story::FactKind;

    fn ordinals(text: &str) -> Vec<(String, f64, String)> {
        extract_text(text, &Options::default())
            .facts
            .into_iter()
            .filter(|f| f.kind == FactKind::Ordinal)
            .map(|f| {
                let unit = f.unit().unwrap_or_default().to_string();
                (f.text(text).to_string(), f.value().unwrap_or(0.0), unit)
            })
            .collect()
    }

    #[test]
    fn rounds_phases_and_ranks() {
        let got = ordinals(
            "The second round follows the first round; a 3rd tranche and the twenty-first edition \
             came after the third consecutive wave at the second-largest bank.",
        );
        let got: Vec<(&str, f64, &str)> = got
            .iter()
            .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("second round", 2.0, "round"),
                ("first round", 1.0, "round"),
                ("3rd tranche", 3.0, "tranche"),
                ("twenty-first edition", 21.0, "edition"),
                ("third consecutive wave", 3.0, "wave"),
                ("second-largest", 2.0, "largest"),
            ]
        );
    }

    #[test]
    fn not_calendar_names_or_idioms() {
        assert!(
            ordinals(
                "For the first time, fourth-quarter sales on Fifth Avenue rose in the first half."
            )
            .is_empty()
        );
        assert!(ordinals("It is the second of three.").is_empty());
    }
}
