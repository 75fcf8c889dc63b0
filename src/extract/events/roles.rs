//! Figure roles: what a workforce figure is in its clause. Only a change is a round; a
//! headcount ("employs 52,000"), what is left ("leaving it with 3,400"), a peak, a running
//! total ("bringing total cuts to 2,450") or a part of another figure ("including 150 in
//! Dublin") is not, and a rule's threshold ("more than 20 redundancies" in a law) is no event
//! at all. The frames are data (`[roles]` in `event_words.toml`); matching one reads a few
//! tokens either side of the figure.

use super::lexicon::{Frame, LEX, MAX_SKIP, Piece, Role, class};
use super::sentence::Sentence;
use crate::story::{FactKind, Qualifier};

/// How far (tokens) a threshold's rule word may be from the figure.
const GENERIC_REACH: usize = 12;

/// The role of the sentence's count `f`, read from the words around it.
pub fn role(s: &Sentence, f: usize) -> Role {
    let (first, last) = s.range(f);
    let before = if first > 0 { s.word(first - 1) } else { "" };
    let before = if s.is_possessive(first.wrapping_sub(1)) {
        "'s"
    } else {
        before
    };
    let mut frames = Vec::new();
    LEX.frames_for(before, s.word(last + 1), &mut frames);
    for frame in frames.iter().map(|&k| &LEX.frames[k]) {
        if let Some(skipped) = matches(s, frame, first, last) {
            // "bringing the total workforce to 1,500" is a headcount, not a total of cuts.
            if frame.role == Role::Total
                && skipped.is_some_and(|(a, b)| (a..b).any(|i| s.is(i, class::WORKFORCE_STATE)))
            {
                return Role::Workforce;
            }
            return frame.role;
        }
    }
    let bound = matches!(
        s.facts[f].qualifier,
        Some(Qualifier::AtLeast | Qualifier::Under)
    );
    let from = first.saturating_sub(GENERIC_REACH);
    let to = (last + GENERIC_REACH).min(s.len());
    if bound && (from..to).any(|i| s.is(i, class::GENERIC)) {
        return Role::Threshold;
    }
    Role::Cut
}

/// Whether `frame` matches around the figure at tokens `first..=last`; on a match, the span
/// of tokens its "..." stood for (if it has one).
fn matches(
    s: &Sentence,
    frame: &Frame,
    first: usize,
    last: usize,
) -> Option<Option<(usize, usize)>> {
    let mut skipped = None;
    if !backward(s, &frame.before, first, &mut skipped) {
        return None;
    }
    if !forward(s, &frame.after, last + 1, &mut skipped) {
        return None;
    }
    if phrase_goes_on(s, frame, last) {
        return None;
    }
    Some(skipped)
}

/// Whether a frame that ends in a word ("N in all", "N overall") ends inside a longer phrase
/// of the sentence: "183 positions in all areas of the business" is no total; the frame's last
/// word modifies the noun after it.
fn phrase_goes_on(s: &Sentence, frame: &Frame, last: usize) -> bool {
    let words = frame.after.iter().all(|p| matches!(p, Piece::Word(_)));
    // Only a last word that can modify a noun: "all", "total".
    let modifier = match frame.after.last() {
        Some(Piece::Word(w)) => w == "total" || LEX.entry(w).class & class::DET != 0,
        _ => false,
    };
    if !words || !modifier {
        return false;
    }
    let next = last + 1 + frame.after.len();
    next < s.len()
        && s.fact(next).is_none()
        && s.tokens[next].kind == crate::extract::token::Kind::Word
        && !s.is(
            next,
            class::PREP | class::CONJ | class::SUBORDINATOR | class::RELATIVE | class::ADVERB,
        )
}

/// Matches `pieces` (nearest first) ending just before token `at`.
fn backward(
    s: &Sentence,
    pieces: &[Piece],
    at: usize,
    skipped: &mut Option<(usize, usize)>,
) -> bool {
    let Some((piece, rest)) = pieces.split_first() else {
        return true;
    };
    match piece {
        Piece::Word(w) => at > 0 && word_is(s, at - 1, w) && backward(s, rest, at - 1, skipped),
        Piece::Other => match at.checked_sub(1).and_then(|i| s.fact_index(i)) {
            Some(f) if s.facts[f].kind.is_quantity() => backward(s, rest, s.range(f).0, skipped),
            _ => false,
        },
        Piece::Skip => (0..=MAX_SKIP.min(at)).any(|n| {
            let ok = backward(s, rest, at - n, skipped);
            if ok && n > 0 {
                *skipped = Some((at - n, at));
            }
            ok
        }),
    }
}

/// Matches `pieces` starting at token `at`.
fn forward(
    s: &Sentence,
    pieces: &[Piece],
    at: usize,
    skipped: &mut Option<(usize, usize)>,
) -> bool {
    let Some((piece, rest)) = pieces.split_first() else {
        return true;
    };
    match piece {
        Piece::Word(w) => at < s.len() && word_is(s, at, w) && forward(s, rest, at + 1, skipped),
        Piece::Other => match s.fact_index(at) {
            Some(f) if s.facts[f].kind.is_quantity() => forward(s, rest, s.range(f).1 + 1, skipped),
            _ => false,
        },
        Piece::Skip => (0..=MAX_SKIP).any(|n| {
            let ok = at + n <= s.len() && forward(s, rest, at + n, skipped);
            if ok && n > 0 {
                *skipped = Some((at, at + n));
            }
            ok
        }),
    }
}

/// Token `i` is the frame word `w` (a date or name there is not a frame word).
fn word_is(s: &Sentence, i: usize, w: &str) -> bool {
    let word = s.word(i);
    (word == w || (w == "'s" && s.is_possessive(i)))
        && s.fact(i)
            .is_none_or(|f| !matches!(f.kind, FactKind::Date) && !f.kind.is_entity())
}

#[cfg(test)]
mod tests {
    use super::super::sentence::{Scratch, Sentence};
    use super::*;
    use crate::extract::token::tokenize_into;
    use crate::story::Fact;

    /// The role of the count `figure` (its only occurrence) in `text`.
    fn role_of(text: &str, figure: &str, qualifier: Option<Qualifier>) -> Role {
        role_among(text, &[], figure, qualifier)
    }

    /// The role of `figure` when the counts `others` are facts of the sentence too.
    fn role_among(text: &str, others: &[&str], figure: &str, qualifier: Option<Qualifier>) -> Role {
        let fact_of = |quote: &str| {
            let start = text.find(quote).unwrap();
            Fact::new(FactKind::Count, start, start + quote.len())
        };
        let mut fact = fact_of(figure);
        fact.qualifier = qualifier;
        let mut facts: Vec<Fact> = others.iter().map(|q| fact_of(q)).collect();
        facts.push(fact);
        facts.sort_by_key(|f| f.start);
        let at = facts
            .iter()
            .position(|f| f.start as usize == text.find(figure).unwrap())
            .unwrap();
        let mut scratch = Scratch::default();
        tokenize_into(text, 0, &mut scratch.tokens);
        scratch.lower = text.to_ascii_lowercase();
        let s = Sentence::new(0, text, 0, &facts, &mut scratch);
        role(&s, at)
    }

    #[test]
    fn figures_that_are_not_rounds() {
        use Role::*;
        for (text, figure, want) in [
            ("Norvik employs 52,000 people.", "52,000 people", Workforce),
            (
                "The cuts affect 300 of its 120,000 staff.",
                "120,000 staff",
                Workforce,
            ),
            (
                "It cut 300 jobs, leaving it with 3,400 employees.",
                "3,400 employees",
                Remaining,
            ),
            ("Staff fell from 5,000 at its peak.", "5,000", Peak),
            ("It has cut 9,000 jobs since 2008.", "9,000 jobs", Total),
            ("The move brings total cuts to 2,450.", "2,450", Total),
            ("It cut 800 jobs, including 150 in Dublin.", "150", Part),
            ("Acme cut 300 jobs in May.", "300 jobs", Cut),
            ("Another 900 go in Spain.", "900", Cut),
            (
                "It will eliminate 183 positions in all areas of the business.",
                "183 positions",
                Cut,
            ),
            ("It has cut 640 jobs in all.", "640 jobs", Total),
            ("bringing the total workforce to 1,500.", "1,500", Workforce),
            (
                "It will cut 2,000 of a total 18,000 jobs.",
                "18,000 jobs",
                Workforce,
            ),
        ] {
            assert_eq!(role_of(text, figure, None), want, "{text}");
        }
        // A part of a site's staff: the whole after a possessive is its headcount.
        for (text, part, whole) in [
            (
                "Some 2,800 workers of the plant's 3,300 hourly employees will be laid off.",
                "2,800 workers",
                "3,300 hourly employees",
            ),
            (
                "It will affect about 195 of the facility's 425 employees.",
                "195",
                "425 employees",
            ),
            (
                "Another 500 workers of the 5,100 employed at its Ohio plant will go.",
                "500 workers",
                "5,100",
            ),
        ] {
            assert_eq!(role_among(text, &[part], whole, None), Workforce, "{text}");
            assert_eq!(role_among(text, &[whole], part, None), Cut, "{text}");
        }
        let law = "Firms must consult unions when making more than 20 redundancies.";
        assert_eq!(
            role_of(law, "more than 20 redundancies", Some(Qualifier::AtLeast)),
            Threshold
        );
        let plan = "Acme will cut more than 20 jobs.";
        assert_eq!(
            role_of(plan, "more than 20 jobs", Some(Qualifier::AtLeast)),
            Cut
        );
    }
}
