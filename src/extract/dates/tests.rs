//! Unit tests for the date recogniser: sentence in, (text, TIMEX) pairs out.

use crate::extract::{Options, extract_text};
use jiff::civil::{Date, date};

fn dates(text: &str, reference: Option<Date>) -> Vec<(String, Option<String>)> {
    extract_text(
        text,
        &Options {
            reference_date: reference,
        },
    )
    .facts
    .into_iter()
    .filter(|f| f.kind == crate::story::FactKind::Date)
    .map(|f| {
        (
            f.text(text).to_string(),
            f.resolved().flatten().map(|r| r.to_string()),
        )
    })
    .collect()
}

fn values(text: &str, reference: Date) -> Vec<String> {
    dates(text, Some(reference))
        .into_iter()
        .map(|(_, v)| v.unwrap_or_default())
        .collect()
}

#[test]
fn seed_like_sentences() {
    let r = date(2026, 1, 29);
    assert_eq!(
        values("The first round in October involved 14,000 layoffs.", r),
        ["2025-10"]
    );
    assert_eq!(
        values("Last week, it was reported that cuts were coming.", r),
        ["2026-W04"]
    );
    assert_eq!(values("It announced layoffs this week.", r), ["2026-W05"]);
    assert_eq!(
        values(
            "Amazon is scheduled to report fourth-quarter earnings next week.",
            r
        ),
        ["2025-Q4", "2026-W06"]
    );
}

/// Resolution of expressions, without the matchers.
mod resolution {
    use super::*;
    use crate::extract::dates::expr::Expr;
    use crate::extract::dates::lexicon::Unit;
    use crate::extract::dates::resolve::resolve;
    use crate::extract::dates::tense::Tense;
    use jiff::civil::Weekday;
    use jiff::civil::date;

    fn at(e: Expr, r: Date, future: bool) -> Option<String> {
        let tense = if future { Tense::Future } else { Tense::None };
        resolve(e, Some(r), tense).map(|t| t.to_string())
    }

    #[test]
    fn weeks_are_iso_and_start_on_monday() {
        let r = date(2026, 1, 29);
        let week = |shift| {
            at(
                Expr::Period {
                    unit: Unit::Week,
                    shift,
                },
                r,
                false,
            )
        };
        assert_eq!(week(0).as_deref(), Some("2026-W05"));
        assert_eq!(week(-1).as_deref(), Some("2026-W04"));
        assert_eq!(week(1).as_deref(), Some("2026-W06"));
        // 2020 has 53 ISO weeks; 2021-01-02 still belongs to 2020-W53.
        let r = date(2021, 1, 2);
        assert_eq!(
            at(
                Expr::Period {
                    unit: Unit::Week,
                    shift: 0
                },
                r,
                false
            )
            .as_deref(),
            Some("2020-W53")
        );
        assert_eq!(
            at(
                Expr::Week {
                    year: 2020,
                    week: -1
                },
                r,
                false
            )
            .as_deref(),
            Some("2020-W53")
        );
        assert_eq!(
            at(
                Expr::Week {
                    year: 2021,
                    week: 53
                },
                r,
                false
            ),
            None
        );
    }

    #[test]
    fn months_and_quarters_lean_to_the_past_unless_future() {
        let r = date(2026, 1, 29);
        let oct = Expr::Month {
            year: None,
            month: 10,
        };
        assert_eq!(at(oct, r, false).as_deref(), Some("2025-10"));
        assert_eq!(at(oct, r, true).as_deref(), Some("2026-10"));
        let q4 = Expr::Quarter {
            year: None,
            quarter: 4,
            reported: false,
        };
        assert_eq!(at(q4, r, false).as_deref(), Some("2025-Q4"));
        // The current quarter has begun: "a charge in the fourth quarter" in November.
        assert_eq!(at(q4, date(2026, 11, 5), false).as_deref(), Some("2026-Q4"));
        assert_eq!(at(q4, date(2026, 9, 5), false).as_deref(), Some("2025-Q4"));
        assert_eq!(at(q4, date(2026, 11, 5), true).as_deref(), Some("2026-Q4"));
        let reported = Expr::Quarter {
            year: None,
            quarter: 4,
            reported: true,
        };
        assert_eq!(at(reported, r, true).as_deref(), Some("2025-Q4"));
        // Results reported for it are of a completed quarter.
        assert_eq!(
            at(reported, date(2026, 11, 5), false).as_deref(),
            Some("2025-Q4")
        );
    }

    #[test]
    fn feb_29_and_weekday_days_search_far_enough() {
        let leap = Expr::Date {
            year: None,
            month: 2,
            day: 29,
        };
        assert_eq!(
            at(leap, date(2017, 3, 22), false).as_deref(),
            Some("2016-02-29")
        );
        assert_eq!(
            at(leap, date(2017, 3, 22), true).as_deref(),
            Some("2020-02-29")
        );
        let sunday31 = Expr::WeekdayDay {
            weekday: Weekday::Sunday,
            day: 31,
        };
        assert_eq!(
            at(sunday31, date(2019, 1, 25), false).as_deref(),
            Some("2017-12-31")
        );
        assert_eq!(resolve(leap, None, Tense::None), None);
        assert_eq!(
            resolve(
                Expr::Date {
                    year: Some(2023),
                    month: 2,
                    day: 29
                },
                None,
                Tense::None
            ),
            None
        );
    }
}

/// Every matcher looks a bounded distance from its token, so the work on a sentence grows
/// with its length, not its square (issue 16: "in 2025 and then …" for 50 KB took 3.3 s when
/// the clause was scanned per date). Counted in token reads, not timed.
mod linear {
    use crate::extract::dates::{Register, find, scan::READS};
    use crate::extract::{Ctx, token};

    /// Token reads to find the dates of `unit` repeated `n` times as one sentence.
    fn reads(unit: &str, n: usize) -> u64 {
        let text = unit.repeat(n);
        let tokens = token::tokenize(&text, 0);
        let ctx = Ctx {
            index: 0,
            text: &text,
            start: 0,
            end: text.len(),
            tokens: &tokens,
            reference_date: Some(jiff::civil::date(1987, 3, 19)),
            nums: Default::default(),
        };
        let mut out = Vec::new();
        let mut register = Register::default();
        READS.with(|r| r.set(0));
        find(&ctx, &mut out, &mut register);
        READS.with(|r| r.get())
    }

    #[test]
    fn work_per_token_is_bounded_whatever_the_sentence_length() {
        let units = [
            "in 2025 and then ",
            "profit rose in the first quarter of 1986 , which was in March ",
            "said that year-end sales in the quarter were up from a year ago and ",
            "2025-2025-",
            "1/2/3/4/5/",
            "the week of March 23 , 24 , 25 and ",
            "the same the same that that the year before the 1986 quarter ",
            "April of last year July last year the 1987 first quarter ",
            "until until by by will would profit profit sales ",
            "fiscal fiscal 1987 full year full year fiscal ",
            "March March May May June ",
            "its strong its strong quarter ",
            "twenty twenty-five nineteen eighty ",
        ];
        for unit in units {
            let (small, large) = (reads(unit, 200), reads(unit, 1600));
            assert!(small > 0, "{unit:?}: nothing read");
            // eight times the text: at most a little over eight times the reads
            assert!(
                large <= small * 9,
                "{unit:?}: {small} reads for 200 copies, {large} for 1600"
            );
        }
    }
}
