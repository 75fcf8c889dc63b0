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
