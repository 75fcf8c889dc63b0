//! The English number words, once: cardinals and ordinals up to nineteen, the tens, and their
//! values. Spelled numbers, ordinals, dates and event rounds all read them from here; each
//! caller keeps its own range (dates only need days, rounds only small ordinals).

/// zero … nineteen, at their values.
pub const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// zeroth … nineteenth, at their values.
pub const UNIT_ORDINALS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// twenty … ninety: twenty is index 0.
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// twentieth … ninetieth: twentieth is index 0.
pub const TENS_ORDINALS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// The value of a lowercase cardinal word: zero … nineteen, twenty … ninety.
pub fn cardinal(w: &str) -> Option<u32> {
    if let Some(n) = UNITS.iter().position(|u| *u == w) {
        return Some(n as u32);
    }
    TENS.iter()
        .position(|t| *t == w)
        .map(|n| 20 + 10 * n as u32)
}

/// The value of a lowercase ordinal word: first … nineteenth, twentieth … ninetieth,
/// hundredth (never zeroth).
pub fn ordinal(w: &str) -> Option<u32> {
    if let Some(n) = UNIT_ORDINALS.iter().skip(1).position(|u| *u == w) {
        return Some(n as u32 + 1);
    }
    if w == "hundredth" {
        return Some(100);
    }
    TENS_ORDINALS
        .iter()
        .position(|t| *t == w)
        .map(|n| 20 + 10 * n as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_have_their_values() {
        assert_eq!(cardinal("zero"), Some(0));
        assert_eq!(cardinal("nineteen"), Some(19));
        assert_eq!(cardinal("ninety"), Some(90));
        assert_eq!(cardinal("hundred"), None);
        assert_eq!(ordinal("first"), Some(1));
        assert_eq!(ordinal("twelfth"), Some(12));
        assert_eq!(ordinal("thirtieth"), Some(30));
        assert_eq!(ordinal("hundredth"), Some(100));
        assert_eq!(ordinal("zeroth"), None);
        assert_eq!(ordinal("First"), None, "callers lowercase first");
    }
}
