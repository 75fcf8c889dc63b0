//! Dates as newswire writes them: a year before its quarter or half, a month with "last
//! year", the week of a day, the story's quarter under an adjective, a day of the article's own
//! month, and asides that do not move the time the story is about.

use super::{dates, pairs};
use jiff::civil::date;

#[test]
fn a_year_before_its_quarter_or_half_is_one_date() {
    let r = date(2024, 3, 4);
    assert_eq!(
        dates(
            "The 2024 first quarter will include proceeds from the sale of the mill.",
            r
        ),
        pairs(&[("2024 first quarter", "2024-Q1")])
    );
    assert_eq!(
        dates(
            "In the 2023 fourth-quarter, Harlow Mills earned 14 mln dlrs.",
            r
        ),
        pairs(&[("2023 fourth-quarter", "2023-Q4")])
    );
    assert_eq!(
        dates("Its 2023 second half was weaker than expected.", r),
        pairs(&[("2023 second half", "2023")])
    );
    assert_eq!(
        dates("Sales in the 2023 fiscal third quarter fell.", r),
        pairs(&[("2023 fiscal third quarter", "FY2023-Q3")])
    );
}

#[test]
fn a_month_or_day_with_a_shifted_year_is_in_that_year() {
    let r = date(2024, 6, 29);
    assert_eq!(
        dates("The levy, created in July last year, was set at 30 pct.", r),
        pairs(&[("July last year", "2023-07")])
    );
    assert_eq!(
        dates("Output will resume in March next year.", r),
        pairs(&[("March next year", "2025-03")])
    );
    assert_eq!(
        dates("The mine flooded on May 4 last year.", r),
        pairs(&[("May 4 last year", "2023-05-04")])
    );
    // "the following year" is the story's year: the month stays a month of its own.
    let found = dates("It opened in July the following year.", r);
    assert_eq!(found[0], ("July".to_string(), "2023-07".to_string()));
}

#[test]
fn the_week_of_a_day_is_that_week_and_that_week_follows_it() {
    let r = date(2024, 3, 19);
    assert_eq!(
        dates(
            "In announcing its schedule for the week of March 25, the carmaker said no layoffs are expected for that week.",
            r
        ),
        pairs(&[
            ("the week of March 25", "2024-W13"),
            ("that week", "2024-W13")
        ])
    );
    assert_eq!(
        dates(
            "Money supply rose in the week ended March 11, the central bank said.",
            r
        ),
        pairs(&[("the week ended March 11", "2024-W11")])
    );
}

#[test]
fn a_day_of_the_articles_month_keeps_its_year() {
    // Written on the 12th about an offer due to lapse on the 6th: this month's 6th, not next
    // year's; and a day later this month in a reported clause is not last year's.
    let r = date(2024, 3, 12);
    assert_eq!(
        dates(
            "Its current offer is scheduled to expire at midnight on March six.",
            r
        ),
        pairs(&[("March six", "2024-03-06")])
    );
    assert_eq!(
        dates("The union said talks resumed on March 20.", r),
        pairs(&[("March 20", "2024-03-20")])
    );
    // Another month still follows the clause.
    assert_eq!(
        dates("The union said talks resumed on April 20.", r),
        pairs(&[("April 20", "2023-04-20")])
    );
}

#[test]
fn the_story_quarter_under_an_adjective() {
    let r = date(2024, 4, 8);
    assert_eq!(
        dates(
            "Orvell said first-quarter profit rose. It credited plastics for its strong quarter.",
            r
        ),
        pairs(&[
            ("first-quarter", "2024-Q1"),
            ("its strong quarter", "2024-Q1")
        ])
    );
    // Without a quarter in the story, "its strong quarter" is no date.
    assert_eq!(
        dates("It credited plastics for its strong quarter.", r),
        pairs(&[])
    );
}

#[test]
fn an_aside_about_a_name_does_not_move_the_storys_time() {
    let r = date(2024, 4, 8);
    assert_eq!(
        dates(
            "Orvell said first-quarter profit rose. It cited the TV unit, which was not part of Orvell in the first quarter of 2023, as one reason. Engine profit was much higher than a year ago.",
            r
        ),
        pairs(&[
            ("first-quarter", "2024-Q1"),
            ("first quarter of 2023", "2023-Q1"),
            ("a year ago", "2023-Q1")
        ])
    );
}

#[test]
fn a_future_clause_does_not_look_ahead_to_a_period_gone_by() {
    let r = date(2024, 3, 19);
    assert_eq!(
        dates(
            "In 2023, capital spending totaled 71 mln dlrs. Store openings will depress earnings in the first half.",
            r
        ),
        pairs(&[("2023", "2023"), ("first half", "2024")])
    );
    assert_eq!(
        dates("It expects higher earnings for full year fiscal 2024.", r),
        pairs(&[("fiscal 2024", "FY2024")])
    );
}

#[test]
fn a_day_in_apposition_is_the_day_before_it() {
    let r = date(2024, 4, 8);
    assert_eq!(
        dates(
            "The merger takes effect after December 31, 2024, the date the state's banking law becomes operational.",
            r
        ),
        pairs(&[
            ("December 31, 2024", "2024-12-31"),
            ("the date", "2024-12-31")
        ])
    );
    // Not after another kind of figure: "the date" alone is no day.
    assert_eq!(
        dates("It paid 31 dlrs, the date of the sale unknown.", r),
        pairs(&[])
    );
}
