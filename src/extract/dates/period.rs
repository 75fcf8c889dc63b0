//! Parts of a year that are neither months nor plain quarters: halves ("the first half of
//! 2027", "second half of next year", "first half of the year" → `2027-H1`), quarters of a
//! shifted year ("first quarter of next year", "Q1 of next year") and seasons ("this summer",
//! "last fall", "next spring", "summer 2024", "the winter of 2023" → `2024-SU`, TIMEX3's
//! `SP`/`SU`/`FA`/`WI`).
//!
//! A half or season needs its year or a shift word: "the first half" alone could be of a
//! match, and "spring" alone is as often a verb or a noun as a date.

use super::calendar;
use super::expr::Expr;
use super::lexicon::{Lex, Unit};
use super::scan::{Match, Scan};

/// The year a part of a year belongs to: written, or the reference year shifted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    Written(i16),
    Shifted(i16),
}

/// "2027", "next year", "last year", "this year", "the year", "the current year": the year
/// phrase at `k`, and its last token.
pub fn year_ref(s: &Scan, k: usize) -> Option<(usize, YearRef)> {
    if let Some((last, y)) = s.year(k).filter(|_| s.int(k).is_some()) {
        return Some((last, YearRef::Written(y)));
    }
    let k = if s.is(k, "the") { k + 1 } else { k };
    let (u, shift) = match s.lex(k) {
        Lex::Shift(n) => (k + 1, n),
        Lex::Unit(Unit::Year) if s.is(k - 1, "the") => (k, 0),
        _ => return None,
    };
    (s.lex(u) == Lex::Unit(Unit::Year) && s.is(u, "year"))
        .then_some((u, YearRef::Shifted(i16::from(shift))))
}

/// A half at `i`: "first half of 2027", "second half of next year".
pub fn half(s: &Scan, i: usize) -> Option<Match> {
    let half = match s.lex(i) {
        Lex::Ord(n @ 1..=2) => n,
        _ => return None,
    };
    let h = if s.punct(i + 1, "-") { i + 2 } else { i + 1 };
    if !s.is(h, "half") {
        return None;
    }
    if !s.is(h + 1, "of") {
        // "profit for the first half": the half of the year the story reports on, when the
        // words around are about results (not "in the second half" of a match).
        let led = i >= 2 && s.is(i - 1, "the") && s.any(i - 2, &["for", "in", "during", "over"]);
        return (led && calendar::about_results(s, i)).then_some(Match::new(
            h,
            Expr::Anchored {
                unit: Unit::Year,
                shift: 0,
            },
        ));
    }
    let (last, year) = year_ref(s, h + 2)?;
    Some(Match::new(last, Expr::Half { half, year }))
}

/// A quarter of a shifted year at `i`: "first quarter of next year", "Q1 of last year".
pub fn quarter_of_year(s: &Scan, i: usize) -> Option<Match> {
    let m = calendar::quarter(s, i)?;
    let Expr::Quarter {
        year: None,
        quarter,
        ..
    } = m.expr
    else {
        return None;
    };
    if !s.is(m.last + 1, "of") {
        return None;
    }
    match year_ref(s, m.last + 2)? {
        (last, YearRef::Shifted(years)) => {
            Some(Match::new(last, Expr::QuarterIn { quarter, years }))
        }
        (_, YearRef::Written(_)) => None,
    }
}

/// Season numbers in TIMEX3 order of the year: spring 0, summer 1, fall 2, winter 3 (the
/// winter starting in December of its year).
fn season_word(s: &Scan, i: usize) -> Option<i8> {
    let t = s.tok(i);
    [
        ("spring", 0),
        ("summer", 1),
        ("fall", 2),
        ("autumn", 2),
        ("winter", 3),
    ]
    .iter()
    .find(|(w, _)| t.eq_ignore_ascii_case(w))
    .map(|&(_, n)| n)
}

/// A season at `i`: "this summer", "last fall", "next spring", "summer 2024", "the summer of
/// 2024".
pub fn season(s: &Scan, i: usize) -> Option<Match> {
    if let Lex::Shift(shift) = s.lex(i) {
        let season = season_word(s, i + 1)?;
        // "last fall", not "the last fall in prices": a shift word opening the phrase.
        if s.is(i.wrapping_sub(1), "the") {
            return None;
        }
        return Some(Match::new(
            i + 1,
            Expr::Season {
                season,
                year: None,
                shift,
            },
        ));
    }
    let k = if s.is(i, "the") { i + 1 } else { i };
    let season = season_word(s, k)?;
    let y = if s.is(k + 1, "of") { k + 2 } else { k + 1 };
    let Some((last, year)) = s.year(y).filter(|_| s.int(y).is_some()) else {
        // "by the summer", "before the spring": a time, after a preposition of time.
        let prep = i > 0 && s.any(i - 1, SEASON_PREPS);
        let noun_after = s.kind(k + 1) == Some(crate::extract::token::Kind::Word)
            && !s.any(k + 1, &["and", "or", "when", "as", "after", "before"]);
        return (k > i && prep && !noun_after)
            .then_some(Match::new(k, Expr::SeasonNear { season }));
    };
    Some(Match::new(
        last,
        Expr::Season {
            season,
            year: Some(year),
            shift: 0,
        },
    ))
}

/// Prepositions after which "the summer" is a time.
const SEASON_PREPS: &[&str] = &[
    "in", "by", "before", "after", "during", "until", "till", "through", "over", "since",
];

/// The season of kind `season` nearest `r`: the current one, else the next (`ahead`) or the
/// last one.
pub fn nearest_season(r: jiff::civil::Date, season: i8, ahead: bool) -> Option<(i16, i8)> {
    let (now_year, now_season) = season_of_day(r);
    if now_season == season {
        return Some((now_year, season));
    }
    resolve_season(r, season, if ahead { 1 } else { -1 })
}

/// The season (year and number) that contains `r`.
fn season_of_day(r: jiff::civil::Date) -> (i16, i8) {
    match r.month() {
        3..=5 => (r.year(), 0),
        6..=8 => (r.year(), 1),
        9..=11 => (r.year(), 2),
        12 => (r.year(), 3),
        _ => (r.year() - 1, 3),
    }
}

/// The year and season number of the season `shift` seasons of kind `season` away from the
/// one containing `r` (0: this one, in the current season year).
pub fn resolve_season(r: jiff::civil::Date, season: i8, shift: i8) -> Option<(i16, i8)> {
    let (y, m) = (i32::from(r.year()), r.month());
    // Index of the current season: spring (Mar–May) of year y is 4y; winter runs Dec–Feb.
    let current = match m {
        3..=5 => 4 * y,
        6..=8 => 4 * y + 1,
        9..=11 => 4 * y + 2,
        12 => 4 * y + 3,
        _ => 4 * (y - 1) + 3,
    };
    let season = i32::from(season);
    let index = match shift {
        // "this winter" in January is the one that began in December.
        0 if season == 3 && m <= 2 => 4 * (y - 1) + 3,
        0 => 4 * y + season,
        n if n < 0 => (1..=8)
            .map(|k| current - k)
            .find(|k| k.rem_euclid(4) == season)?,
        _ => (1..=8)
            .map(|k| current + k)
            .find(|k| k.rem_euclid(4) == season)?,
    };
    Some((i16::try_from(index.div_euclid(4)).ok()?, season as i8))
}

#[cfg(test)]
mod tests {
    use super::resolve_season;
    use jiff::civil::date;

    #[test]
    fn seasons_move_from_the_current_one() {
        let march = date(2025, 3, 18);
        assert_eq!(resolve_season(march, 1, 0), Some((2025, 1)));
        assert_eq!(resolve_season(march, 2, -1), Some((2024, 2)));
        assert_eq!(resolve_season(march, 0, 1), Some((2026, 0)));
        assert_eq!(resolve_season(march, 1, 1), Some((2025, 1)));
        let october = date(2025, 10, 1);
        assert_eq!(resolve_season(october, 1, -1), Some((2025, 1)));
        assert_eq!(resolve_season(october, 2, -1), Some((2024, 2)));
        let january = date(2026, 1, 10);
        assert_eq!(resolve_season(january, 3, 0), Some((2025, 3)));
        assert_eq!(resolve_season(january, 1, 0), Some((2026, 1)));
    }
}
