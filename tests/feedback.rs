//! Issue 15, items 6 and 7: feedback for every key (the pending-key popup, a key that names no
//! jump target, the zoom indicator, the restored place, config problems, the help hint at
//! every width, the help overlay's end, hidden boilerplate) and the small things a careful
//! user notices (counts that agree with their noun). Pure update tests, pane buffer tests and
//! whole-screen snapshots at 100×30, 60×20 and 200×60.

mod support;

use dateline::config;
use dateline::keymap::{Keymap, Override};
use dateline::model::{Mode, Model};
use dateline::msg::{Dir, Msg};
use dateline::pane::Pane;
use dateline::persist::state::ArticleState;
use dateline::update;
use support::tui::{bundled, run, screen, seed_story, story_of, text_of};

const SIZES: [(u16, u16); 3] = [(100, 30), (60, 20), (200, 60)];

/// The status bar: the screen's last row.
fn status_of(m: &Model) -> String {
    text_of(m).lines().last().unwrap_or_default().to_string()
}

fn with_keys(m: &mut Model, keys: &[(&str, &[&str])]) {
    let overrides: Vec<Override> = keys
        .iter()
        .enumerate()
        .map(|(i, (action, keys))| Override {
            action: action.to_string(),
            action_span: i..i + 1,
            keys: keys.iter().map(|k| (k.to_string(), i..i + 1)).collect(),
        })
        .collect();
    let (map, problems) = Keymap::with_overrides(&overrides);
    assert_eq!(problems, []);
    m.keymap = map;
}

// The pending-key popup after `]` / `[`.

#[test]
fn bracket_shows_what_may_follow_from_the_keys_in_effect() {
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        run(&mut m, &[Msg::JumpPrefix(Dir::Forward)]);
        let text = text_of(&m);
        assert!(text.contains("] next"), "{w}×{h}:\n{text}");
        for (key, what) in m.keymap.jump_targets() {
            assert!(
                text.contains(&format!("{key}  {what}")),
                "{w}×{h}: `{key} {what}` missing:\n{text}"
            );
        }
        run(&mut m, &[Msg::CancelJump, Msg::JumpPrefix(Dir::Backward)]);
        assert!(text_of(&m).contains("[ previous"), "{w}×{h}");
    }
    // A remapped target shows its new key: the popup reads the table, never a list of its own.
    let mut m = bundled(100, 30);
    with_keys(&mut m, &[("jump-money", &["M"]), ("jump-next", &["}"])]);
    run(&mut m, &[Msg::JumpPrefix(Dir::Forward)]);
    let text = text_of(&m);
    assert!(
        text.contains("} next") && text.contains("M  money"),
        "{text}"
    );
    assert!(!text.contains("m  money"), "{text}");
    // Any key closes it.
    run(&mut m, &[Msg::CancelJump]);
    assert!(!text_of(&m).contains("} next"));
}

#[test]
fn snapshot_pending_keys_100x30() {
    let mut m = bundled(100, 30);
    run(&mut m, &[Msg::JumpPrefix(Dir::Forward)]);
    insta::assert_snapshot!(screen(&m).backend());
}

#[test]
fn snapshot_pending_keys_60x20() {
    let mut m = bundled(60, 20);
    run(&mut m, &[Msg::JumpPrefix(Dir::Backward)]);
    insta::assert_snapshot!(screen(&m).backend());
}

#[test]
fn a_key_that_names_no_target_says_so() {
    let mut m = bundled(100, 30);
    let x = dateline::keymap::Chord::parse("x").unwrap();
    let before = m.article.scroll;
    run(&mut m, &[Msg::JumpPrefix(Dir::Forward), Msg::NotATarget(x)]);
    assert_eq!(m.mode, Mode::Reading);
    assert_eq!(m.article.scroll, before);
    let msg = m.message.clone().unwrap_or_default();
    assert_eq!(msg, "`x` is not a jump target — one of m p o d e c %");
    assert!(status_of(&m).contains(&msg), "{}", status_of(&m));
    // Esc after `]` just cancels, quietly.
    run(&mut m, &[Msg::JumpPrefix(Dir::Forward), Msg::CancelJump]);
    assert_eq!((m.mode.clone(), m.message.clone()), (Mode::Reading, None));
}

#[test]
fn brackets_jump_to_counts_and_percentages() {
    let text = "Acme Corp said on Monday it would cut 1,200 jobs.\n\n\
                Its shares fell 4.5% after the news.\n\n\
                The company hired 300 engineers last year.\n\n\
                Revenue rose 12% in the quarter.\n";
    let mut m = support::tui::model(story_of(text), "acme.txt", 100, 30);
    let sentence = |m: &Model| {
        let s = m.highlight.expect("a marked sentence");
        m.story.document.sentence_text(s).to_string()
    };
    run(&mut m, &[Msg::Jump(Dir::Forward, count())]);
    assert!(sentence(&m).contains("1,200 jobs"), "{}", sentence(&m));
    run(&mut m, &[Msg::Jump(Dir::Forward, count())]);
    assert!(sentence(&m).contains("300 engineers"), "{}", sentence(&m));
    run(&mut m, &[Msg::Jump(Dir::Forward, percent())]);
    assert!(sentence(&m).contains("12%"), "{}", sentence(&m));
    run(&mut m, &[Msg::Jump(Dir::Backward, percent())]);
    assert!(sentence(&m).contains("4.5%"), "{}", sentence(&m));
    // And the keys after `]` are `c` and `%`.
    let keys: Vec<String> = m
        .keymap
        .jump_targets()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert!(keys.contains(&"c".to_string()) && keys.contains(&"%".to_string()));
}

fn count() -> dateline::msg::JumpTarget {
    dateline::msg::JumpTarget::Fact(dateline::story::FactKind::Count)
}

fn percent() -> dateline::msg::JumpTarget {
    dateline::msg::JumpTarget::Fact(dateline::story::FactKind::Percent)
}

// Zoom.

#[test]
fn zoom_shows_in_the_status_bar_and_tabs_say_why_z_does_nothing() {
    for (w, h) in [(100, 30), (200, 60)] {
        let mut m = bundled(w, h);
        run(&mut m, &[Msg::Focus(Pane::Facts), Msg::ToggleZoom]);
        assert!(m.zoomed);
        assert!(
            status_of(&m).contains("zoomed: z shows all"),
            "{w}×{h}: {}",
            status_of(&m)
        );
        run(&mut m, &[Msg::ToggleZoom]);
        assert!(!status_of(&m).contains("zoomed"));
    }
    let mut m = bundled(60, 20);
    run(&mut m, &[Msg::ToggleZoom]);
    assert!(!m.zoomed, "one pane at a time already");
    let status = status_of(&m);
    assert!(
        status.contains("z: one pane at a time already below 100 columns"),
        "{status}"
    );
}

// The restored place.

#[test]
fn a_restored_place_says_so_and_esc_starts_at_the_top() {
    let saved = ArticleState {
        offset: 900,
        focus: Some(Pane::Facts),
        fact: Some(5),
        history: vec!["%money".into()],
        ..ArticleState::default()
    };
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        update::restore(&mut m, &saved);
        assert_eq!(m.focus, Pane::Facts);
        let status = status_of(&m);
        assert!(
            status.contains("restored your place — Esc to start at the top"),
            "{w}×{h}: {status}"
        );
        run(&mut m, &[Msg::Back]);
        assert_eq!(
            (m.article.scroll, m.focus, m.facts.selected, m.highlight),
            (0, Pane::Article, Some(0), None),
            "{w}×{h}"
        );
        assert_eq!(m.search.line.history, ["%money"], "the history stays");
        // Only right after the restore: a later Esc is the usual one.
        let mut m = bundled(w, h);
        update::restore(&mut m, &saved);
        run(&mut m, &[Msg::Down, Msg::Back]);
        assert_eq!(m.focus, Pane::Facts, "{w}×{h}");
    }
    // A place at the top is not news.
    let mut m = bundled(100, 30);
    update::restore(&mut m, &ArticleState::default());
    assert_eq!(m.message, None);
}

// Config problems.

#[test]
fn config_problems_are_counted_in_a_line_that_fits() {
    let text =
        "[keys]\ndown = 3\ndwon = \"j\"\nup = [\"k\", 4]\n[theme]\nmoney = \"blurple\"\n[extra]\n";
    let (_, problems) = config::parse(text, "/home/someone/.config/dateline/config.toml");
    assert_eq!(problems.len(), 5);
    let loaded = config::Loaded {
        problems,
        ..config::Loaded::default()
    };
    for (w, h) in [(60, 20), (100, 30), (200, 60)] {
        let mut m = bundled(w, h);
        m.message = loaded.summary();
        let status = status_of(&m);
        assert!(
            status.contains("config: 5 problems — run dateline --check-config"),
            "{w}×{h}: {status}"
        );
    }
}

// The help hint.

#[test]
fn help_comes_first_in_the_status_bar_at_every_width() {
    for (w, h) in [(30, 10), (40, 12), (60, 20), (100, 30), (200, 60)] {
        let mut m = bundled(w, h);
        for pane in Pane::ALL {
            run(&mut m, &[Msg::Focus(pane)]);
            let status = status_of(&m);
            assert!(status.starts_with(" ? help │"), "{w}×{h}: {status}");
        }
        // With a message too.
        let x = dateline::keymap::Chord::parse("x").unwrap();
        run(&mut m, &[Msg::JumpPrefix(Dir::Forward), Msg::NotATarget(x)]);
        assert!(status_of(&m).starts_with(" ? help │"), "{w}×{h}");
    }
    // Remapped, it shows the key that works.
    let mut m = bundled(60, 20);
    with_keys(&mut m, &[("help", &["F1"])]);
    assert!(status_of(&m).starts_with(" F1 help │"), "{}", status_of(&m));
}

#[test]
fn a_long_file_name_gives_way_keeping_its_end() {
    let mut m = support::tui::model(
        seed_story(),
        "/very/long/path/to/some/directory/of/articles/story.txt",
        60,
        20,
    );
    run(&mut m, &[]);
    let status = status_of(&m);
    assert!(
        status.contains("…") && status.contains("story.txt │ Article line 1/"),
        "{status}"
    );
}

#[test]
fn snapshot_status_bar_30x10() {
    let m = bundled(30, 10);
    insta::assert_snapshot!(screen(&m).backend());
}

// The help overlay.

#[test]
fn the_help_overlay_stops_scrolling_at_its_end() {
    for (w, h) in SIZES {
        let mut m = bundled(w, h);
        run(&mut m, &[Msg::OpenHelp]);
        for _ in 0..500 {
            run(&mut m, &[Msg::PromptDown]);
        }
        let text = text_of(&m);
        // The last row of the help is drawn, on the box's last line.
        let rows: Vec<&str> = text.lines().collect();
        let last = rows
            .iter()
            .position(|l| l.contains("%money openai >50b"))
            .unwrap_or_else(|| panic!("{w}×{h}: the last row is not shown\n{text}"));
        assert!(rows[last + 1].contains("└"), "{w}×{h}:\n{text}");
        // One step up shows something new at once: no dead scrolling past the end.
        let Mode::Help { scroll, .. } = m.mode.clone() else {
            panic!("help closed")
        };
        run(&mut m, &[Msg::PromptUp]);
        let Mode::Help { scroll: up, .. } = m.mode.clone() else {
            panic!("help closed")
        };
        assert_eq!(up + 1, scroll, "{w}×{h}");
        assert_ne!(text_of(&m), text, "{w}×{h}");
    }
}

// Boilerplate.

#[test]
fn hiding_boilerplate_hides_its_facts() {
    let text = "Acme Corp said it would cut 1,200 jobs in March.\n\n\
                Advertisement\n\n\
                Subscribe to our newsletter for $5 a month.\n\n\
                The cuts follow 300 layoffs last year.\n";
    let mut m = support::tui::model(story_of(text), "acme.txt", 100, 30);
    let money_listed = |m: &Model| {
        m.fact_rows
            .iter()
            .any(|&f| m.story.facts[f].kind == dateline::story::FactKind::Money)
    };
    assert!(money_listed(&m), "the $5 is a fact while boilerplate shows");
    let all = m.fact_rows.len();
    // Select the boilerplate's fact, then hide it.
    let at = m
        .fact_lines
        .iter()
        .position(|l| m.story.facts[l.fact].kind == dateline::story::FactKind::Money)
        .unwrap();
    run(
        &mut m,
        &[Msg::Focus(Pane::Facts), Msg::Select(Pane::Facts, at)],
    );
    run(&mut m, &[Msg::ToggleBoilerplate]);
    assert!(!money_listed(&m), "hidden with its boilerplate");
    assert!(m.fact_rows.len() < all);
    assert!(
        m.selected_fact()
            .is_some_and(|f| m.story.facts[f].kind != dateline::story::FactKind::Money)
    );
    assert_eq!(
        m.message.as_deref(),
        Some("boilerplate hidden, and the 1 fact it gives")
    );
    assert!(!text_of(&m).contains("$5"));
    run(&mut m, &[Msg::ToggleBoilerplate]);
    assert_eq!(m.fact_rows.len(), all);
    assert!(money_listed(&m));
}

// Counts agree with their nouns.

#[test]
fn one_match_is_one_match() {
    let text = "Acme Corp shares fell 4.5% on Monday.\n\nThe company said little else.\n";
    let mut m = support::tui::model(story_of(text), "acme.txt", 100, 30);
    run(&mut m, &[Msg::SearchOpen]);
    for c in "%percent".chars() {
        run(&mut m, &[Msg::Input(c)]);
    }
    let status = status_of(&m);
    assert!(status.contains("1 fact, 1 match"), "{status}");
    assert!(!status.contains("1 facts") && !status.contains("1 matches"));
}

// Exporting to a directory.

#[test]
fn exporting_to_a_directory_says_so_before_any_overwrite_question() {
    use dateline::effect::Outcome;
    use dateline::output::Format;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let story = seed_story();
    for typed in [out.display().to_string(), format!("{}/", out.display())] {
        // The loop's side: nothing is written and no question is asked, whatever `overwrite`.
        for overwrite in [false, true] {
            let outcome = dateline::output::file::export(&story, &typed, Format::Md, overwrite);
            let Outcome::NotAFile { error, .. } = &outcome else {
                panic!("{typed}: {outcome:?}")
            };
            assert!(error.contains("is a directory"), "{error}");
        }
        // The model's side: back to the path, saying so and what would do.
        let mut m = support::tui::model(seed_story(), "acme.txt", 100, 30);
        run(&mut m, &[Msg::ExportOpen, Msg::EditDeleteToStart]);
        for c in typed.chars() {
            run(&mut m, &[Msg::Input(c)]);
        }
        run(&mut m, &[Msg::Submit]);
        let effect = m.effect.take().expect("a write asked for");
        let dateline::effect::Effect::Export {
            path,
            format,
            overwrite,
        } = effect
        else {
            panic!("{effect:?}")
        };
        update::outcome(
            &mut m,
            dateline::output::file::export(&story, &path, format, overwrite),
        );
        assert_eq!(m.mode, Mode::Export, "never 'overwrite?'");
        let error = m.export.error.clone().unwrap_or_default();
        assert!(
            error.contains("is a directory, not a file: give a file name, such as ")
                && error.ends_with("/out/acme.dateline.md"),
            "{error}"
        );
        assert!(
            status_of(&m).contains("is a directory"),
            "{}",
            status_of(&m)
        );
    }
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        0,
        "nothing written"
    );
}

// `| head`: a reader that goes away mid-stream.

#[test]
fn every_subcommand_piped_into_head_ends_silently() {
    let story = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_4645c990ff64489e.txt"
    );
    let dir = tempfile::tempdir().unwrap();
    // More output than a pipe holds, so `head` is gone while dateline still writes.
    let records = dir.path().join("records.jsonl");
    let record =
        "{\"id\": 1, \"text\": \"Acme Corp cut 1,200 jobs, or 5% of staff, in March 2025.\"}\n";
    std::fs::write(&records, record.repeat(3000)).unwrap();
    let commands: [(&[&str], &str); 11] = [
        (&["man"], ""),
        (&["completions", "bash"], ""),
        (&["completions", "fish"], ""),
        (&["--help"], ""),
        (&["extract", "--help"], ""),
        (&["--print-config"], ""),
        (&["extract", "--pretty", story], ""),
        (&["extract", "--format", "md", story], ""),
        (&["extract", "--format", "csv", story], ""),
        (&["extract", "--jsonl"], records.to_str().unwrap()),
        (&["--plain", "--no-state", story], ""),
    ];
    for (args, input) in commands {
        let stdin = if input.is_empty() {
            // Plain mode lists every fact, again and again.
            let cmds = dir.path().join("cmds");
            std::fs::write(&cmds, "f\nl\nt\nl\na\nl\n".repeat(50)).unwrap();
            cmds
        } else {
            input.into()
        };
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg("\"$0\" \"$@\" < \"$STDIN\" | head -n 1 > /dev/null; echo \"${PIPESTATUS[0]}\"")
            .arg(env!("CARGO_BIN_EXE_dateline"))
            .args(args)
            .env("STDIN", &stdin)
            .env("XDG_CONFIG_HOME", dir.path())
            .env("XDG_STATE_HOME", dir.path())
            .env("TERM", "dumb")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr, "", "{args:?}: no 'Broken pipe', no panic");
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "{args:?}");
    }
}

// Ids and sentence numbers.

#[test]
fn people_read_ids_and_sentences_from_1_and_the_json_says_it_counts_from_0() {
    use dateline::output::{Format, render};
    let story = seed_story();
    let json: serde_json::Value = serde_json::from_str(&render(&story, Format::Json)).unwrap();
    assert_eq!(json["index_base"], 0);
    let facts = json["facts"].as_array().unwrap();
    assert_eq!(facts[0]["id"], 0);
    let csv = render(&story, Format::Csv);
    let md = render(&story, Format::Md);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), facts.len());
    for (row, fact) in rows.iter().zip(facts) {
        let id = fact["id"].as_u64().unwrap();
        let sentence = fact["sentence"].as_u64().unwrap();
        // CSV: id first, sentence last (no field of the seed's facts is quoted).
        let fields: Vec<&str> = row.split(',').collect();
        assert_eq!(fields[0], (id + 1).to_string(), "{row}");
        assert_eq!(fields.last().unwrap(), &(sentence + 1).to_string(), "{row}");
        // Markdown: the fact's row, under the sentence it is said in.
        assert!(
            md.contains(&format!(
                "| {} | {} |",
                id + 1,
                fact["kind"].as_str().unwrap()
            )),
            "fact {id}"
        );
        // Plain mode and the screens: "sentence N" from 1.
        let f = &story.facts[id as usize];
        let line = dateline::output::prose::fact_line(&story, 1, 1, f);
        assert!(
            line.contains(&format!("sentence {}:", sentence + 1)),
            "{line}"
        );
    }
}

// The restored place, in the real program: saved on quit, said on the next start.

#[test]
fn a_second_run_says_it_restored_the_place_and_esc_starts_at_the_top() {
    use support::Pty;
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let bin = env!("CARGO_BIN_EXE_dateline");
    let (mut p, _) = Pty::spawn_with(bin, &[], &env, None, 100, 30);
    p.wait_for("line 1/");
    p.send("jjjjj");
    p.wait_for("line 6/");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    let (mut p, _) = Pty::spawn_with(bin, &[], &env, None, 100, 30);
    let screen = p.wait_for("restored your place — Esc to start at the top");
    assert!(!screen.contains("line 1/"), "{screen}");
    p.send("\x1b");
    let screen = p.wait_for("started at the top");
    assert!(screen.contains("line 1/"), "{screen}");
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
}
