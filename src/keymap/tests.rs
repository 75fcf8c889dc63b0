//! The keys in effect: lookups, overrides, conflicts.

use super::*;
use crate::msg::JumpTarget;
use crate::story::FactKind;

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

fn press(map: &Keymap, code: KeyCode, modifiers: KeyModifiers) -> Option<Msg> {
    map.lookup(
        KeyEvent::new(code, modifiers),
        Context::Normal,
        Dir::Forward,
    )
}

/// Overrides from (action, keys) pairs, with made-up spans in that order.
fn overrides(entries: &[(&str, &[&str])]) -> Vec<Override> {
    entries
        .iter()
        .enumerate()
        .map(|(n, (action, keys))| Override {
            action: action.to_string(),
            action_span: n * 100..n * 100 + action.len(),
            keys: keys
                .iter()
                .enumerate()
                .map(|(m, k)| {
                    (
                        k.to_string(),
                        n * 100 + 10 * (m + 1)..n * 100 + 10 * (m + 1) + 1,
                    )
                })
                .collect(),
        })
        .collect()
}

#[test]
fn keys_map_to_intents() {
    let map = Keymap::default();
    assert_eq!(press(&map, KeyCode::Char('j'), NONE), Some(Msg::Down));
    assert_eq!(press(&map, KeyCode::Char('G'), SHIFT), Some(Msg::Bottom));
    assert_eq!(press(&map, KeyCode::Char('G'), NONE), Some(Msg::Bottom));
    assert_eq!(press(&map, KeyCode::Char('c'), CTRL), Some(Msg::Quit));
    assert_eq!(press(&map, KeyCode::Char('c'), NONE), None);
    assert_eq!(press(&map, KeyCode::Char('?'), SHIFT), Some(Msg::OpenHelp));
    assert_eq!(press(&map, KeyCode::BackTab, SHIFT), Some(Msg::FocusPrev));
    assert_eq!(press(&map, KeyCode::Char(' '), NONE), Some(Msg::PageDown));
}

#[test]
fn prompt_keys_type_and_edit() {
    let map = Keymap::default();
    let k = |code, m| map.lookup(KeyEvent::new(code, m), Context::Prompt, Dir::Forward);
    assert_eq!(k(KeyCode::Char('j'), NONE), Some(Msg::Input('j')));
    assert_eq!(k(KeyCode::Char('Q'), SHIFT), Some(Msg::Input('Q')));
    assert_eq!(k(KeyCode::Char('w'), CTRL), Some(Msg::EditDeleteWord));
    assert_eq!(k(KeyCode::Char('c'), CTRL), Some(Msg::Quit));
    assert_eq!(k(KeyCode::Enter, NONE), Some(Msg::Submit));
    assert_eq!(k(KeyCode::Esc, NONE), Some(Msg::Cancel));
}

#[test]
fn bracket_then_a_letter_jumps() {
    let map = Keymap::default();
    let k = |c, d| map.lookup(KeyEvent::new(KeyCode::Char(c), NONE), Context::Jump, d);
    assert_eq!(
        k('m', Dir::Backward),
        Some(Msg::Jump(Dir::Backward, JumpTarget::Fact(FactKind::Money)))
    );
    assert_eq!(
        k('e', Dir::Forward),
        Some(Msg::Jump(Dir::Forward, JumpTarget::Event))
    );
    assert_eq!(
        k('%', Dir::Forward),
        Some(Msg::Jump(Dir::Forward, JumpTarget::Fact(FactKind::Percent)))
    );
    assert_eq!(
        k('c', Dir::Backward),
        Some(Msg::Jump(Dir::Backward, JumpTarget::Fact(FactKind::Count)))
    );
    assert_eq!(
        k('x', Dir::Forward),
        Some(Msg::NotATarget(Chord::parse("x").unwrap()))
    );
    assert_eq!(
        map.lookup(
            KeyEvent::new(KeyCode::Esc, NONE),
            Context::Jump,
            Dir::Forward
        ),
        Some(Msg::CancelJump)
    );
}

#[test]
fn an_override_replaces_one_actions_keys_and_leaves_the_rest() {
    let (map, problems) = Keymap::with_overrides(&overrides(&[("down", &["j", "Down", "Ctrl-n"])]));
    assert_eq!(problems, []);
    assert_eq!(press(&map, KeyCode::Char('n'), CTRL), Some(Msg::Down));
    assert_eq!(press(&map, KeyCode::Char('j'), NONE), Some(Msg::Down));
    assert_eq!(press(&map, KeyCode::Char('k'), NONE), Some(Msg::Up));
    let (map, problems) = Keymap::with_overrides(&overrides(&[("down", &["x"])]));
    assert_eq!(problems, []);
    assert_eq!(press(&map, KeyCode::Char('x'), NONE), Some(Msg::Down));
    assert_eq!(press(&map, KeyCode::Char('j'), NONE), None);
    assert_eq!(press(&map, KeyCode::Down, NONE), None);
    // The help and the footer show what works.
    let rows = map.help_rows();
    assert!(
        rows.iter()
            .any(|r| r.keys == "x" && r.description.starts_with("down"))
    );
    let (map, _) = Keymap::with_overrides(&overrides(&[("quit", &["Q"])]));
    assert!(map.hints().contains(&("Q".to_string(), "quit")));
    assert!(!map.hints().iter().any(|(k, _)| k == "q"));
}

#[test]
fn a_key_taken_from_another_actions_defaults_moves_and_is_reported() {
    let (map, problems) = Keymap::with_overrides(&overrides(&[("down", &["j", "n"])]));
    assert_eq!(press(&map, KeyCode::Char('n'), NONE), Some(Msg::Down));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].span, 20..21);
    assert!(
        problems[0]
            .message
            .contains("`n` was `next-match`'s key and now does `down`")
    );
    // Naming the other action too settles it without a report.
    let (map, problems) = Keymap::with_overrides(&overrides(&[
        ("down", &["j", "n"]),
        ("next-match", &["Ctrl-n"]),
    ]));
    assert_eq!(problems, []);
    assert_eq!(press(&map, KeyCode::Char('n'), CTRL), Some(Msg::NextMatch));
}

#[test]
fn two_actions_on_one_key_is_a_conflict_the_first_wins() {
    let (map, problems) =
        Keymap::with_overrides(&overrides(&[("top", &["x"]), ("bottom", &["x", "G"])]));
    assert_eq!(press(&map, KeyCode::Char('x'), NONE), Some(Msg::Top));
    assert_eq!(press(&map, KeyCode::Char('G'), NONE), Some(Msg::Bottom));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].span, 110..111);
    assert!(
        problems[0]
            .message
            .contains("given to both `top` and `bottom`; `top` keeps it")
    );
    // The same key in different contexts is no conflict.
    let (_, problems) = Keymap::with_overrides(&overrides(&[
        ("prompt-submit", &["Enter"]),
        ("activate", &["Enter"]),
    ]));
    assert_eq!(problems, []);
}

#[test]
fn unknown_actions_and_keys_are_reported_and_skipped() {
    let (map, problems) =
        Keymap::with_overrides(&overrides(&[("dwon", &["x"]), ("up", &["Ctrl-p", "Uup"])]));
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0].span, 0..4);
    assert!(problems[0].message.contains("unknown action `dwon`"));
    assert_eq!(problems[1].span, 120..121);
    assert!(problems[1].message.contains("unknown key `Uup`"));
    assert_eq!(press(&map, KeyCode::Char('x'), NONE), None);
    assert_eq!(press(&map, KeyCode::Char('p'), CTRL), Some(Msg::Up));
}

#[test]
fn an_empty_list_unbinds_but_quit_keeps_a_way_out() {
    let (map, problems) = Keymap::with_overrides(&overrides(&[("zoom", &[])]));
    assert_eq!(problems, []);
    assert_eq!(press(&map, KeyCode::Char('z'), NONE), None);
    assert!(map.help_rows().iter().any(|r| r.keys == "(no key)"));
    let (map, problems) = Keymap::with_overrides(&overrides(&[("quit", &[]), ("zoom", &["q"])]));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].message.contains("`quit` needs a key"));
    assert_eq!(press(&map, KeyCode::Char('c'), CTRL), Some(Msg::Quit));
    assert_eq!(press(&map, KeyCode::Char('q'), NONE), Some(Msg::ToggleZoom));
}

/// Every default key of `quit` given to another action: it still gets a key, and the message
/// names that key (it said "it keeps its default keys" and kept none).
#[test]
fn quit_keeps_a_working_key_when_its_defaults_are_taken() {
    let (map, problems) = Keymap::with_overrides(&overrides(&[("down", &["q", "Ctrl-c", "j"])]));
    let message = &problems.last().unwrap().message;
    assert_eq!(
        message,
        "`quit` needs a key; its default keys went to other actions, so it gets `Ctrl-q`"
    );
    assert_eq!(
        problems.last().unwrap().span,
        0..4,
        "the entry that took them"
    );
    assert_eq!(press(&map, KeyCode::Char('q'), CTRL), Some(Msg::Quit));
    assert_eq!(press(&map, KeyCode::Char('q'), NONE), Some(Msg::Down));
    // Given none, its defaults come back, named.
    let (map, problems) = Keymap::with_overrides(&overrides(&[("quit", &[])]));
    assert_eq!(
        problems.last().unwrap().message,
        "`quit` needs a key; it keeps its default `q` `Ctrl-c`"
    );
    assert_eq!(press(&map, KeyCode::Char('q'), NONE), Some(Msg::Quit));
    // Every default and every fallback taken: it takes its first default back.
    let mut taken: Vec<&str> = vec!["q", "Ctrl-c"];
    taken.extend(QUIT_FALLBACK);
    let (map, problems) = Keymap::with_overrides(&overrides(&[("down", &taken)]));
    assert_eq!(
        problems.last().unwrap().message,
        "`quit` needs a key; it takes back `q`"
    );
    assert_eq!(press(&map, KeyCode::Char('q'), NONE), Some(Msg::Quit));
    assert_eq!(press(&map, KeyCode::Char('c'), CTRL), Some(Msg::Down));
}
