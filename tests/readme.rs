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
