//! A story and a `Model` made as the TUI makes them, and messages applied in turn: the
//! (state, messages, expected state) shape of the pure update and screen tests.

use dateline::extract::{self, Options};
use dateline::model::Model;
use dateline::msg::Msg;
use dateline::story::{Document, Story};
use dateline::ui;
use dateline::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The reference date of the golden file and the snapshots: the seed's publication day.
pub const SEED_DATE: &str = "2026-01-29";

/// `text` extracted as of [`SEED_DATE`].
pub fn story_of(text: &str) -> Story {
    extract::extract(
        Document::new(text.to_string()),
        &Options {
            reference_date: SEED_DATE.parse().ok(),
        },
    )
}

/// The bundled story, extracted as of its publication day.
pub fn seed_story() -> Story {
    story_of(dateline::BUNDLED_STORY)
}

/// A model of `story` opened as `source`, on a `width` × `height` terminal.
pub fn model(story: Story, source: &str, width: u16, height: u16) -> Model {
    let mut m = Model::new(story, source.into(), Vec::new());
    update(&mut m, Msg::Resize { width, height });
    m
}

/// The bundled story as it opens (publication day as reference), on a `width` × `height`
/// terminal.
pub fn bundled(width: u16, height: u16) -> Model {
    model(seed_story(), "seeds/story.txt", width, height)
}

/// Types `text` into whatever has the keys, one character at a time.
pub fn typed(m: &mut Model, text: &str) {
    for c in text.chars() {
        update(m, Msg::Input(c));
    }
}

/// Applies `msgs` in turn.
pub fn run(m: &mut Model, msgs: &[Msg]) {
    for &msg in msgs {
        update(m, msg);
    }
}

/// The whole screen of `m`, drawn once at its size.
pub fn screen(m: &Model) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(m.width, m.height)).unwrap();
    t.draw(|f| ui::view(m, f)).unwrap();
    t
}

/// The whole screen of `m` as text, one line per row.
pub fn text_of(m: &Model) -> String {
    buffer_text(screen(m).backend().buffer())
}

/// A buffer's cells as text, one line per row.
pub fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}
