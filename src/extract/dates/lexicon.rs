//! The words dates are made of: month and weekday names, number and ordinal words, calendar
//! units and shift words ("next", "last"). Each word token is classified once per sentence
//! into a [`Lex`], so the pattern matchers compare small enums instead of strings.

use crate::extract::number::words;
use jiff::civil::Weekday;

/// A calendar unit, as in "two weeks ago" or "next quarter".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
}

/// What a word token means to the date matchers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lex {
    Other,
    /// A month name; `short` for abbreviations ("Sept", "Jan"), which need more context.
    Month {
        month: i8,
        short: bool,
    },
    /// A weekday name; `short` for abbreviations ("Tue").
    Weekday {
        weekday: Weekday,
        short: bool,
    },
    /// An ordinal word: "first" = 1 … "thirtieth" = 30.
    Ord(i8),
    /// A cardinal word: "one" = 1 … "ninety" = 90 (tens only above twenty).
    Card(i8),
    /// A calendar unit, singular or plural.
    Unit(Unit),
    /// today / tonight = 0, tomorrow = 1, yesterday = -1.
    Day(i8),
    /// this/current = 0, next/coming/upcoming/following = 1, last/previous/prior/preceding = -1.
    Shift(i8),
    /// Another word a date may start with: "the", "in", "fiscal"…
    Key,
    /// The first word of a holiday name: "Christmas", "Black" (Friday), "St." (Patrick's Day).
    Named,
}

/// Lowercases an ASCII word into `buf`; `None` when it is too long or not ASCII (no date word
/// is either, so such words are simply [`Lex::Other`]).
fn lower<'a>(word: &str, buf: &'a mut [u8; 12]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (b, c) in buf.iter_mut().zip(bytes) {
        *b = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// Every word [`lookup`] knows, plus the [`Lex::Key`] words.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "today", "tonight", "tomorrow", "tmrw", "tmr", "yesterday", "this", "current", "next",
    "coming", "upcoming", "following", "last", "previous", "prior", "preceding", "day", "days",
    "week", "weeks",
    "workweek", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year",
    "years", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "twentieth", "thirtieth",
];

/// Words that start a date without being one of the classes above.
#[rustfmt::skip]
const KEYS: &[&str] = &[
    "the", "in", "a", "an", "past", "fiscal", "fy", "q", "eoy", "ytd", "international", "spring",
    "summer", "fall", "autumn", "winter", "that", "full", "its", "their",
];

/// First words of holiday names.
#[rustfmt::skip]
const NAMED: &[&str] = &[
    "christmas", "xmas", "new", "easter", "good", "black", "cyber", "thanksgiving", "halloween",
    "valentine", "valentines", "labor", "labour", "memorial", "independence", "earth", "boxing",
    "workers", "st", "saint",
];

/// All known words, sorted, for binary search, and a filter that rejects almost every other
/// word before any string comparison: bit `last letter` of `filter[len][first letter]`.
struct Table {
    words: Vec<(&'static str, Lex)>,
    filter: [[u32; 26]; 13],
}

fn letter(b: u8) -> Option<usize> {
    let b = b.to_ascii_lowercase();
    b.is_ascii_lowercase().then(|| usize::from(b - b'a'))
}

static TABLE: std::sync::LazyLock<Table> = std::sync::LazyLock::new(|| {
    let mut words: Vec<(&'static str, Lex)> = WORDS
        .iter()
        .map(|w| (*w, lookup(w)))
        .chain(KEYS.iter().map(|w| (*w, Lex::Key)))
        .chain(NAMED.iter().map(|w| (*w, Lex::Named)))
        .collect();
    words.sort_by_key(|(w, _)| *w);
    let mut filter = [[0u32; 26]; 13];
    for (w, _) in &words {
        let b = w.as_bytes();
        if let (Some(f), Some(l), Some(row)) = (
            b.first().copied().and_then(letter),
            b.last().copied().and_then(letter),
            filter.get_mut(b.len()),
        ) {
            row[f] |= 1 << l;
        }
    }
    Table { words, filter }
});

/// Classifies one word token.
pub fn classify(word: &str) -> Lex {
    let b = word.as_bytes();
    let table = &*TABLE;
    let (Some(f), Some(l), Some(row)) = (
        b.first().copied().and_then(letter),
        b.last().copied().and_then(letter),
        table.filter.get(b.len()),
    ) else {
        return Lex::Other;
    };
    if row[f] & (1 << l) == 0 {
        return Lex::Other;
    }
    let mut buf = [0u8; 12];
    let Some(w) = lower(word, &mut buf) else {
        return Lex::Other;
    };
    table
        .words
        .binary_search_by_key(&w, |(k, _)| k)
        .map_or(Lex::Other, |i| table.words[i].1)
}

/// The class of a lowercase word (slow; [`TABLE`] caches it for the words in [`WORDS`]).
fn lookup(w: &str) -> Lex {
    let month = |month, short| Lex::Month { month, short };
    let weekday = |weekday, short| Lex::Weekday { weekday, short };
    match w {
        "january" => month(1, false),
        "february" => month(2, false),
        "march" => month(3, false),
        "april" => month(4, false),
        "may" => month(5, false),
        "june" => month(6, false),
        "july" => month(7, false),
        "august" => month(8, false),
        "september" => month(9, false),
        "october" => month(10, false),
        "november" => month(11, false),
        "december" => month(12, false),
        "jan" => month(1, true),
        "feb" => month(2, true),
        "mar" => month(3, true),
        "apr" => month(4, true),
        "jun" => month(6, true),
        "jul" => month(7, true),
        "aug" => month(8, true),
        "sep" | "sept" => month(9, true),
        "oct" => month(10, true),
        "nov" => month(11, true),
        "dec" => month(12, true),
        "monday" => weekday(Weekday::Monday, false),
        "tuesday" => weekday(Weekday::Tuesday, false),
        "wednesday" => weekday(Weekday::Wednesday, false),
        "thursday" => weekday(Weekday::Thursday, false),
        "friday" => weekday(Weekday::Friday, false),
        "saturday" => weekday(Weekday::Saturday, false),
        "sunday" => weekday(Weekday::Sunday, false),
        "mon" => weekday(Weekday::Monday, true),
        "tue" | "tues" => weekday(Weekday::Tuesday, true),
        "wed" => weekday(Weekday::Wednesday, true),
        "thu" | "thur" | "thurs" => weekday(Weekday::Thursday, true),
        "fri" => weekday(Weekday::Friday, true),
        "sat" => weekday(Weekday::Saturday, true),
        "sun" => weekday(Weekday::Sunday, true),
        "today" | "tonight" => Lex::Day(0),
        "tomorrow" | "tmrw" | "tmr" => Lex::Day(1),
        "yesterday" => Lex::Day(-1),
        "this" | "current" => Lex::Shift(0),
        "next" | "coming" | "upcoming" | "following" => Lex::Shift(1),
        "last" | "previous" | "prior" | "preceding" => Lex::Shift(-1),
        "day" | "days" => Lex::Unit(Unit::Day),
        "week" | "weeks" | "workweek" => Lex::Unit(Unit::Week),
        "fortnight" | "fortnights" => Lex::Unit(Unit::Fortnight),
        "month" | "months" => Lex::Unit(Unit::Month),
        "quarter" | "quarters" => Lex::Unit(Unit::Quarter),
        "year" | "years" => Lex::Unit(Unit::Year),
        _ => numeral(w),
    }
}

/// Number and ordinal words up to thirty-first (days) and ninety (parts of spelled years).
fn numeral(w: &str) -> Lex {
    if let Some(n) = words::cardinal(w) {
        return Lex::Card(n as i8);
    }
    match words::ordinal(w) {
        Some(n) if n <= 30 => Lex::Ord(n as i8),
        _ => Lex::Other,
    }
}

/// Whether `w` is an English ordinal suffix written after digits ("4th", "21st").
pub fn is_ordinal_suffix(w: &str) -> bool {
    ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_months_weekdays_numbers_and_units() {
        assert_eq!(
            classify("Sept"),
            Lex::Month {
                month: 9,
                short: true
            }
        );
        assert_eq!(
            classify("OCTOBER"),
            Lex::Month {
                month: 10,
                short: false
            }
        );
        assert_eq!(
            classify("thu"),
            Lex::Weekday {
                weekday: Weekday::Thursday,
                short: true
            }
        );
        assert_eq!(classify("twenty"), Lex::Card(20));
        assert_eq!(classify("nineteen"), Lex::Card(19));
        assert_eq!(classify("third"), Lex::Ord(3));
        assert_eq!(classify("thirtieth"), Lex::Ord(30));
        assert_eq!(classify("weeks"), Lex::Unit(Unit::Week));
        assert_eq!(classify("Yesterday"), Lex::Day(-1));
        assert_eq!(classify("previous"), Lex::Shift(-1));
        assert_eq!(classify("Zoë"), Lex::Other);
        assert_eq!(classify("extraordinarily"), Lex::Other);
        assert_eq!(classify("The"), Lex::Key);
        // The table holds exactly the words the slow lookup knows.
        assert!(
            WORDS.iter().all(|w| lookup(w) != Lex::Other),
            "every listed word is known"
        );
        assert!(
            KEYS.iter().all(|w| lookup(w) == Lex::Other),
            "keys are not classes"
        );
    }
}
