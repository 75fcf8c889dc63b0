//! Facts, events, checks and sentences as plain sentences of text: what plain mode prints and
//! screen readers speak ("Fact 3 of 23, money, up to $100 billion, sentence 4: …"), and what
//! `y` copies with its citation. No box drawing, no symbols a reader would spell out, and
//! everything from the article sanitised.

use super::figure;
use crate::sanitize;
use crate::story::{Check, Event, EventKind, Fact, FactKind, Qualifier, Story};
use std::fmt::Write;

/// "money, up to $100 billion (at most $100B)": the kind, the words of the text, and the
/// value as dateline reads it when that adds something.
pub fn fact(story: &Story, fact: &Fact) -> String {
    let text = sanitize::line(story.document.slice(fact.span()));
    let mut out = format!("{}, {text}", kind_name(fact.kind));
    let value = match fact.kind {
        FactKind::Date => match &fact.resolved() {
            Some(Some(t)) => Some(t.to_string()),
            Some(None) => Some("unresolved".to_string()),
            None => None,
        },
        FactKind::Person => {
            let name = fact.name().filter(|n| **n != *text);
            match (name, fact.role()) {
                (Some(n), Some(r)) => Some(format!("{n}, {r}")),
                (Some(n), None) => Some(n.to_string()),
                (None, Some(r)) => Some(r.to_string()),
                (None, None) => None,
            }
        }
        k if k.is_entity() => fact.name().filter(|n| **n != *text).map(str::to_string),
        _ => {
            let shown = figure::fact_value(fact, &story.document.text);
            let words = fact.qualifier.map_or("", qualifier_words);
            // The symbol (≤, ~) is replaced by words: a screen reader reads "at most".
            let bare = shown.trim_start_matches(|c: char| !c.is_alphanumeric() && !is_money(c));
            (bare != text).then(|| format!("{words}{bare}"))
        }
    };
    if let Some(v) = value {
        let _ = write!(out, " ({})", sanitize::line(&v));
    }
    out
}

/// The hedge in words, for reading aloud.
fn qualifier_words(q: Qualifier) -> &'static str {
    match q {
        Qualifier::AtMost => "at most ",
        Qualifier::Approx => "about ",
        Qualifier::AtLeast => "at least ",
        Qualifier::Under => "under ",
    }
}

fn is_money(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '#')
}

/// The kind as a word ("organisation", not "org").
pub fn kind_name(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Org => "organisation",
        other => other.name(),
    }
}

/// "layoffs, completed, 2025-10, Amazon, 14,000 corporate workers, round 2".
pub fn event(story: &Story, event: &Event) -> String {
    let mut parts = vec![event.kind.label().to_string()];
    if let Some(s) = event.status {
        parts.push(s.label().to_string());
    }
    match (&event.resolved, &event.when) {
        (Some(r), Some(w)) if r.to_string() != **w => parts.push(format!("{w} ({r})")),
        (Some(t), _) => parts.push(t.to_string()),
        (None, Some(t)) => parts.push(t.to_string()),
        (None, None) => parts.push("undated".to_string()),
    }
    if let Some(a) = &event.actor {
        parts.push(a.to_string());
    }
    // The figure in the article's own words: the first quantity the event rests on.
    let figure = event
        .facts
        .iter()
        .filter_map(|&id| story.facts.get(id))
        .find(|f| f.kind.is_quantity());
    if let Some(f) = figure {
        parts.push(story.document.slice(f.span()).to_string());
    }
    if let Some(r) = event.round {
        parts.push(format!("round {r}"));
    }
    if let Some(l) = &event.label {
        parts.push(l.to_string());
    }
    let told = event.mention_count();
    if told > 1 {
        let disagree = if event.disagrees() {
            ", with different figures"
        } else {
            ""
        };
        parts.push(format!("told in {told} sentences{disagree}"));
    }
    sanitize::line(&parts.join(", "))
}

/// Each telling of an event on a line: "Told in sentence 3, reported, about 250 jobs: Local
/// media reported …".
pub fn mentions(story: &Story, event: &Event) -> Vec<String> {
    event
        .mentions()
        .iter()
        .map(|m| {
            let mut what = format!("Told in sentence {}", m.sentence + 1);
            if let Some(s) = m.status {
                let _ = write!(what, ", {}", s.label());
            }
            let figure = m
                .facts
                .iter()
                .filter_map(|&id| story.facts.get(id))
                .find(|f| f.kind.is_quantity());
            if let Some(f) = figure {
                let _ = write!(what, ", {}", sanitize::line(story.document.slice(f.span())));
            }
            format!("{what}: {}", sentence(story, m.sentence))
        })
        .collect()
}

/// "Check 2 of 3, warning: … It rests on rounds 1 and 2; round 3 is not described.": a
/// check's message spoken, with the rounds it rests on and those it misses in words.
pub fn check_line(story: &Story, position: usize, total: usize, c: &Check) -> String {
    let mut out = format!(
        "Check {position} of {total}, {}: {}",
        if c.ok { "consistent" } else { "warning" },
        spoken(&sanitize::line(&c.message))
    );
    let kind = c
        .series
        .and_then(|s| story.series.get(s))
        .map_or(EventKind::Layoffs, |s| s.kind);
    let list = |rounds: &[u32]| {
        let names: Vec<String> = rounds
            .iter()
            .map(|&r| {
                figure::round_label(kind, r)
                    .trim_start_matches('#')
                    .to_string()
            })
            .collect();
        match names.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        }
    };
    if !c.rounds.is_empty() {
        let s = if c.rounds.len() == 1 { "" } else { "s" };
        let _ = write!(out, ". It rests on round{s} {}", list(&c.rounds));
        if !c.missing.is_empty() {
            let (s, is) = if c.missing.len() == 1 {
                ("", "is")
            } else {
                ("s", "are")
            };
            let _ = write!(out, "; round{s} {} {is} not described", list(&c.missing));
        }
        out.push('.');
    }
    out
}

/// "Fact 3 of 23, money, up to $100 billion, sentence 4: Amazon is …".
pub fn fact_line(story: &Story, position: usize, total: usize, f: &Fact) -> String {
    format!(
        "Fact {position} of {total}, {}, sentence {}: {}",
        fact(story, f),
        f.sentence + 1,
        sentence(story, f.sentence_index())
    )
}

/// "Event 2 of 5, layoffs, …, sentence 7: …".
pub fn event_line(story: &Story, position: usize, total: usize, e: &Event) -> String {
    format!(
        "Event {position} of {total}, {}, sentence {}: {}",
        event(story, e),
        e.sentence + 1,
        sentence(story, e.sentence)
    )
}

/// One sentence of the article, sanitised, on one line.
pub fn sentence(story: &Story, index: usize) -> String {
    let text = story.document.sentence_text(index);
    // Line breaks inside a hard-wrapped paragraph read as spaces.
    let joined: String = text
        .split(['\n', '\t'])
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    sanitize::line(joined.trim())
}

/// Text with dateline's own symbols written as words, for reading aloud: "~14,000" is
/// "about 14,000".
pub fn spoken(text: &str) -> String {
    text.replace("≤ ", "at most ")
        .replace("≥ ", "at least ")
        .replace("< ", "under ")
        .replace('~', "about ")
        .replace(" ⚠ ", ", warning: ")
}

/// 1-based line and column (in characters) of a byte offset, as editors count them.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// What `y` copies for a fact: the value, the quoted sentence, and where it is.
///
/// ```text
/// money, up to $100 billion (at most $100B)
/// > Amazon is in talks to invest up to $100 billion in OpenAI.
/// — story.txt:3:27, sentence 4
/// ```
pub fn cite_fact(story: &Story, source: &str, f: &Fact) -> String {
    cite(
        story,
        source,
        &fact(story, f),
        f.sentence_index(),
        f.span().start,
    )
}

/// What `y` copies for an event.
pub fn cite_event(story: &Story, source: &str, e: &Event) -> String {
    let start = e
        .facts
        .first()
        .and_then(|&id| story.facts.get(id))
        .map(|f| f.span().start)
        .or_else(|| {
            story
                .document
                .sentences
                .get(e.sentence)
                .map(|s| s.span.start)
        })
        .unwrap_or(0);
    cite(story, source, &event(story, e), e.sentence, start)
}

/// What `y` copies in the article: the sentence and where it is.
pub fn cite_sentence(story: &Story, source: &str, index: usize) -> String {
    let start = story
        .document
        .sentences
        .get(index)
        .map_or(0, |s| s.span.start);
    format!(
        "> {}\n— {}, sentence {}\n",
        sentence(story, index),
        place(story, source, start),
        index + 1
    )
}

/// `file:line:column`, or the URL alone: a page's line numbers are those of the text
/// dateline made of it, which a reader of the page never sees.
fn place(story: &Story, source: &str, offset: usize) -> String {
    let source = sanitize::line(source);
    if crate::web::is_url(&source) {
        return source;
    }
    let (line, column) = line_column(&story.document.text, offset);
    format!("{source}:{line}:{column}")
}

fn cite(story: &Story, source: &str, what: &str, index: usize, offset: usize) -> String {
    format!(
        "{what}\n> {}\n— {}, sentence {}\n",
        sentence(story, index),
        place(story, source, offset),
        index + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Options, extract};
    use crate::story::Document;

    fn story(text: &str) -> Story {
        extract(
            Document::new(text.to_string()),
            &Options {
                reference_date: Some(jiff::civil::date(2025, 3, 14)),
            },
        )
    }

    fn find(story: &Story, text: &str) -> Fact {
        story
            .facts
            .iter()
            .find(|f| story.document.slice(f.span()) == text)
            .cloned()
            .unwrap_or_else(|| panic!("no fact {text:?} in {:#?}", story.facts))
    }

    #[test]
    fn facts_read_as_words() {
        let s = story(
            "Northwind Bank said on Tuesday it would cut up to 1,200 jobs.\n\nChief executive Mara Lind said the bank raised €2.5 million last week.",
        );
        assert_eq!(
            fact(&s, &find(&s, "up to 1,200 jobs")),
            "count, up to 1,200 jobs (at most 1,200 jobs)"
        );
        assert_eq!(
            fact(&s, &find(&s, "€2.5 million")),
            "money, €2.5 million (€2.5M)"
        );
        assert_eq!(
            fact(&s, &find(&s, "Mara Lind")),
            "person, Mara Lind (Chief executive)"
        );
        assert_eq!(
            fact(&s, &find(&s, "last week")),
            "date, last week (2025-W10)"
        );
        let f = find(&s, "Northwind Bank");
        assert_eq!(fact(&s, &f), "organisation, Northwind Bank");
        assert_eq!(
            fact_line(&s, 1, 9, &f),
            "Fact 1 of 9, organisation, Northwind Bank, sentence 1: Northwind Bank said on Tuesday it would cut up to 1,200 jobs."
        );
    }

    #[test]
    fn citations_give_line_and_column() {
        let s = story("Title line\n\nAcme Corp said\tit would cut 300 jobs in March.");
        let f = find(&s, "300 jobs");
        assert_eq!(
            cite_fact(&s, "a.txt", &f),
            "count, 300 jobs\n> Acme Corp said it would cut 300 jobs in March.\n— a.txt:3:29, sentence 2\n"
        );
        assert_eq!(line_column("ab\ncé d", 7), (2, 4));
        assert_eq!(line_column("é", 1), (1, 1));
        assert_eq!(line_column("x", 99), (1, 2));
    }

    #[test]
    fn nothing_from_the_text_escapes() {
        let s = story("Acme\x1b]0;pwned\x07 cut 300 jobs |\x1b[2J in March.");
        let table =
            crate::output::markdown::facts_table(&s, &(0..s.facts.len()).collect::<Vec<_>>());
        assert!(!table.contains('\x1b'), "{table:?}");
        for f in &s.facts {
            let c = cite_fact(&s, "x", f);
            assert!(!c.chars().any(|c| c.is_control() && c != '\n'), "{c:?}");
        }
        for e in &s.events {
            assert!(!event(&s, e).chars().any(char::is_control));
        }
    }

    #[test]
    fn symbols_are_spoken_as_words() {
        assert_eq!(
            spoken("~14,000 reported; ≤ $30B and ≥ 5% but < 3"),
            "about 14,000 reported; at most $30B and at least 5% but under 3"
        );
    }
}
