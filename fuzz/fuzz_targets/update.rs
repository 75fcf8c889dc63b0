//! Random key and resize sequences → update: selection and scroll always in range.
#![no_main]

use dateline::model::Model;
use dateline::pane::Pane;
use dateline::msg::Msg;
use dateline::update::update;
use libfuzzer_sys::fuzz_target;

const STORY: &str = dateline::BUNDLED_STORY;

fuzz_target!(|ops: &[u8]| {
    let story = dateline::extract::extract_text(STORY, &Default::default());
    let mut model = Model::new(story, "fuzz".into(), Vec::new());
    for pair in ops.chunks(3) {
        let a = pair.first().copied().unwrap_or(0);
        let b = u16::from(pair.get(1).copied().unwrap_or(0));
        let c = u16::from(pair.get(2).copied().unwrap_or(0));
        let msg = match a % 18 {
            0 => Msg::Down,
            1 => Msg::Up,
            2 => Msg::PageDown,
            3 => Msg::PageUp,
            4 => Msg::Top,
            5 => Msg::Bottom,
            6 => Msg::FocusNext,
            7 => Msg::Focus(Pane::ALL[usize::from(b % 3)]),
            8 => Msg::ToggleZoom,
            9 => Msg::ToggleBoilerplate,
            10 => Msg::Activate,
            11 => Msg::OpenHelp,
            12 => Msg::Back,
            13 => Msg::HalfPageDown,
            14 => Msg::Wheel { column: b, row: c, lines: 3 },
            15 => Msg::Click { column: b, row: c },
            _ => Msg::Resize { width: b, height: c / 2 },
        };
        update(&mut model, msg);
        assert!(model.article.scroll <= model.article.max_scroll());
        if let Some(s) = model.facts.selected {
            assert!(s < model.facts.len);
        }
        if let Some(s) = model.timeline.selected {
            assert!(s < model.timeline.len);
        }
    }
});
