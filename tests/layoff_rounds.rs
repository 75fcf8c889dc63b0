//! Layoff rounds from short articles of our own, one construction of English each: a verb
//! shared by several figures, the staff of a site that closes, figures that are a site's
//! headcount rather than a round, and the dates each round takes.

use dateline::extract::{self, Options};
use dateline::story::{EventKind, Story};

fn story(text: &str, date: &str) -> Story {
    extract::extract_text(
        text,
        &Options {
            reference_date: date.parse().ok(),
        },
    )
}

/// (value, resolved time) of each layoff event, in text order of their sentence and figure.
fn rounds(text: &str, date: &str) -> Vec<(f64, Option<String>)> {
    let story = story(text, date);
    let mut out: Vec<(usize, u32, f64, Option<String>)> = story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Layoffs)
        .filter_map(|e| {
            let value = e.value?;
            let first = e.facts.iter().copied().max().unwrap_or(0) as u32;
            Some((e.sentence, first, value, e.resolved.map(|t| t.to_string())))
        })
        .collect();
    out.sort_by_key(|r| (r.0, r.1));
    out.into_iter().map(|r| (r.2, r.3)).collect()
}

fn values(text: &str, date: &str) -> Vec<f64> {
    let mut v: Vec<f64> = rounds(text, date).into_iter().map(|r| r.0).collect();
    v.sort_by(f64::total_cmp);
    v
}

#[test]
fn one_verb_shared_by_figures_in_several_places() {
    for (text, want) in [
        (
            "Halvard Paper said about 420 jobs will be affected in Tromso, most of which are \
             held by seasonal staff, and about 160 jobs at its mill in Bodo.",
            vec![160.0, 420.0],
        ),
        (
            "Brinkley Foods will cut 300 jobs at its bakery in Leeds, some of whom work night \
             shifts, and 90 at its depot in Hull.",
            vec![90.0, 300.0],
        ),
        (
            "Ostrava Rail said 700 posts would go in Brno, and another 250 in Plzen.",
            vec![250.0, 700.0],
        ),
    ] {
        assert_eq!(values(text, "2024-05-02"), want, "{text}");
    }
}

#[test]
fn the_staff_of_a_site_that_closes() {
    let text = "Kestrel Appliances said it will close its Akron plant by June 30, idling 410 \
                employees, and its Macon, Ga., warehouse, with about 120 employees, by \
                January 15, 2025.";
    assert_eq!(
        rounds(text, "2024-03-04"),
        [
            (410.0, Some("2024-06-30".into())),
            (120.0, Some("2025-01-15".into()))
        ]
    );
    // A closure with its staff and no second site.
    let text = "Marrow Textiles is closing its Dundee mill, with 85 workers, in the autumn.";
    assert_eq!(values(text, "2024-03-04"), [85.0]);
    // Staff "with" a site that stays open are no round.
    let text = "Marrow Textiles will keep its Dundee mill, with 85 workers, open.";
    assert!(values(text, "2024-03-04").is_empty());
}

#[test]
fn a_part_of_a_sites_staff_is_the_round_not_the_staff() {
    for (text, want) in [
        (
            "Some 1,900 workers of the factory's 2,400 hourly employees will be temporarily \
             laid off for six weeks.",
            1900.0,
        ),
        (
            "The unit will wind down its machining line over the next year, affecting about 85 \
             of the site's 310 employees.",
            85.0,
        ),
        (
            "Another 640 workers of the 4,200 employed at the group's Zwickau, Saxony, body \
             shop will be laid off from October.",
            640.0,
        ),
    ] {
        assert_eq!(values(text, "2024-05-02"), [want], "{text}");
    }
}

#[test]
fn a_figure_in_all_areas_is_no_total() {
    // "in all" before a noun is no running total: the 240 posts are a round.
    let text = "Quillon Software said the restructuring will result in the permanent \
                 elimination of 240 positions in all divisions of the company.";
    assert_eq!(values(text, "2024-05-02"), [240.0]);
}

#[test]
fn since_dates_a_state_not_a_round() {
    // "in administration since March 2023" says how long a state lasts: the round the
    // sentence tells is dated by the report, not by it.
    let text = "PORTSMOUTH, May 2 - Fenwick Stores Ltd, in administration since March 2023, \
                said it will close nine stores. It said 260 of its remaining 700 staff will be \
                made redundant.";
    let got = rounds(text, "2024-05-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].1.as_deref(), Some("2023-03"), "{got:?}");
}

#[test]
fn a_conjunct_with_its_own_verb_keeps_its_own_date() {
    // "by the end of 2024" dates the first conjunct only; the second has no date of its own.
    let text = "Dornbach Stahl AG said it will cut about 1,500 jobs by the end of 2024 and is \
                considering reducing its workforce by a further 2,000 in later years.";
    let got = rounds(text, "2024-03-11");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], (1500.0, Some("2024".into())));
    assert_ne!(got[1].1.as_deref(), Some("2024"), "{got:?}");
    // A date fronted before both conjuncts is both's.
    let text = "In May, Dornbach Stahl cut 400 jobs and closed its Hagen plant.";
    assert_eq!(rounds(text, "2024-06-11")[0].1.as_deref(), Some("2024-05"));
}

#[test]
fn a_parenthetical_takes_no_date_from_the_predicate_after_it() {
    let text = "GLASGOW, March 25 - The workers, protesting Tarland's decision to close the \
                plant with the loss of 900 jobs, are due to decide on their next step at a \
                meeting tonight.";
    let story = story(text, "2024-03-25");
    let layoffs: Vec<_> = story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Layoffs)
        .collect();
    assert_eq!(layoffs.len(), 1, "{layoffs:?}");
    assert_eq!(layoffs[0].value, Some(900.0));
    assert_ne!(layoffs[0].when.as_deref(), Some("tonight"), "{layoffs:?}");
}
