//! The export line (`e`) as pure update: the default path, Tab through the formats, Enter
//! asks the loop to write, "overwrite? y/n" when the file exists, the outcome in the status
//! bar. No file is touched here; `pty.rs` writes real ones.

use dateline::effect::{Effect, Outcome};
use dateline::extract::{Options, extract_text};
use dateline::model::{Mode, Model};
use dateline::msg::Msg;
use dateline::output::Format;
use dateline::update::{outcome, update};

fn model() -> Model {
    let story = extract_text(
        "Acme Corp said on Monday it would cut 300 jobs.\n",
        &Options::default(),
    );
    let mut m = Model::new(story, "news/acme.txt".into(), Vec::new());
    update(
        &mut m,
        Msg::Resize {
            width: 120,
            height: 40,
        },
    );
    m
}

fn run(m: &mut Model, msgs: &[Msg]) {
    for &msg in msgs {
        update(m, msg);
    }
}

#[test]
fn e_opens_the_line_with_a_default_path_and_tab_changes_the_format() {
    let mut m = model();
    run(&mut m, &[Msg::ExportOpen]);
    assert_eq!(m.mode, Mode::Export);
    assert_eq!(m.export.line.text, "acme.dateline.md");
    run(&mut m, &[Msg::NextFormat]);
    assert_eq!(
        (m.export.line.text.as_str(), m.export.format),
        ("acme.dateline.csv", Format::Csv)
    );
    // Keys that mean something else while reading are typed into the line.
    run(&mut m, &[Msg::EditHome, Msg::Input('q'), Msg::Input('j')]);
    assert_eq!(m.export.line.text, "qjacme.dateline.csv");
    assert!(!m.quit);
    run(&mut m, &[Msg::Cancel]);
    assert!(m.mode == Mode::Reading && m.effect.is_none());
    // Reopening keeps what was typed.
    run(&mut m, &[Msg::ExportOpen]);
    assert_eq!(m.export.line.text, "qjacme.dateline.csv");
}

#[test]
fn enter_asks_the_loop_to_write_and_the_outcome_shows() {
    let mut m = model();
    run(&mut m, &[Msg::ExportOpen, Msg::Submit]);
    assert_eq!(
        m.effect.take(),
        Some(Effect::Export {
            path: "acme.dateline.md".into(),
            format: Format::Md,
            overwrite: false
        })
    );
    outcome(
        &mut m,
        Outcome::Written {
            path: "acme.dateline.md".into(),
            format: Format::Md,
        },
    );
    assert_eq!(m.mode, Mode::Reading);
    assert_eq!(
        m.message.as_deref(),
        Some("wrote Markdown report to acme.dateline.md")
    );
}

#[test]
fn an_existing_file_is_only_overwritten_after_y() {
    let mut m = model();
    run(&mut m, &[Msg::ExportOpen, Msg::Submit]);
    m.effect.take();
    outcome(
        &mut m,
        Outcome::Exists {
            path: "acme.dateline.md".into(),
        },
    );
    assert_eq!(m.mode, Mode::Overwrite);
    // Anything but y or n is ignored; n goes back to the path.
    run(&mut m, &[Msg::Input('x'), Msg::Submit]);
    assert!(m.effect.is_none() && m.mode == Mode::Overwrite);
    run(&mut m, &[Msg::Input('n')]);
    assert!(m.mode == Mode::Export && m.effect.is_none());
    run(&mut m, &[Msg::Submit]);
    m.effect.take();
    outcome(
        &mut m,
        Outcome::Exists {
            path: "acme.dateline.md".into(),
        },
    );
    run(&mut m, &[Msg::Input('y')]);
    assert_eq!(
        m.effect.take(),
        Some(Effect::Export {
            path: "acme.dateline.md".into(),
            format: Format::Md,
            overwrite: true
        })
    );
}

#[test]
fn an_empty_path_is_refused_and_errors_are_sanitised() {
    let mut m = model();
    run(
        &mut m,
        &[Msg::ExportOpen, Msg::EditDeleteToStart, Msg::Submit],
    );
    assert!(m.effect.is_none());
    assert_eq!(m.export.error.as_deref(), Some("type a file name"));
    outcome(
        &mut m,
        Outcome::Failed {
            path: "bad\x1b]0;title\x07.md".into(),
            error: "Permission denied\x1b[2J".into(),
        },
    );
    let msg = m.message.unwrap();
    assert!(!msg.chars().any(char::is_control), "{msg:?}");
    assert!(msg.contains("could not write bad.md") && msg.contains("Permission denied"));
}

/// A large article still being read: Enter says why it cannot write yet and asks for
/// nothing (it wrote a JSON with 0 facts and said "wrote"); once the story is in, it writes.
#[test]
fn no_export_while_the_story_is_still_being_read() {
    use dateline::model::{Loading, Stage};
    let mut m = model();
    let story = m.story.clone();
    for stage in [Stage::Reading, Stage::Extracting] {
        m.loading = Some(Loading {
            stage,
            done: 3,
            total: 4,
        });
        run(&mut m, &[Msg::ExportOpen, Msg::Submit]);
        assert_eq!(m.effect, None, "{stage:?}");
        assert_eq!(m.mode, Mode::Export);
        let error = m.export.error.clone().unwrap();
        let says = match stage {
            Stage::Reading => "not yet: still reading the article; Enter again once it is done",
            Stage::Extracting => {
                "not yet: still extracting facts, 75%; Enter again once it is done"
            }
        };
        assert_eq!(error, says);
        // The overwrite question cannot slip past it either.
        run(&mut m, &[Msg::Input('y')]);
        assert_eq!(m.effect, None);
        run(&mut m, &[Msg::Cancel]);
    }
    let index = dateline::search::Index::new(&story);
    dateline::update::loading::story_ready(&mut m, story, index);
    run(&mut m, &[Msg::ExportOpen, Msg::Submit]);
    assert!(matches!(m.effect, Some(Effect::Export { .. })));
}
