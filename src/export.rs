//! Human formats of a story: a Markdown report and a CSV table of facts. Text from the article
//! is sanitised, since these are often printed straight to a terminal.

use crate::sanitize;
use crate::story::Story;
use crate::story::format::fact_value;
use std::fmt::Write;

/// A Markdown report: facts with their quoted sentences, then events and checks.
pub fn markdown(story: &Story) -> String {
    let mut out = String::from("# dateline report\n\n");
    if let Some(d) = story.reference_date {
        let _ = writeln!(out, "Reference date: {d}\n");
    }
    out.push_str("## Facts\n\n| # | kind | value | text | sentence |\n|---|---|---|---|---|\n");
    for f in &story.facts {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            f.id + 1,
            f.kind.name(),
            md_cell(&fact_value(f, &story.document.text)),
            md_cell(f.text(&story.document.text)),
            f.sentence + 1
        );
    }
    if !story.checks.is_empty() {
        out.push_str("\n## Checks\n\n");
        for c in &story.checks {
            let mark = if c.ok { "✓" } else { "⚠" };
            let _ = writeln!(out, "- {mark} {}", md_cell(&c.message));
        }
    }
    out.push_str("\n## Sources\n\n");
    let mut last = usize::MAX;
    for f in &story.facts {
        if f.sentence_index() != last {
            last = f.sentence_index();
            let _ = writeln!(
                out,
                "{}. > {}",
                f.sentence + 1,
                sanitize::line(story.document.sentence_text(last))
            );
        }
    }
    out
}

fn md_cell(s: &str) -> String {
    sanitize::line(s).replace('|', "\\|")
}

/// Facts as CSV (RFC 4180 quoting).
pub fn csv(story: &Story) -> String {
    let mut out =
        String::from("id,kind,text,value,unit,qualifier,name,role,resolved,start,end,sentence\n");
    for f in &story.facts {
        let fields = [
            f.id.to_string(),
            f.kind.name().to_string(),
            sanitize::line(f.text(&story.document.text)),
            f.value.map(|v| v.to_string()).unwrap_or_default(),
            f.unit.as_deref().unwrap_or_default().to_string(),
            f.qualifier
                .map(|q| q.name().to_string())
                .unwrap_or_default(),
            f.name.as_deref().map(sanitize::line).unwrap_or_default(),
            f.role.as_deref().map(sanitize::line).unwrap_or_default(),
            f.resolved
                .as_ref()
                .and_then(|r| r.as_deref())
                .unwrap_or_default()
                .to_string(),
            f.start.to_string(),
            f.end.to_string(),
            f.sentence.to_string(),
        ];
        let row: Vec<String> = fields.iter().map(|s| csv_field(s)).collect();
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
