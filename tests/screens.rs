//! Pane buffer tests and whole-screen snapshots on a `TestBackend`.

mod support;

use dateline::model::Model;
use dateline::msg::Msg;
use dateline::pane::Pane;
use dateline::ui;
use dateline::update::update;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use support::tui::story_of;
use support::tui::{buffer_text, screen};

fn model_for(text: &str, width: u16, height: u16) -> Model {
    support::tui::model(story_of(text), "seeds/story.txt", width, height)
}

#[test]
fn snapshot_wide_120x40() {
    let m = model_for(dateline::BUNDLED_STORY, 120, 40);
    insta::assert_snapshot!(screen(&m).backend());
}

#[test]
fn snapshot_narrow_70x30_facts_tab() {
    let mut m = model_for(dateline::BUNDLED_STORY, 70, 30);
    update(&mut m, Msg::Focus(Pane::Facts));
    insta::assert_snapshot!(screen(&m).backend());
}

#[test]
fn snapshot_help_overlay() {
    let mut m = model_for(dateline::BUNDLED_STORY, 100, 30);
    update(&mut m, Msg::OpenHelp);
    insta::assert_snapshot!(screen(&m).backend());
}

#[test]
fn article_pane_shows_the_story_and_its_position() {
    let m = model_for(dateline::BUNDLED_STORY, 120, 40);
    let text = buffer_text(screen(&m).backend().buffer());
    assert!(text.contains("1 Article"));
    assert!(text.contains("OpenAI is seeking up to $100 billion"));
    assert!(text.contains(" 0% "));
    assert!(text.contains("seeds/story.txt"));
    assert!(text.contains("? help"));
}

#[test]
fn boilerplate_is_dimmed_and_can_be_hidden() {
    let mut m = model_for(dateline::BUNDLED_STORY, 120, 60);
    let t = screen(&m);
    let buf = t.backend().buffer();
    let text = buffer_text(buf);
    let row = text
        .lines()
        .position(|l| l.contains("Advertisement"))
        .unwrap();
    let col = text
        .lines()
        .nth(row)
        .unwrap()
        .find("Advertisement")
        .unwrap();
    let cell = &buf[(col as u16, row as u16)];
    assert!(cell.modifier.contains(ratatui::style::Modifier::DIM));
    update(&mut m, Msg::ToggleBoilerplate);
    let text = buffer_text(screen(&m).backend().buffer());
    assert!(!text.contains("Advertisement"));
    assert!(text.contains("boilerplate hidden"));
}

#[test]
fn hostile_text_never_lands_in_a_cell() {
    let hostile = "Title\x1b]0;pwned\x07 clip\x1b]52;c;ZXZpbA==\x07 clear\x1b[2J dcs\x1bPq#0\x1b\\ c1\u{9b}31m \
                   bell\x07 nul\0 bidi\u{202E}evil\u{202C} tab\there 日本語 a🌞b 👩‍🔬 e\u{301}\n";
    let m = model_for(&hostile.repeat(5), 120, 30);
    let buf = screen(&m).backend().buffer().clone();
    for cell in buf.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c)),
            "control character in a cell: {:?}",
            cell.symbol()
        );
    }
    let text = buffer_text(&buf);
    assert!(!text.contains("pwned") && !text.contains("ZXZpbA") && !text.contains("[2J"));
    assert!(text.contains("Title clip clear dcs c1 bell␇ nul␀ bidi�evil�"));
}

#[test]
fn renders_at_every_size_without_panic_or_overflow() {
    let m0 = model_for(
        &format!(
            "{}\nwide: a🌞b 日本語テキスト 👩‍🔬 ☸️ x\tz\n",
            dateline::BUNDLED_STORY
        ),
        10,
        10,
    );
    for width in [0u16, 1, 2, 3, 5, 23, 24, 25, 40, 99, 100, 101, 200] {
        for height in [0u16, 1, 2, 5, 6, 7, 12, 60] {
            let mut m = m0.clone();
            update(&mut m, Msg::Resize { width, height });
            for msg in [Msg::Bottom, Msg::FocusNext, Msg::Bottom, Msg::OpenHelp] {
                update(&mut m, msg);
                let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
                ui::render(&m, buf.area, &mut buf);
            }
        }
    }
}

#[test]
fn too_small_says_so() {
    let m = model_for(dateline::BUNDLED_STORY, 20, 4);
    let text = buffer_text(screen(&m).backend().buffer());
    assert!(text.starts_with("terminal too small"));
}

#[test]
fn a_selected_fact_marks_its_events_and_an_event_its_facts() {
    let mut m = model_for(dateline::BUNDLED_STORY, 120, 40);
    update(&mut m, Msg::Focus(Pane::Facts));
    // Select "$11 billion": Amazon's construction event gets the mark.
    while m
        .selected_fact()
        .map(|f| m.story.facts[f].text(&m.story.document.text))
        != Some("$11 billion")
    {
        update(&mut m, Msg::Down);
    }
    let text = buffer_text(screen(&m).backend().buffer());
    let marked: Vec<&str> = text.lines().filter(|l| l.contains("▸")).collect();
    assert_eq!(marked.len(), 1, "{marked:#?}");
    assert!(marked[0].contains("construction") && marked[0].contains("Amazon"));
    update(&mut m, Msg::Focus(Pane::Timeline));
    let text = buffer_text(screen(&m).backend().buffer());
    // The first event (October's round) rests on two facts, both marked in the Facts pane.
    assert_eq!(
        text.lines().filter(|l| l.contains("▸")).count(),
        2,
        "{text}"
    );
}

/// The row of the buffer the cursor is on, from the cursor's column to the end.
fn at_cursor(m: &Model) -> Option<String> {
    let mut t = screen(m);
    let at = t.get_cursor_position().unwrap();
    let visible = ui::cursor(m, Rect::new(0, 0, m.width, m.height))?;
    assert_eq!(at, visible, "view puts the cursor where cursor() says");
    let buf = t.backend().buffer();
    Some(
        (at.x..buf.area.width)
            .map(|x| buf[(x, at.y)].symbol())
            .collect(),
    )
}

#[test]
fn the_terminal_cursor_follows_the_selection() {
    for (width, height) in [(120, 40), (70, 30)] {
        let mut m = model_for(dateline::BUNDLED_STORY, width, height);
        // Facts: on the selected row, after moving down.
        update(&mut m, Msg::Focus(Pane::Facts));
        for _ in 0..5 {
            update(&mut m, Msg::Down);
        }
        let fact = &m.story.facts[m.selected_fact().unwrap()];
        let label = dateline::theme::kind_label(fact.kind);
        let row = at_cursor(&m).unwrap();
        assert!(row.trim_start().starts_with(label), "{row:?}");
        // Timeline: on the selected event row.
        update(&mut m, Msg::Focus(Pane::Timeline));
        update(&mut m, Msg::Down);
        let event = &m.story.events[m.selected_event().unwrap()];
        let row = at_cursor(&m).unwrap();
        assert!(row.contains(event.kind.label()), "{row:?}");
        // Article: on the first line of the marked sentence after Enter on an event.
        update(&mut m, Msg::Activate);
        update(&mut m, Msg::Focus(Pane::Article));
        let sentence = m.story.document.sentence_text(m.highlight.unwrap());
        let first_word = sentence.split_whitespace().next().unwrap();
        let row = at_cursor(&m).unwrap();
        assert!(row.contains(first_word), "{row:?} / {sentence:?}");
        // The help overlay hides it.
        update(&mut m, Msg::OpenHelp);
        assert_eq!(ui::cursor(&m, Rect::new(0, 0, width, height)), None);
    }
}

/// The prompts' hints are read from the keys in effect: a config that moves `prompt-cancel`,
/// `prompt-submit` and `prompt-up` to other keys changes the search line, the export line
/// and the help overlay, and no hint names a key that no longer does what it says.
#[test]
fn remapped_prompt_keys_change_the_hints() {
    let text = "[keys]\nprompt-cancel = [\"Ctrl-g\"]\nprompt-submit = [\"Ctrl-j\"]\n\
                prompt-up = [\"Ctrl-p\"]\n";
    let (config, problems) = dateline::config::parse(text, "test.toml");
    assert!(problems.is_empty(), "{problems:?}");
    let status = |m: &Model| {
        let text = buffer_text(screen(m).backend().buffer());
        text.lines()
            .nth(m.height as usize - 1)
            .unwrap_or("")
            .to_string()
    };
    for remapped in [false, true] {
        let mut m = model_for(dateline::BUNDLED_STORY, 120, 30);
        if remapped {
            m.keymap = config.keymap.clone();
        }
        let (cancel, submit, up) = if remapped {
            ("Ctrl-g", "Ctrl-j", "Ctrl-p")
        } else {
            ("Esc", "Enter", "↑")
        };
        update(&mut m, Msg::SearchOpen);
        let line = status(&m);
        assert!(
            line.contains(&format!("{submit} search · {cancel} cancel · {up} history")),
            "{line}"
        );
        update(&mut m, Msg::Input('x'));
        let line = status(&m);
        assert!(
            line.contains(&format!("{submit} search · {cancel} cancel")),
            "{line}"
        );
        update(&mut m, Msg::Cancel);
        update(&mut m, Msg::ExportOpen);
        let line = status(&m);
        assert!(
            line.contains(&format!("Tab format · {submit} write · {cancel} cancel")),
            "{line}"
        );
        update(&mut m, Msg::Cancel);
        update(&mut m, Msg::OpenHelp);
        let all = buffer_text(screen(&m).backend().buffer());
        assert!(
            all.contains(&format!("{cancel} close · {up}↓ scroll")),
            "{all}"
        );
        if remapped {
            assert!(!all.contains("Esc close") && !line.contains("Esc cancel"));
        }
    }
}
