//! Qualifiers in front of a quantity: "up to $30 billion" is not "$30 billion". The words are
//! kept in the fact's span so the text shows what the value means.

use crate::extract::Ctx;
use crate::story::Qualifier;

/// Phrases, longest first so "no more than" wins over "more than".
const PHRASES: &[(&[&str], Qualifier)] = &[
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["as", "much", "as"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["as", "high", "as"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["in", "excess", "of"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["an", "estimated"], Qualifier::Approx),
    (&["close", "to"], Qualifier::Approx),
    (&["more", "than"], Qualifier::AtLeast),
    (&["at", "least"], Qualifier::AtLeast),
    (&["upwards", "of"], Qualifier::AtLeast),
    (&["north", "of"], Qualifier::AtLeast),
    (&["just", "over"], Qualifier::AtLeast),
    (&["just", "under"], Qualifier::Under),
    (&["just", "below"], Qualifier::Under),
    (&["less", "than"], Qualifier::Under),
    (&["fewer", "than"], Qualifier::Under),
    (&["about"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["nearly"], Qualifier::Approx),
    (&["approximately"], Qualifier::Approx),
    (&["approx"], Qualifier::Approx),
    (&["almost"], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
    (&["circa"], Qualifier::Approx),
    (&["~"], Qualifier::Approx),
    (&["over"], Qualifier::AtLeast),
    (&["under"], Qualifier::Under),
    (&["below"], Qualifier::Under),
];

/// The qualifier written just before token `first`, and the token it starts at.
pub fn before(ctx: &Ctx, first: usize) -> Option<(Qualifier, usize)> {
    PHRASES.iter().find_map(|(words, q)| {
        let start = first.checked_sub(words.len())?;
        words
            .iter()
            .enumerate()
            .all(|(k, w)| ctx.is(start + k, w))
            .then_some((*q, start))
    })
}

/// Marks ranges among the facts of one kind just appended (`facts`): two quantities joined by
/// "-", "–", "to", or by "and" after "between", the first not larger than the second. The lower
/// bound becomes `AtLeast` and the upper `AtMost` unless a hedge was written ("up to $5 to $7"
/// keeps its own). "from $5 million to $7 million" and "by 2 points to 60%" are changes, not
/// ranges, so a first bound after "from" or "by" is left alone.
pub fn mark_ranges(text: &str, facts: &mut [crate::story::Fact]) {
    for k in 1..facts.len() {
        let (a, b) = (&facts[k - 1], &facts[k]);
        if a.kind != b.kind || a.end > b.start || a.value() > b.value() {
            continue;
        }
        let (a_span, b_span) = (a.span(), b.span());
        let between = text
            .get(a_span.end..b_span.start)
            .unwrap_or_default()
            .trim();
        let before = last_word(text.get(..a_span.start).unwrap_or_default());
        let joined = match between {
            "-" | "–" | "—" => true,
            w if w.eq_ignore_ascii_case("to") => true,
            w if w.eq_ignore_ascii_case("and") => before.eq_ignore_ascii_case("between"),
            _ => false,
        };
        let change = ["from", "by"]
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w));
        // "rose 12 cents to €13.40", "fell 0.5% to 3.2%": a move, then the level it reached,
        // far above it; "rose 5 to 7 percent" stays a range.
        let moved = between.eq_ignore_ascii_case("to")
            && is_movement(before)
            && a.value().zip(b.value()).is_some_and(|(x, y)| y > 3.0 * x);
        if !joined || change || moved {
            continue;
        }
        if facts[k - 1].qualifier.is_none() {
            facts[k - 1].qualifier = Some(Qualifier::AtLeast);
        }
        if facts[k].qualifier.is_none() {
            facts[k].qualifier = Some(Qualifier::AtMost);
        }
    }
}

/// Verbs and adverbs of a price or level moving: after one, "N to M" is a change and its end.
fn is_movement(word: &str) -> bool {
    [
        "rose",
        "rise",
        "rises",
        "rising",
        "fell",
        "fall",
        "falls",
        "falling",
        "gained",
        "gains",
        "lost",
        "loses",
        "climbed",
        "jumped",
        "dropped",
        "slipped",
        "slid",
        "eased",
        "added",
        "shed",
        "up",
        "down",
        "increased",
        "decreased",
        "declined",
        "advanced",
        "surged",
        "tumbled",
        "plunged",
        "soared",
        "edged",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// The last word of `text` (trailing spaces ignored).
fn last_word(text: &str) -> &str {
    let t = text.trim_end();
    let start = t
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &t[start..]
}
