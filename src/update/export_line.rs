//! The export line (`e`): typing the path, Tab for the format, Enter to write, "overwrite?
//! y/n" when the file exists. Writing is the loop's job: this leaves an `Effect::Export` in
//! the model and reads the `Outcome` that comes back.

use super::{edit, resize};
use crate::effect::{Effect, Outcome};
use crate::keymap::Context;
use crate::model::{Mode, Model, Stage};
use crate::msg::Msg;
use crate::sanitize;

/// `e`: opens the line, with the default path if nothing was typed before.
pub fn open(model: &mut Model) {
    model.mode = Mode::Export;
    let e = &mut model.export;
    e.error = None;
    if e.line.text.trim().is_empty() {
        let path = e.default_path();
        e.line.set(&path);
    }
}

/// A message while the export line is open (`Mode::Export` or `Mode::Overwrite`).
pub fn key(model: &mut Model, msg: Msg) {
    match msg {
        Msg::Quit => model.quit = true,
        Msg::Resize { width, height } => resize(model, width, height),
        _ if model.mode == Mode::Overwrite => confirm(model, msg),
        Msg::Submit => submit(model, false),
        Msg::Cancel => model.mode = Mode::Reading,
        Msg::NextFormat => model.export.cycle_format(),
        msg => {
            if edit(&mut model.export.line, msg) {
                model.export.error = None;
            }
        }
    }
}

/// "overwrite? y/n": `y` writes over the file, `n` or Esc goes back to the path.
fn confirm(model: &mut Model, msg: Msg) {
    match msg {
        Msg::Input('y' | 'Y') => submit(model, true),
        Msg::Input('n' | 'N') | Msg::Cancel => model.mode = Mode::Export,
        _ => {}
    }
}

fn submit(model: &mut Model, overwrite: bool) {
    let path = model.export.line.text.trim().to_string();
    if path.is_empty() {
        model.export.error = Some("type a file name".to_string());
        return;
    }
    // A large article still being read has no facts yet, or only some: writing it now would
    // be an export that looks complete and is not. The line stays, for Enter once it is done.
    if let Some(loading) = model.loading {
        let stage = match loading.stage {
            Stage::Reading => "reading the article".to_string(),
            Stage::Extracting => format!("extracting facts, {}%", loading.percent()),
        };
        let again = model
            .keymap
            .key_for(Context::Prompt, Msg::Submit)
            .map(|k| format!("; {k} again once it is done"))
            .unwrap_or_default();
        model.export.error = Some(format!("not yet: still {stage}{again}"));
        model.mode = Mode::Export;
        return;
    }
    model.mode = Mode::Export;
    model.effect = Some(Effect::Export {
        path,
        format: model.export.format,
        overwrite,
    });
}

/// What came of a write the loop carried out.
pub fn outcome(model: &mut Model, outcome: Outcome) {
    match outcome {
        Outcome::Written { path, format } => {
            close(model);
            model.message = Some(format!(
                "wrote {} to {}",
                format.label(),
                sanitize::line(&path)
            ));
        }
        Outcome::Exists { .. } => model.mode = Mode::Overwrite,
        Outcome::NotAFile { path, error } => {
            // Back to the path, saying what is wrong and what would do instead.
            let shown = sanitize::line(&path);
            let name = model.export.default_path();
            let inside = format!("{}/{name}", shown.trim_end_matches('/'));
            model.export.error = Some(format!(
                "{shown} {}: give a file name, such as {inside}",
                sanitize::line(&error)
            ));
            if matches!(model.mode, Mode::Export | Mode::Overwrite) {
                model.mode = Mode::Export;
            }
        }
        Outcome::Failed { path, error } => {
            close(model);
            model.message = Some(format!(
                "⚠ could not write {}: {}",
                sanitize::line(&path),
                sanitize::line(&error)
            ));
        }
    }
}

/// The write is done (or failed): the export line closes, if it is still what has the keys.
fn close(model: &mut Model) {
    if matches!(model.mode, Mode::Export | Mode::Overwrite) {
        model.mode = Mode::Reading;
    }
}
