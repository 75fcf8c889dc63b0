//! Story → text: what a story can be saved or printed as — a Markdown report and a CSV table
//! of facts (text from the article sanitised, since these are often printed straight to a
//! terminal), the `dateline/1` JSON (`json`), plain sentences for plain mode and copying
//! (`prose`), and a figure as a person reads it (`figure`). The TUI's `e` (written by `file`)
//! and `dateline extract --format` both come here.

pub mod figure;
pub mod file;
pub mod json;
pub mod prose;
pub mod safe_json;

use crate::cli::Format;
use crate::sanitize;
use crate::story::{Event, Story};
use figure::{fact_value, money, number};
use json::StoryJson;
use std::fmt::Write;

impl Format {
    pub const ALL: [Format; 3] = [Format::Md, Format::Csv, Format::Json];

    /// The file name extension (after `.dateline`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Md => "md",
            Format::Csv => "csv",
        }
    }

    /// How the format is named to people.
    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "dateline/1 JSON",
            Format::Md => "Markdown report",
            Format::Csv => "facts CSV",
        }
    }

    /// The next format in `ALL`, wrapping (Tab in the export line).
    pub fn next(self) -> Format {
        let i = Format::ALL.iter().position(|&f| f == self).unwrap_or(0);
        Format::ALL[(i + 1) % Format::ALL.len()]
    }
}

/// The story in `format`, as the bytes of a file.
pub fn render(story: &Story, format: Format) -> String {
    match format {
        Format::Md => markdown(story),
        Format::Csv => csv(story),
        Format::Json => {
            let mut json = safe_json::to_string_pretty(&StoryJson::new(story));
            json.push('\n');
            json
        }
    }
}

/// A Markdown report: the timeline, the checks, then every fact under the sentence it is
/// quoted from.
pub fn markdown(story: &Story) -> String {
    let mut out = String::from("# dateline report\n\n");
    if let Some(d) = story.reference_date {
        let _ = writeln!(out, "Reference date: {d}\n");
    }
    let _ = writeln!(
        out,
        "{} facts, {} events, {} checks.",
        story.facts.len(),
        story.events.len(),
        story.checks.len()
    );
    if !story.events.is_empty() {
        out.push_str(
            "\n## Timeline\n\n| when | status | event | actor | figure | round | sentence |\n\
             |---|---|---|---|---|---|---|\n",
        );
        for e in &story.events {
            let when = e.when_shown();
            let round = match (&e.label, e.round) {
                (Some(l), _) => l.to_string(),
                (None, Some(r)) => format!("#{r}"),
                (None, None) => String::new(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                md_cell(&when),
                e.status.map_or("", |s| s.label()),
                e.kind.label(),
                md_cell(e.actor.as_deref().unwrap_or("")),
                md_cell(&event_figure(e)),
                md_cell(&round),
                e.sentence + 1
            );
        }
    }
    if !story.checks.is_empty() {
        out.push_str("\n## Checks\n\n");
        for c in &story.checks {
            let mark = if c.ok { "✓" } else { "⚠" };
            let _ = writeln!(out, "- {mark} {}", md_cell(&c.message));
        }
    }
    out.push_str("\n## Facts\n");
    let mut last = usize::MAX;
    for f in &story.facts {
        if f.sentence_index() != last {
            last = f.sentence_index();
            let _ = write!(
                out,
                "\n### Sentence {}\n\n> {}\n\n| # | kind | value | text |\n|---|---|---|---|\n",
                f.sentence + 1,
                md_text(story.document.sentence_text(last))
            );
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            f.id + 1,
            f.kind.name(),
            md_cell(&fact_value(f, &story.document.text)),
            md_cell(f.text(&story.document.text)),
        );
    }
    if story.facts.is_empty() {
        out.push_str("\nNo facts found.\n");
    }
    out
}

/// An event's figure as a person reads it: `~16,000 employees`, `$2B`.
fn event_figure(e: &Event) -> String {
    let Some(v) = e.value.filter(|v| v.is_finite()) else {
        return String::new();
    };
    let q = e.qualifier.map_or("", |q| q.symbol());
    match e.unit.as_deref() {
        Some(u) if u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()) => {
            format!("{q}{}", money(v, Some(u)))
        }
        Some(u) => format!("{q}{} {u}", number(v)),
        None => format!("{q}{}", number(v)),
    }
}

/// Text for a Markdown quote: one line, sanitised, and a leading `#`, `>`, `-`, `+` or `*`
/// escaped so that the sentence is not read as a heading, a nested quote or a list.
fn md_text(s: &str) -> String {
    let line = sanitize::line(s);
    if line.starts_with(['#', '>', '-', '+', '*']) {
        format!("\\{line}")
    } else {
        line
    }
}

/// A table cell: one sanitised line with its pipes escaped.
pub fn md_cell(s: &str) -> String {
    sanitize::line(s).replace('|', "\\|")
}

/// Facts as CSV (RFC 4180 quoting).
pub fn csv(story: &Story) -> String {
    let mut out =
        String::from("id,kind,text,value,unit,qualifier,name,role,resolved,start,end,sentence\n");
    for f in &story.facts {
        // Every field sanitised as the screen shows it, not only those quoting the article: a
        // unit is the noun as written ("corporate\u{b}jobs").
        let fields = [
            f.id.to_string(),
            f.kind.name().to_string(),
            f.text(&story.document.text).to_string(),
            // Only finite numbers: `inf` and `NaN` are not numbers to a spreadsheet.
            f.value()
                .filter(|v| v.is_finite())
                .map(|v| v.to_string())
                .unwrap_or_default(),
            f.unit().unwrap_or_default().to_string(),
            f.qualifier
                .map(|q| q.name().to_string())
                .unwrap_or_default(),
            f.name().unwrap_or_default().to_string(),
            f.role().unwrap_or_default().to_string(),
            f.resolved()
                .flatten()
                .map(|t| t.to_string())
                .unwrap_or_default(),
            f.start.to_string(),
            f.end.to_string(),
            f.sentence.to_string(),
        ];
        let row: Vec<String> = fields
            .iter()
            .map(|s| csv_field(&sanitize::line(s)))
            .collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Options, extract_text};

    fn bundled() -> Story {
        extract_text(
            crate::BUNDLED_STORY,
            &Options {
                reference_date: jiff::civil::Date::new(2026, 1, 29).ok(),
            },
        )
    }

    #[test]
    fn the_report_has_the_timeline_the_checks_and_each_fact_under_its_quote() {
        let story = bundled();
        assert!(!story.events.is_empty() && !story.checks.is_empty());
        let md = markdown(&story);
        let lines: Vec<&str> = md.lines().collect();
        let timeline = lines.iter().position(|l| *l == "## Timeline").unwrap();
        let rows = lines[timeline + 4..]
            .iter()
            .take_while(|l| l.starts_with("| "))
            .count();
        assert_eq!(rows, story.events.len());
        for c in &story.checks {
            assert!(md.contains(&sanitize::line(&c.message)), "{}", c.message);
        }
        for f in &story.facts {
            let row = format!("| {} | {} |", f.id + 1, f.kind.name());
            let at = lines.iter().position(|l| l.starts_with(&row)).unwrap();
            let quote = lines[..at]
                .iter()
                .rev()
                .find(|l| l.starts_with("> "))
                .unwrap();
            assert_eq!(
                &quote[2..],
                md_text(story.document.sentence_text(f.sentence_index())),
                "fact {}",
                f.id
            );
        }
    }

    #[test]
    fn a_sentence_that_looks_like_markup_is_escaped() {
        assert_eq!(md_text("# not a heading"), "\\# not a heading");
        assert_eq!(md_text("Plain."), "Plain.");
    }

    #[test]
    fn formats_cycle_through_all_three_with_their_own_extensions() {
        let mut seen = Vec::new();
        let mut f = Format::Md;
        for _ in 0..3 {
            seen.push(f.extension());
            f = f.next();
        }
        assert_eq!(f, Format::Md);
        assert_eq!(seen, ["md", "csv", "json"]);
    }

    #[test]
    fn every_format_renders_something_readable() {
        let story = bundled();
        let json: serde_json::Value = serde_json::from_str(&render(&story, Format::Json)).unwrap();
        assert_eq!(json["schema"], "dateline/1");
        assert_eq!(json["facts"].as_array().unwrap().len(), story.facts.len());
        let csv = render(&story, Format::Csv);
        assert_eq!(csv.lines().count(), story.facts.len() + 1);
        assert!(render(&story, Format::Md).starts_with("# dateline report"));
    }
}
