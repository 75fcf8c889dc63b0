//! The status bar: file name, focused pane and position, messages and warnings, key hints
//! (the keys in effect: the model's `Keymap`).

use crate::keymap::Context;
use crate::model::{Loading, Mode, Model, SearchMode, Stage};
use crate::msg::Msg;
use crate::pane::Pane;
use crate::plural;
use crate::sanitize;
use crate::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

pub struct StatusBar<'a> {
    pub model: &'a Model,
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let m = self.model;
        if matches!(m.mode, Mode::Export | Mode::Overwrite) {
            Paragraph::new(export_line(m)).render(area, buf);
            return;
        }
        if m.mode == Mode::Date {
            Paragraph::new(date_line(m)).render(area, buf);
            return;
        }
        if m.mode == Mode::Search {
            // The search line: what is typed, and what is wrong with it or how much matches.
            let typed = sanitize::line(&m.search.line.text);
            let mut spans = vec![Span::styled(format!("/{typed}"), theme::key())];
            let keys = |hints| with_hints(m.keymap.prompt_hints(hints));
            let note = match (&m.search.error, &m.search.results) {
                (Some(e), _) => {
                    Span::styled(format!("   ⚠ {}", sanitize::line(e)), m.theme.warning())
                }
                (None, _) if m.search.running.is_some() => {
                    Span::raw(format!("   searching…{}", keys(SEARCH_HINTS)))
                }
                (None, Some(r)) => Span::raw(format!(
                    "   {}, {}{}",
                    plural::count(r.facts.len(), "fact", "facts"),
                    plural::count(r.spans.len(), "match", "matches"),
                    keys(SEARCH_HINTS)
                )),
                (None, None) => {
                    Span::raw(format!("   {}", m.keymap.prompt_hints(SEARCH_HINTS_EMPTY)))
                }
            };
            spans.push(note);
            Paragraph::new(Line::from(spans)).render(area, buf);
            return;
        }
        let position = match m.focus {
            Pane::Article => format!(
                "line {}/{}{}",
                (m.article.scroll + 1).min(m.article.lines.len()),
                m.article.lines.len(),
                // Only the beginning is wrapped yet.
                if m.loading.is_some_and(|l| l.stage == Stage::Reading) {
                    "+"
                } else {
                    ""
                }
            ),
            Pane::Facts => list_position(m.facts.selected, m.facts.len),
            Pane::Timeline => list_position(m.timeline.selected, m.timeline.len),
        };
        // The way to the help comes first, so that no width cuts it (less and helix keep it
        // on screen too); the other hints go right, as room allows.
        let help = m.keymap.key_for(Context::Normal, Msg::OpenHelp);
        let mut left = Vec::new();
        if let Some(key) = &help {
            left.push(Span::styled(format!(" {key}"), theme::key()));
            left.push(Span::raw(" help │"));
        }
        let source_at = left.len();
        left.push(Span::styled(format!(" {} ", m.source), theme::key()));
        left.push(Span::raw(format!("│ {} {position} ", m.focus.title())));
        if m.zoomed {
            let unzoom = m
                .keymap
                .key_for(Context::Normal, Msg::ToggleZoom)
                .map(|k| format!(": {k} shows all"))
                .unwrap_or_default();
            left.push(Span::styled(format!("│ zoomed{unzoom} "), theme::key()));
        }
        if let Some(l) = &m.loading {
            left.push(Span::styled(
                format!("│ {} ", loading_label(l)),
                theme::key(),
            ));
        }
        if let Some(p) = &m.search.running {
            left.push(Span::styled(
                format!("│ searching /{}… ", sanitize::line(&p.query)),
                theme::key(),
            ));
        } else if let Some(results) = &m.search.results {
            let current = m.search.current.map_or(0, |c| c + 1);
            // Whether the lists show only the matches or all rows with them marked, and the key
            // that switches (`&`): here, where no width cuts it while the search is in effect.
            let (mode, other) = match m.search.mode {
                SearchMode::InContext => ("in context", "filter"),
                SearchMode::Filter => ("filtered", "all"),
            };
            let switch = m
                .keymap
                .key_for(Context::Normal, Msg::ToggleFilter)
                .map(|k| format!(" · {k} {other}"))
                .unwrap_or_default();
            left.push(Span::styled(
                format!(
                    "│ /{} {current}/{} {mode}{switch} ",
                    sanitize::line(&m.search.query),
                    results.spans.len()
                ),
                theme::key(),
            ));
        }
        if let Some(label) = m.narrow_label() {
            left.push(Span::raw(format!("│ › {} ", sanitize::line(&label))));
        }
        if let Some(msg) = &m.message {
            left.push(Span::raw(format!("│ {msg} ")));
        } else if let Some(w) = m.warnings.first() {
            left.push(Span::styled(format!("│ ⚠ {w} "), m.theme.warning()));
        }
        make_room(&mut left, source_at, &m.source, area.width as usize);
        if let (Some(day), Some(from)) = (
            m.story.reference_date,
            m.story.origin.reference_date_label(),
        ) {
            // The day "last week" is read against, and where it came from; last, so that a
            // narrow bar cuts it before a message.
            left.push(Span::raw(format!(
                "│ dated {day} ({}) ",
                sanitize::line(from)
            )));
        }
        let used: usize = left.iter().map(|s| s.content.width()).sum();
        let mut hints: Vec<Span> = Vec::new();
        let mut hint_width = 0;
        // Where one pane is shown at a time already, zoom has nothing to do: no hint for it.
        let zoom = (m.width < crate::model::layout::WIDE && !m.zoomed)
            .then(|| m.keymap.key_for(Context::Normal, Msg::ToggleZoom))
            .flatten();
        let others = m
            .keymap
            .hints()
            .into_iter()
            .filter(|(key, _)| Some(key) != help.as_ref() && Some(key) != zoom.as_ref());
        for (key, word) in others.rev() {
            let w = key.width() + word.width() + 3;
            if used + hint_width + w > area.width as usize {
                break;
            }
            hint_width += w;
            hints.insert(0, Span::raw(format!(" {word} ")));
            hints.insert(0, Span::styled(format!(" {key}"), theme::key()));
        }
        let pad = (area.width as usize).saturating_sub(used + hint_width);
        left.push(Span::raw(" ".repeat(pad)));
        left.extend(hints);
        Paragraph::new(Line::from(left))
            .style(theme::status_bar())
            .render(area, buf);
    }
}

/// Fits the bar's spans so far (the help, the file name at `source_at`, the position, then
/// states and a message) into `width`: the file name gives way first, keeping its end (the
/// file's own name) after `…`, then the position, so a message is read whole where it fits.
fn make_room(left: &mut [Span], source_at: usize, source: &str, width: usize) {
    let width_of = |spans: &[Span]| spans.iter().map(|s| s.content.width()).sum::<usize>();
    let needed = width_of(left);
    if needed <= width || source_at + 1 >= left.len() {
        return;
    }
    let others = needed - left[source_at].content.width();
    let room = width.saturating_sub(others);
    if room >= 8 {
        let kept = super::text::fit_start(source, room - 2);
        left[source_at].content = format!(" {kept} ").into();
        return;
    }
    // No room for a useful part of the name: it goes, with its separator.
    left[source_at].content = "".into();
    let position = left[source_at + 1]
        .content
        .trim_start_matches('│')
        .to_string();
    left[source_at + 1].content = position.into();
    // Still too wide with a message after the position: the position goes too.
    if others > width && source_at + 2 < left.len() {
        left[source_at + 1].content = "".into();
        let next = left[source_at + 2]
            .content
            .trim_start_matches('│')
            .to_string();
        left[source_at + 2].content = next.into();
    }
}

/// "extracting facts ■■■■□□□□□□ 42%": a gauge of characters, readable without colour.
pub fn loading_label(l: &Loading) -> String {
    match l.stage {
        Stage::Reading => "reading the whole article…".to_string(),
        Stage::Extracting => {
            let p = l.percent();
            let filled = p / 10;
            format!(
                "extracting facts {}{} {p}%",
                "■".repeat(filled),
                "□".repeat(10 - filled)
            )
        }
    }
}

/// What goes before the path in the export line (the cursor is placed after it).
/// What the date line (`D`) shows before what is typed.
pub const DATE_PROMPT: &str = "reference date: ";

/// The date line: what is typed, then what is wrong with it or what Enter does.
fn date_line(m: &Model) -> Line<'static> {
    let typed = sanitize::line(&m.date_line.text);
    let note = match &m.date_error {
        Some(e) => Span::styled(format!("   ⚠ {}", sanitize::line(e)), m.theme.warning()),
        None => Span::raw(format!(
            "   YYYY-MM-DD · {}",
            m.keymap.prompt_hints(DATE_HINTS)
        )),
    };
    Line::from(vec![
        Span::styled(format!("{DATE_PROMPT}{typed}"), theme::key()),
        note,
    ])
}

pub fn export_prefix(m: &Model) -> String {
    format!("export {} › ", m.export.format.label())
}

/// The export line: the format and the path being typed, or the overwrite question.
fn export_line(m: &Model) -> Line<'static> {
    let path = sanitize::line(&m.export.line.text);
    if m.mode == Mode::Overwrite {
        return Line::from(vec![
            Span::styled(format!("⚠ {path} exists — overwrite? "), m.theme.warning()),
            Span::styled("y/n", theme::key()),
        ]);
    }
    let note = match &m.export.error {
        Some(e) => Span::styled(format!("   ⚠ {}", sanitize::line(e)), m.theme.warning()),
        None => Span::raw(format!("   {}", m.keymap.prompt_hints(EXPORT_HINTS))),
    };
    Line::from(vec![
        Span::styled(format!("{}{path}", export_prefix(m)), theme::key()),
        note,
    ])
}

/// The search line's hints, from the keys in effect.
const SEARCH_HINTS: &[(&[Msg], &str)] = &[(&[Msg::Submit], "search"), (&[Msg::Cancel], "cancel")];

/// The same before anything is typed: the history is worth a hint then.
const SEARCH_HINTS_EMPTY: &[(&[Msg], &str)] = &[
    (&[Msg::Submit], "search"),
    (&[Msg::Cancel], "cancel"),
    (&[Msg::PromptUp], "history"),
];

/// The export line's hints, from the keys in effect.
const DATE_HINTS: &[(&[Msg], &str)] = &[
    (&[Msg::Submit], "resolve the dates against it"),
    (&[Msg::Cancel], "cancel"),
];

const EXPORT_HINTS: &[(&[Msg], &str)] = &[
    (&[Msg::NextFormat], "format"),
    (&[Msg::Submit], "write"),
    (&[Msg::Cancel], "cancel"),
];

/// " · Enter search · Esc cancel" after a note; nothing when no hint has a key.
fn with_hints(hints: String) -> String {
    if hints.is_empty() {
        hints
    } else {
        format!(" · {hints}")
    }
}

fn list_position(selected: Option<usize>, len: usize) -> String {
    match selected {
        Some(s) => format!("{}/{len}", s + 1),
        None => "0/0".to_string(),
    }
}
