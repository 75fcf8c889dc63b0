//! Pure update tests: (state, messages, expected state), no terminal.

mod support;

use dateline::model::{Mode, Model};
use dateline::msg::Msg;
use dateline::pane::Pane;
use dateline::story::{Document, Fact, FactKind, Story};
use dateline::update::update;
use support::tui::run;

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
        document: document.into(),
        facts,
        ..Story::default()
    }
}

fn model(n: usize, width: u16, height: u16) -> Model {
    support::tui::model(story(n), "test", width, height)
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
    assert!(matches!(m.mode, Mode::Help { scroll: 2, .. }));
    assert_eq!(m.article.scroll, 0, "keys scroll the help, not the article");
    run(&mut m, &[Msg::Back, Msg::Down]);
    assert_eq!(m.mode, Mode::Reading);
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
            document: Document::new(text).into(),
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

/// The bundled story, extracted, at 200×60.
fn bundled() -> Model {
    let story = dateline::extract::extract(
        Document::new(dateline::BUNDLED_STORY.to_string()),
        &dateline::extract::Options {
            reference_date: Some(jiff::civil::date(2026, 1, 29)),
        },
    );
    let mut m = Model::new(story, "story.txt".into(), Vec::new());
    update(
        &mut m,
        Msg::Resize {
            width: 200,
            height: 60,
        },
    );
    m
}

/// What the last update asked to copy (none, or one text).
fn copied(m: &mut Model) -> Vec<String> {
    match m.effect.take() {
        Some(dateline::effect::Effect::Copy(t)) => vec![t],
        Some(other) => panic!("not a copy: {other:?}"),
        None => Vec::new(),
    }
}

#[test]
fn y_copies_the_selection_with_its_sentence_and_position() {
    let mut m = bundled();
    run(&mut m, &[Msg::Focus(Pane::Facts), Msg::Down, Msg::Copy]);
    let id = m.selected_fact().unwrap();
    let fact = m.story.facts[id].clone();
    let text = copied(&mut m);
    assert_eq!(text.len(), 1, "one copy per key");
    let sentence = m.story.document.sentence_text(fact.sentence_index()).trim();
    let words = m.story.document.slice(fact.span());
    let lines: Vec<&str> = text[0].lines().collect();
    assert!(lines[0].contains(words), "{lines:?}");
    assert_eq!(lines[1], format!("> {}", sentence.replace('\n', " ")));
    assert!(
        lines[2].starts_with("— story.txt:")
            && lines[2].ends_with(&format!("sentence {}", fact.sentence + 1)),
        "{lines:?}"
    );
    assert_eq!(
        m.message.as_deref(),
        Some(format!("copied fact {} with its source", id + 1).as_str())
    );

    run(&mut m, &[Msg::Focus(Pane::Timeline), Msg::Copy]);
    let event = m.story.events[m.selected_event().unwrap()].clone();
    let text = copied(&mut m);
    assert!(text[0].starts_with(event.kind.label()), "{text:?}");

    // Nothing is sent when nothing is selected.
    run(&mut m, &[Msg::Focus(Pane::Facts), Msg::SearchOpen]);
    for c in "zzzqqq".chars() {
        update(&mut m, Msg::Input(c));
    }
    run(&mut m, &[Msg::Submit, Msg::Copy]);
    assert!(copied(&mut m).is_empty());
    assert_eq!(m.message.as_deref(), Some("nothing selected to copy"));
}

#[test]
fn shift_y_copies_the_listed_facts_as_a_markdown_table() {
    let mut m = bundled();
    run(&mut m, &[Msg::CopyTable]);
    let all = copied(&mut m);
    assert_eq!(all[0].lines().count(), 2 + m.story.facts.len());
    run(&mut m, &[Msg::SearchOpen]);
    for c in "%money".chars() {
        update(&mut m, Msg::Input(c));
    }
    // Enter keeps only the matches listed.
    run(&mut m, &[Msg::Submit, Msg::CopyTable]);
    let money = copied(&mut m);
    let rows: Vec<&str> = money[0].lines().skip(2).collect();
    assert_eq!(rows.len(), m.fact_rows.len());
    assert!(rows.len() >= 4 && rows.len() < m.story.facts.len());
    assert!(rows.iter().all(|r| r.contains("| money |")), "{rows:?}");
    assert_eq!(
        m.message.as_deref(),
        Some(format!("copied {} facts as a Markdown table", rows.len()).as_str())
    );
}

/// A model showing only the first `preview` paragraphs of `story(n)`, as the TUI starts on a
/// large article, with the whole document wrapped as the loading thread would.
fn preview_and_whole(
    n: usize,
    preview: usize,
) -> (
    Model,
    std::sync::Arc<Document>,
    Vec<dateline::model::wrap::ScreenLine>,
) {
    let whole = story(n);
    let cut = whole.document.paragraphs[preview].span.start;
    let mut m = Model::new(
        Story {
            document: Document::new(whole.document.text[..cut].to_string()).into(),
            ..Story::default()
        },
        "big".into(),
        Vec::new(),
    );
    m.loading = Some(dateline::model::Loading {
        stage: dateline::model::Stage::Reading,
        done: 0,
        total: 0,
    });
    update(
        &mut m,
        Msg::Resize {
            width: 120,
            height: 40,
        },
    );
    let mut view = dateline::model::ArticleView::default();
    view.rewrap(&whole.document, m.article.width, true, None);
    (m, whole.document, view.lines)
}

#[test]
fn the_whole_document_replaces_the_preview_keeping_the_place() {
    use dateline::update::loading;
    let (mut m, doc, lines) = preview_and_whole(300, 50);
    run(&mut m, &[Msg::Down, Msg::Down]);
    let top = m.article.lines[m.article.scroll].start;
    let width = m.article.width;
    loading::document_ready(&mut m, doc.clone(), width, lines.clone());
    assert_eq!(m.article.lines, lines);
    assert_eq!(m.article.lines[m.article.scroll].start, top);
    assert_eq!(m.loading.unwrap().stage, dateline::model::Stage::Extracting);
    loading::progress(&mut m, 150);
    assert_eq!(m.loading.unwrap().percent(), 50);

    // `G` on the preview means the end of the article.
    let (mut m, doc, lines) = preview_and_whole(300, 50);
    run(&mut m, &[Msg::Bottom]);
    let width = m.article.width;
    loading::document_ready(&mut m, doc, width, lines);
    assert_eq!(m.article.scroll, m.article.max_scroll());
    assert!(m.article.lines[m.article.scroll].start > m.article.lines.len());

    // Wrapped for a width the pane no longer has: wrapped again.
    let (mut m, doc, lines) = preview_and_whole(300, 50);
    update(
        &mut m,
        Msg::Resize {
            width: 80,
            height: 30,
        },
    );
    loading::document_ready(&mut m, doc.clone(), 999, lines);
    let mut fresh = dateline::model::ArticleView::default();
    fresh.rewrap(&doc, m.article.width, true, None);
    assert_eq!(m.article.lines, fresh.lines);
}

#[test]
fn the_story_fills_the_panes_and_reruns_a_search_typed_meanwhile() {
    use dateline::update::loading;
    let (mut m, doc, lines) = preview_and_whole(40, 10);
    let width = m.article.width;
    loading::document_ready(&mut m, doc.clone(), width, lines);
    run(&mut m, &[Msg::SearchOpen, Msg::Input('$'), Msg::Input('7')]);
    assert_eq!(m.fact_rows.len(), 0, "nothing to find yet");
    let mut whole = story(40);
    whole.document = doc;
    let index = dateline::search::Index::new(&whole);
    loading::story_ready(&mut m, whole, index);
    assert!(m.loading.is_none());
    assert_eq!(m.facts.selected, Some(0));
    assert!(
        !m.fact_rows.is_empty() && m.fact_rows.len() < 40,
        "the search ran on the facts: {:?}",
        m.fact_rows
    );
}

#[test]
fn a_search_still_running_when_the_story_comes_runs_again_over_it() {
    use dateline::effect::Effect;
    use dateline::update::loading;
    let (mut m, doc, lines) = preview_and_whole(40, 10);
    m.search.in_update_up_to = 0;
    let width = m.article.width;
    loading::document_ready(&mut m, doc.clone(), width, lines);
    run(&mut m, &[Msg::SearchOpen, Msg::Input('$'), Msg::Input('7')]);
    let Some(Effect::Search { generation, .. }) = m.effect.take() else {
        panic!("a large story is searched on the thread");
    };
    run(&mut m, &[Msg::Submit]);
    let mut whole = story(40);
    whole.document = doc;
    let index = dateline::search::Index::new(&whole);
    loading::story_ready(&mut m, whole, index);
    // The answer over the preview is stale; the same query is asked again of the new index.
    match m.effect.take() {
        Some(Effect::Search {
            generation: again,
            query,
        }) => {
            assert!(again > generation);
            assert_eq!(query, "$7");
        }
        other => panic!("no new search: {other:?}"),
    }
    dateline::update::search::arrived(&mut m, generation, Default::default());
    assert!(m.search.running.is_some(), "the stale answer is dropped");
}

#[test]
fn leaving_filter_mode_after_the_whole_document_came_shows_the_whole_document() {
    use dateline::update::loading;
    let (mut m, doc, lines) = preview_and_whole(40, 10);
    run(&mut m, &[Msg::SearchOpen]);
    for c in "paragraph".chars() {
        update(&mut m, Msg::Input(c));
    }
    run(&mut m, &[Msg::Submit]);
    assert!(m.article.whole.is_some());
    let width = m.article.width;
    loading::document_ready(&mut m, doc.clone(), width, lines);
    run(&mut m, &[Msg::ToggleFilter]);
    let mut fresh = dateline::model::ArticleView::default();
    fresh.rewrap(&doc, width, true, None);
    assert_eq!(m.article.lines, fresh.lines, "not the preview's lines");
}

/// A saved view comes back at another width on the same text, and whatever no longer
/// fits the document (ids, offsets past the end) is clamped or dropped.
#[test]
fn a_saved_view_is_restored_at_any_width_and_clamped() {
    use dateline::persist::state::ArticleState;
    use dateline::update::{article_state, restore};
    let mut m = model(100, 120, 40);
    run(&mut m, &[Msg::Focus(Pane::Facts), Msg::Down, Msg::Down]);
    run(
        &mut m,
        &[Msg::Focus(Pane::Article), Msg::PageDown, Msg::Down],
    );
    run(&mut m, &[Msg::Focus(Pane::Timeline)]);
    let saved = article_state(&m);
    let top = m.article.lines[m.article.scroll].start;
    assert_eq!(saved.offset, top);
    assert_eq!(saved.fact, Some(2));

    let mut narrow = model(100, 60, 30);
    restore(&mut narrow, &saved);
    assert_eq!(narrow.focus, Pane::Timeline);
    assert_eq!(narrow.selected_fact(), Some(2));
    let line = &narrow.article.lines[narrow.article.scroll];
    assert!(line.start <= top && top < line.end().max(line.start + 1));

    let mut clamped = model(3, 120, 40);
    restore(
        &mut clamped,
        &ArticleState {
            offset: usize::MAX,
            fact: Some(999),
            event: Some(999),
            highlight: Some(999),
            ..saved
        },
    );
    assert!(clamped.article.scroll <= clamped.article.max_scroll());
    assert_eq!(clamped.selected_fact(), Some(0));
    assert_eq!(clamped.highlight, None);
}
