//! Checking one extracted story against its parsed expectations, and the structural
//! invariants every story keeps. Failures are written as readable report entries:
//! `file:line: expectation`, then what was found instead and the facts near the text.

use crate::expect::{Expect, Expectations, Field, Rule, Want};
use dateline::story::{Fact, Story};
use std::fmt::Write;

/// What checking one file found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Lines that failed, including `todo` lines that unexpectedly pass.
    pub failed: usize,
    /// `todo` lines that still fail, as they are known to.
    pub todo: usize,
}

/// Checks every statement of `exp` against `story`, appending failures to `report` and the
/// known gaps (`todo` lines still failing) to `todo_report`, under `name`. Each positive line
/// claims a distinct fact.
pub fn check(
    name: &str,
    exp: &Expectations,
    story: &Story,
    report: &mut String,
    todo_report: &mut String,
) -> Outcome {
    let mut claimed = vec![false; story.facts.len()];
    let mut outcome = Outcome::default();
    let mut failed = 0;
    let mut fail = |line: usize, what: String, detail: String| {
        failed += 1;
        writeln!(report, "{name}:{line}: {what}\n{detail}").unwrap();
    };
    if let Some(want) = exp.reference {
        let got = story.reference_date;
        if got != want {
            let show = |d: Option<jiff::civil::Date>| d.map_or("null".into(), |d| d.to_string());
            fail(
                0,
                format!("reference: {}", show(want)),
                format!("    got {}\n", show(got)),
            );
        }
    }
    for e in &exp.lines {
        let heading = heading(e);
        let spans: Vec<(usize, usize)> = story
            .document
            .text
            .match_indices(&e.text)
            .map(|(i, m)| (i, i + m.len()))
            .collect();
        if spans.is_empty() {
            // An annotation error fails even on a `todo` line.
            fail(
                e.line,
                heading,
                "    annotation error: the text does not occur in the article\n".into(),
            );
            continue;
        }
        let detail = match &e.rule {
            Rule::Present(fields) => present(e, fields, &spans, story, &mut claimed),
            Rule::Absent | Rule::AbsentOverlapping => absent(e, &spans, story),
        };
        match (detail, &e.todo) {
            (Some(detail), None) => fail(e.line, heading, detail),
            (Some(_), Some(reason)) => {
                outcome.todo += 1;
                writeln!(todo_report, "{name}:{}: todo {heading}  # {reason}", e.line).unwrap();
            }
            (None, Some(_)) => fail(
                e.line,
                format!("todo {heading}"),
                "    passes now: remove its `todo` prefix\n".into(),
            ),
            (None, None) => {}
        }
    }
    outcome.failed = failed;
    outcome
}

/// The expectation as written, for the report.
fn heading(e: &Expect) -> String {
    let kind = e.kind.map_or("*", |k| k.name());
    match &e.rule {
        Rule::Present(fields) => {
            let mut s = format!("{kind} {:?}", e.text);
            for (f, w) in fields {
                write!(s, " {}={}", f.name(), show(w)).unwrap();
            }
            s
        }
        Rule::Absent => format!("absent {kind} {:?}", e.text),
        Rule::AbsentOverlapping => format!("absent {kind} overlapping {:?}", e.text),
    }
}

fn show(w: &Want) -> String {
    match w {
        Want::Null => "null".into(),
        Want::Number(n) => n.to_string(),
        Want::Text(t) => format!("{t:?}"),
    }
}

fn overlaps(f: &Fact, spans: &[(usize, usize)]) -> bool {
    let span = f.span();
    spans.iter().any(|&(s, t)| span.start < t && s < span.end)
}

/// Claims the first unclaimed fact matching a positive line; on failure, says why.
fn present(
    e: &Expect,
    fields: &[(Field, Want)],
    spans: &[(usize, usize)],
    story: &Story,
    claimed: &mut [bool],
) -> Option<String> {
    let facts = &story.facts;
    let text = &story.document.text;
    let candidates: Vec<usize> = (0..facts.len())
        .filter(|&i| !claimed[i] && Some(facts[i].kind) == e.kind && facts[i].text(text) == e.text)
        .collect();
    let wrong = |i: usize| -> Vec<String> {
        fields
            .iter()
            .filter_map(|(f, w)| mismatch(&facts[i], *f, w))
            .collect()
    };
    if let Some(&i) = candidates.iter().find(|&&i| wrong(i).is_empty()) {
        claimed[i] = true;
        return None;
    }
    let mut detail = String::new();
    for &i in &candidates {
        let why = wrong(i).join("; ");
        writeln!(
            detail,
            "    found {}\n      but {why}",
            describe(&facts[i], text)
        )
        .unwrap();
    }
    if candidates.is_empty() {
        let sentences: Vec<usize> = spans
            .iter()
            .filter_map(|&(s, _)| story.document.sentence_at(s))
            .collect();
        let near = facts.iter().filter(|f| {
            (Some(f.kind) == e.kind && sentences.contains(&f.sentence_index()))
                || overlaps(f, spans)
        });
        detail.push_str("    not found; nearby (same kind in its sentence, or overlapping):\n");
        let before = detail.len();
        for f in near {
            writeln!(detail, "      {}", describe(f, text)).unwrap();
        }
        if detail.len() == before {
            detail.push_str("      (none)\n");
        }
    }
    Some(detail)
}

/// The facts an `absent` line forbids, if any were extracted.
fn absent(e: &Expect, spans: &[(usize, usize)], story: &Story) -> Option<String> {
    let mut detail = String::new();
    for f in &story.facts {
        let kind_ok = e.kind.is_none_or(|k| f.kind == k);
        let hit = match e.rule {
            Rule::AbsentOverlapping => overlaps(f, spans),
            _ => f.text(&story.document.text) == e.text,
        };
        if kind_ok && hit {
            writeln!(
                detail,
                "    extracted {}",
                describe(f, &story.document.text)
            )
            .unwrap();
        }
    }
    (!detail.is_empty()).then_some(detail)
}

/// Why `fact` does not satisfy `field=want`, if it does not.
fn mismatch(fact: &Fact, field: Field, want: &Want) -> Option<String> {
    let text = |got: Option<&str>| match (want, got) {
        (Want::Null, None) => true,
        (Want::Text(w), Some(g)) => w == g,
        _ => false,
    };
    let ok = match field {
        Field::Value => match (want, fact.value()) {
            (Want::Null, None) => true,
            (Want::Number(w), Some(g)) => (w - g).abs() <= 1e-9 * w.abs().max(g.abs()),
            _ => false,
        },
        Field::Unit => text(fact.unit()),
        Field::Qualifier => text(fact.qualifier.map(|q| q.name())),
        Field::Name => text(fact.name()),
        Field::Role => text(fact.role()),
        Field::Resolved => match (want, &fact.resolved()) {
            (Want::Null, Some(None)) => true,
            (Want::Text(w), Some(Some(g))) => **w == g.to_string(),
            _ => false,
        },
    };
    (!ok).then(|| format!("{} should be {}", field.name(), show(want)))
}

/// A fact in the expectation syntax, with where it is (`text` is the document's).
fn describe(f: &Fact, text: &str) -> String {
    let mut s = format!("{} {:?}", f.kind.name(), f.text(text));
    if let Some(v) = f.value() {
        write!(s, " value={v}").unwrap();
    }
    for (key, v) in [
        ("unit", &f.unit()),
        ("name", &f.name()),
        ("role", &f.role()),
    ] {
        if let Some(v) = v {
            write!(s, " {key}={v:?}").unwrap();
        }
    }
    if let Some(q) = f.qualifier {
        write!(s, " qualifier={}", q.name()).unwrap();
    }
    match &f.resolved() {
        Some(Some(r)) => write!(s, " resolved={r}").unwrap(),
        Some(None) => s.push_str(" resolved=null"),
        None => {}
    }
    write!(
        s,
        "  (sentence {}, bytes {}..{})",
        f.sentence, f.start, f.end
    )
    .unwrap();
    s
}

/// Structural invariants any extraction keeps, whatever it finds: ids are indices, spans are
/// non-empty char-boundary ranges of the text (a fact's text is read from its span) that lie
/// in its sentence, facts are in text order without overlaps, and entity links go both ways.
pub fn invariant_errors(story: &Story) -> Vec<String> {
    let text = &story.document.text;
    let mut errors = Vec::new();
    let mut err =
        |f: &Fact, what: String| errors.push(format!("fact {} {:?}: {what}", f.id, f.text(text)));
    for (i, f) in story.facts.iter().enumerate() {
        if f.index() != i {
            err(f, format!("id is not its index {i}"));
        }
        let (s, t) = (f.span().start, f.span().end);
        if s >= t || t > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(t) {
            err(
                f,
                format!("span {s}..{t} is empty, outside the text or splits a char"),
            );
            continue;
        }
        let sentence = story.document.sentences.get(f.sentence_index());
        if !sentence.is_some_and(|sen| sen.span.contains(f.span())) {
            err(f, format!("sentence {} does not contain it", f.sentence));
        }
        if let Some(prev) = i.checked_sub(1).map(|j| &story.facts[j]) {
            if prev.span().end > s {
                err(
                    f,
                    format!(
                        "overlaps or precedes fact {} {:?}",
                        prev.id,
                        prev.text(text)
                    ),
                );
            }
        }
        if let Some(e) = f.entity_index() {
            if !story
                .entities
                .get(e)
                .is_some_and(|ent| ent.mentions.contains(&f.index()))
            {
                err(f, format!("entity {e} does not list it as a mention"));
            }
        }
    }
    errors
}
