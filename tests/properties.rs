//! Bounded property tests, the CI twins of the cargo-fuzz targets in `fuzz/`: any bytes load and
//! extract without panic with valid spans; any text renders at any size without control
//! characters or overflow; any key and resize sequence keeps selection and scroll in range.

use dateline::extract::{self, Options};
use dateline::model::Model;
use dateline::msg::Msg;
use dateline::pane::Pane;
use dateline::story::{Document, load};
use dateline::ui;
use dateline::update::update;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Text that looks like news with hostile and exotic pieces mixed in.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Acme Corp said on Monday it would cut 1,200 jobs. ".to_string()),
        Just("Shares rose 4.5% to $12.30, or €11. ".to_string()),
        Just("Dr. Zoë Müller of Société Générale spoke in São Paulo last week. ".to_string()),
        Just(
            "The second round follows the first round in October, which involved 140 layoffs. "
                .to_string()
        ),
        Just(
            "\x1b]0;title\x07\x1b[2J\u{9b}1m\x1bPdcs\x1b\\\u{202E}\u{2066}\0\x07\x08\t\r"
                .to_string()
        ),
        Just("a🌞b 👩‍🔬 日本語 e\u{301} \u{200B}\u{FEFF} ☸️ ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        "[ -~]{0,40}",
        "\\PC{0,20}",
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

fn story_of(text: &str) -> dateline::story::Story {
    extract::extract(
        Document::new(text.to_string()),
        &Options {
            reference_date: "2026-01-29".parse().ok(),
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_load_and_extract_with_valid_spans(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Some(loaded) = load::decode(&bytes) {
            let story = story_of(&loaded.text);
            let text = &story.document.text;
            for (i, f) in story.facts.iter().enumerate() {
                let span = f.span();
                prop_assert_eq!(f.index(), i);
                prop_assert!(span.start < span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
            for s in &story.document.sentences {
                prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            }
        }
    }

    #[test]
    fn news_like_text_extracts_with_valid_spans(text in article()) {
        let story = story_of(&text);
        for w in story.facts.windows(2) {
            let doc = &story.document.text;
            prop_assert!(w[0].end <= w[1].start, "facts overlap: {:?} {:?}", w[0].text(doc), w[1].text(doc));
        }
        for e in &story.events {
            for &f in &e.facts {
                prop_assert!(f < story.facts.len());
            }
        }
    }

    #[test]
    fn any_text_renders_at_any_size_safely(text in article(), width in 0u16..130, height in 0u16..45, focus in 0usize..3, zoom in any::<bool>()) {
        let mut model = Model::new(story_of(&text), "t\x1b]0;x\x07.txt".into(), Vec::new());
        update(&mut model, Msg::Resize { width, height });
        update(&mut model, Msg::Focus(Pane::ALL[focus]));
        if zoom { update(&mut model, Msg::ToggleZoom); }
        update(&mut model, Msg::Bottom);
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        ui::render(&model, area, &mut buf);
        for y in 0..height {
            // Walk the row as a terminal would: a wide symbol covers the cells after it.
            let mut x = 0usize;
            while x < width as usize {
                let symbol = buf[(x as u16, y)].symbol();
                prop_assert!(!symbol.chars().any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)),
                    "control character {:?} at {},{}", symbol, x, y);
                let w = unicode_width::UnicodeWidthStr::width(symbol).max(1);
                prop_assert!(x + w <= width as usize, "{:?} at {},{} overflows the row", symbol, x, y);
                x += w;
            }
        }
    }

    #[test]
    fn any_message_sequence_keeps_state_in_range(text in article(), msgs in prop::collection::vec(msg(), 0..60)) {
        let mut model = Model::new(story_of(&text), "t".into(), Vec::new());
        update(&mut model, Msg::Resize { width: 100, height: 30 });
        for m in msgs {
            update(&mut model, m);
            prop_assert!(model.article.scroll <= model.article.max_scroll());
            if let Some(s) = model.facts.selected { prop_assert!(s < model.facts.len); }
            if let Some(s) = model.timeline.selected { prop_assert!(s < model.timeline.len); }
            prop_assert!(model.facts.offset <= model.facts.len);
            if let Some(h) = model.highlight { prop_assert!(h < model.story.document.sentences.len()); }
        }
    }
}

fn msg() -> impl Strategy<Value = Msg> {
    prop_oneof![
        Just(Msg::Down),
        Just(Msg::Up),
        Just(Msg::HalfPageDown),
        Just(Msg::PageUp),
        Just(Msg::Top),
        Just(Msg::Bottom),
        Just(Msg::FocusNext),
        Just(Msg::FocusPrev),
        Just(Msg::ToggleZoom),
        Just(Msg::ToggleBoilerplate),
        Just(Msg::Activate),
        Just(Msg::OpenHelp),
        Just(Msg::Back),
        (0u16..200, 0u16..70).prop_map(|(width, height)| Msg::Resize { width, height }),
        (0u16..200, 0u16..70, -5i16..5).prop_map(|(column, row, lines)| Msg::Wheel {
            column,
            row,
            lines
        }),
        (0u16..200, 0u16..70).prop_map(|(column, row)| Msg::Click { column, row }),
    ]
}
