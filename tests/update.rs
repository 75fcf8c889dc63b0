//! Pure update tests: (state, messages, expected state), no terminal.

use dateline::model::{Model, Overlay, Pane};
use dateline::msg::Msg;
use dateline::story::{Document, Fact, FactKind, Story};
use dateline::update::update;

/// A story of `n` paragraphs with one money fact in every paragraph's sentence.
fn story(n: usize) -> Story {
    let text: String = (0..n)
        .map(|i| format!("Paragraph {i} says Acme raised $ {i} million from investors.\n"))
        .collect();
    let document = Document::new(text);
    let facts = document
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let sentence = document.slice(s.span);
            let at = s.span.start + sentence.find('$').unwrap();
            let mut f = Fact::new(FactKind::Money, at, at + 3);
            f.sentence = i as u32;
            f.id = i as u32;
            f
        })
        .collect();
    Story {
        document,
        facts,
        ..Story::default()
    }
}

fn model(n: usize, width: u16, height: u16) -> Model {
    let mut m = Model::new(story(n), "test".into(), Vec::new());
    update(&mut m, Msg::Resize { width, height });
    m
}

fn run(m: &mut Model, msgs: &[Msg]) {
    for &msg in msgs {
        update(m, msg);
    }
}

#[test]
fn article_scrolls_and_clamps() {
    let mut m = model(100, 120, 40);
    assert_eq!(m.focus, Pane::Article);
    run(&mut m, &[Msg::Down, Msg::Down, Msg::Down]);
    assert_eq!(m.article.scroll, 3);
    run(&mut m, &[Msg::Up]);
    assert_eq!(m.article.scroll, 2);
    run(&mut m, &[Msg::Bottom]);
    assert_eq!(m.article.scroll, m.article.max_scroll());
    assert!(m.article.scroll > 0);
    run(&mut m, &[Msg::Down, Msg::PageDown]);
    assert_eq!(m.article.scroll, m.article.max_scroll());
    run(&mut m, &[Msg::Top, Msg::Up]);
    assert_eq!(m.article.scroll, 0);
    let h = m.article.height;
    run(&mut m, &[Msg::HalfPageDown]);
    assert_eq!(m.article.scroll, h / 2);
}

#[test]
fn focus_cycles_and_numbers_jump() {
    let mut m = model(3, 120, 40);
    run(&mut m, &[Msg::FocusNext]);
    assert_eq!(m.focus, Pane::Facts);
    run(&mut m, &[Msg::FocusNext, Msg::FocusNext]);
    assert_eq!(m.focus, Pane::Article);
    run(&mut m, &[Msg::FocusPrev]);
    assert_eq!(m.focus, Pane::Timeline);
    run(&mut m, &[Msg::Focus(Pane::Facts)]);
    assert_eq!(m.focus, Pane::Facts);
}

#[test]
fn fact_selection_moves_and_links_to_the_article() {
    let mut m = model(100, 120, 40);
    run(&mut m, &[Msg::Focus(Pane::Facts), Msg::Bottom]);
    assert_eq!(m.facts.selected, Some(99));
    assert_eq!(m.highlight, Some(99));
    // The article followed: the selected sentence is on screen.
    let start = m.story.document.sentences[99].span.start;
    let line = m.article.line_at(start);
    assert!(line >= m.article.scroll && line < m.article.scroll + m.article.height);
    run(&mut m, &[Msg::Top]);
    assert_eq!((m.facts.selected, m.facts.offset), (Some(0), 0));
}

#[test]
fn enter_in_narrow_mode_shows_the_sentence_in_the_article() {
    let mut m = model(100, 70, 30);
    run(&mut m, &[Msg::Focus(Pane::Facts)]);
    run(&mut m, &[Msg::PageDown, Msg::PageDown, Msg::Activate]);
    let selected = m.facts.selected.unwrap();
    assert!(selected > 0);
    assert_eq!(m.focus, Pane::Article);
    assert_eq!(m.highlight, Some(selected));
    let line = m
        .article
        .line_at(m.story.document.sentences[selected].span.start);
    assert!(line >= m.article.scroll && line < m.article.scroll + m.article.height);
}

#[test]
fn zoom_and_back() {
    let mut m = model(10, 120, 40);
    let wide = m.article.width;
    run(&mut m, &[Msg::ToggleZoom]);
    assert!(m.zoomed);
    assert!(m.article.width > wide, "zoomed article is re-wrapped wider");
    run(&mut m, &[Msg::Back]);
    assert!(!m.zoomed);
    assert_eq!(m.article.width, wide);
}

#[test]
fn help_overlay_takes_keys_until_closed() {
    let mut m = model(50, 120, 40);
    run(&mut m, &[Msg::OpenHelp, Msg::Down, Msg::Down]);
    assert!(matches!(m.overlay, Overlay::Help { scroll: 2, .. }));
    assert_eq!(m.article.scroll, 0, "keys scroll the help, not the article");
    run(&mut m, &[Msg::Back, Msg::Down]);
    assert_eq!(m.overlay, Overlay::None);
    assert_eq!(m.article.scroll, 1);
    run(&mut m, &[Msg::OpenHelp, Msg::Quit]);
    assert!(m.quit);
}

#[test]
fn boilerplate_toggle_rewraps_without_losing_the_place() {
    let text =
        "First real paragraph about Acme.\nAdvertisement\nSecond real paragraph.\n".repeat(30);
    let mut m = Model::new(
        Story {
            document: Document::new(text),
            ..Story::default()
        },
        "t".into(),
        Vec::new(),
    );
    update(
        &mut m,
        Msg::Resize {
            width: 120,
            height: 20,
        },
    );
    let with = m.article.lines.len();
    run(&mut m, &[Msg::ToggleBoilerplate]);
    assert!(!m.show_boilerplate);
    assert_eq!(
        m.article.lines.len(),
        with - 60,
        "30 ads and their blank lines are gone"
    );
    run(&mut m, &[Msg::ToggleBoilerplate]);
    assert_eq!(m.article.lines.len(), with);
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer() {
    let mut m = model(100, 120, 40);
    run(
        &mut m,
        &[Msg::Wheel {
            column: 5,
            row: 5,
            lines: 3,
        }],
    );
    assert_eq!(m.article.scroll, 3);
    assert_eq!(m.focus, Pane::Article);
    run(
        &mut m,
        &[Msg::Wheel {
            column: 110,
            row: 5,
            lines: 3,
        }],
    );
    assert_eq!(m.facts.selected, Some(3));
    run(
        &mut m,
        &[Msg::Click {
            column: 110,
            row: 2,
        }],
    );
    assert_eq!(m.focus, Pane::Facts);
    assert_eq!(m.facts.selected, Some(m.facts.offset + 1));
}

#[test]
fn resizes_to_nothing_and_back_keep_everything_in_range() {
    let mut m = model(40, 120, 40);
    run(&mut m, &[Msg::Bottom]);
    for (w, h) in [
        (0, 0),
        (1, 1),
        (1, 80),
        (200, 1),
        (30, 7),
        (120, 40),
        (0, 0),
    ] {
        run(
            &mut m,
            &[
                Msg::Resize {
                    width: w,
                    height: h,
                },
                Msg::Down,
                Msg::PageUp,
            ],
        );
        assert!(m.article.scroll <= m.article.lines.len());
        assert!(m.facts.selected.unwrap() < m.facts.len);
    }
}

#[test]
fn empty_story_has_no_selection_and_moves_do_nothing() {
    let mut m = Model::new(Story::default(), "empty".into(), Vec::new());
    run(
        &mut m,
        &[
            Msg::Resize {
                width: 80,
                height: 24,
            },
            Msg::Down,
            Msg::Focus(Pane::Facts),
            Msg::Down,
            Msg::Activate,
        ],
    );
    assert_eq!(m.facts.selected, None);
    assert_eq!(m.article.scroll, 0);
}
