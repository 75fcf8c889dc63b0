//! Story → text: everything dateline writes for people or programs to read. The formats a
//! story is saved or printed as ([`Format`]: the `dateline/1` JSON in `json`, the Markdown
//! report in `markdown`, facts as CSV in `csv`), plain sentences for plain mode and copying
//! (`prose`), and a figure as a person reads it (`figure`). The TUI's `e` (written to a file by
//! `file`) and `dateline extract --format` both come here.

pub mod csv;
pub mod figure;
pub mod file;
pub mod json;
pub mod markdown;
pub mod prose;
pub mod safe_json;

pub use csv::csv;
pub use markdown::markdown;

use crate::story::Story;
use json::StoryJson;
use std::io::{self, Write};

/// What a story is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// dateline/1 JSON.
    Json,
    /// A Markdown report for people.
    Md,
    /// One row per fact.
    Csv,
}

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

/// Writes `story` as `format` to `out`; JSON on one line unless `pretty`, ended by a newline.
/// JSON is streamed (a large story is never held as one string); `out` should be buffered.
pub fn write(story: &Story, format: Format, pretty: bool, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Json if pretty => {
            safe_json::to_writer_pretty(&mut *out, &StoryJson::new(story))?;
            writeln!(out)
        }
        Format::Json => {
            safe_json::to_writer(&mut *out, &StoryJson::new(story))?;
            writeln!(out)
        }
        Format::Md => out.write_all(markdown(story).as_bytes()),
        Format::Csv => out.write_all(csv(story).as_bytes()),
    }
}

/// The story in `format`, as the bytes of a file (JSON pretty-printed).
pub fn render(story: &Story, format: Format) -> String {
    let mut bytes = Vec::new();
    // Writing plain data to memory cannot fail; what was written is kept either way.
    let _ = write(story, format, true, &mut bytes);
    // Every format writes `&str`s only.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
pub(crate) fn bundled() -> Story {
    crate::extract::extract_text(
        crate::BUNDLED_STORY,
        &crate::extract::Options {
            reference_date: jiff::civil::Date::new(2026, 1, 29).ok(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn compact_and_pretty_json_say_the_same() {
        let story = bundled();
        let mut compact = Vec::new();
        write(&story, Format::Json, false, &mut compact).unwrap();
        assert_eq!(compact.iter().filter(|&&b| b == b'\n').count(), 1);
        let a: serde_json::Value = serde_json::from_slice(&compact).unwrap();
        let b: serde_json::Value = serde_json::from_str(&render(&story, Format::Json)).unwrap();
        assert_eq!(a, b);
    }
}
