//! The date recogniser end to end: sentences in, (span text, TIMEX3 value) out, against
//! various reference dates, year boundaries, tenses, datelines and distractors.

use dateline::extract::{Options, extract_text};
use dateline::story::FactKind;
use jiff::civil::{Date, date};

/// (text, resolved) of every date fact.
fn dates_with(text: &str, reference: Option<Date>) -> Vec<(String, Option<String>)> {
    extract_text(
        text,
        &Options {
            reference_date: reference,
        },
    )
    .facts
    .into_iter()
    .filter(|f| f.kind == FactKind::Date)
    .map(|f| {
        assert!(f.resolved().is_some(), "date facts always carry `resolved`");
        let resolved = f.resolved().flatten().map(|r| r.to_string());
        (f.text(text).to_string(), resolved)
    })
    .collect()
}

fn dates(text: &str, reference: Date) -> Vec<(String, String)> {
    dates_with(text, Some(reference))
        .into_iter()
        .map(|(t, v)| (t, v.unwrap_or_else(|| "null".into())))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

const SEED_DAY: Date = date(2026, 1, 29); // a Thursday

#[path = "dates/anchored.rs"]
mod anchored;
#[path = "dates/clause.rs"]
mod clause;
#[path = "dates/reporting.rs"]
mod reporting;
#[path = "dates/written.rs"]
mod written;

#[test]
fn the_bundled_story_dates() {
    let story = extract_text(
        dateline::BUNDLED_STORY,
        &Options {
            reference_date: Some(SEED_DAY),
        },
    );
    let mut got: Vec<(String, String)> = story
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Date)
        .map(|f| {
            (
                f.text(&story.document.text).to_string(),
                f.resolved()
                    .flatten()
                    .map(|t| t.to_string())
                    .unwrap_or_default(),
            )
        })
        .collect();
    got.sort();
    let want = pairs(&[
        ("Last week", "2026-W04"),
        ("October", "2025-10"),
        ("fourth-quarter", "2025-Q4"),
        ("next week", "2026-W06"),
        ("this week", "2026-W05"),
    ]);
    assert_eq!(got, want);
    // Without a reference date, every one of them is relative and stays unresolved.
    let bare = extract_text(dateline::BUNDLED_STORY, &Options::default());
    assert_eq!(bare.reference_date, None);
    assert!(
        bare.facts
            .iter()
            .filter(|f| f.kind == FactKind::Date)
            .all(|f| f.resolved() == Some(None))
    );
}

#[test]
fn weeks_across_year_boundaries() {
    // 2026-01-02 is a Friday in ISO week 2026-W01.
    let r = date(2026, 1, 2);
    assert_eq!(
        dates("Sales slowed last week.", r),
        pairs(&[("last week", "2025-W52")])
    );
    assert_eq!(
        dates("Sales slowed this week.", r),
        pairs(&[("this week", "2026-W01")])
    );
    // 2020 has 53 ISO weeks: 2021-01-02 still belongs to 2020-W53.
    let r = date(2021, 1, 2);
    assert_eq!(
        dates("It happened this week.", r),
        pairs(&[("this week", "2020-W53")])
    );
    assert_eq!(
        dates("It is due next week.", r),
        pairs(&[("next week", "2021-W01")])
    );
    assert_eq!(
        dates("That was the last week of 2020.", r),
        pairs(&[("the last week of 2020", "2020-W53")])
    );
}

#[test]
fn months_and_quarters_lean_to_the_past() {
    let jan = date(2026, 1, 2);
    assert_eq!(
        dates("Last December, prices rose.", jan),
        pairs(&[("Last December", "2025-12")])
    );
    assert_eq!(
        dates("Prices rose in December.", jan),
        pairs(&[("December", "2025-12")])
    );
    assert_eq!(
        dates("Prices will rise in December.", jan),
        pairs(&[("December", "2026-12")])
    );
    assert_eq!(
        dates("It posted fourth-quarter results.", jan),
        pairs(&[("fourth-quarter", "2025-Q4")])
    );
    let nov = date(2026, 11, 20);
    // In November the last completed fourth quarter is still last year's…
    assert_eq!(
        dates("It posted fourth-quarter results.", nov),
        pairs(&[("fourth-quarter", "2025-Q4")])
    );
    // …while a future clause means the one in progress.
    assert_eq!(
        dates("Fourth-quarter sales are expected to rise.", nov),
        pairs(&[("Fourth-quarter", "2026-Q4")])
    );
    assert_eq!(
        dates("Next March the plant opens.", nov),
        pairs(&[("Next March", "2027-03")])
    );
    assert_eq!(
        dates("This March was wet.", nov),
        pairs(&[("This March", "2026-03")])
    );
}

#[test]
fn future_clauses_pick_the_next_occurrence() {
    let r = SEED_DAY;
    assert_eq!(
        dates("The board met on Tuesday.", r),
        pairs(&[("Tuesday", "2026-01-27")])
    );
    assert_eq!(
        dates("The board will meet on Tuesday.", r),
        pairs(&[("Tuesday", "2026-02-03")])
    );
    assert_eq!(
        dates("The vote is scheduled for Thursday.", r),
        pairs(&[("Thursday", "2026-01-29")])
    );
    assert_eq!(
        dates("The company plans to open it on March 3.", r),
        pairs(&[("March 3", "2026-03-03")])
    );
    assert_eq!(
        dates("It opened on March 3.", r),
        pairs(&[("March 3", "2025-03-03")])
    );
    assert_eq!(
        dates("The talks resume next Friday.", r),
        pairs(&[("next Friday", "2026-02-06")])
    );
    assert_eq!(
        dates("They met last Friday.", r),
        pairs(&[("last Friday", "2026-01-23")])
    );
    assert_eq!(
        dates(
            "Amazon is set to report first-quarter earnings in April.",
            r
        ),
        pairs(&[("first-quarter", "2026-Q1"), ("April", "2026-04")])
    );
}

#[test]
fn leap_days() {
    assert_eq!(
        dates("He was born on Feb. 29.", date(2026, 1, 29)),
        pairs(&[("Feb. 29", "2024-02-29")])
    );
    assert_eq!(
        dates("It ends Feb 29, 2028.", date(2026, 1, 29)),
        pairs(&[("Feb 29, 2028", "2028-02-29")])
    );
    // Not a real day: the span is a date but it cannot resolve.
    assert_eq!(
        dates("It ends Feb 29, 2027.", date(2026, 1, 29)),
        pairs(&[("Feb 29, 2027", "null")])
    );
}

#[test]
fn absolute_forms() {
    let r = date(2026, 1, 29);
    let cases: &[(&str, &str, &str)] = &[
        (
            "The deal closed on March 3, 2025.",
            "March 3, 2025",
            "2025-03-03",
        ),
        (
            "The deal closed on 3 March 2025.",
            "3 March 2025",
            "2025-03-03",
        ),
        (
            "The filing is dated 2025-03-14.",
            "2025-03-14",
            "2025-03-14",
        ),
        (
            "The filing is dated 03/14/2025.",
            "03/14/2025",
            "2025-03-14",
        ),
        (
            "The filing is dated 14/03/2025.",
            "14/03/2025",
            "2025-03-14",
        ),
        ("Sales peaked in Sept. 2024.", "Sept. 2024", "2024-09"),
        ("Results for Q4 2025 beat forecasts.", "Q4 2025", "2025-Q4"),
        (
            "Growth slowed in the third quarter of 2024.",
            "third quarter of 2024",
            "2024-Q3",
        ),
        ("Revenue for fiscal 2025 rose.", "fiscal 2025", "FY2025"),
        ("Its FY2024 revenue rose.", "FY2024", "FY2024"),
        (
            "Its fiscal year 2025 results beat forecasts.",
            "fiscal year 2025",
            "FY2025",
        ),
        ("Prices have doubled since the 1990s.", "1990s", "199"),
        (
            "The plant opened on the fourth of July, 1995.",
            "the fourth of July, 1995",
            "1995-07-04",
        ),
    ];
    for (text, span, value) in cases {
        assert_eq!(dates(text, r), pairs(&[(span, value)]), "{text}");
    }
}

#[test]
fn absolute_dates_resolve_without_a_reference() {
    assert_eq!(
        dates_with(
            "The deal closed on March 3, 2025, and in 2024 it grew.",
            None
        ),
        [
            ("March 3, 2025".to_string(), Some("2025-03-03".to_string())),
            ("2024".into(), Some("2024".into()))
        ]
    );
    assert_eq!(
        dates_with("It fell last week.", None),
        [("last week".to_string(), None)]
    );
    assert_eq!(
        dates_with("It fell in October.", None),
        [("October".to_string(), None)]
    );
}

#[test]
fn relative_days_and_offsets() {
    let r = date(2025, 12, 30);
    let cases: &[(&str, &str, &str)] = &[
        ("Shares fell yesterday.", "yesterday", "2025-12-29"),
        ("Shares fell today.", "today", "2025-12-30"),
        ("It reports tomorrow.", "tomorrow", "2025-12-31"),
        (
            "It reports the day after tomorrow.",
            "the day after tomorrow",
            "2026-01-01",
        ),
        (
            "Two weeks ago the board met.",
            "Two weeks ago",
            "2025-12-16",
        ),
        ("It starts in three days.", "in three days", "2026-01-02"),
        ("Sales rose last month.", "last month", "2025-11"),
        ("Sales will rise next year.", "next year", "2026"),
        ("Sales fell last quarter.", "last quarter", "2025-Q3"),
        ("Sales rose earlier this year.", "earlier this year", "2025"),
        (
            "It will launch later this month.",
            "later this month",
            "2025-12",
        ),
    ];
    for (text, span, value) in cases {
        assert_eq!(dates(text, r), pairs(&[(span, value)]), "{text}");
    }
    // Relative to the last day the story gave, else to the reference date.
    assert_eq!(
        dates("Three days later it voted.", r),
        pairs(&[("Three days later", "2026-01-02")])
    );
    assert_eq!(
        dates("It filed on March 3, 2025. Three days later it voted.", r),
        pairs(&[
            ("March 3, 2025", "2025-03-03"),
            ("Three days later", "2025-03-06")
        ])
    );
}

#[test]
fn numbers_that_are_not_dates() {
    let r = SEED_DAY;
    let none = [
        "The company employs 2,025 people.",
        "It paid $2025 for the licence.",
        "Boeing sold a 737 to the airline.",
        "The firm has 2000 employees in 40 countries.",
        "Call 555-1212 or +1 206-555-1212 today",
        "Support is available 24/7 and 1/3 of staff work remotely.",
        "The stock fell 7.6 percent after a magnitude 7.6 quake.",
        "May I ask why shares may fall?",
        "Protesters march through the city.",
        "Its ID is 133-03-03-2020.",
        "Have a great month.",
        "Mortgages were at 6.45 percent.",
    ];
    for text in none {
        let found: Vec<_> = dates(text, r)
            .into_iter()
            .filter(|(t, _)| t != "today")
            .collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn standalone_years_need_a_year_like_position() {
    let r = SEED_DAY;
    assert_eq!(
        dates(
            "Boeing delivered 348 planes in 2025, up from 528 in 2024.",
            r
        ),
        pairs(&[("2025", "2025"), ("2024", "2024")])
    );
    assert_eq!(
        dates(
            "Sales grew from 2019 to 2021 and again in 2023 and 2024.",
            r
        ),
        pairs(&[
            ("2019", "2019"),
            ("2021", "2021"),
            ("2023", "2023"),
            ("2024", "2024")
        ])
    );
    assert_eq!(dates("It plans to hire 2026 workers.", r), vec![]);
    assert_eq!(dates("The target is 2030 units.", r), vec![]);
}

fn reference_of(text: &str) -> Option<String> {
    extract_text(text, &Options::default())
        .reference_date
        .map(|d| d.to_string())
}

#[test]
fn datelines_give_the_reference_date() {
    assert_eq!(
        reference_of("WASHINGTON, March 3, 2025 — The Senate voted on Tuesday.").as_deref(),
        Some("2025-03-03")
    );
    assert_eq!(
        reference_of("Published: 2025-03-03\n\nThe company said so.").as_deref(),
        Some("2025-03-03")
    );
    assert_eq!(
        reference_of("Updated 10:42 AM EST, Thu January 29, 2026\n\nShares fell.").as_deref(),
        Some("2026-01-29")
    );
    assert_eq!(
        reference_of("By Jane Doe\nJanuary 5, 2026\n\nSales rose.").as_deref(),
        Some("2026-01-05")
    );
    // A date the story merely mentions is not its dateline.
    assert_eq!(
        reference_of("On March 3, 2025, the company said it would cut jobs."),
        None
    );
    // A dateline without a year cannot say which year it is.
    assert_eq!(
        reference_of("Jan 29 (Reuters) - Amazon said on Thursday it would cut jobs."),
        None
    );
    // The dateline then resolves the story's relative dates.
    let story = extract_text(
        "LONDON, Jan. 5, 2026 — Sales fell last week.",
        &Options::default(),
    );
    let last_week = story
        .facts
        .iter()
        .find(|f| f.text(&story.document.text) == "last week")
        .map(|f| f.resolved().map(|r| r.map(|r| r.to_string())));
    assert_eq!(last_week, Some(Some(Some("2026-W01".to_string()))));
    // --date wins over the dateline.
    let story = extract_text(
        "LONDON, Jan. 5, 2026 — Sales fell last week.",
        &Options {
            reference_date: Some(SEED_DAY),
        },
    );
    assert_eq!(story.reference_date, Some(SEED_DAY));
}

#[test]
fn conversational_forms() {
    let r = date(2016, 11, 7); // a Monday
    let cases: &[(&str, &str)] = &[
        ("i'll go back 04th jan 2019", "2019-01-04"),
        ("I'll go back on 22/04", "2017-04-22"),
        ("I'll go back May twenty nine", "2017-05-29"),
        (
            "She was born on January twenty five nineteen eighty six",
            "1986-01-25",
        ),
        ("I'll go back 20161016.", "2016-10-16"),
        ("It will happen 3 days after January 12th.", "2017-01-15"),
        ("Are you available three weeks from tomorrow?", "2016-11-29"),
        ("I'll go back on easter 2018", "2018-04-01"),
        ("It happened on Christmas.", "2015-12-25"),
    ];
    for (text, value) in cases {
        let got: Vec<String> = dates(text, r).into_iter().map(|(_, v)| v).collect();
        assert_eq!(got, [value.to_string()], "{text}");
    }
}

mod no_panics {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "the",
        "in",
        "on",
        "of",
        "a",
        "last",
        "next",
        "this",
        "past",
        "coming",
        "week",
        "weeks",
        "month",
        "year",
        "day",
        "days",
        "ago",
        "later",
        "from",
        "after",
        "before",
        "now",
        "today",
        "tomorrow",
        "May",
        "march",
        "Sept",
        ".",
        ",",
        "-",
        "/",
        "'",
        "’s",
        "(",
        ")",
        "Q",
        "4",
        "4th",
        "fourth",
        "quarter",
        "fiscal",
        "FY",
        "2025",
        "25",
        "12",
        "31",
        "32",
        "1990s",
        "twenty",
        "five",
        "first",
        "thousand",
        "and",
        "Friday",
        "Tue",
        "Christmas",
        "new",
        "St",
        "Patrick",
        "é",
        "日本",
        "time",
        "2025-03-14",
        "03/14",
        "7.6",
        "20250314",
    ];

    proptest! {
        #[test]
        fn any_token_soup_is_safe(picks in proptest::collection::vec(0..PIECES.len(), 0..14),
                                  glue in proptest::collection::vec(any::<bool>(), 14)) {
            let mut text = String::new();
            for (k, p) in picks.iter().enumerate() {
                if glue[k] { text.push(' '); }
                text.push_str(PIECES[*p]);
            }
            for reference in [None, Some(date(2024, 2, 29)), Some(date(-9999, 1, 1)), Some(date(9999, 12, 31))] {
                let story = extract_text(&text, &Options { reference_date: reference });
                for f in story.facts.iter().filter(|f| f.kind == FactKind::Date) {
                    prop_assert!(f.resolved().is_some());
                    // The span is text (on char boundaries): what the fact's text is read from.
                    prop_assert!(text.get(f.span().start..f.span().end).is_some());
                }
            }
        }
    }
}

#[test]
fn halves_seasons_and_quarters_of_a_shifted_year() {
    let r = date(2025, 3, 18);
    let got = dates(
        "It will expand this summer, after raising money last fall, and may list next spring. \
         Deliveries run through the second half of 2027 and the first half of next year. \
         Sales in the first half of the year were weak; a plant opens in the first quarter of \
         next year and another in Q1 of last year. The summer of 2024 was hot.",
        r,
    );
    // A half or a season is given as its year (the convention of the project's gold sets).
    assert_eq!(
        got,
        pairs(&[
            ("this summer", "2025"),
            ("last fall", "2024"),
            ("next spring", "2026"),
            ("second half of 2027", "2027"),
            ("first half of next year", "2026"),
            ("first half of the year", "2025"),
            ("first quarter of next year", "2026-Q1"),
            ("Q1 of last year", "2024-Q1"),
            ("summer of 2024", "2024"),
        ])
    );
    // Without a reference date the shifted ones stay unresolved; a written year does not.
    let none = dates_with(
        "It may list next spring or in the first half of 2029.",
        None,
    );
    assert_eq!(none[0], ("next spring".to_string(), None));
    assert_eq!(none[1].1.as_deref(), Some("2029"));
}

#[test]
fn hedged_and_modified_years() {
    let r = date(2025, 8, 29);
    let got = dates(
        "Jets arrive in early 2026, after a slow 2024 and the 2008 financial crisis; \
         growth is seen in the current quarter.",
        r,
    );
    assert_eq!(
        got,
        pairs(&[
            ("early 2026", "2026"),
            ("2024", "2024"),
            ("2008", "2008"),
            ("current quarter", "2025-Q3"),
        ])
    );
    // A year before a plural noun is still a count.
    assert!(dates("It hired the 2000 workers it needed.", r).is_empty());
}

#[test]
fn deadlines_times_and_running_periods_look_ahead() {
    let monday = date(2025, 9, 15);
    let got = dates(
        "Workers will strike if the offer does not improve by Friday. If no deal is reached, \
         workers will walk out at 12:01 a.m. on Saturday.",
        monday,
    );
    assert_eq!(
        got,
        pairs(&[("Friday", "2025-09-19"), ("Saturday", "2025-09-20")])
    );
    let got = dates(
        "It expects a profit for the fiscal year ending in March. The company forecast \
         fourth-quarter revenue above estimates.",
        date(2025, 11, 7),
    );
    assert_eq!(
        got,
        pairs(&[
            ("fiscal year", "null"),
            ("March", "2026-03"),
            ("fourth-quarter", "2025-Q4")
        ])
    );
    // A deadline in a past clause stays in the past.
    let got = dates("The deal had been signed by Friday.", monday);
    assert_eq!(got, pairs(&[("Friday", "2025-09-12")]));
}
