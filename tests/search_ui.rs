//! Search, narrowing and typed jumps in the TUI, as (state, messages, expected state).

mod support;

use dateline::model::{Mode, Model, SearchMode};
use dateline::msg::{Dir, JumpTarget, Msg};
use dateline::pane::Pane;
use dateline::story::FactKind;
use dateline::update::update;
use support::tui::{model, run, seed_story, typed};

fn seed() -> Model {
    model(seed_story(), "seed", 120, 40)
}

fn listed_texts(m: &Model) -> Vec<&str> {
    m.fact_rows
        .iter()
        .map(|&f| m.story.facts[f].text(&m.story.document.text))
        .collect()
}

#[test]
fn typing_narrows_the_facts_and_enter_keeps_the_search() {
    let mut m = seed();
    let all = m.fact_rows.len();
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "%money");
    assert_eq!(m.mode, Mode::Search);
    assert_eq!(m.fact_rows.len(), 4, "{:?}", listed_texts(&m));
    typed(&mut m, " >50b");
    assert_eq!(
        listed_texts(&m),
        ["up to $100 billion", "as much as $830 billion"]
    );
    let typing = (
        m.fact_rows.clone(),
        m.event_rows.clone(),
        m.article.only.clone(),
    );
    assert!(
        typing.2.is_some(),
        "the article shows the matching sentences while typing"
    );
    run(&mut m, &[Msg::Submit]);
    assert_ne!(m.mode, Mode::Search);
    // Enter keeps what typing showed: only the matches, in the lists and the article.
    assert_eq!(m.search.mode, SearchMode::Filter);
    assert_eq!(
        (
            m.fact_rows.clone(),
            m.event_rows.clone(),
            m.article.only.clone()
        ),
        typing
    );
    assert_eq!(m.search.results.as_ref().unwrap().spans.len(), 2);
    // `&`: every row, the article whole, the matches highlighted.
    run(&mut m, &[Msg::ToggleFilter]);
    assert_eq!(m.search.mode, SearchMode::InContext);
    assert_eq!(m.fact_rows.len(), all);
    assert!(m.article.only.is_none());
    run(&mut m, &[Msg::ToggleFilter]);
    assert_eq!(m.fact_rows.len(), 2);
    assert!(m.article.only.is_some());
}

#[test]
fn esc_cancels_and_restores_the_view() {
    let mut m = seed();
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "jassy");
    run(&mut m, &[Msg::Submit]);
    let kept = m.search.results.clone();
    run(&mut m, &[Msg::PageDown, Msg::SearchOpen]);
    let scroll = m.article.scroll;
    typed(&mut m, "softbank");
    assert_ne!(m.search.results, kept);
    run(&mut m, &[Msg::Cancel]);
    assert_eq!(m.search.results, kept, "the earlier search is back");
    assert_eq!(m.search.query, "jassy");
    assert_eq!(m.article.scroll, scroll);
    // Esc in the panes then clears the search, one layer at a time.
    run(&mut m, &[Msg::Back]);
    assert!(m.search.results.is_none());
}

#[test]
fn malformed_queries_say_what_is_wrong_and_keep_the_results() {
    let mut m = seed();
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "%money");
    let good = m.search.results.clone();
    typed(&mut m, " >");
    assert!(m.search.error.is_some());
    assert_eq!(m.search.results, good);
    run(&mut m, &[Msg::Submit]);
    assert!(
        m.mode == Mode::Search,
        "Enter does not accept a broken query"
    );
    run(&mut m, &[Msg::EditBackspace]);
    assert!(m.search.error.is_none());
    typed(&mut m, " %nonsense");
    assert!(m.search.error.as_deref().unwrap().contains("nonsense"));
}

#[test]
fn line_editing_and_history() {
    let mut m = seed();
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "amazon layoffs");
    run(&mut m, &[Msg::EditDeleteWord]);
    assert_eq!(m.search.line.text, "amazon ");
    run(&mut m, &[Msg::EditLeft, Msg::EditLeft, Msg::Input('X')]);
    assert_eq!(m.search.line.text, "amazoXn ");
    run(&mut m, &[Msg::EditDeleteToStart]);
    assert_eq!(m.search.line.text, "n ");
    run(
        &mut m,
        &[Msg::EditEnd, Msg::EditBackspace, Msg::EditBackspace],
    );
    typed(&mut m, "openai");
    run(&mut m, &[Msg::Submit, Msg::SearchOpen]);
    typed(&mut m, "x");
    run(&mut m, &[Msg::PromptUp]);
    assert_eq!(m.search.line.text, "openai");
    run(&mut m, &[Msg::PromptDown]);
    assert_eq!(m.search.line.text, "x");
}

#[test]
fn n_and_capital_n_step_through_matches_wrapping() {
    let mut m = seed();
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "amazon");
    run(&mut m, &[Msg::Submit]);
    let total = m.search.results.as_ref().unwrap().spans.len();
    assert!(total > 5);
    let first = m.search.current.unwrap();
    run(&mut m, &[Msg::NextMatch]);
    assert_eq!(m.search.current, Some((first + 1) % total));
    assert!(
        m.message
            .as_deref()
            .unwrap()
            .starts_with(&format!("match {}/{total}", first + 2))
    );
    run(&mut m, &[Msg::PrevMatch, Msg::PrevMatch]);
    assert_eq!(m.search.current, Some((first + total - 1) % total));
    // The current match is on screen.
    let span = m.search.results.as_ref().unwrap().spans[m.search.current.unwrap()];
    let line = m.article.line_at(span.start);
    assert!(line >= m.article.scroll && line < m.article.scroll + m.article.height);
}

#[test]
fn typed_jumps_go_to_the_next_fact_of_a_kind() {
    let mut m = seed();
    run(
        &mut m,
        &[Msg::Jump(Dir::Forward, JumpTarget::Fact(FactKind::Money))],
    );
    let f = m.selected_fact().unwrap();
    assert_eq!(
        m.story.facts[f].text(&m.story.document.text),
        "up to $100 billion"
    );
    run(
        &mut m,
        &[Msg::Jump(Dir::Forward, JumpTarget::Fact(FactKind::Money))],
    );
    assert_eq!(
        m.story.facts[m.selected_fact().unwrap()].text(&m.story.document.text),
        "as much as $830 billion"
    );
    run(
        &mut m,
        &[Msg::Jump(Dir::Backward, JumpTarget::Fact(FactKind::Money))],
    );
    assert_eq!(
        m.story.facts[m.selected_fact().unwrap()].text(&m.story.document.text),
        "up to $100 billion"
    );
    run(
        &mut m,
        &[Msg::Jump(Dir::Forward, JumpTarget::Fact(FactKind::Person))],
    );
    assert_eq!(
        m.story.facts[m.selected_fact().unwrap()].text(&m.story.document.text),
        "Andy Jassy"
    );
    run(&mut m, &[Msg::Jump(Dir::Forward, JumpTarget::Event)]);
    let sentence = m.highlight.unwrap();
    assert!(m.story.events.iter().any(|e| e.sentence == sentence));
    // `]` then a letter that names nothing only cancels the prefix.
    run(
        &mut m,
        &[Msg::JumpPrefix(Dir::Forward), Msg::CancelJump, Msg::Down],
    );
    assert_eq!(m.mode, Mode::Reading);
}

#[test]
fn selecting_an_entity_or_event_narrows_and_backspace_steps_back() {
    let mut m = seed();
    let all_facts = m.fact_rows.len();
    let all_events = m.event_rows.len();
    // Enter on the first SoftBank mention narrows to SoftBank.
    let row = m
        .fact_rows
        .iter()
        .copied()
        .find(|&f| m.story.facts[f].text(&m.story.document.text) == "SoftBank")
        .and_then(|f| m.fact_line(f))
        .unwrap();
    run(&mut m, &[Msg::Focus(Pane::Facts)]);
    for _ in 0..row {
        update(&mut m, Msg::Down);
    }
    run(&mut m, &[Msg::Activate]);
    assert_eq!(m.narrow_label().as_deref(), Some("SoftBank"));
    assert!(m.fact_rows.len() < all_facts);
    assert!(
        m.event_rows
            .iter()
            .all(|&e| m.story.events[e].actor.as_deref() == Some("SoftBank"))
    );
    // Enter on an event narrows the facts to those it rests on.
    run(&mut m, &[Msg::Focus(Pane::Timeline), Msg::Activate]);
    let e = m.selected_event().unwrap();
    let mut facts = m.story.events[e].facts.to_vec();
    facts.sort_unstable();
    assert_eq!(m.fact_rows, facts);
    run(&mut m, &[Msg::NarrowBack]);
    assert_eq!(m.narrow_label().as_deref(), Some("SoftBank"));
    run(&mut m, &[Msg::NarrowBack]);
    assert_eq!(
        (m.fact_rows.len(), m.event_rows.len()),
        (all_facts, all_events)
    );
}

#[test]
fn the_help_overlay_filters_as_you_type() {
    let mut m = seed();
    run(&mut m, &[Msg::OpenHelp]);
    typed(&mut m, "quit");
    let Mode::Help { filter, .. } = &m.mode else {
        panic!("help is open")
    };
    assert_eq!(filter.text, "quit");
    run(&mut m, &[Msg::Cancel]);
    assert_eq!(m.mode, Mode::Reading);
}

/// The text of `rect` in a buffer, one string per row.
fn rows_of(buf: &ratatui::buffer::Buffer, rect: ratatui::layout::Rect) -> Vec<String> {
    (rect.top()..rect.bottom())
        .map(|y| {
            (rect.left()..rect.right())
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn a_narrowed_timeline_draws_only_the_listed_events() {
    let mut m = seed();
    let row = m
        .fact_rows
        .iter()
        .copied()
        .find(|&f| m.story.facts[f].text(&m.story.document.text) == "SoftBank")
        .and_then(|f| m.fact_line(f))
        .unwrap();
    run(&mut m, &[Msg::Focus(Pane::Facts)]);
    for _ in 0..row {
        update(&mut m, Msg::Down);
    }
    run(&mut m, &[Msg::Activate, Msg::Focus(Pane::Timeline)]);
    assert!(!m.event_rows.is_empty() && m.event_rows.len() < m.story.events.len());
    let area = ratatui::layout::Rect::new(0, 0, 120, 40);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    dateline::ui::render(&m, area, &mut buf);
    let pane = dateline::model::layout::areas(area, m.focus, m.zoomed)
        .timeline
        .unwrap();
    let rows = rows_of(&buf, dateline::model::layout::inner(pane));
    // The event rows come first, one per listed event, each SoftBank's.
    for (i, &e) in m.event_rows.iter().enumerate() {
        let label = m.story.events[e].kind.label();
        assert!(
            rows[i].contains(label) && rows[i].contains("SoftBank"),
            "{rows:#?}"
        );
    }
}

#[test]
fn filter_mode_shows_only_matching_sentences_and_leaving_it_restores_the_article() {
    let mut m = seed();
    let article = m.article.lines.clone();
    run(&mut m, &[Msg::SearchOpen]);
    typed(&mut m, "layoffs");
    run(&mut m, &[Msg::Submit]);
    let matching = m.search.results.as_ref().unwrap().sentences.len();
    assert!(matching >= 2);
    assert!(
        m.article.lines.len() < article.len(),
        "only the matching sentences"
    );
    assert!(
        m.article.whole.is_some(),
        "the article's lines are kept meanwhile"
    );
    run(&mut m, &[Msg::ToggleFilter]);
    assert_eq!(m.article.lines, article);
    assert_eq!(m.article.whole, None);
    // Filter mode at one width, back at another: the article is wrapped for the new width.
    run(&mut m, &[Msg::ToggleFilter]);
    update(
        &mut m,
        Msg::Resize {
            width: 90,
            height: 40,
        },
    );
    run(&mut m, &[Msg::ToggleFilter]);
    let mut fresh = dateline::model::ArticleView::default();
    fresh.rewrap(&m.story.document, m.article.width, true, None);
    assert_eq!(m.article.lines, fresh.lines);
}
