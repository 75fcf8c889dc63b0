use crate::extract::{Options, extract_text};
use crate::story::{FactKind, Qualifier};

fn counts(text: &str) -> Vec<(String, f64, String, Option<Qualifier>)> {
    extract_text(text, &Options::default())
        .facts
        .into_iter()
        .filter(|f| f.kind == FactKind::Count)
        .map(|f| {
            (
                f.text(text).to_string(),
                f.value().unwrap_or(f64::NAN),
                f.unit().unwrap_or_default().to_string(),
                f.qualifier,
            )
        })
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    counts(text).into_iter().map(|c| c.0).collect()
}

#[test]
fn number_then_noun_phrase() {
    let c = counts("The cuts hit roughly 16,000 employees and 30,000 corporate jobs.");
    assert_eq!(
        c[0],
        (
            "roughly 16,000 employees".into(),
            16000.0,
            "employees".into(),
            Some(Qualifier::Approx)
        )
    );
    assert_eq!(
        c[1],
        (
            "30,000 corporate jobs".into(),
            30000.0,
            "corporate jobs".into(),
            None
        )
    );
    assert_eq!(
        texts("Two people died and a dozen eggs broke."),
        ["Two people", "a dozen eggs"]
    );
    assert_eq!(
        texts("It will open more than 300 new stores."),
        ["more than 300 new stores"]
    );
    assert_eq!(
        texts("1.5 million white-collar workers"),
        ["1.5 million white-collar workers"]
    );
}

#[test]
fn ranges_share_the_noun() {
    let c = counts("It will cut 10,000 to 12,000 jobs.");
    assert_eq!(c.len(), 2);
    assert_eq!((c[0].1, c[0].2.as_str()), (10000.0, "jobs"));
    assert_eq!((c[1].1, c[1].2.as_str()), (12000.0, "jobs"));
    assert_eq!(
        (c[0].3, c[1].3),
        (Some(Qualifier::AtLeast), Some(Qualifier::AtMost))
    );
}

#[test]
fn distractors_are_not_counts() {
    for s in [
        "In 2025 sales rose.",
        "The 2024 elections were close.",
        "Boeing 737 jets were grounded.",
        "The iPhone 15 models sold well.",
        "Section 230 protections apply.",
        "Fortune 500 companies hire.",
        "COVID-19 patients recovered.",
        "We offer 24/7 services.",
        "Call 555-1234 tonight.",
        "We met at 3:30 pm.",
        "On March 3 workers struck.",
        "A 45-year-old man was hurt.",
        "It is one of the largest deals.",
        "No one came.",
        "He tried 3 times and waited 20 years.",
        "It is 5 miles away.",
        "Sales rose 5 percent.",
    ] {
        assert!(counts(s).is_empty(), "{s}: {:?}", counts(s));
    }
}

#[test]
fn bare_numbers_count_when_the_text_says_what() {
    let t = texts(
        "The union represents about 600 of the Memphis workers. It will hire 350 in rural \
         Wisconsin. Another round removed 800 jobs, including about 150 in Dublin. It had a \
         workforce of about 12,500. It cut 1,000 jobs. The final figure was 1,000.",
    );
    assert_eq!(
        t,
        [
            "about 600",
            "350",
            "800 jobs",
            "about 150",
            "about 12,500",
            "1,000 jobs",
            "1,000"
        ]
    );
    // Scores, ranks and small repeated numbers stay out; so do anonymous sources.
    assert!(texts("It cut 3 plants. It won 3 to 2 on penalties.").len() == 1);
    assert!(texts("It ranks 12 in the league. Two people familiar with it said so.").is_empty());
}

#[test]
fn rates_and_adjectives_in_the_noun_phrase() {
    assert_eq!(
        texts("It makes about 2 billion tablets a year and 42 jets a month in three other plants."),
        ["about 2 billion tablets", "42 jets", "three other plants"]
    );
}

#[test]
fn coordinated_and_named_modifiers_reach_the_noun() {
    assert_eq!(
        texts("It will lay off 790 salaried, production and support workers."),
        ["790 salaried, production and support workers"]
    );
    assert_eq!(
        texts("It sold its four largest and most productive stores."),
        ["four largest and most productive stores"]
    );
    // A name after other words leaves the count at its number.
    assert_eq!(
        texts("It absorbed six other failing Northeast railroads."),
        ["six"]
    );
    // A comma with no "and" before the noun, a singular unit first, or a verb: no phrase.
    assert_eq!(texts("It hired 300, workers said."), ["300"]);
    assert!(texts("A three year loan carries interest.").is_empty());
}

#[test]
fn headlines_read_their_nouns_case_blind() {
    assert_eq!(
        texts("KRUPP SAYS 2,000 STEEL JOBS TO GO"),
        ["2,000 STEEL JOBS"]
    );
    assert_eq!(
        texts("GM LAYING OFF 850 WORKERS AT TWO PLANTS"),
        ["850 WORKERS", "TWO PLANTS"]
    );
    assert!(texts("BOEING 737 ORDERS RISE").is_empty());
}
