//! The export line (`e`): the path being typed and the format Tab cycles through. Whether it
//! is open, or asking "overwrite? y/n", is the model's `Mode`.

use super::LineEditor;
use crate::output::Format;

#[derive(Debug, Clone)]
pub struct ExportLine {
    pub line: LineEditor,
    pub format: Format,
    /// What is wrong with the line (an empty path).
    pub error: Option<String>,
    /// The default file name's stem: the article's file name without its extension.
    pub stem: String,
}

impl ExportLine {
    /// An export line for an article shown as `source` (a path, `-` for standard input).
    pub fn new(source: &str) -> ExportLine {
        let stem = std::path::Path::new(source)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .filter(|s| !s.is_empty() && s != "-")
            .unwrap_or_else(|| "stdin".to_string());
        ExportLine {
            line: LineEditor::default(),
            format: Format::Md,
            error: None,
            stem,
        }
    }

    /// `STEM.dateline.EXT`, in the current directory.
    pub fn default_path(&self) -> String {
        format!("{}.dateline.{}", self.stem, self.format.extension())
    }

    /// The next format; a path ending in the old format's extension gets the new one.
    pub fn cycle_format(&mut self) {
        let old = format!(".{}", self.format.extension());
        self.format = self.format.next();
        if let Some(base) = self.line.text.strip_suffix(&old) {
            let at_end = self.line.cursor == self.line.text.len();
            let text = format!("{base}.{}", self.format.extension());
            let cursor = self.line.cursor.min(base.len());
            self.line.set(&text);
            if !at_end {
                self.line.cursor = cursor;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_path_follows_the_article_and_the_format() {
        let mut e = ExportLine::new("news/acme-layoffs.txt");
        assert_eq!(e.default_path(), "acme-layoffs.dateline.md");
        e.line.set(&e.default_path());
        e.cycle_format();
        assert_eq!(e.line.text, "acme-layoffs.dateline.csv");
        e.cycle_format();
        assert_eq!(e.line.text, "acme-layoffs.dateline.json");
        e.cycle_format();
        assert_eq!(e.line.text, "acme-layoffs.dateline.md");
        assert_eq!(ExportLine::new("-").default_path(), "stdin.dateline.md");
    }

    #[test]
    fn a_path_of_the_reader_s_own_keeps_its_name() {
        let mut e = ExportLine::new("a.txt");
        e.line.set("/tmp/notes.txt");
        e.cycle_format();
        assert_eq!(e.line.text, "/tmp/notes.txt");
        assert_eq!(e.format, Format::Csv);
    }
}
