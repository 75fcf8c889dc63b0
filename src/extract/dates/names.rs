//! Month and weekday words that are part of a name, not a date: "The Sunday Times", "June
//! Holdings", "a retailer named August". A lone capitalised month or weekday is a name when
//! the next word is another capitalised word that is no date word ("Sunday Times", "June
//! Holdings") and nothing before it asks for a date ("on Sunday", "in June"), or when it is
//! what something is named or called.
//!
//! All-capital text (a headline) is left alone: there every word is capitalised.

use super::lexicon::Lex;
use super::scan::Scan;
use crate::extract::token::Kind;

/// Words before a month or weekday that make it a date whatever follows.
const DATE_LEADS: &[&str] = &[
    "on", "in", "by", "since", "until", "till", "from", "of", "before", "after", "during",
    "through", "last", "next", "this", "early", "late", "mid", "every", "each", "since", "-",
    "and", "or", "to", "between", "that", "past", "coming",
];

/// Whether the single date word at `i` is part of a name.
pub fn in_name(s: &Scan, i: usize) -> bool {
    let word = matches!(
        s.lex(i),
        Lex::Month { short: false, .. } | Lex::Weekday { short: false, .. }
    );
    let t = s.tok(i);
    if !word || !s.capital(i) || t.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    if i > 0 && s.any(i - 1, &["named", "called", "dubbed"]) {
        return true;
    }
    let next_is_name = s.kind(i + 1) == Some(Kind::Word)
        && s.capital(i + 1)
        && matches!(s.lex(i + 1), Lex::Other | Lex::Named)
        && !s.tok(i + 1).bytes().all(|b| b.is_ascii_uppercase());
    next_is_name && !(i > 0 && s.any(i - 1, DATE_LEADS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::with_ctx;

    fn named(text: &str, word: &str) -> bool {
        with_ctx(text, |ctx| {
            let s = Scan::new(ctx);
            let i = (0..ctx.tokens.len())
                .find(|&k| s.is(k, word))
                .expect("in the text");
            in_name(&s, i)
        })
    }

    #[test]
    fn date_words_inside_names() {
        assert!(named("The Sunday Times reported the deal.", "Sunday"));
        assert!(named("June Holdings said profit rose.", "June"));
        assert!(named("A retailer named August said sales fell.", "August"));
        assert!(!named("On Monday Reuters reported the deal.", "Monday"));
        assert!(!named("In June Apple said profit rose.", "June"));
        assert!(!named("Sales rose in June, the company said.", "June"));
        assert!(!named("THE SUNDAY TIMES REPORTS LOSS", "SUNDAY"));
        assert!(!named("It closed on Friday Jan. 5.", "Friday"));
    }
}
