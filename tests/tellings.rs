//! Issue 13, items 2 and 3, on short articles of our own: one event told many times keeps
//! every telling (and says when they disagree); series per canonical actor; checks that say
//! which rounds they rest on and which are missing.

use dateline::extract::{self, Options};
use dateline::story::{CheckKind, Event, EventKind, Status, Story};

fn text(t: &str) -> Story {
    extract::extract_text(
        t,
        &Options {
            reference_date: "2025-03-10".parse().ok(),
        },
    )
}

fn layoffs(story: &Story) -> Vec<&Event> {
    story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Layoffs)
        .collect()
}

/// (sentence, status, value) of each telling.
fn tellings(e: &Event) -> Vec<(usize, Option<Status>, Option<f64>)> {
    e.mentions()
        .iter()
        .map(|m| (m.sentence, m.status, m.value))
        .collect()
}

#[test]
fn headline_lead_and_body_are_one_event_with_three_tellings() {
    let story = text(
        "Brightwell to cut 200 jobs\n\n\
         Brightwell Ltd said on Tuesday it would cut 200 jobs at its Leeds plant.\n\n\
         The company cut 200 jobs because orders fell, chief executive Ann Cole said on Tuesday.\n",
    );
    let events = layoffs(&story);
    assert_eq!(events.len(), 1, "{events:#?}");
    let e = events[0];
    assert_eq!(e.value, Some(200.0));
    let told = tellings(e);
    assert_eq!(
        told.iter().map(|t| t.0).collect::<Vec<_>>(),
        [0, 1, 2],
        "{told:?}"
    );
    assert!(told.iter().all(|t| t.2 == Some(200.0)), "{told:?}");
    assert!(!e.disagrees());
    // Every telling cites facts of its own sentence.
    for m in e.mentions() {
        for &f in m.facts.iter() {
            assert_eq!(story.facts[f].sentence_index(), m.sentence);
        }
    }
    assert!(story.checks.iter().all(|c| c.kind != CheckKind::Conflict));
}

#[test]
fn a_report_with_another_figure_is_a_telling_of_the_event_and_a_conflict() {
    let story = text(
        "Brightwell Ltd said on Tuesday it had cut 200 jobs at its Leeds plant.\n\n\
         Local media reported last week that Brightwell would cut about 250 jobs.\n",
    );
    let events = layoffs(&story);
    assert_eq!(events.len(), 1, "one event, not two rounds: {events:#?}");
    let e = events[0];
    // The event is what the company said; the report is kept as a telling of it.
    assert_eq!((e.value, e.status), (Some(200.0), Some(Status::Completed)));
    assert_eq!(
        tellings(e),
        [
            (0, Some(Status::Completed), Some(200.0)),
            (1, Some(Status::Reported), Some(250.0))
        ]
    );
    assert!(e.disagrees());
    let conflicts: Vec<_> = story
        .checks
        .iter()
        .filter(|c| c.kind == CheckKind::Conflict)
        .collect();
    assert_eq!(conflicts.len(), 1, "{:#?}", story.checks);
    let c = conflicts[0];
    assert!(!c.ok);
    assert_eq!(c.events, [e.id]);
    assert!(
        c.message.contains("200 completed (sentence 1)"),
        "{}",
        c.message
    );
    assert!(
        c.message.contains("~250 reported (sentence 2)"),
        "{}",
        c.message
    );
    let figures: Vec<f64> = c
        .facts
        .iter()
        .filter_map(|&f| story.facts[f].value())
        .collect();
    assert_eq!(figures, [200.0, 250.0]);
    // One event is no series of rounds.
    assert!(story.series.is_empty(), "{:#?}", story.series);
}

#[test]
fn different_figures_that_are_not_retellings_stay_apart() {
    for (t, n) in [
        // "another", and different times.
        (
            "Norvik cut 300 jobs in May, another 250 in August and 120 in December.\n",
            3,
        ),
        // Two sites, neither a report of the other.
        (
            "Norvik said on Monday it would cut 300 jobs at its Bristol depot.\n\n\
             Norvik also said on Monday it would cut 200 jobs at its Leeds plant.\n",
            2,
        ),
        // A report of another time.
        (
            "Norvik cut 300 jobs in 2023.\n\nLocal media reported on Monday that Norvik \
             would cut 150 jobs in June.\n",
            2,
        ),
    ] {
        let story = text(t);
        let values: Vec<_> = layoffs(&story).iter().map(|e| e.value).collect();
        assert_eq!(values.len(), n, "{t}: {values:?}");
        assert!(
            layoffs(&story).iter().all(|e| !e.disagrees()),
            "{t}: {:#?}",
            story.events
        );
    }
}

#[test]
fn one_actor_one_series_and_no_empty_series() {
    let story = text(
        "Norvik cut 300 jobs in 2023.\n\n\
         Norvik Group said on Monday it would cut 500 jobs in June.\n\n\
         NORVIK shares fell 3%.\n",
    );
    let series: Vec<_> = story
        .series
        .iter()
        .filter(|s| s.kind == EventKind::Layoffs)
        .collect();
    assert_eq!(series.len(), 1, "{series:#?}");
    assert_eq!(series[0].actor.as_deref(), Some("Norvik Group"));
    assert_eq!(
        series[0]
            .rounds
            .iter()
            .map(|r| (r.round, r.value))
            .collect::<Vec<_>>(),
        [(1, Some(300.0)), (2, Some(500.0))],
        "unnumbered rounds go by date"
    );
    for s in &story.series {
        assert!(!s.rounds.is_empty(), "{s:#?}");
    }
}

#[test]
fn a_numbered_round_and_a_total_make_n_of_m_rounds_known_not_a_warning() {
    let story = text(
        "Norvik cuts more jobs\n\n\
         Norvik Group said on Monday it would cut 500 jobs, its third round of layoffs.\n\n\
         Norvik cut 300 jobs in its first round in March 2023. The company, which employs \
         12,000 staff, has now cut 1,400 jobs since 2023.\n",
    );
    let s = &story.series[0];
    assert_eq!(
        s.rounds.iter().map(|r| r.round).collect::<Vec<_>>(),
        [1, 3],
        "rounds numbered as the text numbers them"
    );
    let check = story
        .checks
        .iter()
        .find(|c| c.series == Some(0) && c.kind != CheckKind::Conflict)
        .expect("a check on the series");
    assert_eq!(check.kind, CheckKind::Incomplete);
    assert!(check.ok, "incomplete is no warning");
    assert_eq!(check.rounds, [1, 3]);
    assert_eq!(check.missing, [2]);
    assert!(
        check.message.contains("2 of 3 rounds known"),
        "{}",
        check.message
    );
    // The workforce is no total of cuts.
    let staff = story
        .facts
        .iter()
        .position(|f| f.value() == Some(12000.0))
        .unwrap();
    assert!(!check.facts.contains(&staff));
    assert!(!s.totals.contains(&staff) && s.plan != Some(staff));
}

#[test]
fn an_event_takes_in_the_tellings_of_another_article() {
    let mut one = text("Norvik Group said on Monday it would cut 500 jobs.\n");
    let two = text("Local media reported last week that Norvik Group would cut 450 jobs.\n");
    let mut e = one.events.remove(0);
    let other = two.events[0].clone();
    e.absorb(other);
    // Its own telling stays the event's; the other article's is one more.
    assert_eq!((e.value, e.status), (Some(500.0), Some(Status::Planned)));
    let told = tellings(&e);
    assert_eq!(told.len(), 2, "{told:?}");
    assert!(told.contains(&(0, Some(Status::Reported), Some(450.0))));
    assert!(told.contains(&(0, Some(Status::Planned), Some(500.0))));
    assert!(e.disagrees());
}
