//! The Timeline pane on an article of our own whose events are told more than once, whose
//! tellings disagree, with a `possible` event and checks that rest on some rounds and miss
//! others: snapshots at 100×30, 60×20 and 200×60, and what Enter does on an event told three
//! times.

mod support;

use dateline::model::Model;
use dateline::msg::Msg;
use dateline::pane::Pane;
use support::tui::{buffer_text, model, run, screen};

const ARTICLE: &str = "Brightwell to cut 200 jobs\n\n\
    Brightwell Ltd said on Tuesday it had cut 200 jobs at its Leeds plant, its third round of cuts.\n\n\
    Local media reported last week that Brightwell would cut about 250 jobs.\n\n\
    Brightwell cut 300 jobs in its first round in March 2023 and has now cut 900 jobs since 2023.\n\n\
    The planned sale of its Hull bakery could cost 150 jobs, unions said.\n";

fn timeline(width: u16, height: u16) -> Model {
    let story = dateline::extract::extract_text(
        ARTICLE,
        &dateline::extract::Options {
            reference_date: "2025-03-10".parse().ok(),
        },
    );
    let mut m = model(story, "brightwell.txt", width, height);
    run(&mut m, &[Msg::Focus(Pane::Timeline)]);
    // The event told three times: the cut of 200.
    let row = m
        .event_rows
        .iter()
        .position(|&id| m.story.events[id].value == Some(200.0))
        .expect("the 200 event");
    run(&mut m, &[Msg::Select(Pane::Timeline, row)]);
    m
}

fn text_of(m: &Model) -> String {
    buffer_text(screen(m).backend().buffer())
}

#[test]
fn snapshot_timeline_100x30() {
    let m = timeline(100, 30);
    let shown = text_of(&m);
    // The event's tellings, its mark for disagreeing figures, `possible` and its legend, and
    // the rounds each check rests on.
    for needle in ["×3⚠", "3× ⚠ s1 ○ 200 s2 ✓ 200 s3 ◐ ~250", "? possible"] {
        assert!(shown.contains(needle), "{needle:?} not in\n{shown}");
    }
    insta::assert_snapshot!(screen(&m).backend());
}

#[test]
fn snapshot_timeline_60x20() {
    let m = timeline(60, 20);
    let shown = text_of(&m);
    assert!(shown.contains("told 3×"), "{shown}");
    insta::assert_snapshot!(screen(&m).backend());
}

#[test]
fn snapshot_timeline_200x60() {
    let m = timeline(200, 60);
    let shown = text_of(&m);
    for needle in [
        "told 3× ⚠: s1 ○ 200 · s2 ✓ 200 · s3 ◐ ~250 · Enter: each",
        "· round #3",
        "· rounds #1, #3; #2 missing",
    ] {
        assert!(shown.contains(needle), "{needle:?} not in\n{shown}");
    }
    insta::assert_snapshot!(screen(&m).backend());
}

#[test]
fn enter_steps_through_the_tellings_of_an_event() {
    let mut m = timeline(200, 60);
    let e = m.selected_event().unwrap();
    let told: Vec<usize> = m.story.events[e]
        .mentions()
        .iter()
        .map(|m| m.sentence)
        .collect();
    assert_eq!(told, [0, 1, 2]);
    // Selecting shows its own telling (sentence 2); Enter then goes on to the next ones.
    assert_eq!(m.highlight, Some(1));
    run(&mut m, &[Msg::Activate]);
    assert_eq!(m.highlight, Some(2));
    run(&mut m, &[Msg::Activate]);
    assert_eq!(m.highlight, Some(0));
    // Once the lists are narrowed to the event, the status line says which telling it is.
    assert_eq!(m.message.as_deref(), Some("sentence 1, telling 1 of 3"));
    run(&mut m, &[Msg::Activate]);
    assert_eq!(m.highlight, Some(1));
    assert_eq!(m.focus, Pane::Timeline);
}
