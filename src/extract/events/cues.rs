//! Cue phrases that set a status whatever the verb says ("in talks", "people familiar",
//! "at risk", "denied"), and the words that number a round ("third round", "Series B").

use super::lexicon::{Cue, LEX, class};
use super::sentence::Sentence;

/// The cues found in a stretch of a sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cues {
    pub in_talks: bool,
    pub reported: bool,
    pub possible: bool,
    pub denied: bool,
}

/// Finds every cue phrase of the sentence (once, when it is built).
pub fn find(s: &Sentence, out: &mut Vec<(usize, Cue)>) {
    let lex = &*LEX;
    for i in 0..s.len() {
        if s.class(i) & class::CUE == 0 {
            continue;
        }
        // Most cues are two words or more: "in" alone is nothing, "in talks" is.
        let list = lex.cues_of(s.word(i));
        if s.class(i + 1) & class::CUE2 == 0 && list.iter().all(|(w, _)| w.len() > 1) {
            continue;
        }
        let hit = list.iter().find(|(words, _)| {
            words
                .iter()
                .enumerate()
                .all(|(k, w)| s.word(i + k) == w || (w == "'s" && s.is_possessive(i + k)))
        });
        if let Some((_, cue)) = hit {
            out.push((i, *cue));
        }
    }
}

/// The cue phrases that begin at tokens `from..to` (a phrase may run past `to`).
pub fn scan(s: &Sentence, from: usize, to: usize) -> Cues {
    let mut cues = Cues::default();
    for &(_, cue) in s.cues.iter().filter(|c| (from..to).contains(&c.0)) {
        match cue {
            Cue::InTalks => cues.in_talks = true,
            Cue::Reported => cues.reported = true,
            Cue::Possible => cues.possible = true,
            Cue::Denied => cues.denied = true,
        }
    }
    cues
}

/// A round reference: "third round" → 3; "another round" → the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundRef {
    Number(u32),
    /// "another round": the next after the last one known.
    Next,
}

/// The highest round number read from words ("tenth round"); beyond it a number is more likely
/// something else.
const MAX_ROUND: u32 = 10;

/// Words that number a round: "first", "3rd", "initial".
pub fn ordinal(word: &str) -> Option<u32> {
    if word == "initial" {
        return Some(1);
    }
    let n = match word.find(|c: char| !c.is_ascii_digit()) {
        // "3rd": digits and the suffix English gives that number.
        Some(at) if at > 0 => {
            let n: u32 = word[..at].parse().ok()?;
            let suffix = match n {
                1 => "st",
                2 => "nd",
                3 => "rd",
                _ => "th",
            };
            (&word[at..] == suffix).then_some(n)?
        }
        _ => crate::extract::number::words::ordinal(word)?,
    };
    (1..=MAX_ROUND).contains(&n).then_some(n)
}

/// Series A → 1, B → 2…
pub fn series_letter(word: &str) -> Option<u32> {
    let mut chars = word.chars();
    let c = chars.next()?;
    (chars.next().is_none() && c.is_ascii_alphabetic())
        .then(|| u32::from(c.to_ascii_lowercase() as u8 - b'a') + 1)
}

/// The round named at token `i`: an ordinal or "another" up to three words before a round
/// noun ("a fourth, smaller round"); for funding also "Series B" and "seed".
pub fn round_at(s: &Sentence, i: usize, end: usize, funding: bool) -> Option<RoundRef> {
    let w = s.word(i);
    if funding && w == "series" {
        return series_letter(s.word(i + 1)).map(RoundRef::Number);
    }
    if funding && w == "seed" {
        return Some(RoundRef::Number(0));
    }
    let noun_follows = (i + 1..=i + 3)
        .take_while(|&j| j < end)
        .any(|j| s.is(j, class::ROUND));
    if !noun_follows {
        return None;
    }
    ordinal(w).map(RoundRef::Number).or_else(|| {
        (s.is(i, class::NEXT) && !matches!(w, "more" | "extra")).then_some(RoundRef::Next)
    })
}

/// "Series B" / "seed" as written in tokens `from..to`, for funding rounds.
pub fn series_label(s: &Sentence, from: usize, to: usize) -> Option<String> {
    (from..to.min(s.len())).find_map(|i| match s.word(i) {
        "series" if series_letter(s.word(i + 1)).is_some() => {
            Some(format!("Series {}", s.word(i + 1).to_ascii_uppercase()))
        }
        "seed" => Some("seed".to_string()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_number_rounds() {
        assert_eq!(ordinal("third"), Some(3));
        assert_eq!(ordinal("3rd"), Some(3));
        assert_eq!(ordinal("3th"), None);
        assert_eq!(ordinal("initial"), Some(1));
        assert_eq!(ordinal("twentieth"), None);
        assert_eq!(series_letter("b"), Some(2));
        assert_eq!(series_letter("bb"), None);
    }
}
