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
    /// The default file name's stem: the article's file name without its extension (for a
    /// URL, its last path segment, else its host).
    pub stem: String,
}

impl ExportLine {
    /// An export line for an article shown as `source` (a path, a URL, `-` for standard
    /// input).
    pub fn new(source: &str) -> ExportLine {
        let stem = if crate::web::is_url(source) {
            url_stem(source)
        } else {
            std::path::Path::new(source)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .filter(|s| !s.is_empty() && s != "-")
                .unwrap_or_else(|| "stdin".to_string())
        };
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

/// A file name stem for a URL: its last path segment without query, fragment or extension
/// (`…/2025/03/harbor-cuts.html?x=1` → `harbor-cuts`), else its host; only characters that
/// are safe in a file name on every system.
fn url_stem(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    let segment = path.rsplit('/').find(|s| !s.is_empty()).unwrap_or_default();
    let segment = segment.rsplit_once('.').map_or(segment, |(stem, _)| stem);
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .trim_matches(['-', '.'])
            .chars()
            .take(80)
            .collect()
    };
    [safe(segment), safe(host)]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| "page".to_string())
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
    fn a_url_names_the_export_by_its_last_segment_or_its_host() {
        for (url, stem) in [
            (
                "https://ledger.example/business/2025/03/harbor-cuts.html?utm=x#top",
                "harbor-cuts",
            ),
            ("https://ledger.example/story/12345/", "12345"),
            ("http://user@127.0.0.1:8080/", "127.0.0.1"),
            ("https://news.example", "news.example"),
            ("https://a.example/%E2%80%AE..%2F..%2Fetc", "E2-80-AE..-2F"),
            ("https://a.example/???", "a.example"),
        ] {
            assert_eq!(ExportLine::new(url).stem, stem, "{url}");
        }
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
