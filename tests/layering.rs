//! The design the README's "How it is built" states, checked on the source: the Elm core
//! (model, update, msg, effect, keymap) never reaches into the view or the runtime, and
//! extraction knows nothing of the TUI.

use std::path::Path;

/// Every `.rs` file under `path` (or `path` itself), with its text.
fn sources(path: &Path) -> Vec<(String, String)> {
    if path.is_file() {
        return vec![(
            path.display().to_string(),
            std::fs::read_to_string(path).unwrap(),
        )];
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        out.extend(sources(&entry.unwrap().path()));
    }
    out
}

/// The files of `modules` (paths under `src/`) that name any of `forbidden` (`crate::ui` …).
fn offenders(modules: &[&str], forbidden: &[&str]) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for module in modules {
        for (file, text) in sources(&src.join(module)) {
            for (n, line) in text.lines().enumerate() {
                if forbidden.iter().any(|f| line.contains(f)) {
                    found.push(format!("{file}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn the_elm_core_never_imports_the_view_or_the_runtime() {
    let core = [
        "model",
        "update",
        "msg.rs",
        "effect.rs",
        "keymap",
        "pane.rs",
    ];
    let found = offenders(&core, &["crate::ui", "crate::app"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn extraction_and_the_story_know_nothing_of_the_tui() {
    let pure = ["extract", "story"];
    let tui = [
        "crate::ui",
        "crate::app",
        "crate::model",
        "crate::update",
        "crate::keymap",
        "ratatui",
        "crossterm",
    ];
    let found = offenders(&pure, &tui);
    assert!(found.is_empty(), "{found:#?}");
}
