//! Periods as companies report them, bare years before a noun, and the other constructions
//! of business news.

use super::{dates, pairs};
use jiff::civil::date;

#[test]
fn periods_named_by_where_they_end() {
    let march = date(2021, 3, 1);
    let cases: &[(&str, &str, &str)] = &[
        (
            "Profit for the fourth quarter ended January 2 rose.",
            "the fourth quarter ended January 2",
            "2020-Q4",
        ),
        (
            "It earned $9m in the 53 weeks ending January 2, 2021.",
            "the 53 weeks ending January 2, 2021",
            "2020",
        ),
        (
            "Sales in the year to March 31, 2020 fell.",
            "the year to March 31, 2020",
            "FY2020",
        ),
        (
            "Profit in the three months to September rose.",
            "the three months to September",
            "2020-Q3",
        ),
        (
            "Profit in the six months to June 30 rose.",
            "the six months to June 30",
            "2020",
        ),
        (
            "It lost $3m in the 15 months to end-2020.",
            "the 15 months to end-2020",
            "FY2020",
        ),
    ];
    for (text, span, value) in cases {
        assert_eq!(dates(text, march), pairs(&[(span, value)]), "{text}");
    }
    // A span shorter than a quarter is no reporting period: its end date stands alone.
    assert_eq!(
        dates("Sales rose in the six weeks to Jan. 4.", march),
        pairs(&[("Jan. 4", "2021-01-04")])
    );
}

#[test]
fn quarters_as_headlines_and_possessives_write_them() {
    let april = date(2021, 4, 8);
    assert_eq!(
        dates("ACME 1ST QTR NET RISES", april),
        pairs(&[("1ST QTR", "2021-Q1")])
    );
    assert_eq!(
        dates("ACME HAS 4TH-QTR CHARGE", april),
        pairs(&[("4TH-QTR", "2020-Q4")])
    );
    assert_eq!(
        dates(
            "It lost $3m in 2019's fourth quarter and gained in this year's first quarter.",
            april
        ),
        pairs(&[
            ("2019's fourth quarter", "2019-Q4"),
            ("this year's first quarter", "2021-Q1")
        ])
    );
    assert_eq!(
        dates("Income in the first two months of this year rose.", april),
        pairs(&[("the first two months of this year", "2021-Q1")])
    );
    assert_eq!(
        dates("Sales in the first nine months of 2020 fell.", april),
        pairs(&[("the first nine months of 2020", "2020")])
    );
}

#[test]
fn bare_years_before_a_noun() {
    let r = date(2007, 5, 2);
    let cases: &[(&str, &str)] = &[
        ("The 2003 results were restated.", "2003"),
        ("It cut its 2006 forecast.", "2006"),
        ("Flexi-Van's 2005 results were hit by low rates.", "2005"),
        ("2006 operating profits were higher in all areas.", "2006"),
        ("It reported provisional 2006 net profit of $5m.", "2006"),
        ("He said that 2007 would be worse.", "2007"),
        ("It will redeem notes due 2012.", "2012"),
        ("Profit rose during the year (2006).", "2006"),
    ];
    for (text, value) in cases {
        let got: Vec<String> = dates(text, r)
            .into_iter()
            .filter(|(t, _)| t.contains(value))
            .map(|(_, v)| v)
            .collect();
        assert_eq!(got, [value.to_string()], "{text}");
    }
    // Counts, times and money stay what they are.
    for text in [
        "It employs 2000 workers.",
        "The vase broke in 2000 pieces.",
        "Trading resumes at 1900 GMT.",
        "The ticket costs $2000.",
    ] {
        assert_eq!(dates(text, r), [], "{text}");
    }
    assert_eq!(
        dates("It aims to cut debt by end-2008.", r),
        pairs(&[("end-2008", "2008")])
    );
}

#[test]
fn spelled_days_lists_ranges_and_parts_of_days() {
    let r = date(2025, 3, 3);
    assert_eq!(
        dates("The hearing is set for March nine.", r),
        pairs(&[("March nine", "2025-03-09")])
    );
    assert_eq!(
        dates("In March two companies merged.", r),
        pairs(&[("March", "2025-03")])
    );
    assert_eq!(
        dates("Strikes are planned for April 2, 7 and 21.", r),
        pairs(&[
            ("April 2", "2025-04-02"),
            ("7", "2025-04-07"),
            ("21", "2025-04-21")
        ])
    );
    assert_eq!(
        dates("Visits fell 4% over February 11-20.", r),
        pairs(&[("February 11-20", "2025-02")])
    );
    assert_eq!(
        dates(
            "Shares rose from last night's close; the board meets this afternoon.",
            r
        ),
        pairs(&[
            ("last night", "2025-03-02"),
            ("this afternoon", "2025-03-03")
        ])
    );
}

#[test]
fn month_and_weekday_words_inside_names() {
    let r = date(2025, 6, 10);
    assert_eq!(dates("The Sunday Times reported the deal.", r), []);
    assert_eq!(dates("June Holdings said profit rose.", r), []);
    assert_eq!(
        dates("A retailer named August said sales fell in May.", r),
        pairs(&[("May", "2025-05")])
    );
    assert_eq!(
        dates("On Sunday Times Square was closed.", r),
        pairs(&[("Sunday", "2025-06-08")])
    );
}

#[test]
fn durations_and_figures_that_are_not_days() {
    let r = date(2025, 3, 3);
    assert_eq!(
        dates("Workers will be laid off for 18 weeks from March 5.", r),
        pairs(&[("March 5", "2025-03-05")])
    );
    assert_eq!(
        dates("Earnings were 16 cts a share on 1.6 mln shares.", r),
        []
    );
}

#[test]
fn quarters_by_their_months_fiscal_spans_seasons_and_halves() {
    let july = date(2025, 7, 31);
    assert_eq!(
        dates(
            "Profit fell 54% in the April-June quarter from a year earlier.",
            july
        ),
        pairs(&[
            ("April-June quarter", "2025-Q2"),
            ("a year earlier", "2024-Q2")
        ])
    );
    assert_eq!(
        dates(
            "Revenue rose 8% in 2022-23, after a fall a year earlier.",
            july
        ),
        pairs(&[("2022-23", "FY2023"), ("a year earlier", "FY2022")])
    );
    assert_eq!(
        dates(
            "It will price the shares on May 12 and begin trading the next day.",
            date(2025, 5, 3)
        ),
        pairs(&[("May 12", "2025-05-12"), ("the next day", "2025-05-13")])
    );
    let nov = date(2022, 11, 8);
    assert_eq!(
        dates("No redundancies will be made before the spring.", nov),
        pairs(&[("the spring", "2023")])
    );
    assert_eq!(
        dates("Sales fell in the summer.", nov),
        pairs(&[("the summer", "2022")])
    );
    assert_eq!(
        dates(
            "The bank made a profit of £412m for the first half, up 9% from a year earlier.",
            nov
        ),
        pairs(&[("first half", "2022"), ("a year earlier", "2021")])
    );
    // A half without a year and without results around it is not a date.
    assert_eq!(dates("He scored in the second half.", nov), []);
    assert_eq!(
        dates("It could list its shares as early as 2026.", nov),
        pairs(&[("2026", "2026")])
    );
}

#[test]
fn a_quarter_before_its_fiscal_year_is_of_that_year() {
    let r = jiff::civil::date(2024, 3, 19);
    assert_eq!(
        super::dates("Second-quarter profit for fiscal 2024 rose 5 pct.", r),
        super::pairs(&[("Second-quarter", "FY2024-Q2"), ("fiscal 2024", "FY2024")])
    );
    assert_eq!(
        super::dates("First-quarter net income in fiscal 2023 was flat.", r),
        super::pairs(&[("First-quarter", "FY2023-Q1"), ("fiscal 2023", "FY2023")])
    );
    // A calendar year after the noun leaves the quarter alone.
    assert_eq!(
        super::dates("Fourth-quarter profit rose, and for 2023 it doubled.", r),
        super::pairs(&[("Fourth-quarter", "2023-Q4"), ("2023", "2023")])
    );
}
