//! The README stays true: every key in the key table is documented there, and its config
//! example is a config file without problems.

use dateline::keymap::Keymap;

#[test]
fn every_key_binding_is_in_the_readme() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for row in Keymap::default().help_rows() {
        for key in row.keys.split(' ') {
            assert!(
                readme.contains(&format!("`{key}`")),
                "README's key table lacks `{key}`"
            );
        }
    }
}

#[test]
fn the_readme_config_example_is_a_config_without_problems() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("```toml\n").expect("a TOML example") + "```toml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let (config, problems) = dateline::config::parse(&readme[start..end], "README.md");
    assert_eq!(problems, []);
    assert_ne!(config, dateline::config::Config::default());
}

#[test]
fn readme_gives_the_two_commands() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}

/// The screen `cargo run --release` shows on a first run in a 100×24 terminal: the bundled
/// story, no reference date, nothing remembered.
fn first_run_screen() -> String {
    use dateline::extract::{self, Options};
    use dateline::model::Model;
    use dateline::msg::Msg;
    use dateline::story::Document;
    let story = extract::extract(
        Document::new(dateline::BUNDLED_STORY.to_string()),
        &Options {
            reference_date: None,
        },
    );
    let mut m = Model::new(story, dateline::BUNDLED_NAME.into(), Vec::new());
    dateline::update::update(
        &mut m,
        Msg::Resize {
            width: 100,
            height: 24,
        },
    );
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 24)).unwrap();
    t.draw(|f| dateline::ui::view(&m, f)).unwrap();
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..24 {
        let row: String = (0..100).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn the_readme_mock_up_is_what_a_first_run_shows() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let after = &readme[readme.find("## What it shows").unwrap()..];
    let start = after.find("```text\n").expect("a mock-up") + "```text\n".len();
    let end = start + after[start..].find("```").unwrap();
    let shown = first_run_screen();
    assert!(
        after[start..end] == shown,
        "README's mock-up is not what `cargo run --release` shows at 100×24; put this in \
         its place:\n{shown}"
    );
}
