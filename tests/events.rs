//! Events, rounds and checks on articles of our own (tests/articles), end to end from text:
//! several layoff rounds with a plan and a running total, a funding series, conflicting
//! reports of one figure, and events without dates.

use dateline::extract::{self, Options};
use dateline::story::{CheckKind, EventKind, Status, Story, load};

fn article(name: &str, date: Option<&str>) -> Story {
    let path = format!("{}/tests/articles/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let loaded = load::load_path(std::path::Path::new(&path)).unwrap();
    extract::extract_text(
        &loaded.text,
        &Options {
            reference_date: date.and_then(|d| d.parse().ok()),
        },
    )
}

/// (round, value, resolved time, status) of each layoff event, in time order.
type Layoff = (Option<u32>, Option<f64>, Option<String>, Option<Status>);

fn layoffs(story: &Story) -> Vec<Layoff> {
    story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Layoffs)
        .map(|e| {
            (
                e.round,
                e.value,
                e.resolved.map(|t| t.to_string()),
                e.status,
            )
        })
        .collect()
}

#[test]
fn four_rounds_a_plan_and_a_running_total() {
    // The dateline ("SEATTLE, March 3, 2025 (Reuters)") gives the reference date.
    let story = article("tech_layoffs_rounds", None);
    assert_eq!(
        story.reference_date.map(|d| d.to_string()).as_deref(),
        Some("2025-03-03")
    );
    assert_eq!(
        layoffs(&story),
        [
            (
                Some(1),
                Some(1200.0),
                Some("2024-04".into()),
                Some(Status::Completed)
            ),
            // "A second round in September removed another 800 jobs": it happened.
            (
                Some(2),
                Some(800.0),
                Some("2024-09".into()),
                Some(Status::Completed)
            ),
            (
                Some(3),
                Some(950.0),
                Some("2025-03-03".into()),
                Some(Status::Planned)
            ),
            (
                Some(4),
                Some(300.0),
                Some("2025-Q2".into()),
                Some(Status::Reported)
            ),
        ]
    );
    assert!(
        story
            .events
            .iter()
            .all(|e| e.actor.as_deref() == Some("Corvane Systems"))
    );
    let sums: Vec<(bool, &str)> = story
        .checks
        .iter()
        .filter(|c| c.kind == CheckKind::Sum)
        .map(|c| (c.ok, c.message.as_str()))
        .collect();
    assert!(
        sums.contains(&(
            true,
            "Corvane Systems layoffs: 1,200 + 800 + ~950 = 2,950, roughly matching the 3,000 plan"
        )),
        "{sums:#?}"
    );
    assert!(sums.contains(&(
        false,
        "Corvane Systems layoffs with reported round #4: 1,200 + 800 + ~950 + ~300 = 3,250, 250 more than the 3,000 plan"
    )), "{sums:#?}");
    assert!(
        sums.iter()
            .any(|(ok, m)| *ok && m.ends_with("roughly matching the ~3,000 stated total"))
    );
    let series = &story.series[0];
    assert_eq!(series.rounds.len(), 4);
    assert_eq!(series.totals.len(), 1);
}

#[test]
fn a_funding_series_seed_a_b_with_valuations() {
    let story = article("startup_funding_series", Some("2025-06-18"));
    let funding: Vec<_> = story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Fundraising && e.actor.as_deref() == Some("Loomwise"))
        .map(|e| (e.round, e.value, e.label.as_deref()))
        .collect();
    assert_eq!(
        funding,
        [
            (Some(0), Some(4.5e6), Some("seed")),
            (Some(1), Some(2.2e7), Some("Series A")),
            (Some(2), Some(8.5e7), Some("Series B")),
        ]
    );
    let valuations: Vec<_> = story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Valuation)
        .map(|e| (e.actor.as_deref(), e.value))
        .collect();
    assert_eq!(
        valuations,
        [
            (Some("Loomwise"), Some(1.1e8)),
            (Some("Loomwise"), Some(6.4e8))
        ]
    );
    // A rival's round is its own event, not part of Loomwise's series.
    assert!(
        story
            .events
            .iter()
            .any(|e| e.actor.as_deref() == Some("Ledgerline") && e.round.is_none())
    );
}

#[test]
fn conflicting_reports_of_one_layoff() {
    let story = article("conflicting_reports", Some("2025-04-10"));
    let conflicts: Vec<&str> = story
        .checks
        .iter()
        .filter(|c| c.kind == CheckKind::Conflict)
        .map(|c| c.message.as_str())
        .collect();
    // Three figures in one week: up to 1,500 and about 1,200 reported, 1,000 confirmed.
    let week = conflicts
        .iter()
        .find(|m| m.contains("≤ 1,500 reported"))
        .unwrap_or_else(|| panic!("{conflicts:#?}"));
    assert!(
        week.contains("~1,200 reported") && week.contains("1,000"),
        "{week}"
    );
    // January's earlier cut is not part of it, and the newspaper told is not the actor.
    assert!(
        !conflicts.iter().any(|m| m.contains("400")),
        "{conflicts:#?}"
    );
    assert!(
        story
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Layoffs)
            .all(|e| e.actor.as_deref() == Some("Meridian Freight"))
    );
}

#[test]
fn events_without_dates_keep_text_order_around_now() {
    let story = article("events_without_dates", None);
    assert_eq!(story.reference_date, None);
    assert!(!story.events.is_empty());
    for e in &story.events {
        assert!(e.resolved.is_none() || e.when.is_some());
    }
    // No date places them, so they sit around "now": what is done just before it, what is
    // planned just after it, the rest at it; on each side in the order the text tells them.
    let undated: Vec<(i8, usize)> = story
        .events
        .iter()
        .filter(|e| e.when.is_none())
        .map(|e| {
            let side = match e.status {
                Some(Status::Completed) => -1,
                Some(Status::Planned | Status::Scheduled) => 1,
                _ => 0,
            };
            (side, e.sentence)
        })
        .collect();
    assert!(
        undated.len() >= 3,
        "the article tells several undated events"
    );
    assert!(
        undated.iter().any(|u| u.0 < 0) && undated.iter().any(|u| u.0 > 0),
        "done and planned events on both sides of now: {undated:?}"
    );
    assert!(
        undated.is_sorted(),
        "undated events out of (side of now, text) order: {undated:?}"
    );
    // Every event rests on facts that exist.
    for e in &story.events {
        assert!(e.facts.iter().all(|&f| f < story.facts.len()));
    }
}

fn text(t: &str, date: &str) -> Story {
    extract::extract_text(
        t,
        &Options {
            reference_date: date.parse().ok(),
        },
    )
}

/// Issue 16 item 6: a trigger at the very start of a sentence once took `at - k - 1` below
/// zero (a panic with overflow checks, which test builds have). Sentences that start or end at a
/// trigger or a figure, with nothing around them.
#[test]
fn triggers_at_the_edges_of_a_sentence_do_not_underflow() {
    for t in [
        "Plan layoffs of 300 jobs.",
        "Plan layoffs of 300 jobs",
        "Layoffs of 300.",
        "300 layoffs.",
        "Cut 300 jobs.",
        "Layoffs",
        "Layoffs.",
        "Cut.",
        "300.",
        "Raised $5 million.",
        "Valued at $1 billion",
        "In talks.",
    ] {
        let story = text(t, "2025-03-10");
        for e in &story.events {
            assert!(e.sentence < story.document.sentences.len(), "{t}");
        }
    }
    let story = text("Plan layoffs of 300 jobs.", "2025-03-10");
    assert_eq!(
        layoffs(&story).iter().map(|l| l.1).collect::<Vec<_>>(),
        [Some(300.0)]
    );
}

/// A headline names its company in capitals ("NORVIK"); the body names it in full: one actor,
/// one series.
#[test]
fn a_headline_in_capitals_and_the_body_name_one_actor() {
    let story = text(
        "NORVIK TO CUT 500 JOBS\n\nLEEDS, March 10 - Norvik Group said on Monday it would cut \
         500 jobs at its Leeds plant. It cut 200 jobs in January.\n",
        "2025-03-10",
    );
    let actors: Vec<_> = story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Layoffs)
        .map(|e| e.actor.as_deref().map(str::to_string))
        .collect();
    assert!(!actors.is_empty());
    assert!(
        actors.iter().all(|a| a.as_deref() == Some("Norvik Group")),
        "{actors:?}"
    );
    let layoff_series: Vec<_> = story
        .series
        .iter()
        .filter(|s| s.kind == EventKind::Layoffs)
        .collect();
    assert_eq!(layoff_series.len(), 1);
}

/// A count whose noun phrase stopped before its head ("about 790 salaried, production and
/// maintenance employees") is still a workforce figure.
#[test]
fn a_figure_whose_noun_comes_after_a_list_of_modifiers() {
    let story = text(
        "Norvik Group said it would lay off about 790 salaried, production and maintenance \
         employees in Hull by the end of the year.\n",
        "2025-03-10",
    );
    let values: Vec<_> = layoffs(&story).iter().map(|l| l.1).collect();
    assert_eq!(values, [Some(790.0)]);
}

/// Earnings with no figure are an event only ahead (a report to come); a past period named
/// without a figure ("its 2023 results were hurt") is a comparison, not a report.
#[test]
fn earnings_without_a_figure_only_ahead() {
    let story = text(
        "Norvik Group said its 2023 results were hurt by strikes. Norvik Group will report \
         earnings next week. Norvik Group earned $40 million in 2024.\n",
        "2025-03-10",
    );
    let mut earnings: Vec<_> = story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Earnings)
        .map(|e| (e.value, e.resolved.map(|t| t.to_string()), e.status))
        .collect();
    earnings.sort_by(|a, b| a.1.cmp(&b.1));
    assert_eq!(
        earnings,
        [
            (Some(40e6), Some("2024".into()), Some(Status::Completed)),
            (None, Some("2025-W12".into()), Some(Status::Planned)),
        ]
    );
}

/// The story's own day dates an announcement only when the text gives no date: it never
/// replaces a date the text gives for the same event, however much finer.
#[test]
fn the_story_day_never_replaces_a_date_the_text_gives() {
    let story = text(
        "Norvik Group said it will phase out tire production in Leeds by the end of 2025, \
         laying off about 790 employees. Norvik Group said it has laid off workers.\n",
        "2025-03-10",
    );
    let l = layoffs(&story);
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!((l[0].1, l[0].2.as_deref()), (Some(790.0), Some("2025")));
}
