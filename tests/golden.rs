//! Golden tests on the bundled story (reference date 2026-01-29): the whole `dateline/1`
//! document is compared with the committed file, and the facts and events the issues name are
//! asserted one by one so a change says what it broke. `UPDATE_GOLDEN=1 cargo test --test
//! golden` rewrites the file after a deliberate change.

use dateline::extract::{self, Options};
use dateline::output::json::StoryJson;
use dateline::story::{CheckKind, EventKind, FactKind, Status, Story};

const GOLDEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/golden/seed_2026-01-29.json"
);

/// The bundled story as `dateline extract --date 2026-01-29` reads it (so the reference
/// date's source is the flag).
fn seed() -> Story {
    let date = "2026-01-29".parse().ok();
    let mut story = extract::extract_text(
        dateline::BUNDLED_STORY,
        &Options {
            reference_date: date,
        },
    );
    dateline::web::open::Opened::default().finish(&mut story, date);
    story
}

#[test]
fn seed_json_matches_the_golden_file() {
    let json = serde_json::to_string_pretty(&StoryJson::new(&seed())).unwrap() + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &json).unwrap();
    }
    let golden = std::fs::read_to_string(GOLDEN).unwrap();
    assert!(
        json == golden,
        "extraction of the seed changed; diff against {GOLDEN}"
    );
}

#[test]
fn seed_facts_named_by_the_issue() {
    let story = seed();
    let has = |kind: FactKind, text: &str| {
        story
            .facts
            .iter()
            .any(|f| f.kind == kind && f.text(&story.document.text) == text)
    };
    for m in [
        "up to $100 billion",
        "as much as $830 billion",
        "up to $30 billion",
        "$11 billion",
    ] {
        assert!(has(FactKind::Money, m), "{m}");
    }
    for c in [
        "roughly 16,000 employees",
        "about 14,000 corporate workers",
        "30,000 corporate jobs",
        "14,000 layoffs",
    ] {
        assert!(has(FactKind::Count, c), "{c}");
    }
    let names: Vec<(&str, FactKind)> = story
        .entities
        .iter()
        .map(|e| (e.name.as_str(), e.kind))
        .collect();
    for org in [
        "Amazon",
        "OpenAI",
        "SoftBank",
        "Anthropic",
        "Amazon Web Services",
        "PYMNTS",
    ] {
        assert!(names.contains(&(org, FactKind::Org)), "{org}: {names:?}");
    }
    assert!(names.contains(&("Andy Jassy", FactKind::Person)));
    assert!(names.contains(&("Indiana", FactKind::Place)));
    assert!(names.contains(&("Middle Eastern sovereign wealth funds", FactKind::Group)));
    let aws = story
        .entities
        .iter()
        .find(|e| e.name == "Amazon Web Services")
        .unwrap();
    assert!(aws.aliases.iter().any(|a| a == "AWS"));
    let jassy = story
        .entities
        .iter()
        .find(|e| e.name == "Andy Jassy")
        .unwrap();
    assert_eq!(jassy.role.as_deref(), Some("Amazon CEO"));
    let dates: Vec<(&str, &str)> = story
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Date)
        .map(|f| {
            (
                f.text(&story.document.text),
                f.resolved().flatten().map_or("", |_| ""),
            )
        })
        .collect();
    assert_eq!(dates.len(), 5, "{dates:?}");
    let resolved = |t: &str| {
        story
            .facts
            .iter()
            .find(|f| f.kind == FactKind::Date && f.text(&story.document.text) == t)
            .and_then(|f| f.resolved().flatten())
            .map(|t| t.to_string())
    };
    assert_eq!(resolved("October"), Some("2025-10".into()));
    assert_eq!(resolved("Last week"), Some("2026-W04".into()));
    assert_eq!(resolved("this week"), Some("2026-W05".into()));
    assert_eq!(resolved("next week"), Some("2026-W06".into()));
    assert_eq!(resolved("fourth-quarter"), Some("2025-Q4".into()));
    assert!(
        !story
            .facts
            .iter()
            .any(|f| f.text(&story.document.text) == "AI"),
        "AI is not a fact"
    );
    assert!(
        !story
            .facts
            .iter()
            .any(|f| f.kind == FactKind::Count
                && f.text(&story.document.text).to_lowercase() == "one")
    );
}

#[test]
fn seed_events_rounds_and_checks() {
    let story = seed();
    let layoffs: Vec<_> = story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Layoffs)
        .map(|e| {
            (
                e.round,
                e.resolved.map(|t| t.to_string()),
                e.value,
                e.status,
            )
        })
        .collect();
    assert_eq!(
        layoffs,
        [
            (
                Some(1),
                Some("2025-10".into()),
                Some(14000.0),
                Some(Status::Completed)
            ),
            (
                Some(2),
                Some("2026-W04".into()),
                Some(14000.0),
                Some(Status::Reported)
            ),
            (
                Some(2),
                Some("2026-W05".into()),
                Some(16000.0),
                Some(Status::Announced)
            ),
        ]
    );
    let find = |kind: EventKind| story.events.iter().find(|e| e.kind == kind).unwrap();
    let earnings = find(EventKind::Earnings);
    assert_eq!(
        (earnings.resolved.map(|t| t.to_string()), earnings.status),
        (Some("2026-W06".into()), Some(Status::Scheduled))
    );
    let funding = find(EventKind::Fundraising);
    assert_eq!(
        (funding.actor.as_deref(), funding.value, funding.status),
        (Some("OpenAI"), Some(1e11), Some(Status::InTalks))
    );
    let valuation = find(EventKind::Valuation);
    assert_eq!(
        (valuation.actor.as_deref(), valuation.value),
        (Some("OpenAI"), Some(8.3e11))
    );
    let investment = |actor: &str| {
        story
            .events
            .iter()
            .find(|e| e.kind == EventKind::Investment && e.actor.as_deref() == Some(actor))
            .unwrap()
    };
    let softbank = investment("SoftBank");
    assert_eq!(
        (softbank.value, softbank.status, softbank.target.as_deref()),
        (Some(3e10), Some(Status::InTalks), Some("OpenAI"))
    );
    // The headline event: Amazon in talks to invest in OpenAI, no figure, "would make Amazon
    // the largest contributor".
    let amazon = investment("Amazon");
    assert_eq!(
        (amazon.value, amazon.status, amazon.target.as_deref()),
        (None, Some(Status::InTalks), Some("OpenAI"))
    );
    let campus = find(EventKind::Construction);
    assert_eq!(
        (campus.actor.as_deref(), campus.value, campus.status),
        (Some("Amazon"), Some(1.1e10), Some(Status::Completed))
    );

    let series = &story.series[0];
    assert_eq!(series.rounds.len(), 2);
    assert_eq!(
        story.facts[series.plan.unwrap()].text(&story.document.text),
        "30,000 corporate jobs"
    );
    let check = |kind: CheckKind| story.checks.iter().find(|c| c.kind == kind).unwrap();
    assert_eq!(
        check(CheckKind::Sum).message,
        "Amazon layoffs: 14,000 + ~16,000 = 30,000, matching the 30,000 plan"
    );
    assert!(check(CheckKind::Sum).ok);
    assert!(
        check(CheckKind::Conflict)
            .message
            .contains("~14,000 reported Last week; ~16,000 announced this week")
    );
    assert_eq!(
        check(CheckKind::Implied).message,
        "Amazon would be the largest contributor: more than SoftBank's up to $30 billion"
    );
}

#[test]
fn without_a_reference_date_relative_dates_are_null() {
    let story = extract::extract_text(dateline::BUNDLED_STORY, &Options::default());
    assert_eq!(story.reference_date, None);
    for f in story.facts.iter().filter(|f| f.kind == FactKind::Date) {
        assert_eq!(f.resolved(), Some(None), "{}", f.text(&story.document.text));
    }
}
