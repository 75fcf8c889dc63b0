//! Issue 15, "the reader, round two": what a newcomer trips over in the panes. Pure update
//! tests, pane buffer tests and whole-screen snapshots at 100×30, 60×20 and 200×60.

mod support;

use dateline::extract::{self, Options};
use dateline::model::Model;
use dateline::msg::Msg;
use dateline::pane::Pane;
use dateline::persist::state::ArticleState;
use dateline::story::Document;
use dateline::ui;
use dateline::update;
use ratatui::layout::Rect;
use support::tui::{run, screen, text_of, typed};

const SIZES: [(u16, u16); 3] = [(100, 30), (60, 20), (200, 60)];

fn model_for(text: &str, date: Option<&str>, width: u16, height: u16) -> Model {
    let story = extract::extract(
        Document::new(text.to_string()),
        &Options {
            reference_date: date.and_then(|d| d.parse().ok()),
        },
    );
    support::tui::model(story, "seeds/story.txt", width, height)
}

/// The bundled story with its reference date.
fn bundled(width: u16, height: u16) -> Model {
    model_for(dateline::BUNDLED_STORY, Some("2026-01-29"), width, height)
}

/// The screen row the selected event is drawn on, if it is drawn, and that row's text.
fn selected_event_row(m: &Model) -> Option<String> {
    let area = Rect::new(0, 0, m.width, m.height);
    let t = screen(m);
    let at = ui::cursor(m, area)?;
    let buf = t.backend().buffer();
    Some(
        (at.x..buf.area.width)
            .map(|x| buf[(x, at.y)].symbol())
            .collect(),
    )
}

/// Asserts the selected event is drawn, and with `margin` rows of the list around it where the
/// list has them.
fn assert_selected_event_shown(m: &Model, what: &str) {
    let row = selected_event_row(m)
        .unwrap_or_else(|| panic!("{what}: the selected event is not drawn\n{}", text_of(m)));
    let event = &m.story.events[m.selected_event().unwrap()];
    assert!(row.contains(event.kind.label()), "{what}: {row:?}");
}

// Item 1: the Timeline shows its own selection.

#[test]
fn the_timeline_selection_is_drawn_at_every_step_and_size() {
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        run(&mut m, &[Msg::Focus(Pane::Timeline), Msg::Bottom]);
        assert_eq!(m.timeline.selected, Some(m.event_rows.len() - 1));
        assert_selected_event_shown(&m, &format!("{w}×{h} after G"));
        for i in 0..m.event_rows.len() {
            run(&mut m, &[Msg::Up]);
            assert_selected_event_shown(&m, &format!("{w}×{h} after G and {} k", i + 1));
        }
        for i in 0..m.event_rows.len() {
            run(&mut m, &[Msg::Down]);
            assert_selected_event_shown(&m, &format!("{w}×{h} after g and {} j", i + 1));
        }
    }
}

#[test]
fn the_mouse_wheel_moves_a_timeline_selection_that_stays_drawn() {
    let mut m = bundled(100, 30);
    run(&mut m, &[Msg::Focus(Pane::Timeline)]);
    let area = update::current_areas(&m).timeline.unwrap();
    for step in 0..10 {
        run(
            &mut m,
            &[Msg::Wheel {
                column: area.x + 2,
                row: area.y + 2,
                lines: 1,
            }],
        );
        assert_selected_event_shown(&m, &format!("after {} wheel steps", step + 1));
    }
    assert_eq!(m.timeline.selected, Some(m.event_rows.len() - 1));
}

#[test]
fn a_restored_timeline_selection_is_drawn() {
    let last = bundled(100, 30).story.events.len() - 1;
    let saved = ArticleState {
        focus: Some(Pane::Timeline),
        event: Some(last),
        ..ArticleState::default()
    };
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        update::restore(&mut m, &saved);
        assert_eq!(m.selected_event(), Some(last));
        assert_selected_event_shown(&m, &format!("restored at {w}×{h}"));
    }
}

#[test]
fn lists_keep_context_around_the_selection() {
    let mut m = bundled(100, 30);
    run(&mut m, &[Msg::Focus(Pane::Facts)]);
    let rows = m.list_rows(Pane::Facts);
    for _ in 0..rows {
        run(&mut m, &[Msg::Down]);
    }
    let s = m.facts.selected.unwrap();
    // Two rows of the list are still below the selection.
    assert_eq!(
        m.facts.offset + rows,
        s + 3,
        "offset {} rows {rows}",
        m.facts.offset
    );
}

#[test]
fn a_click_under_the_event_rows_selects_no_event() {
    let mut m = bundled(100, 30);
    run(&mut m, &[Msg::Focus(Pane::Timeline)]);
    let area = update::current_areas(&m).timeline.unwrap();
    let list = m.list_rows(Pane::Timeline) as u16;
    // The last inner row is part of the summary, not an event.
    run(
        &mut m,
        &[Msg::Click {
            column: area.x + 3,
            row: area.y + area.height - 2,
        }],
    );
    assert!(area.height - 2 > list, "the pane has a summary");
    assert_eq!(m.timeline.selected, Some(0));
}

#[test]
fn snapshot_timeline_at_its_end() {
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        run(&mut m, &[Msg::Focus(Pane::Timeline), Msg::Bottom]);
        insta::assert_snapshot!(format!("timeline_end_{w}x{h}"), screen(&m).backend());
    }
}

// Item 3: facts grouped, figures whole.

use dateline::model::{FactOrder, Shape};
use dateline::output::figure;

#[test]
fn facts_list_figures_first_then_each_name_once_with_its_mentions() {
    let m = bundled(100, 30);
    let story = &m.story;
    assert_eq!(m.fact_order, FactOrder::Grouped);
    let kinds: Vec<_> = m
        .fact_lines
        .iter()
        .map(|l| story.facts[l.fact].kind)
        .collect();
    // The figures come first, money at the very top.
    let first_name = kinds.iter().position(|k| k.is_entity()).unwrap();
    assert!(kinds[..first_name].iter().all(|k| !k.is_entity()));
    assert!(kinds[first_name..].iter().all(|k| k.is_entity()));
    assert_eq!(kinds[0], dateline::story::FactKind::Money);
    // Amazon: one line, with the number of its mentions.
    let amazon = story.entities.iter().find(|e| e.name == "Amazon").unwrap();
    let lines: Vec<_> = m
        .fact_lines
        .iter()
        .filter(|l| story.facts[l.fact].entity_index() == Some(amazon.id))
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0].shape,
        Shape::Group {
            mentions: amazon.mentions.len() as u32,
            expanded: false
        }
    );
    // The most mentioned name is the first.
    assert_eq!(m.fact_lines[first_name], *lines[0]);
    // Every listed fact is shown by a line.
    for &f in &m.fact_rows {
        assert!(m.fact_line(f).is_some(), "fact {f} has no line");
    }
}

/// Selects the Facts line of the group for `name`.
fn select_group(m: &mut Model, name: &str) {
    run(m, &[Msg::Focus(Pane::Facts), Msg::Top]);
    for _ in 0..m.fact_lines.len() {
        let line = m.fact_lines[m.facts.selected.unwrap()];
        if matches!(line.shape, Shape::Group { .. })
            && m.story.facts[line.fact].name() == Some(name)
        {
            return;
        }
        run(m, &[Msg::Down]);
    }
    panic!("no group for {name}");
}

#[test]
fn enter_and_right_unfold_a_name_and_left_folds_it() {
    let mut m = bundled(100, 30);
    select_group(&mut m, "Amazon");
    let before = m.fact_lines.len();
    let head = m.facts.selected.unwrap();
    let mentions = m
        .story
        .entities
        .iter()
        .find(|e| e.name == "Amazon")
        .unwrap()
        .mentions
        .len();
    run(&mut m, &[Msg::Activate]);
    assert_eq!(m.fact_lines.len(), before + mentions, "Enter unfolds");
    assert_eq!(
        m.facts.selected,
        Some(head),
        "the group's line stays selected"
    );
    assert!(m.narrow.is_empty(), "Enter on a group does not narrow");
    run(&mut m, &[Msg::Activate]);
    assert_eq!(m.fact_lines.len(), before, "Enter again folds");
    run(&mut m, &[Msg::Expand, Msg::Down, Msg::Down]);
    assert_eq!(m.fact_lines[m.facts.selected.unwrap()].shape, Shape::Member);
    // Enter on a mention goes to its sentence.
    let fact = m.selected_fact().unwrap();
    run(&mut m, &[Msg::Activate]);
    assert_eq!(m.highlight, Some(m.story.facts[fact].sentence_index()));
    run(&mut m, &[Msg::NarrowBack, Msg::Focus(Pane::Facts)]);
    run(&mut m, &[Msg::Collapse]);
    assert_eq!(m.fact_lines.len(), before, "← folds from a mention");
    assert_eq!(m.facts.selected, Some(head), "and selects its group");
}

#[test]
fn s_switches_between_grouped_and_text_order_keeping_the_fact() {
    let mut m = bundled(100, 30);
    run(&mut m, &[Msg::Focus(Pane::Facts), Msg::Down, Msg::Down]);
    let fact = m.selected_fact();
    run(&mut m, &[Msg::ToggleFactOrder]);
    assert_eq!(m.fact_order, FactOrder::Text);
    let ids: Vec<usize> = m.fact_lines.iter().map(|l| l.fact).collect();
    assert_eq!(ids, m.fact_rows, "one line per fact in text order");
    assert_eq!(m.selected_fact(), fact);
    run(&mut m, &[Msg::ToggleFactOrder]);
    assert_eq!(m.fact_order, FactOrder::Grouped);
    assert_eq!(m.selected_fact(), fact);
}

/// Every drawn row of a pane whose text was cut ends in `…`, and `needle` is drawn whole.
fn drawn_whole(m: &Model, needle: &str) -> bool {
    text_of(m).contains(needle)
}

#[test]
fn figures_are_never_cut_and_cut_words_say_so() {
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        // Every event's figure, selected in turn (so that it is drawn), is drawn whole.
        run(&mut m, &[Msg::Focus(Pane::Timeline), Msg::Top]);
        for _ in 0..m.event_rows.len() {
            let e = &m.story.events[m.selected_event().unwrap()];
            if let Some(v) = e.value {
                let shown =
                    figure::figure(v, figure::Unit::of_event(e).without_noun(), e.qualifier);
                let row = selected_event_row(&m).unwrap();
                assert!(row.contains(&shown), "{w}×{h}: {shown:?} cut in {row:?}");
            }
            run(&mut m, &[Msg::Down]);
        }
        // Every figure in the Facts pane likewise.
        run(&mut m, &[Msg::Focus(Pane::Facts), Msg::Top]);
        for _ in 0..m.fact_lines.len() {
            let f = &m.story.facts[m.selected_fact().unwrap()];
            if f.kind.is_quantity() {
                let shown = figure::fact_value_without_noun(f, &m.story.document.text);
                assert!(drawn_whole(&m, &shown), "{w}×{h}: {shown:?} cut");
            }
            run(&mut m, &[Msg::Down]);
        }
        // A cut is marked: "roughly 16,000 employees" is never drawn as "roughly 16,00".
        let text = text_of(&m);
        assert!(
            !text.contains("16,00 ") && !text.contains("16,00│"),
            "{text}"
        );
    }
}

#[test]
fn snapshot_facts_grouped() {
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        select_group(&mut m, "Amazon");
        run(&mut m, &[Msg::Expand]);
        insta::assert_snapshot!(format!("facts_grouped_{w}x{h}"), screen(&m).backend());
    }
}

// Item 5: dates without a reference date say so.

use dateline::model::Mode;

/// The bundled story as it opens with no `--date`: its text states no date.
fn undated(width: u16, height: u16) -> Model {
    model_for(dateline::BUNDLED_STORY, None, width, height)
}

#[test]
fn without_a_reference_date_the_timeline_says_so_and_d_sets_one() {
    let mut m = undated(100, 30);
    assert_eq!(m.story.reference_date, None);
    let text = text_of(&m);
    assert!(text.contains("no reference date: press D"), "{text}");
    run(&mut m, &[Msg::DateOpen]);
    assert_eq!(m.mode, Mode::Date);
    typed(&mut m, "2026-01-29");
    run(&mut m, &[Msg::Submit]);
    assert_eq!(m.mode, Mode::Reading);
    assert_eq!(m.story.reference_date, "2026-01-29".parse().ok());
    // Everything is resolved again: "Last week" is a week now, as with --date.
    let with_flag = bundled(100, 30);
    let resolved =
        |m: &Model| -> Vec<String> { m.story.events.iter().map(|e| e.when_shown()).collect() };
    assert_eq!(resolved(&m), resolved(&with_flag));
    assert!(!text_of(&m).contains("no reference date"));
    assert_eq!(m.story.origin.reference_date_label(), Some("set with D"));
    // Remembered for the article, and put back when it opens again.
    let saved = update::article_state(&m);
    assert_eq!(saved.reference_date.as_deref(), Some("2026-01-29"));
    let mut again = undated(100, 30);
    update::restore(&mut again, &saved);
    assert_eq!(again.story.reference_date, "2026-01-29".parse().ok());
    assert_eq!(resolved(&again), resolved(&with_flag));
}

#[test]
fn a_date_that_is_not_one_is_refused_with_the_line_kept() {
    let mut m = undated(100, 30);
    run(&mut m, &[Msg::DateOpen]);
    typed(&mut m, "last tuesday");
    run(&mut m, &[Msg::Submit]);
    assert_eq!(m.mode, Mode::Date);
    assert!(m.date_error.as_deref().unwrap().contains("2026-01-29"));
    assert!(text_of(&m).contains("is not a date"));
    run(&mut m, &[Msg::Cancel]);
    assert_eq!((m.mode, m.story.reference_date), (Mode::Reading, None));
}

#[test]
fn undated_events_come_last_as_one_group() {
    for m in [undated(100, 30), bundled(100, 30)] {
        let flags: Vec<bool> = m
            .event_rows
            .iter()
            .map(|&e| m.story.events[e].is_undated())
            .collect();
        let first = flags
            .iter()
            .position(|&u| u)
            .expect("the story has undated events");
        assert!(flags[first..].iter().all(|&u| u), "{flags:?}");
        assert!(first > 0);
    }
    let mut m = bundled(100, 30);
    run(&mut m, &[Msg::Focus(Pane::Timeline), Msg::Bottom]);
    assert!(
        selected_event_row(&m)
            .unwrap()
            .trim_start()
            .starts_with("undated")
    );
}

#[test]
fn the_marks_have_a_legend_and_a_check_that_agrees_is_not_a_done_event() {
    let mut m = bundled(100, 30);
    run(&mut m, &[Msg::Focus(Pane::Timeline)]);
    let text = text_of(&m);
    assert!(text.contains("✓ done"), "{text}");
    let ok = m
        .story
        .checks
        .iter()
        .find(|c| c.ok)
        .expect("an agreeing check");
    let start: String = ok.message.chars().take(12).collect();
    assert!(text.contains(&format!("= {start}")), "{text}");
    assert!(!text.contains(&format!("✓ {start}")), "{text}");
}

#[test]
fn a_day_fits_the_when_column() {
    let mut m = model_for(
        "Acme Corp said on March 13, 2025 that it had cut 500 jobs at its plant.\n",
        Some("2025-03-20"),
        100,
        30,
    );
    run(&mut m, &[Msg::Focus(Pane::Timeline)]);
    let row = selected_event_row(&m).expect("an event");
    assert!(row.contains("2025-03-13 "), "{row:?}");
}

#[test]
fn snapshot_timeline_without_a_reference_date() {
    for (w, h) in SIZES {
        let mut m = undated(w, h);
        run(&mut m, &[Msg::Focus(Pane::Timeline)]);
        insta::assert_snapshot!(format!("timeline_undated_{w}x{h}"), screen(&m).backend());
    }
}
