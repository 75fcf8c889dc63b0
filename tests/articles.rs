//! The article corpus: every `tests/articles/NAME.expect` names an article (`NAME.txt`, or a
//! `source:` path) and what a careful reader says extraction must find in it. This file loads
//! the corpus and runs the tests; `articles/expect.rs` parses the format below and
//! `articles/check.rs` checks a story and writes the report of every failure across all files.
//!
//! # The `.expect` format
//!
//! One statement a line; `#` outside quotes starts a comment; blank lines are ignored.
//!
//! ```text
//! source: ../../seeds/000_4645c990ff64489e.txt  # article path relative to this file
//!                                               #   (default: NAME.txt beside it)
//! date: 2026-01-29          # reference date given to extraction (like `--date`); omit to let
//!                           #   extraction find one in the text (a dateline) or none
//! reference: 2025-03-03     # the reference date the story must end up with (`null`: none)
//! KIND "TEXT" FIELD=VALUE…  # a fact of KIND whose text is exactly TEXT, with these fields
//! absent KIND "TEXT"        # no fact of KIND has exactly this text (`*`: of any kind)
//! absent KIND overlapping "TEXT"  # no fact of KIND overlaps any occurrence of TEXT
//! todo LINE  # REASON       # a known gap: any fact or absent line, reported but not
//!                           #   failed; it fails once it passes (drop the prefix then)
//! ```
//!
//! KIND is money, count, percent, ordinal, org, person, place, group or date. TEXT is the
//! exact source span, in double quotes, with `\"`, `\\`, `\n` (a hard-wrapped line break)
//! and `\t` escapes; it must occur in the article. Fields not listed are not checked:
//! - `value=NUMBER`, compared with relative tolerance 1e-9;
//! - `unit=`, `qualifier=` (at_most, approx, at_least, under), `name=`, `role=`,
//!   `resolved=` (a TIMEX3 value), compared as strings; quote values with spaces;
//! - `FIELD=null` means the field is empty; for `resolved` it means present but `null`
//!   (a relative date nothing allows resolving).
//!
//! Repeating a line asks for that many distinct facts (each line claims a different fact).
//! A line that fails is reported with what was found instead: the facts with its text, or the
//! facts of its kind in its sentence and any fact overlapping it.
//!
//! Annotation conventions, kept across files: money units are ISO 4217 codes; a count's unit
//! is the noun phrase right after the number as written ("30,000 corporate jobs" → `corporate
//! jobs`); quantity texts include their hedge ("up to $100 billion"); date texts exclude a
//! leading preposition or article ("in October" → `October`); a range gives one fact per bound,
//! the lower `at_least` and the upper `at_most`; a person's role is the title as written, with
//! an organisation named before it ("Amazon CEO", "Tessel's co-founder") but without an article
//! or an anaphoric "the company's"; `name` is the canonical (first full) name of the entity;
//! `resolved` values are TIMEX3: `2025-03-03`, `2025-10`, `2026-W04`, `2025-Q4`, `2026-H1`,
//! seasons `2024-FA`, years `2024`, decades `199`. A failed `reference:` is reported as line 0.

// Test support code: a panic is how it reports, so unwrap is fine here (as in `#[test]`s).
#![allow(clippy::unwrap_used)]

#[path = "articles/check.rs"]
mod check;
#[path = "articles/expect.rs"]
mod expect;

use dateline::extract::{Options, extract};
use dateline::story::load::load_path;
use dateline::story::{Document, Fact, FactKind, Story};
use expect::Expectations;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// One article with its expectations, loaded and extracted.
struct Case {
    /// The `.expect` path relative to the crate, for messages.
    name: String,
    expectations: Expectations,
    story: Story,
}

/// Loads every `.expect` file and its article, or panics listing every unusable one.
fn load_cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/articles exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "expect"))
        .collect();
    paths.sort();
    let mut cases = Vec::new();
    let mut errors = String::new();
    for path in paths {
        let name = format!(
            "tests/articles/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let parsed = std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| expect::parse(&t));
        let expectations = match parsed {
            Ok(e) => e,
            Err(e) => {
                writeln!(errors, "{name}: {e}").unwrap();
                continue;
            }
        };
        let source = match &expectations.source {
            Some(s) => path.parent().unwrap().join(s),
            None => path.with_extension("txt"),
        };
        match load_path(&source) {
            Ok(loaded) => {
                let options = Options {
                    reference_date: expectations.date,
                };
                let story = extract(Document::new(loaded.text), &options);
                cases.push(Case {
                    name,
                    expectations,
                    story,
                });
            }
            Err(e) => writeln!(errors, "{name}: cannot load the article: {e}").unwrap(),
        }
    }
    assert!(errors.is_empty(), "unusable expectation files:\n{errors}");
    cases
}

/// Every expectation holds, except the `todo` lines, which are listed (run with
/// `--nocapture` to see them) and must still fail.
#[test]
fn articles_match_expectations() {
    let cases = load_cases();
    let (mut report, mut todos, mut summary) = (String::new(), String::new(), String::new());
    let (mut failed, mut todo, mut total) = (0, 0, 0);
    for case in &cases {
        let exp = &case.expectations;
        let lines = exp.lines.len() + usize::from(exp.reference.is_some());
        let out = check::check(&case.name, exp, &case.story, &mut report, &mut todos);
        writeln!(
            summary,
            "  {:>3}/{lines:<3} failed  {:>2} todo  {}",
            out.failed, out.todo, case.name
        )
        .unwrap();
        failed += out.failed;
        todo += out.todo;
        total += lines;
    }
    println!("{todo} of {total} expectations are known gaps (todo):\n{todos}");
    assert!(
        failed == 0,
        "{failed} of {total} expectations failed ({todo} todo) in {} articles:\n{summary}\n\
         {report}\nknown gaps:\n{todos}",
        cases.len()
    );
}

#[test]
fn every_story_keeps_fact_invariants() {
    let mut report = String::new();
    for case in load_cases() {
        for e in check::invariant_errors(&case.story) {
            writeln!(report, "{}: {e}", case.name).unwrap();
        }
    }
    assert!(report.is_empty(), "invariants broken:\n{report}");
}

/// The corpus itself is sound: enough articles, and every annotated text occurs in its article
/// (so a typo in an `.expect` file is caught now, not mistaken later for an extractor bug).
#[test]
fn expectations_are_well_formed_and_cite_real_text() {
    let cases = load_cases();
    assert!(cases.len() >= 18, "only {} articles", cases.len());
    let mut report = String::new();
    for case in &cases {
        for e in &case.expectations.lines {
            if !case.story.document.text.contains(&e.text) {
                let (name, line) = (&case.name, e.line);
                writeln!(
                    report,
                    "{name}:{line}: {:?} does not occur in the article",
                    e.text
                )
                .unwrap();
            }
        }
    }
    assert!(report.is_empty(), "{report}");
}

/// A story with hand-made facts, so the checker itself is tested without any recogniser.
fn story_with(text: &str, facts: &[(FactKind, &str, usize, Option<f64>)]) -> Story {
    let document = Document::new(text.to_string());
    let facts = facts
        .iter()
        .enumerate()
        .map(|(id, &(kind, needle, nth, value))| {
            let start = text.match_indices(needle).nth(nth).unwrap().0;
            let mut fact = Fact::new(kind, start, start + needle.len());
            fact.id = id as u32;
            fact.sentence = document.sentence_at(start).unwrap() as u32;
            fact.set_value(value);
            fact
        })
        .collect();
    Story {
        document: document.into(),
        facts,
        ..Story::default()
    }
}

#[test]
fn checker_claims_distinct_facts_and_reports_each_failure() {
    use FactKind::{Count, Org};
    let story = story_with(
        "Acme cut 300 jobs. Acme hired 20 people.",
        &[
            (Org, "Acme", 0, None),
            (Count, "300 jobs", 0, Some(300.0)),
            (Count, "20 people", 0, Some(21.0)),
        ],
    );
    let exp = expect::parse(
        r#"reference: 2025-01-01
count "300 jobs" value=300
count "300 jobs"
count "20 people" value=20
org "Acme"
org "Acme"
absent count "300 jobs"
absent * overlapping "hired"
person "Zed""#,
    )
    .unwrap();
    let (mut report, mut todos) = (String::new(), String::new());
    let out = check::check("t.expect", &exp, &story, &mut report, &mut todos);
    assert_eq!(out.failed, 6, "{report}");
    assert_eq!(out.todo, 0);
    for want in [
        "t.expect:0: reference: 2025-01-01\n    got null",
        "t.expect:3: count \"300 jobs\"\n    not found; nearby",
        "      count \"300 jobs\" value=300  (sentence 0, bytes 9..17)",
        "t.expect:4: count \"20 people\" value=20\n    found count \"20 people\" value=21",
        "but value should be 20",
        "t.expect:6: org \"Acme\"\n    not found; nearby (same kind in its sentence, or overlapping):\n      org \"Acme\"",
        "t.expect:7: absent count \"300 jobs\"\n    extracted count \"300 jobs\"",
        "t.expect:9: person \"Zed\"\n    annotation error",
    ] {
        assert!(report.contains(want), "missing {want:?} in:\n{report}");
    }
}

#[test]
fn todo_lines_are_reported_and_fail_once_they_pass() {
    use FactKind::Count;
    let story = story_with("Acme cut 300 jobs.", &[(Count, "300 jobs", 0, Some(300.0))]);
    let exp = expect::parse(
        r#"todo count "300 jobs" value=301  # the value is a known gap
todo count "300 jobs" value=300  # fixed since
todo absent * overlapping "300"  # the count should not be there
todo person "Zed"  # not in the text"#,
    )
    .unwrap();
    let (mut report, mut todos) = (String::new(), String::new());
    let out = check::check("t.expect", &exp, &story, &mut report, &mut todos);
    assert_eq!(out, check::Outcome { failed: 2, todo: 2 }, "{report}");
    assert!(todos.contains("t.expect:1: todo count \"300 jobs\" value=301  # the value is"));
    assert!(report.contains("t.expect:2: todo count \"300 jobs\" value=300\n    passes now"));
    assert!(report.contains("t.expect:4: person \"Zed\"\n    annotation error"));
    assert!(
        todos.contains("t.expect:3: todo absent * overlapping \"300\""),
        "{todos}"
    );
    assert!(!report.contains("t.expect:3") && !todos.contains("t.expect:2"));
    // A todo needs its reason, and a fact line after it.
    assert!(expect::parse(r#"todo count "300 jobs""#).is_err());
    assert!(expect::parse("todo # why").is_err());
}

#[test]
fn invariants_catch_bad_ids_spans_sentences_and_overlaps() {
    use FactKind::{Count, Org};
    let mut story = story_with(
        "Zoë cut 300 jobs. Acme hired 20 people.",
        &[
            (Org, "Zoë", 0, None),
            (Count, "300 jobs", 0, None),
            (Count, "20", 0, None),
        ],
    );
    assert!(check::invariant_errors(&story).is_empty());
    story.facts[0].end = 3; // inside "ë" (bytes 2..4)
    story.facts[1].id = 7;
    story.facts[2].sentence = 0;
    story.facts[2].start = 10; // overlaps "300 jobs"
    story.facts[2].set_entity(Some(0));
    let errors = check::invariant_errors(&story).join("\n");
    for want in [
        "splits a char",
        "id is not its index 1",
        "sentence 0 does not contain it",
        "overlaps or precedes fact 7",
        "entity 0 does not list it",
    ] {
        assert!(errors.contains(want), "missing {want:?} in:\n{errors}");
    }
}
