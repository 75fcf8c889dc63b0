//! (bytes, width, height) → render to a buffer: never panics, no control character in a cell.
#![no_main]

use dateline::extract::{self, Options};
use dateline::model::Model;
use dateline::msg::Msg;
use dateline::story::Document;
use dateline::{ui, update::update};
use libfuzzer_sys::fuzz_target;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fuzz_target!(|input: (u8, u8, &[u8])| {
    let (width, height, bytes) = input;
    let (width, height) = (u16::from(width), u16::from(height) / 2);
    let text = String::from_utf8_lossy(bytes).into_owned();
    let story = extract::extract(Document::new(text), &Options::default());
    let mut model = Model::new(story, "fuzz".into(), Vec::new());
    update(&mut model, Msg::Resize { width, height });
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    ui::render(&model, area, &mut buf);
    for cell in buf.content() {
        assert!(!cell.symbol().chars().any(char::is_control));
    }
});
