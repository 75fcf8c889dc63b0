//! Issue 15, "the reader, round two": search, narrowing and list marking (items 2, 4 and two
//! parts of 7). Pure update tests, pane buffer tests and whole-screen snapshots at 100×30,
//! 60×20 and 200×60.

mod support;

use dateline::model::Model;
use dateline::msg::Msg;
use dateline::pane::Pane;
use support::tui::{buffer_text, bundled, run, screen, text_of, typed};

/// The bundled story with its reference date.
// Item 7: after Backspace out of a narrowing, the list the reader was not in is where it was.

#[test]
fn backspace_out_of_a_narrowing_puts_back_the_unfocused_facts_selection() {
    let mut m = bundled(100, 30);
    run(&mut m, &[Msg::Focus(Pane::Facts), Msg::Down, Msg::Down]);
    let chosen = m.selected_fact();
    let line = m.facts.selected;
    // To an event the chosen fact is not part of, narrowed with Enter in the Timeline.
    run(&mut m, &[Msg::Focus(Pane::Timeline)]);
    while m.story.events[m.selected_event().unwrap()]
        .facts
        .contains(&chosen.unwrap())
    {
        run(&mut m, &[Msg::Down]);
    }
    let event = m.selected_event();
    run(&mut m, &[Msg::Activate]);
    assert_eq!(m.event_rows.len(), 1, "narrowed to the event");
    assert_ne!(
        m.selected_fact(),
        chosen,
        "the narrowing moved the Facts selection"
    );
    run(&mut m, &[Msg::NarrowBack]);
    assert_eq!(m.selected_fact(), chosen, "the Facts list is where it was");
    assert_eq!(m.facts.selected, line);
    assert_eq!(m.selected_event(), event, "the Timeline stays on its event");
    // The unfocused list draws that selection.
    let facts = dateline::update::current_areas(&m).facts.unwrap();
    let row = line.unwrap() - m.facts.offset;
    assert!(row < m.list_rows(Pane::Facts), "the selection is on screen");
    let t = screen(&m);
    let cell = &t.backend().buffer()[(facts.x + 3, facts.y + 1 + row as u16)];
    assert!(
        cell.modifier.contains(ratatui::style::Modifier::REVERSED),
        "{}",
        text_of(&m)
    );
}

#[test]
fn backspace_keeps_the_focused_list_where_the_reader_took_it() {
    let mut m = bundled(100, 30);
    // Narrowed to Amazon from the Facts pane, then a move in the Facts list.
    run(&mut m, &[Msg::Focus(Pane::Facts)]);
    let amazon = m
        .story
        .entities
        .iter()
        .find(|e| e.name == "Amazon")
        .unwrap()
        .id;
    while m
        .selected_fact()
        .and_then(|f| m.story.facts[f].entity_index())
        != Some(amazon)
    {
        run(&mut m, &[Msg::Down]);
    }
    run(&mut m, &[Msg::Expand, Msg::Down, Msg::Activate]);
    assert!(!m.narrow.is_empty());
    run(&mut m, &[Msg::Focus(Pane::Facts), Msg::Down]);
    let moved = m.selected_fact();
    run(&mut m, &[Msg::NarrowBack]);
    assert!(m.narrow.is_empty());
    assert_eq!(m.selected_fact(), moved);
}

// Item 7: under NO_COLOR a search match looks different from a fact's mention.

/// The modifiers of the first cell drawing `needle` in the article pane (its left column).
fn article_cell(m: &Model, needle: &str) -> ratatui::style::Modifier {
    let t = screen(m);
    let buf = t.backend().buffer();
    let text = buffer_text(buf);
    let article = dateline::update::current_areas(m).article.unwrap();
    for (y, line) in text.lines().enumerate() {
        let row: String = line.chars().take(article.right() as usize).collect();
        if let Some(at) = row.find(needle) {
            let x = row[..at].chars().count() as u16;
            return buf[(x, y as u16)].modifier;
        }
    }
    panic!("{needle:?} not drawn\n{text}");
}

#[test]
fn without_colour_a_search_match_is_not_a_mention() {
    use ratatui::style::Modifier;
    let mut m = bundled(100, 30);
    m.theme = dateline::theme::Theme::monochrome();
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "report");
    run(&mut m, &[Msg::Submit]);
    assert!(m.search.results.as_ref().unwrap().spans.len() > 1);
    // "Jassy" is a fact's mention and no match: underlined only.
    let mention = article_cell(&m, "Jassy");
    assert!(mention.contains(Modifier::UNDERLINED));
    assert!(!mention.contains(Modifier::REVERSED));
    // The matches n/N is not on: reversed (the current one is reversed and bold).
    let t = screen(&m);
    let buf = t.backend().buffer();
    let text =
        dateline::model::layout::article_text(dateline::update::current_areas(&m).article.unwrap());
    let matched: Vec<Modifier> = (text.top()..text.bottom())
        .flat_map(|y| (text.left()..text.right()).map(move |x| (x, y)))
        .map(|(x, y)| buf[(x, y)].modifier)
        .filter(|md| md.contains(Modifier::UNDERLINED) && !md.contains(Modifier::BOLD))
        .filter(|md| *md != mention)
        .collect();
    assert!(!matched.is_empty(), "no match drawn unlike a mention");
    assert!(matched.iter().all(|md| md.contains(Modifier::REVERSED)));
}

// Item 4: narrowing follows the story, not the words.

/// The entity called `name`.
fn entity(m: &Model, name: &str) -> usize {
    m.story
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}"))
        .id
}

/// Enter on a mention of `name` in the Facts pane (unfolding its group first).
fn narrow_to_name(m: &mut Model, name: &str) {
    let id = entity(m, name);
    run(m, &[Msg::Focus(Pane::Facts), Msg::Top]);
    while m
        .selected_fact()
        .and_then(|f| m.story.facts[f].entity_index())
        != Some(id)
    {
        run(m, &[Msg::Down]);
    }
    run(m, &[Msg::Expand]);
    if m.fact_lines[m.facts.selected.unwrap()].shape != dateline::model::Shape::Fact {
        run(m, &[Msg::Down]);
    }
    run(m, &[Msg::Activate]);
    assert_eq!(m.narrow_label().as_deref(), Some(name));
}

#[test]
fn a_name_narrows_the_timeline_to_its_events_told_by_any_words() {
    let mut m = bundled(100, 30);
    narrow_to_name(&mut m, "Amazon");
    let story = &m.story;
    let amazon: Vec<usize> = (0..story.events.len())
        .filter(|&e| story.events[e].actor.as_deref() == Some("Amazon"))
        .collect();
    // A round whose sentence says "The company", not "Amazon", is Amazon's all the same.
    assert!(
        amazon.iter().any(|&e| !story
            .document
            .sentence_text(story.events[e].sentence)
            .contains("Amazon")),
        "the story tells one of Amazon's events without its name"
    );
    let mut listed = m.event_rows.clone();
    listed.sort_unstable();
    assert_eq!(listed, amazon);
    // Its facts are listed with it: the figure of that round.
    for &e in &amazon {
        for f in story.events[e].facts.iter() {
            assert!(m.fact_rows.contains(f), "fact {f} of event {e}");
        }
    }
}

#[test]
fn the_series_and_checks_narrow_with_the_events() {
    let mut m = bundled(100, 30);
    let all_series = m.story.series.len();
    assert!(all_series > 0 && !m.story.checks.is_empty());
    assert_eq!(
        (m.series_rows.as_ref(), m.check_rows.as_ref()),
        (None, None)
    );
    narrow_to_name(&mut m, "SoftBank");
    // SoftBank has no layoffs: Amazon's series and its sums are not drawn.
    assert_eq!(m.series_rows.as_deref(), Some(&[][..]));
    run(&mut m, &[Msg::Focus(Pane::Timeline)]);
    let text = text_of(&m);
    assert!(!text.contains("Amazon layoffs"), "{text}");
    for c in m.check_rows.as_ref().unwrap() {
        let check = &m.story.checks[*c];
        assert!(!check.message.contains("layoffs"), "{}", check.message);
    }
    // Amazon keeps its series and its checks.
    run(&mut m, &[Msg::NarrowBack]);
    narrow_to_name(&mut m, "Amazon");
    assert_eq!(m.series_rows.as_ref().map(Vec::len), Some(all_series));
    run(&mut m, &[Msg::Focus(Pane::Timeline)]);
    assert!(text_of(&m).contains("── Amazon layoffs"));
    // An event narrows its series too, and out of every narrowing all are back.
    run(&mut m, &[Msg::Activate]);
    assert!(m.series_rows.is_some());
    run(&mut m, &[Msg::NarrowBack, Msg::NarrowBack]);
    assert_eq!(
        (m.series_rows.as_ref(), m.check_rows.as_ref()),
        (None, None)
    );
}

#[test]
fn enter_in_the_article_narrows_to_what_the_marked_sentence_tells() {
    let mut m = bundled(100, 30);
    // The Facts pane's selection is a figure; the article's marked sentence tells an event.
    run(&mut m, &[Msg::Focus(Pane::Article), Msg::Top]);
    run(
        &mut m,
        &[Msg::Jump(
            dateline::msg::Dir::Forward,
            dateline::msg::JumpTarget::Event,
        )],
    );
    let sentence = m.highlight.unwrap();
    run(&mut m, &[Msg::Activate]);
    let narrowed = m.narrow.last().map(|n| n.to);
    let Some(dateline::model::Narrow::Event(e)) = narrowed else {
        panic!("narrowed to {narrowed:?}, not an event")
    };
    assert_eq!(m.story.events[e].sentence, sentence);
    assert_eq!(m.event_rows, [e]);
    assert!(
        m.message
            .as_deref()
            .unwrap()
            .starts_with("narrowed to event")
    );
}

#[test]
fn enter_in_the_article_says_when_there_is_nothing_to_narrow_to() {
    let mut m = bundled(100, 30);
    // A sentence with no fact and no event in it, marked by a search.
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "\"Executives have framed\"");
    run(&mut m, &[Msg::Submit, Msg::Back, Msg::Focus(Pane::Article)]);
    let sentence = m.highlight.expect("the match's sentence is marked");
    assert!(m.story.facts.iter().all(|f| f.sentence_index() != sentence));
    run(&mut m, &[Msg::Activate]);
    assert!(m.narrow.is_empty());
    let said = m.message.clone().unwrap();
    assert!(
        said.contains(&format!("sentence {}", sentence + 1)),
        "{said}"
    );
    assert!(said.contains("nothing to narrow to"), "{said}");
    // With no sentence marked, Enter says how to mark one.
    let mut m = bundled(100, 30);
    m.highlight = None;
    run(&mut m, &[Msg::Focus(Pane::Article), Msg::Activate]);
    assert!(m.narrow.is_empty());
    assert!(
        m.message
            .as_deref()
            .unwrap()
            .contains("no sentence is marked")
    );
}

// Item 2: what you see while typing a search is what you get after Enter.

const SIZES: [(u16, u16); 3] = [(100, 30), (60, 20), (200, 60)];

/// What the lists and the article show.
fn shown(m: &Model) -> (Vec<usize>, Vec<usize>, Option<Vec<usize>>) {
    (
        m.fact_rows.clone(),
        m.event_rows.clone(),
        m.article.only.clone(),
    )
}

#[test]
fn enter_keeps_the_lists_typing_narrowed() {
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        let all = shown(&m);
        run(&mut m, &[Msg::SearchOpen]);
        typed(&mut m, "%money");
        let typing = shown(&m);
        assert_eq!(typing.0.len(), 4, "{w}×{h}");
        assert_eq!(typing.1.len(), 4, "{w}×{h}");
        assert!(
            typing.2.is_some(),
            "{w}×{h}: the article shows the matching sentences"
        );
        run(&mut m, &[Msg::Submit]);
        assert_eq!(shown(&m), typing, "{w}×{h}: Enter keeps what typing showed");
        run(&mut m, &[Msg::Focus(Pane::Facts)]);
        assert!(text_of(&m).contains("Facts 4 of 42"), "{w}×{h}");
        // `&`: every row again, in the lists and the article; again: only the matches.
        run(&mut m, &[Msg::ToggleFilter]);
        assert_eq!(shown(&m), all, "{w}×{h}");
        run(&mut m, &[Msg::ToggleFilter]);
        assert_eq!(shown(&m), typing, "{w}×{h}");
        // Esc clears the search, and everything is listed again.
        run(&mut m, &[Msg::Back]);
        assert_eq!(shown(&m), all, "{w}×{h}");
    }
}

#[test]
fn in_context_every_list_marks_its_matching_rows() {
    let mut m = bundled(200, 60);
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "%money");
    run(&mut m, &[Msg::Submit, Msg::ToggleFilter]);
    let results = m.search.results.clone().unwrap();
    // Facts: exactly the lines of the matching facts.
    let marked: Vec<usize> = (0..m.fact_lines.len())
        .filter(|&l| m.fact_line_marked[l])
        .collect();
    let mut expected: Vec<usize> = results
        .facts
        .iter()
        .filter_map(|&f| m.fact_line(f))
        .collect();
    expected.sort_unstable();
    assert_eq!(marked, expected);
    assert_eq!(marked.len(), 4);
    // Timeline: the events resting on a matching fact, and only those.
    for (row, &e) in m.event_rows.iter().enumerate() {
        let rests = m.story.events[e]
            .facts
            .iter()
            .any(|f| results.facts.contains(f));
        assert_eq!(m.event_row_marked[row], rests, "event {e}");
    }
    assert!(m.event_row_marked.iter().any(|&b| b));
    assert!(m.event_row_marked.iter().any(|&b| !b));
    // Drawn: a • before each marked row, and beside each line of a matching sentence.
    let text = text_of(&m);
    let facts_marked = text
        .lines()
        .filter(|l| l.contains("│•money") || l.contains("│▸money"))
        .count();
    assert_eq!(facts_marked, 4, "{text}");
    assert!(!text.contains("│•count"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.contains("│•") && l.contains("construction"))
    );
    let article = dateline::update::current_areas(&m).article.unwrap();
    let gap = dateline::model::layout::article_text(article).right() as usize;
    let beside: Vec<&str> = text
        .lines()
        .filter(|l| l.chars().nth(gap) == Some('•'))
        .collect();
    assert!(beside.iter().any(|l| l.contains("$100 billion")), "{text}");
    assert!(
        !beside.iter().any(|l| l.contains("Advertisement")),
        "{text}"
    );
    // No marks while the lists are filtered (every row matches) or with no search.
    run(&mut m, &[Msg::ToggleFilter]);
    assert!(m.fact_line_marked.is_empty() && m.event_row_marked.is_empty());
    run(&mut m, &[Msg::ToggleFilter, Msg::Back]);
    assert!(m.fact_line_marked.is_empty() && m.event_row_marked.is_empty());
    assert!(!text_of(&m).contains('•'));
}

#[test]
fn in_context_typing_shows_what_enter_keeps_too() {
    let mut m = bundled(100, 30);
    run(&mut m, &[Msg::ToggleFilter, Msg::SearchOpen]);
    typed(&mut m, "softbank");
    let typing = shown(&m);
    assert_eq!(
        typing.0.len(),
        m.story.facts.len(),
        "every fact, the matches marked"
    );
    assert!(m.fact_line_marked.iter().any(|&b| b));
    run(&mut m, &[Msg::Submit]);
    assert_eq!(shown(&m), typing);
    assert!(m.fact_line_marked.iter().any(|&b| b));
}

#[test]
fn the_footer_shows_the_filter_key_while_a_search_is_in_effect() {
    let footer = |m: &Model| text_of(m).lines().last().unwrap().to_string();
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        assert!(!footer(&m).contains("& all"), "{}", footer(&m));
        run(&mut m, &[Msg::SearchOpen]);
        typed(&mut m, "amazon");
        // After Enter and after the next key (which clears Enter's message) alike.
        for msg in [Msg::Submit, Msg::Down] {
            run(&mut m, &[msg]);
            assert!(
                footer(&m).contains("filtered · & all"),
                "{w}×{h}: {}",
                footer(&m)
            );
        }
        run(&mut m, &[Msg::ToggleFilter, Msg::Down]);
        assert!(
            footer(&m).contains("in context · & filter"),
            "{w}×{h}: {}",
            footer(&m)
        );
        run(&mut m, &[Msg::Back]);
        assert!(!footer(&m).contains("& filter"), "{w}×{h}: {}", footer(&m));
    }
    // The key shown is the key in effect: from the key table and the config.
    let mut m = bundled(100, 30);
    let (keys, problems) =
        dateline::keymap::Keymap::with_overrides(&[dateline::keymap::Override {
            action: "toggle-filter".into(),
            action_span: 0..13,
            keys: vec![("F".into(), 16..19)],
        }]);
    assert_eq!(problems, []);
    m.keymap = keys;
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "amazon");
    run(&mut m, &[Msg::Submit, Msg::Down]);
    assert!(footer(&m).contains("filtered · F all"), "{}", footer(&m));
}

#[test]
fn esc_clears_the_search_then_the_narrowing() {
    let mut m = bundled(100, 30);
    narrow_to_name(&mut m, "Amazon");
    let narrowed = shown(&m);
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "%count");
    run(&mut m, &[Msg::Submit]);
    assert!(m.fact_rows.len() < narrowed.0.len());
    run(&mut m, &[Msg::Back]);
    assert!(m.search.results.is_none());
    assert_eq!(m.narrow_label().as_deref(), Some("Amazon"));
    assert_eq!(shown(&m).0, narrowed.0);
    run(&mut m, &[Msg::Back]);
    assert!(m.narrow.is_empty());
}

#[test]
fn snapshot_search_filtered_and_in_context() {
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        run(&mut m, &[Msg::SearchOpen]);
        typed(&mut m, "%money");
        run(&mut m, &[Msg::Submit]);
        insta::assert_snapshot!(format!("search_filtered_{w}x{h}"), screen(&m).backend());
        run(&mut m, &[Msg::ToggleFilter, Msg::Focus(Pane::Facts)]);
        insta::assert_snapshot!(format!("search_in_context_{w}x{h}"), screen(&m).backend());
    }
}
