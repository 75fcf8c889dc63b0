//! Parsing the config file: overrides, conflicts, colours, and errors with line:column.

use super::*;
use crate::msg::{Dir, Msg};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

fn press(config: &Config, code: KeyCode, modifiers: KeyModifiers) -> Option<Msg> {
    config.keymap.lookup(
        KeyEvent::new(code, modifiers),
        crate::keymap::Context::Normal,
        Dir::Forward,
    )
}

fn messages(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn the_printed_defaults_parse_back_to_the_defaults() {
    let text = print::defaults();
    let (config, problems) = parse(&text, "printed.toml");
    assert_eq!(messages(&problems), Vec::<String>::new());
    assert_eq!(config, Config::default());
    // And a changed config prints and reads back as itself.
    let (changed, problems) = parse(
        "[keys]\ndown = [\"Ctrl-n\", \"x\"]\nzoom = []\n[theme]\nmoney = \"#102030\"\nselection = \"blue\"\n",
        "c.toml",
    );
    assert_eq!(problems, []);
    let (again, problems) = parse(&print::render(&changed.keymap, &changed.theme), "again");
    assert_eq!(problems, []);
    assert_eq!(again, changed);
    assert_ne!(changed, Config::default());
}

#[test]
fn an_empty_file_is_the_defaults() {
    assert_eq!(parse("", "c.toml"), (Config::default(), vec![]));
    assert_eq!(
        parse("# nothing\n[keys]\n[theme]\n", "c.toml"),
        (Config::default(), vec![])
    );
}

#[test]
fn keys_add_to_and_override_single_defaults() {
    let (config, problems) = parse(
        "[keys]\ndown = [\"j\", \"Down\", \"Ctrl-n\"]\nquit = \"Q\"\n",
        "c.toml",
    );
    assert_eq!(problems, []);
    let ctrl = KeyModifiers::CONTROL;
    let none = KeyModifiers::NONE;
    assert_eq!(press(&config, KeyCode::Char('n'), ctrl), Some(Msg::Down));
    assert_eq!(press(&config, KeyCode::Char('j'), none), Some(Msg::Down));
    assert_eq!(press(&config, KeyCode::Char('Q'), none), Some(Msg::Quit));
    assert_eq!(press(&config, KeyCode::Char('q'), none), None);
    // Untouched actions keep their keys.
    assert_eq!(press(&config, KeyCode::Char('k'), none), Some(Msg::Up));
    assert_eq!(
        press(&config, KeyCode::Char('/'), none),
        Some(Msg::SearchOpen)
    );
}

#[test]
fn conflicts_and_unknown_names_are_reported_where_they_are() {
    let text = "[keys]\ntop = \"x\"\nbottom = [\"x\"]\ndwon = \"j\"\nup = [\"k\", \"Ctl-p\"]\nsearch = \"n\"\n";
    let (config, problems) = parse(text, "c.toml");
    assert_eq!(
        messages(&problems),
        [
            "c.toml:3:11: `x` is given to both `top` and `bottom`; `top` keeps it",
            "c.toml:4:1: unknown action `dwon` in [keys] (`dateline --print-config` lists them)",
            "c.toml:5:12: unknown key `Ctl-p`: write a character (\"j\", \"G\", \"?\"), a name \
             (Enter, Esc, Tab, Backspace, Delete, Insert, Home, End, PageUp, PageDown, Up, Down, \
             Left, Right, Space, F1…F24), with Ctrl-, Alt- or Shift- before it (for `up`)",
            "c.toml:6:10: `n` was `next-match`'s key and now does `search`; give `next-match` \
             its own keys in [keys] to silence this",
        ]
    );
    // The good parts still apply.
    assert_eq!(
        press(&config, KeyCode::Char('x'), KeyModifiers::NONE),
        Some(Msg::Top)
    );
    assert_eq!(
        press(&config, KeyCode::Char('n'), KeyModifiers::NONE),
        Some(Msg::SearchOpen)
    );
}

#[test]
fn theme_colours_by_name_and_hex_and_bad_ones_keep_their_default() {
    let text = "[theme]\nmoney = \"light-blue\"\nperson = \"#ff8000\"\nmatch = \"default\"\nplace = \"blurple\"\nmonye = \"red\"\n";
    let (config, problems) = parse(text, "c.toml");
    assert_eq!(config.theme.money, Some(Color::LightBlue));
    assert_eq!(config.theme.person, Some(Color::Rgb(255, 128, 0)));
    assert_eq!(config.theme.search_match, None);
    assert_eq!(config.theme.place, Theme::default().place);
    let m = messages(&problems);
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(
        m[0].starts_with("c.toml:5:9: unknown colour `blurple`"),
        "{m:?}"
    );
    assert!(
        m[1].starts_with(
            "c.toml:6:1: unknown colour name `monye` in [theme] (one of: money, percent"
        ),
        "{m:?}"
    );
}

#[test]
fn a_bad_entry_is_skipped_and_the_rest_of_the_file_applies() {
    // Each text has one bad entry and sets `up` to `x` (or `money` to red) besides.
    for (text, starts) in [
        ("[keys]\nup = \"x\"\ndown = [\"j\"\n", "c.toml:3:"),
        (
            "[keys]\ndown = 3\nup = \"x\"\n",
            "c.toml:2:8: `down` needs a key such as \"j\" or a list of keys such as [\"j\", \"Down\"], not an integer",
        ),
        (
            "[them]\nzoom = \"z\"\n[keys]\nup = \"x\"\n",
            "c.toml:1:2: unknown section `them` (dateline reads [keys] and [theme])",
        ),
        (
            "[theme]\nmoney = true\n[keys]\nup = \"x\"\n",
            "c.toml:2:9: `money` needs a colour",
        ),
        (
            "[keys]\ndown = \"j\"\ndown = \"k\"\nup = \"x\"\n",
            "c.toml:3:1: duplicate key",
        ),
    ] {
        let (config, problems) = parse(text, "c.toml");
        let m = messages(&problems);
        assert_eq!(m.len(), 1, "{text:?}: {m:?}");
        assert!(m[0].starts_with(starts), "{text:?}: {m:?}");
        assert!(m[0].ends_with("skipped"), "{m:?}");
        assert_eq!(
            press(&config, KeyCode::Char('x'), KeyModifiers::NONE),
            Some(Msg::Up),
            "{text:?}: the good entry was thrown away"
        );
    }
}

#[test]
fn a_bare_integer_colour_is_a_256_colour_index() {
    let (config, problems) = parse("[theme]\nperson = 200\nmoney = 256\n", "c.toml");
    assert_eq!(config.theme.person, Some(Color::Indexed(200)));
    let m = messages(&problems);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].starts_with("c.toml:3:9: unknown colour `256`"),
        "{m:?}"
    );
}

#[test]
fn every_problem_is_listed_not_only_the_first() {
    let text = "[keys]\ndown = 3\nup = [\"k\", 4]\ndwon = \"j\"\n[theme]\nmoney = false\nperson = \"blurple\"\n[extra]\n";
    let (_, problems) = parse(text, "c.toml");
    let places: Vec<_> = problems.iter().map(|p| p.place.unwrap().0).collect();
    assert_eq!(places, [2, 3, 4, 6, 7, 8], "{:?}", messages(&problems));
}

#[test]
fn problems_never_carry_control_characters() {
    let (_, problems) = parse("[keys]\n\"\\u001b[2Jx\" = \"j\"\n", "c\x1b]0;t\x07.toml");
    let m = messages(&problems);
    assert_eq!(m.len(), 1);
    assert!(!m[0].chars().any(char::is_control), "{m:?}");
}

#[test]
fn loading_a_missing_default_is_quiet_but_a_missing_named_file_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.toml");
    let loaded = load(Some(&missing));
    assert_eq!(loaded.config, Config::default());
    assert_eq!(loaded.problems.len(), 1);
    assert!(
        loaded.problems[0]
            .to_string()
            .contains("none.toml: cannot read")
    );
    assert_eq!(
        loaded.summary().unwrap(),
        "config: 1 problem — run dateline --check-config"
    );
    let path = dir.path().join("c.toml");
    std::fs::write(
        &path,
        "[keys]\nquit = \"Q\"\nzoom = \"?\"\nsearch = \"zz\"\n",
    )
    .unwrap();
    let loaded = load(Some(&path));
    assert_eq!(loaded.path.as_deref(), Some(path.as_path()));
    assert!(
        loaded.problems[0]
            .to_string()
            .contains("c.toml:3:8: `?` was `help`'s key"),
        "{:?}",
        loaded.problems
    );
    assert_eq!(
        loaded.summary().unwrap(),
        "config: 2 problems — run dateline --check-config"
    );
    assert!(
        load(Some(dir.path())).problems[0]
            .message
            .contains("directory")
    );
}
