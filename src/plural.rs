//! Counts as a person reads them: "1 fact", "0 facts", "2 matches". Every count shown on a
//! screen, in plain mode or in a report goes through here, so none says "1 facts".

/// `n` and the noun that agrees with it: `one` for exactly one, else `many`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", noun(n, one, many))
}

/// The noun that agrees with `n`.
pub fn noun<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(1, "fact", "facts"), "1 fact");
        assert_eq!(count(0, "fact", "facts"), "0 facts");
        assert_eq!(count(2, "match", "matches"), "2 matches");
        assert_eq!(count(11, "entity", "entities"), "11 entities");
    }
}
