//! One keystroke's work on a very large story: parse the query and search 100,000 facts.
//! The budget is under 5 ms per keystroke on one core. The article is synthetic: varied
//! sentences (firms, people, places, figures and dates change from one to the next), with the
//! facts placed where the text says them, as extraction would.
//!
//! `cargo bench --bench search -- --quick`

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::search::{Index, parse};
use dateline::story::{Document, Event, EventKind, Fact, FactKind, Status, Story};
use std::hint::black_box;

const ORGS: &[&str] = &[
    "SoftBank",
    "Amazon",
    "OpenAI",
    "Nvidia",
    "Meta",
    "Microsoft",
    "Alphabet",
    "Tesla",
    "Intel",
    "Oracle",
    "Salesforce",
    "Stripe",
    "Samsung",
    "Toyota",
    "Siemens",
    "Airbus",
    "Unilever",
    "Novartis",
    "Shell",
    "Walmart",
];
const PEOPLE: &[&str] = &[
    "Andy Jassy",
    "Lisa Su",
    "Satya Nadella",
    "Mary Barra",
    "Jensen Huang",
    "Sundar Pichai",
    "Ola Kallenius",
    "Julie Sweet",
];
const PLACES: &[&str] = &[
    "Seattle",
    "Tokyo",
    "Berlin",
    "Paris",
    "São Paulo",
    "Bangalore",
    "Toronto",
    "Sydney",
];
const GROUPS: &[&str] = &["Union", "Contract", "Warehouse", "Factory", "Office"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Text and facts grown together, so every fact's span is where its words are.
struct Writer {
    text: String,
    facts: Vec<Fact>,
    /// Where the event's sentence starts, kind, actor, value.
    events: Vec<(usize, EventKind, &'static str, Option<f64>)>,
}

impl Writer {
    fn put(&mut self, s: &str) {
        self.text.push_str(s);
    }

    fn fact(&mut self, kind: FactKind, s: &str, value: Option<f64>, unit: Option<&str>) {
        let start = self.text.len();
        self.text.push_str(s);
        let mut f = Fact::new(kind, start, self.text.len());
        f.set_value(value);
        f.set_unit(unit.map(Into::into));
        if kind.is_entity() {
            f.set_name(Some(s.into()));
        }
        self.facts.push(f);
    }

    fn date(&mut self, s: &str, timex: String) {
        self.fact(FactKind::Date, s, None, None);
        if let Some(f) = self.facts.last_mut() {
            f.set_resolved(Some(timex.parse().ok()));
        }
    }
}

fn synthetic(target: usize) -> Story {
    use FactKind::*;
    let mut w = Writer {
        text: String::new(),
        facts: Vec::new(),
        events: Vec::new(),
    };
    let mut i = 0usize;
    while w.facts.len() < target {
        let org = ORGS[i % ORGS.len()];
        let other = ORGS[(i * 7 + 3) % ORGS.len()];
        let month = (i * 5) % 12;
        let year = 2020 + (i / 12) % 7;
        let billions = 1.0 + ((i * 37) % 500) as f64 / 10.0;
        let count = 1000 + (i * 131) % 30000;
        let percent = 1 + (i * 3) % 40;
        match i % 5 {
            0 => {
                w.events.push((
                    w.text.len(),
                    EventKind::Investment,
                    org,
                    Some(billions * 1e9),
                ));
                w.fact(Org, org, None, None);
                w.put(" agreed to invest ");
                w.fact(
                    Money,
                    &format!("${billions} billion"),
                    Some(billions * 1e9),
                    Some("USD"),
                );
                w.put(" in ");
                w.fact(Org, other, None, None);
                w.put(" in ");
                let timex = format!("{year}-{:02}", month + 1);
                w.date(&format!("{} {year}", MONTHS[month]), timex);
                w.put(", people familiar with the matter said. ");
            }
            1 => {
                w.events
                    .push((w.text.len(), EventKind::Layoffs, org, Some(count as f64)));
                w.fact(Org, org, None, None);
                w.put(" said it would cut about ");
                w.fact(
                    Count,
                    &format!("{count} corporate jobs"),
                    Some(count as f64),
                    Some("jobs"),
                );
                w.put(", or roughly ");
                w.fact(Percent, &format!("{percent}%"), Some(percent as f64), None);
                w.put(" of its office staff. ");
            }
            2 => {
                w.put("Chief executive ");
                w.fact(Person, PEOPLE[i % PEOPLE.len()], None, None);
                w.put(" said the ");
                let nth = ["first", "second", "third", "fourth"][i % 4];
                w.fact(Ordinal, nth, Some((i % 4 + 1) as f64), None);
                w.put(" round of cuts would finish by ");
                let timex = format!("{year}-Q{}", month / 3 + 1);
                w.date(&format!("the end of Q{} {year}", month / 3 + 1), timex);
                w.put(". ");
            }
            3 => {
                w.put("Analysts in ");
                w.fact(Place, PLACES[i % PLACES.len()], None, None);
                w.put(" expect revenue of ");
                let m = 100 + (i * 17) % 900;
                w.fact(
                    Money,
                    &format!("${m} million"),
                    Some(m as f64 * 1e6),
                    Some("USD"),
                );
                w.put(" this quarter, up ");
                w.fact(Percent, &format!("{percent}%"), Some(percent as f64), None);
                w.put(" from a year earlier.\n");
            }
            _ => {
                w.fact(
                    Group,
                    &format!("{} workers", GROUPS[i % GROUPS.len()]),
                    None,
                    None,
                );
                w.put(" at ");
                w.fact(Org, org, None, None);
                w.put(" plan a strike in ");
                w.fact(Place, PLACES[(i / 3) % PLACES.len()], None, None);
                w.put(" in week ");
                let week = 1 + i % 52;
                w.date(&format!("{week} of {year}"), format!("{year}-W{week:02}"));
                w.put(".\n");
            }
        }
        i += 1;
    }
    let doc = Document::new(w.text);
    let mut facts = w.facts;
    for (id, f) in facts.iter_mut().enumerate() {
        f.id = id as u32;
        f.sentence = doc.sentence_at(f.span().start).unwrap_or(0) as u32;
    }
    let events = w
        .events
        .into_iter()
        .enumerate()
        .map(|(id, (at, kind, actor, value))| Event {
            id,
            kind,
            actor: Some(actor.into()),
            value,
            unit: None,
            qualifier: None,
            when: None,
            resolved: None,
            status: Some(Status::Announced),
            round: None,
            label: None,
            sentence: doc.sentence_at(at).unwrap_or(0),
            facts: Default::default(),
            target: None,
            dated: None,
            also: Vec::new(),
        })
        .collect();
    Story {
        document: doc.into(),
        facts,
        events,
        ..Story::default()
    }
}

fn search(c: &mut Criterion) {
    let story = synthetic(100_000);
    let index = Index::new(&story);
    let queries = [
        "softbank",
        "%money >10b",
        "%org am",
        "\"corporate jobs\"",
        "sftbnk 2024",
    ];
    for q in queries {
        let r = index.search(&parse(q).expect("query parses"));
        eprintln!(
            "{q:>18}: {} facts, {} events, {} sentences, {} spans (of {} facts, {} sentences)",
            r.facts.len(),
            r.events.len(),
            r.sentences.len(),
            r.spans.len(),
            story.facts.len(),
            story.document.sentences.len()
        );
    }
    let mut group = c.benchmark_group("keystroke_100k_facts");
    for q in queries {
        group.bench_function(q, |b| {
            b.iter(|| {
                let query = parse(black_box(q)).expect("query parses");
                black_box(index.search(&query))
            })
        });
    }
    group.finish();
    let mut build = c.benchmark_group("index_100k_facts");
    build.sample_size(10);
    build.bench_function("Index::new", |b| b.iter(|| black_box(Index::new(&story))));
    build.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
