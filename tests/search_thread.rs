//! A large story is searched on the search thread: `update` leaves an `Effect::Search`, keeps
//! the results in effect meanwhile, and takes the thread's answer through
//! `update::search::arrived`. Here the thread's part is played by the test (the index searched
//! directly), so each step can be checked; `app/search_thread.rs` tests the thread itself. The threshold
//! is set to 0 so that the bundled story takes the large stories' path.

mod support;

use dateline::effect::Effect;
use dateline::model::{Mode, Model};
use dateline::msg::Msg;
use dateline::search::{Results, parse};
use dateline::update::{self, update};
use support::tui::typed;

fn seed(in_update_up_to: usize) -> Model {
    let mut m = Model::new(support::tui::seed_story(), "seed".into(), Vec::new());
    m.search.in_update_up_to = in_update_up_to;
    update(
        &mut m,
        Msg::Resize {
            width: 120,
            height: 40,
        },
    );
    m
}

/// The search the model asked for, if any (taken, as the loop takes it).
fn asked(m: &mut Model) -> Option<(u64, String)> {
    match m.effect.take()? {
        Effect::Search { generation, query } => Some((generation, query)),
        other => panic!("not a search: {other:?}"),
    }
}

/// What the search thread would answer.
fn answer(m: &Model, query: &str) -> Results {
    m.index.search(&parse(query).unwrap())
}

/// The parts of the model a search changes.
fn searched(
    m: &Model,
) -> (
    Option<Results>,
    Vec<usize>,
    Vec<usize>,
    usize,
    Option<usize>,
) {
    (
        m.search.results.as_deref().cloned(),
        m.fact_rows.clone(),
        m.event_rows.clone(),
        m.article.scroll,
        m.search.current,
    )
}

#[test]
fn a_small_story_is_searched_at_each_keystroke() {
    let mut m = seed(usize::MAX);
    update(&mut m, Msg::SearchOpen);
    typed(&mut m, "softbank");
    assert_eq!(m.effect, None);
    assert_eq!(m.search.running, None);
    assert_eq!(m.search.results.as_deref(), Some(&answer(&m, "softbank")));
}

#[test]
fn a_keystroke_asks_the_thread_and_the_answer_fills_the_view_as_in_update() {
    let mut small = seed(usize::MAX);
    let mut large = seed(0);
    for m in [&mut small, &mut large] {
        update(m, Msg::SearchOpen);
        typed(m, "amazon");
    }
    // The keystroke only asks: nothing is searched yet, the lists are as they were.
    let (generation, query) = asked(&mut large).expect("a search is asked for");
    assert_eq!(query, "amazon");
    assert_eq!(
        large.search.running.as_ref().map(|p| p.generation),
        Some(generation)
    );
    assert_eq!(large.search.results, None);
    assert_eq!(large.fact_rows.len(), large.story.facts.len());
    // The answer arrives: the view is what searching in `update` gives.
    let results = answer(&large, &query);
    update::search::arrived(&mut large, generation, results);
    assert_eq!(large.search.running, None);
    assert_eq!(searched(&large), searched(&small));
    assert!(large.fact_rows.len() < large.story.facts.len());
}

#[test]
fn only_the_latest_search_is_shown() {
    let mut m = seed(0);
    update(&mut m, Msg::SearchOpen);
    typed(&mut m, "s");
    let (first, q1) = asked(&mut m).unwrap();
    typed(&mut m, "oftbank");
    let (last, q2) = asked(&mut m).unwrap();
    assert!(last > first);
    assert_eq!(q2, "softbank");
    // The answer to "s" comes late: it is not shown, and the search for "softbank" still runs.
    let stale = answer(&m, &q1);
    update::search::arrived(&mut m, first, stale);
    assert_eq!(m.search.results, None);
    assert_eq!(m.search.running.as_ref().map(|p| p.generation), Some(last));
    let results = answer(&m, &q2);
    update::search::arrived(&mut m, last, results.clone());
    assert_eq!(m.search.results.as_deref(), Some(&results));
    assert_eq!(m.search.query, "softbank");
}

#[test]
fn enter_while_searching_says_so_then_how_many_matched() {
    let mut m = seed(0);
    update(&mut m, Msg::SearchOpen);
    typed(&mut m, "%money");
    let (generation, query) = asked(&mut m).unwrap();
    update(&mut m, Msg::Submit);
    assert_ne!(m.mode, Mode::Search);
    assert_eq!(m.message.as_deref(), Some("searching…"));
    update(&mut m, Msg::NextMatch);
    assert_eq!(m.message.as_deref(), Some("searching…"), "n waits too");
    let results = answer(&m, &query);
    let money = results.facts.len();
    update::search::arrived(&mut m, generation, results);
    assert_eq!(m.message, Some(format!("{money} matching facts")));
    assert!(money >= 4);
}

#[test]
fn esc_forgets_the_search_in_flight() {
    let mut m = seed(0);
    update(&mut m, Msg::SearchOpen);
    typed(&mut m, "openai");
    let (generation, query) = asked(&mut m).unwrap();
    update(&mut m, Msg::Cancel);
    assert_eq!(m.search.running, None);
    let late = answer(&m, &query);
    update::search::arrived(&mut m, generation, late);
    assert_eq!(m.search.results, None, "a cancelled search never shows");
    assert_eq!(m.fact_rows.len(), m.story.facts.len());
}

#[test]
fn clearing_the_line_needs_no_search() {
    let mut m = seed(0);
    update(&mut m, Msg::SearchOpen);
    typed(&mut m, "x");
    asked(&mut m).unwrap();
    update(&mut m, Msg::EditBackspace);
    assert_eq!(
        asked(&mut m),
        None,
        "an empty query matches everything at once"
    );
    assert_eq!(m.search.running, None);
    assert_eq!(m.search.results, None);
}

#[test]
fn a_failed_search_keeps_the_results_in_effect_and_says_so() {
    let mut m = seed(0);
    update(&mut m, Msg::SearchOpen);
    typed(&mut m, "amazon");
    let (generation, query) = asked(&mut m).unwrap();
    let results = answer(&m, &query);
    update::search::arrived(&mut m, generation, results.clone());
    typed(&mut m, " jassy");
    let (generation, _) = asked(&mut m).unwrap();
    update::search::failed(&mut m, generation, "a panic".into());
    assert_eq!(m.search.running, None);
    assert_eq!(m.search.results.as_deref(), Some(&results));
    assert_eq!(m.message.as_deref(), Some("search failed: a panic"));
}

#[test]
fn esc_after_reopening_asks_again_for_the_search_that_was_running() {
    let mut m = seed(0);
    update(&mut m, Msg::SearchOpen);
    typed(&mut m, "openai");
    let (first, _) = asked(&mut m).unwrap();
    update(&mut m, Msg::Submit);
    // `/` again while "openai" runs; its answer comes while the line is open and is dropped.
    update(&mut m, Msg::SearchOpen);
    typed(&mut m, "x");
    let (second, _) = asked(&mut m).unwrap();
    let dropped = answer(&m, "openai");
    update::search::arrived(&mut m, first, dropped);
    update(&mut m, Msg::Cancel);
    // Esc puts "openai" back as the search wanted, and asks for it again.
    let (again, query) = asked(&mut m).expect("asked again");
    assert!(again > second);
    assert_eq!(query, "openai");
    let results = answer(&m, &query);
    update::search::arrived(&mut m, again, results.clone());
    assert_eq!(m.search.running, None);
    assert_eq!(m.search.results.as_deref(), Some(&results));
}
