//! The search engine on hand-made stories: every query form, errors with their positions,
//! smart case, phrases, scopes, values, date periods, events, invisible characters, and spans
//! that are always valid byte ranges of the article.

use dateline::search::{Index, Results, parse};
use dateline::story::{Document, Event, EventKind, Fact, FactKind, Qualifier, Status, Story};
use proptest::prelude::*;

/// Places facts on a text by quoting it.
struct Builder {
    doc: Document,
    facts: Vec<Fact>,
    events: Vec<Event>,
}

impl Builder {
    fn new(text: &str) -> Builder {
        Builder {
            doc: Document::new(text.to_string()),
            facts: Vec::new(),
            events: Vec::new(),
        }
    }

    fn at(&mut self, kind: FactKind, quote: &str) -> &mut Fact {
        let start = self
            .doc
            .text
            .find(quote)
            .unwrap_or_else(|| panic!("{quote:?} not in text"));
        let mut f = Fact::new(kind, start, start + quote.len());
        f.sentence = self.doc.sentence_at(start).unwrap() as u32;
        self.facts.push(f);
        self.facts.last_mut().unwrap()
    }

    fn entity(&mut self, kind: FactKind, quote: &str, name: &str) -> &mut Self {
        self.at(kind, quote).set_name(Some(name.into()));
        self
    }

    fn qty(&mut self, kind: FactKind, quote: &str, value: f64, unit: Option<&str>) -> &mut Self {
        let f = self.at(kind, quote);
        f.set_value(Some(value));
        f.set_unit(unit.map(Into::into));
        self
    }

    fn date(&mut self, quote: &str, resolved: &str) -> &mut Self {
        self.at(FactKind::Date, quote)
            .set_resolved(Some(Some(resolved.parse().unwrap())));
        self
    }

    fn event(&mut self, kind: EventKind, quote: &str, f: impl FnOnce(&mut Event)) -> &mut Self {
        let start = self.doc.text.find(quote).unwrap();
        let mut e = Event {
            id: self.events.len(),
            kind,
            actor: None,
            value: None,
            unit: None,
            qualifier: None,
            when: None,
            resolved: None,
            status: None,
            round: None,
            label: None,
            sentence: self.doc.sentence_at(start).unwrap(),
            facts: Default::default(),
            target: None,
            dated: None,
            also: Vec::new(),
        };
        f(&mut e);
        self.events.push(e);
        self
    }

    fn build(&mut self) -> Story {
        let mut facts = std::mem::take(&mut self.facts);
        facts.sort_by_key(|f| f.start);
        for (i, f) in facts.iter_mut().enumerate() {
            f.id = i as u32;
        }
        Story {
            document: self.doc.clone().into(),
            facts,
            events: std::mem::take(&mut self.events),
            ..Story::default()
        }
    }
}

const NEWS: &str = "SoftBank agreed to invest $22.5 billion in OpenAI in March 2025, people familiar with the matter said. OpenAI was valued at $300 billion after the round.\n\
Amazon said on Tuesday it would cut about 14,000 corporate jobs, or roughly 4% of its office staff. Chief executive Andy Jassy said the cuts would continue into 2026.\n\
The company announced another round of corporate layoffs this week, affecting 16,000 employees.\n\
Nvidia reported fourth-quarter revenue of $39.3 billion, up 78% from a year earlier.\n\
The Federal Trade Commission sued Meta in the second week of January 2026. The weather was mild.\n";

fn news() -> Story {
    use FactKind::*;
    let mut b = Builder::new(NEWS);
    b.entity(Org, "SoftBank", "SoftBank Group")
        .qty(Money, "$22.5 billion", 22.5e9, Some("USD"))
        .entity(Org, "OpenAI", "OpenAI")
        .date("March 2025", "2025-03")
        .qty(Money, "$300 billion", 300e9, Some("USD"))
        .entity(Org, "Amazon", "Amazon")
        .date("Tuesday", "2025-10-28")
        .qty(Count, "14,000 corporate jobs", 14000.0, Some("jobs"))
        .qty(Percent, "4%", 4.0, None)
        .date("2026.", "2026")
        .qty(Count, "16,000 employees", 16000.0, Some("employees"))
        .date("this week", "2025-W44")
        .entity(Org, "Nvidia", "Nvidia")
        .date("fourth-quarter", "2024-Q4")
        .qty(Money, "$39.3 billion", 39.3e9, Some("USD"))
        .qty(Percent, "78%", 78.0, None)
        .entity(Org, "Federal Trade Commission", "Federal Trade Commission")
        .entity(Org, "Meta", "Meta Platforms")
        .date("second week of January 2026", "2026-W02");
    b.at(Person, "Andy Jassy")
        .set_role(Some("Chief executive".into()));
    b.facts
        .last_mut()
        .unwrap()
        .set_name(Some("Andy Jassy".into()));
    let text = b.doc.text.clone();
    let jobs = b
        .facts
        .iter_mut()
        .find(|f| f.text(&text) == "14,000 corporate jobs");
    jobs.unwrap().qualifier = Some(Qualifier::Approx);
    b.event(EventKind::Investment, "SoftBank agreed", |e| {
        e.actor = Some("SoftBank".into());
        e.value = Some(22.5e9);
        e.unit = Some("USD".into());
        e.when = Some("March 2025".into());
        e.resolved = "2025-03".parse().ok();
        e.status = Some(Status::Completed);
    })
    .event(EventKind::Layoffs, "Amazon said", |e| {
        e.actor = Some("Amazon".into());
        e.value = Some(14000.0);
        e.unit = Some("jobs".into());
        e.when = Some("Tuesday".into());
        e.resolved = "2025-10-28".parse().ok();
        e.status = Some(Status::Announced);
    })
    .event(EventKind::Earnings, "Nvidia reported", |e| {
        e.actor = Some("Nvidia".into());
        e.value = Some(39.3e9);
        e.unit = Some("USD".into());
        e.label = Some("fourth-quarter".into());
        e.resolved = "2024-Q4".parse().ok();
        e.status = Some(Status::Reported);
    })
    .event(EventKind::Lawsuit, "The Federal Trade", |e| {
        e.actor = Some("Federal Trade Commission".into());
        e.when = Some("the second week of January 2026".into());
        e.resolved = "2026-W02".parse().ok();
        e.status = Some(Status::Completed);
    });
    let mut story = b.build();
    // Events cite their facts by id, known only once the facts are sorted.
    let id = |story: &Story, text: &str| {
        let doc = &story.document.text;
        story
            .facts
            .iter()
            .position(|f| f.text(doc) == text)
            .unwrap()
    };
    story.events[0].facts = [id(&story, "SoftBank"), id(&story, "$22.5 billion")]
        .into_iter()
        .collect();
    story.events[1].facts = [id(&story, "Amazon"), id(&story, "14,000 corporate jobs")]
        .into_iter()
        .collect();
    story
}

/// Runs a query that must parse.
fn run(story: &Story, q: &str) -> Results {
    let query = parse(q).unwrap_or_else(|e| panic!("{q:?}: {e}"));
    let results = Index::new(story).search(&query);
    assert_valid(story, &results);
    results
}

/// The texts of the matching facts.
fn texts(story: &Story, q: &str) -> Vec<String> {
    run(story, q)
        .facts
        .iter()
        .map(|&f| story.facts[f].text(&story.document.text).to_string())
        .collect()
}

/// The kinds of the matching events.
fn events(story: &Story, q: &str) -> Vec<EventKind> {
    run(story, q)
        .events
        .iter()
        .map(|&e| story.events[e].kind)
        .collect()
}

/// What the highlighted spans say.
fn highlighted(story: &Story, q: &str) -> Vec<String> {
    run(story, q)
        .spans
        .iter()
        .map(|s| story.document.slice(*s).to_string())
        .collect()
}

fn assert_valid(story: &Story, r: &Results) {
    let text = &story.document.text;
    for s in &r.spans {
        assert!(s.start < s.end && s.end <= text.len(), "{s:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
    }
    for w in r.spans.windows(2) {
        assert!(w[0].end < w[1].start, "overlapping or unsorted: {w:?}");
    }
    assert!(r.facts.windows(2).all(|w| w[0] < w[1]));
    assert!(r.events.windows(2).all(|w| w[0] < w[1]));
    assert!(r.sentences.windows(2).all(|w| w[0] < w[1]));
    assert!(r.facts.iter().all(|&f| f < story.facts.len()));
    assert!(
        r.sentences
            .iter()
            .all(|&s| s < story.document.sentences.len())
    );
}

fn error(q: &str) -> (String, usize) {
    let e = parse(q).expect_err(q);
    (e.message, e.position)
}

#[test]
fn an_empty_query_matches_everything_and_highlights_nothing() {
    let story = news();
    for q in ["", "   ", "\u{200B}", "\u{FEFF} \u{200D}"] {
        let r = run(&story, q);
        assert_eq!(r.facts, (0..story.facts.len()).collect::<Vec<_>>());
        assert_eq!(r.events, (0..story.events.len()).collect::<Vec<_>>());
        assert_eq!(r.sentences.len(), story.document.sentences.len());
        assert!(r.spans.is_empty());
    }
}

#[test]
fn a_word_fuzzy_matches_within_a_word_of_the_sentence() {
    let story = news();
    let first = texts(&story, "softbank");
    assert_eq!(first, ["SoftBank", "$22.5 billion", "OpenAI", "March 2025"]);
    assert_eq!(texts(&story, "sftbnk"), first, "gaps are allowed");
    assert_eq!(texts(&story, "amzn"), texts(&story, "amazon"));
    assert!(texts(&story, "amazon").contains(&"14,000 corporate jobs".to_string()));
    assert!(texts(&story, "zqxj").is_empty());
    assert!(highlighted(&story, "softbank").contains(&"SoftBank".to_string()));
}

#[test]
fn a_word_matches_names_roles_and_values_as_shown() {
    let story = news();
    // "Platforms" is only in Meta's canonical name, "$300B" only in the value as shown.
    assert_eq!(texts(&story, "%org platforms"), ["Meta"]);
    assert_eq!(texts(&story, "%money 300b"), ["$300 billion"]);
    assert_eq!(texts(&story, "%person chief"), ["Andy Jassy"]);
}

#[test]
fn several_words_must_all_match() {
    let story = news();
    assert_eq!(texts(&story, "jassy cuts"), ["Andy Jassy", "2026."]);
    assert_eq!(texts(&story, "cuts jassy"), ["Andy Jassy", "2026."]);
    // Amazon and Jassy are in two sentences, and no fact names both.
    assert!(texts(&story, "amazon jassy").is_empty());
    assert!(texts(&story, "nvidia federal").is_empty());
}

#[test]
fn smart_case() {
    let story = news();
    assert!(!texts(&story, "openai").is_empty());
    assert_eq!(texts(&story, "OpenAI"), texts(&story, "openai"));
    assert!(
        texts(&story, "Openai").is_empty(),
        "an uppercase letter makes it exact"
    );
    assert!(texts(&story, "AMAZON").is_empty());
}

#[test]
fn an_exact_phrase_matches_literal_text() {
    let story = news();
    let r = run(&story, "\"corporate jobs\"");
    // The phrase, inside the mention of the fact whose own text has it.
    assert_eq!(
        highlighted(&story, "\"corporate jobs\""),
        ["14,000 corporate jobs"]
    );
    assert_eq!(r.sentences.len(), 1);
    assert!(texts(&story, "\"corporate jobs\"").contains(&"Amazon".to_string()));
    assert!(!texts(&story, "\"corporate jobs\"").contains(&"16,000 employees".to_string()));
    assert!(texts(&story, "\"Corporate jobs\"").is_empty(), "smart case");
    assert_eq!(texts(&story, "\"CORPORATE\""), texts(&story, "zzzz"));
    // Curly quotes delimit a phrase too.
    assert_eq!(
        texts(&story, "“corporate jobs”"),
        texts(&story, "\"corporate jobs\"")
    );
}

#[test]
fn a_phrase_spans_runs_of_whitespace() {
    let mut b = Builder::new("The firm will cut 300 corporate \t  jobs by June.\n");
    b.qty(FactKind::Count, "300", 300.0, None);
    let story = b.build();
    assert_eq!(
        highlighted(&story, "\"corporate jobs\""),
        ["corporate \t  jobs"]
    );
}

#[test]
fn scopes_restrict_kinds() {
    let story = news();
    assert_eq!(
        texts(&story, "%money"),
        ["$22.5 billion", "$300 billion", "$39.3 billion"]
    );
    let people_or_orgs = run(&story, "%person %org");
    assert!(
        people_or_orgs
            .facts
            .iter()
            .all(|&f| matches!(story.facts[f].kind, FactKind::Person | FactKind::Org))
    );
    assert_eq!(people_or_orgs.facts.len(), 7);
    assert!(
        people_or_orgs.events.is_empty(),
        "a fact scope leaves events out"
    );
    assert_eq!(texts(&story, "%MONEY"), texts(&story, "%money"));
    assert_eq!(
        texts(&story, "%money openai"),
        ["$22.5 billion", "$300 billion"]
    );
}

#[test]
fn number_filters() {
    let story = news();
    let big = ["$22.5 billion", "$300 billion", "$39.3 billion"];
    assert_eq!(texts(&story, "%money >10b"), big);
    assert_eq!(texts(&story, "%money >10B"), big);
    assert_eq!(texts(&story, "%money >10bn"), big);
    assert_eq!(texts(&story, ">=39.3b"), ["$300 billion", "$39.3 billion"]);
    assert_eq!(texts(&story, ">39.3b"), ["$300 billion"]);
    assert_eq!(
        texts(&story, "%count <=20,000"),
        ["14,000 corporate jobs", "16,000 employees"]
    );
    assert_eq!(texts(&story, "<=14,000 %count"), ["14,000 corporate jobs"]);
    assert_eq!(texts(&story, "<16000 %count"), ["14,000 corporate jobs"]);
    assert_eq!(
        texts(&story, "10b..40b"),
        ["$22.5 billion", "$39.3 billion"]
    );
    assert_eq!(
        texts(&story, "$22.5bn..$39.3BN"),
        ["$22.5 billion", "$39.3 billion"]
    );
    assert!(texts(&story, "1m..5m").is_empty());
    assert_eq!(texts(&story, "~14000"), ["14,000 corporate jobs"]);
    assert_eq!(
        texts(&story, "~15k"),
        ["14,000 corporate jobs", "16,000 employees"]
    );
    assert_eq!(texts(&story, "<5%"), ["4%"]);
    assert!(texts(&story, "<3%").is_empty());
    assert_eq!(
        texts(&story, ">5%"),
        ["78%"],
        "a percent sign means percentages only"
    );
    assert_eq!(texts(&story, "%money >$1b").len(), 3);
    assert!(texts(&story, ">£1b").is_empty(), "no pounds in the story");
    assert!(texts(&story, ">€1k").is_empty());
    assert!(
        texts(&story, "%date >10b").is_empty(),
        "dates have no numeric value"
    );
}

#[test]
fn date_periods_overlap() {
    let story = news();
    let in_2025 = ["March 2025", "Tuesday", "this week"];
    assert_eq!(texts(&story, "%date 2025"), in_2025);
    assert_eq!(
        texts(&story, "2025"),
        in_2025,
        "a bare year is a date filter"
    );
    // A day and a week inside the month; the week of 27 October runs into November.
    assert_eq!(texts(&story, "2025-10"), ["Tuesday", "this week"]);
    assert_eq!(texts(&story, "2025-11"), ["this week"]);
    assert_eq!(texts(&story, "2025-Q4"), ["Tuesday", "this week"]);
    assert_eq!(texts(&story, "2025-q1"), ["March 2025"]);
    assert_eq!(
        texts(&story, "2025-03-14"),
        ["March 2025"],
        "a day inside a month"
    );
    assert_eq!(texts(&story, "2024-Q4"), ["fourth-quarter"]);
    assert_eq!(
        texts(&story, "2024-12"),
        ["fourth-quarter"],
        "a month inside a quarter"
    );
    assert_eq!(
        texts(&story, "2026-W02"),
        ["2026.", "second week of January 2026"]
    );
    assert_eq!(
        texts(&story, "2026-01"),
        ["2026.", "second week of January 2026"]
    );
    assert_eq!(texts(&story, "2026-01-31"), ["2026."]);
    assert_eq!(texts(&story, "2025-10-28"), ["Tuesday", "this week"]);
    assert_eq!(texts(&story, "%date <2025"), ["fourth-quarter"]);
    assert_eq!(
        texts(&story, ">=2025-10"),
        [
            "Tuesday",
            "2026.",
            "this week",
            "second week of January 2026"
        ]
    );
    assert_eq!(
        texts(&story, ">2025-10"),
        ["2026.", "this week", "second week of January 2026"]
    );
    assert_eq!(texts(&story, "2025-01..2025-06"), ["March 2025"]);
}

#[test]
fn four_bare_digits_after_an_operator_are_a_number_or_a_year() {
    let story = news();
    assert_eq!(
        texts(&story, "%count >2000"),
        ["14,000 corporate jobs", "16,000 employees"]
    );
    assert_eq!(
        texts(&story, "%date >2025"),
        ["2026.", "second week of January 2026"]
    );
    assert_eq!(texts(&story, "%percent <2000"), ["4%", "78%"]);
}

#[test]
fn combinations() {
    let story = news();
    assert_eq!(texts(&story, "%money openai >50b"), ["$300 billion"]);
    assert_eq!(texts(&story, ">50b openai %money"), ["$300 billion"]);
    assert_eq!(
        texts(&story, "%money %count >15k <1t"),
        [
            "$22.5 billion",
            "$300 billion",
            "16,000 employees",
            "$39.3 billion"
        ]
    );
    assert_eq!(texts(&story, "%date amazon 2025"), ["Tuesday"]);
    assert!(texts(&story, "%money nvidia >50b").is_empty());
}

#[test]
fn events_scope() {
    let story = news();
    let all = run(&story, "%event");
    assert!(all.facts.is_empty());
    assert_eq!(all.events, [0, 1, 2, 3]);
    assert_eq!(events(&story, "%event layoffs"), [EventKind::Layoffs]);
    assert_eq!(events(&story, "%event amazon"), [EventKind::Layoffs]);
    assert_eq!(events(&story, "%event announced"), [EventKind::Layoffs]);
    assert_eq!(
        events(&story, "%event fourth"),
        [EventKind::Earnings],
        "label"
    );
    assert_eq!(
        events(&story, "%event \"in the second week\""),
        [EventKind::Lawsuit]
    );
    assert_eq!(
        events(&story, "%event >10b"),
        [EventKind::Investment, EventKind::Earnings]
    );
    assert_eq!(events(&story, "%event ~14000"), [EventKind::Layoffs]);
    assert_eq!(
        events(&story, "%event 2025"),
        [EventKind::Investment, EventKind::Layoffs]
    );
    assert_eq!(events(&story, "%event 2026-01"), [EventKind::Lawsuit]);
    assert_eq!(events(&story, "%event 2024-Q4"), [EventKind::Earnings]);
    // Without a scope, both facts and events are searched.
    let r = run(&story, "nvidia");
    assert!(!r.facts.is_empty() && r.events == [2]);
    // An event's facts are highlighted.
    assert_eq!(
        highlighted(&story, "%event layoffs"),
        ["Amazon", "14,000 corporate jobs"]
    );
}

#[test]
fn a_text_only_query_finds_sentences_without_facts() {
    let story = news();
    let r = run(&story, "weather");
    assert!(r.facts.is_empty());
    assert_eq!(r.sentences.len(), 1);
    assert_eq!(highlighted(&story, "weather"), ["weather"]);
    // With a scope, only the sentences of matching facts count.
    assert!(run(&story, "%money weather").sentences.is_empty());
}

#[test]
fn spans_cover_fuzzy_matches_phrases_and_mentions() {
    let story = news();
    // A text-only query highlights the words, and the facts they name, not their neighbours.
    assert_eq!(highlighted(&story, "softbank"), ["SoftBank"]);
    assert_eq!(highlighted(&story, "amazon staff"), ["Amazon", "staff"]);
    // With kinds or values asked for, the mentions of the matching facts too.
    let h = highlighted(&story, "%money openai >50b");
    assert_eq!(h, ["OpenAI", "$300 billion"]);
    // A prefix highlights what matched, not the whole word.
    assert_eq!(highlighted(&story, "weath"), ["weath"]);
    // Gaps: from the first matched char to the last.
    assert_eq!(highlighted(&story, "sftbnk"), ["SoftBank"]);
    assert_eq!(
        highlighted(&story, "%org ftc")[0],
        "Federal Trade Commission"
    );
}

#[test]
fn invisible_characters_in_the_text_do_not_break_matching() {
    let text = "Soft\u{200B}Bank backs Open\u{00AD}AI with \u{202A}$40 billion\u{202C}.\nThe cor\u{00AD}porate\u{200D} jobs plan.\n";
    let mut b = Builder::new(text);
    b.entity(FactKind::Org, "Soft\u{200B}Bank", "Soft\u{200B}Bank")
        .qty(FactKind::Money, "$40 billion", 40e9, Some("USD"));
    let story = b.build();
    assert_eq!(highlighted(&story, "softbank")[0], "Soft\u{200B}Bank");
    assert_eq!(texts(&story, "openai"), ["Soft\u{200B}Bank", "$40 billion"]);
    assert_eq!(texts(&story, "\"softbank backs openai\"").len(), 2);
    assert_eq!(
        highlighted(&story, "\"corporate jobs\""),
        ["cor\u{00AD}porate\u{200D} jobs"]
    );
}

#[test]
fn lookalikes_in_the_text_map_back_to_whole_chars() {
    let text = "ＳｏｆｔＢａｎｋ\u{3000}invests in ‘OpenAI’ today.\n";
    let story = Builder::new(text).build();
    assert_eq!(highlighted(&story, "softbank"), ["ＳｏｆｔＢａｎｋ"]);
    assert_eq!(
        highlighted(&story, "\"softbank invests\""),
        ["ＳｏｆｔＢａｎｋ\u{3000}invests"]
    );
    assert_eq!(highlighted(&story, "\"'openai'\""), ["‘OpenAI’"]);
    assert_eq!(highlighted(&story, "nk"), ["ｎｋ"]);
}

#[test]
fn invisible_characters_and_lookalikes_in_the_query_are_ignored() {
    let story = news();
    let plain = texts(&story, "softbank");
    assert_eq!(texts(&story, "soft\u{200B}bank"), plain);
    assert_eq!(texts(&story, "\u{FEFF}soft\u{00AD}bank\u{200E}"), plain);
    assert_eq!(
        texts(&story, "ｓｏｆｔｂａｎｋ"),
        plain,
        "fullwidth letters"
    );
    assert_eq!(texts(&story, "%mon\u{200C}ey >1\u{200B}0b").len(), 3);
    assert_eq!(
        error("\u{200B}\u{200B}>").1,
        3,
        "positions count the input's chars"
    );
}

#[test]
fn accented_text_matches_and_spans_stay_on_char_boundaries() {
    let text = "Société Générale raised €2 billion in Zürich; ﬁnancing closed.\n";
    let mut b = Builder::new(text);
    b.entity(FactKind::Org, "Société Générale", "Société Générale")
        .qty(FactKind::Money, "€2 billion", 2e9, Some("EUR"));
    let story = b.build();
    assert_eq!(highlighted(&story, "%org societe"), ["Société Générale"]);
    assert_eq!(highlighted(&story, "zurich"), ["Zürich"]);
    assert_eq!(highlighted(&story, "\"générale\""), ["Société Générale"]);
    assert_eq!(highlighted(&story, "\"raised\""), ["raised"]);
    assert_eq!(texts(&story, ">€1b"), ["€2 billion"]);
    assert!(texts(&story, ">$1b").is_empty(), "euros are not dollars");
    assert_eq!(texts(&story, "%money >1b"), ["€2 billion"]);
}

#[test]
fn errors_say_what_and_where() {
    let (m, p) = error(">");
    assert!(m.contains("> needs a value"), "{m}");
    assert_eq!(p, 1);
    let (m, p) = error("1m..");
    assert!(m.contains("upper bound"), "{m}");
    assert_eq!(p, 4);
    let (m, p) = error("..5m");
    assert!(m.contains("lower bound"), "{m}");
    assert_eq!(p, 0);
    let (m, p) = error("openai %nonsense");
    assert!(
        m.starts_with("unknown scope %nonsense (try %money, "),
        "{m}"
    );
    assert_eq!(p, 7);
    let (m, p) = error("softbank \"corporate jobs");
    assert!(m.contains("unclosed quote"), "{m}");
    assert_eq!(p, 9);
    let (m, p) = error(">abc");
    assert!(m.contains("abc is not a number"), "{m}");
    assert_eq!(p, 1);
    let (m, p) = error("%money >=");
    assert!(m.contains(">= needs a value"), "{m}");
    assert_eq!(p, 9);
    let (m, _) = error("%");
    assert!(m.contains("needs a kind"), "{m}");
    let (m, p) = error("x 5m..1m");
    assert!(m.contains("empty"), "{m}");
    assert_eq!(p, 2);
    assert!(error("2025-01..5m").0.contains("mixes"));
    assert!(error("~2025-10").0.contains("~ needs a number"));
    assert!(error(">2025-13").0.contains("not a real date"));
    assert!(error("1m..abc").0.contains("abc is not a number"));
    assert_eq!(error("1m..abc").1, 4);
    assert!(error("10x..20").0.contains("10x is not a number"));
    let e = parse(">").unwrap_err();
    assert_eq!(e.to_string(), format!("{} (at character 2)", e.message));
}

#[test]
fn words_that_look_almost_like_values_stay_words() {
    let story = news();
    // An invalid date shape, an ellipsis, a figure with its unit: all fuzzy words.
    assert!(parse("2020-21").is_ok());
    assert!(parse("wait...").is_ok());
    assert!(!texts(&story, "14,000").is_empty());
    assert!(!texts(&story, "78%").is_empty());
}

fn story_strategy() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Z0-9%<>=~.,$€£\"“” \u{200B}\u{00AD}\u{202E}éİﬁ\n-]{0,24}")
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_queries_never_panic_and_spans_are_valid(q in story_strategy()) {
        let story = news();
        let index = Index::new(&story);
        match parse(&q) {
            Ok(query) => {
                let r = index.search(&query);
                assert_valid(&story, &r);
            }
            Err(e) => prop_assert!(e.position <= q.chars().count()),
        }
    }

    #[test]
    fn any_string_parses_or_errs(q in any::<String>()) {
        let _ = parse(&q);
    }

    #[test]
    fn any_article_indexes_and_searches(text in any::<String>(), q in story_strategy()) {
        let story = Story { document: Document::new(text).into(), ..Story::default() };
        if let Ok(query) = parse(&q) {
            let r = Index::new(&story).search(&query);
            assert_valid(&story, &r);
        }
    }
}
