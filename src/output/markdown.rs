//! The Markdown report (`e`, `dateline extract --format md`) and the Markdown table `Y`
//! copies: text from the article sanitised, one line per cell, pipes escaped.

use super::figure::{Unit, check_line, fact_value, figure, round_label};
use crate::plural::count;
use crate::sanitize;
use crate::story::Story;
use std::fmt::Write;

/// A Markdown report: the timeline, the checks, then every fact under the sentence it is
/// quoted from.
pub fn markdown(story: &Story) -> String {
    let mut out = String::from("# dateline report\n\n");
    source_lines(story, &mut out);
    if let Some(d) = story.reference_date {
        match story.origin.reference_date_label() {
            Some(from) => {
                // A code span: `--date` and `html:…` are names, not prose.
                let from = sanitize::line(from).replace('`', "");
                let _ = writeln!(out, "Reference date: {d} (from `{from}`)\n");
            }
            None => {
                let _ = writeln!(out, "Reference date: {d}\n");
            }
        }
    }
    let _ = writeln!(
        out,
        "{}, {}, {}.",
        count(story.facts.len(), "fact", "facts"),
        count(story.events.len(), "event", "events"),
        count(story.checks.len(), "check", "checks")
    );
    if !story.events.is_empty() {
        out.push_str(
            "\n## Timeline\n\n| when | status | event | actor | figure | round | sentence | told in |\n\
             |---|---|---|---|---|---|---|---|\n",
        );
        for e in &story.events {
            let when = e.when_shown();
            let round = match (&e.label, e.round) {
                (Some(l), _) => l.to_string(),
                (None, Some(r)) => round_label(e.kind, r),
                (None, None) => String::new(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                md_cell(&when),
                e.status.map_or("", |s| s.label()),
                e.kind.label(),
                md_cell(e.actor.as_deref().unwrap_or("")),
                md_cell(
                    &e.value
                        .filter(|v| v.is_finite())
                        .map(|v| figure(v, Unit::of_event(e), e.qualifier))
                        .unwrap_or_default()
                ),
                md_cell(&round),
                e.sentence + 1,
                md_cell(&told_in(story, e))
            );
        }
    }
    if !story.checks.is_empty() {
        out.push_str("\n## Checks\n\n");
        for c in &story.checks {
            let mark = if c.ok { "✓" } else { "⚠" };
            let said = check_line(c, &story.series);
            let _ = writeln!(out, "- {mark} {}", md_cell(&said));
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

/// The sentences an event is told in, each with its figure when the tellings disagree:
/// "1, 2, 5" or "1 (200), 2 (200), 3 (~250)".
fn told_in(story: &Story, e: &crate::story::Event) -> String {
    let disagree = e.disagrees();
    e.mentions()
        .iter()
        .map(|m| {
            let figure = m
                .facts
                .iter()
                .filter_map(|&f| story.facts.get(f))
                .find(|f| f.kind.is_quantity())
                .filter(|_| disagree)
                .map(|f| format!(" ({})", fact_value(f, &story.document.text)));
            format!("{}{}", m.sentence + 1, figure.unwrap_or_default())
        })
        .collect::<Vec<_>>()
        .join(", ")
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

/// The web page the story was read from, when it was one: title, site, byline and URL.
fn source_lines(story: &Story, out: &mut String) {
    let o = &story.origin;
    let before = out.len();
    if let Some(title) = &o.title {
        let _ = writeln!(out, "Source: {}", md_text(title));
    }
    let by = [
        o.site_name.as_deref(),
        o.byline.as_deref().map(|b| b.trim()),
    ];
    match by {
        [Some(site), Some(byline)] => {
            let _ = writeln!(out, "{}, by {}", md_text(site), md_text(byline));
        }
        [Some(one), None] => {
            let _ = writeln!(out, "{}", md_text(one));
        }
        [None, Some(one)] => {
            let _ = writeln!(out, "By {}", md_text(one));
        }
        [None, None] => {}
    }
    if let Some(url) = o.citation_url() {
        let _ = writeln!(out, "<{}>", sanitize::line(url).replace(['<', '>'], ""));
    }
    if out.len() > before {
        out.push('\n');
    }
}

/// A table cell: one sanitised line with its pipes escaped.
pub fn md_cell(s: &str) -> String {
    sanitize::line(s).replace('|', "\\|")
}

/// What `Y` copies: the listed facts as a Markdown table.
pub fn facts_table(story: &Story, ids: &[usize]) -> String {
    let mut out = String::from("| # | kind | value | text | sentence |\n|---|---|---|---|---|\n");
    for f in ids.iter().filter_map(|&id| story.facts.get(id)) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            f.id + 1,
            f.kind.name(),
            md_cell(&fact_value(f, &story.document.text)),
            md_cell(story.document.slice(f.span())),
            f.sentence + 1
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::bundled;

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
    fn the_timeline_says_where_each_event_is_told_and_checks_their_rounds() {
        let story = crate::extract::extract_text(
            "Brightwell Ltd said on Tuesday it had cut 200 jobs, its third round of cuts.\n\n\
             Local media reported last week that Brightwell would cut about 250 jobs.\n\n\
             Brightwell cut 300 jobs in its first round in 2023 and has now cut 900 jobs since 2023.\n",
            &crate::extract::Options {
                reference_date: "2025-03-10".parse().ok(),
            },
        );
        let md = markdown(&story);
        assert!(md.contains("| sentence | told in |"), "{md}");
        assert!(md.contains("| 1 | 1 (200 jobs), 2 (~250 jobs) |"), "{md}");
        assert!(md.contains("· rounds #1, #3; #2 missing"), "{md}");
    }

    #[test]
    fn a_sentence_that_looks_like_markup_is_escaped() {
        assert_eq!(md_text("# not a heading"), "\\# not a heading");
        assert_eq!(md_text("Plain."), "Plain.");
    }

    #[test]
    fn tables_escape_pipes() {
        assert_eq!(md_cell("a|b\nc"), "a\\|b\u{2424}c");
    }
}
