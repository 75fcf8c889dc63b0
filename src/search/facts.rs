//! The facts and events of the index. A story repeats itself: the same organisation, figure
//! or date is mentioned again and again, so a fact's searchable content (kind, text, value as
//! shown, name, role, number, unit, period) is kept once per distinct *shape* and each fact
//! holds only its shape, sentence and where its mention starts. A search decides a value
//! filter once per shape, and a field string leads to the shapes that have it, then to their
//! facts.

use super::events::Events;
use super::index::{Index, NONE};
use super::normal::to_u32;
use super::store::{Interner, Lists};
use crate::output::figure;
use crate::story::{Fact, FactKind, Span, Story, Timex};
use hashbrown::DefaultHashBuilder;
use hashbrown::hash_table::{Entry, HashTable};
use jiff::civil::Date;
use std::collections::HashMap;
use std::hash::BuildHasher;

/// Per fact, its shape, sentence and mention; then the shapes, column by column: a keystroke
/// scans a column or two, so each is kept small and dense.
#[derive(Debug, Clone, Default)]
pub(super) struct Facts {
    pub shape: Vec<u32>,
    pub sentence: Vec<u32>,
    /// Where the mention starts; [`NONE`] when its span is not valid in the text.
    pub start: Vec<u32>,
    pub shapes: Shapes,
    /// For each shape, its facts in text order.
    pub shape_facts: Lists,
    /// The shapes of each kind, so a scope visits only its kinds.
    pub kind_shapes: [Vec<u32>; 9],
}

impl Facts {
    pub fn len(&self) -> usize {
        self.shape.len()
    }

    /// The mention of fact `f`, when its span is valid.
    pub fn span(&self, f: usize) -> Option<Span> {
        let start = *self.start.get(f)?;
        let len = *self.shapes.len.get(*self.shape.get(f)? as usize)?;
        (start != NONE).then(|| Span::new(start as usize, start as usize + len as usize))
    }
}

#[derive(Debug, Clone, Default)]
pub(super) struct Shapes {
    pub kind: Vec<FactKind>,
    /// Text, value as shown, name, role.
    pub fields: Vec<[u32; 4]>,
    /// NaN when the fact has no value.
    pub value: Vec<f64>,
    /// Into [`Index::units`].
    pub unit: Vec<u32>,
    pub period: Vec<Option<(Date, Date)>>,
    /// The mention's length in bytes.
    pub len: Vec<u32>,
}

impl Shapes {
    pub fn count(&self) -> usize {
        self.kind.len()
    }
}

/// Everything a shape is made from, so that two facts equal here index alike.
fn same_shape(a: &Fact, b: &Fact, text: &str) -> bool {
    a.kind == b.kind
        && a.value().map(f64::to_bits) == b.value().map(f64::to_bits)
        && a.end.wrapping_sub(a.start) == b.end.wrapping_sub(b.start)
        && a.qualifier == b.qualifier
        && a.text(text) == b.text(text)
        && a.unit() == b.unit()
        && a.name() == b.name()
        && a.role() == b.role()
        && a.resolved() == b.resolved()
}

fn shape_hash(hasher: &DefaultHashBuilder, f: &Fact, text: &str) -> u64 {
    hasher.hash_one((
        f.kind,
        f.value().map(f64::to_bits),
        f.end.wrapping_sub(f.start),
        f.qualifier,
        f.text(text),
        f.unit(),
        f.name(),
        f.role(),
        f.resolved(),
    ))
}

/// What building the facts and events needs besides the index.
#[derive(Default)]
struct Builder {
    fields: Interner,
    units: HashMap<String, u32>,
    /// Shape ids, found by hashing a fact and comparing it with the shape's first fact.
    shapes: HashTable<u32>,
    /// The first fact of each shape.
    first: Vec<u32>,
    hasher: DefaultHashBuilder,
}

/// The id of `unit` in `units` (added if new), found through `ids`.
fn unit_id(ids: &mut HashMap<String, u32>, units: &mut Vec<String>, unit: Option<&str>) -> u32 {
    let Some(u) = unit else { return NONE };
    *ids.entry(u.to_string()).or_insert_with(|| {
        units.push(u.to_string());
        to_u32(units.len() - 1)
    })
}

impl Index {
    /// Indexes the facts and events of `story` (its words are done).
    pub(super) fn add_facts(&mut self, story: &Story) {
        let mut b = Builder::default();
        let sentences = self.sentence_count();
        let text = &self.doc.text;
        let valid = |f: &Fact| {
            let span = f.span();
            span.start <= span.end
                && span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end)
        };
        let n = story.facts.len();
        let facts = &mut self.facts;
        facts.shape.reserve_exact(n);
        facts.sentence.reserve_exact(n);
        facts.start.reserve_exact(n);
        for (id, fact) in story.facts.iter().enumerate() {
            let hash = shape_hash(&b.hasher, fact, text);
            let entry = b.shapes.entry(
                hash,
                |&s| same_shape(&story.facts[b.first[s as usize] as usize], fact, text),
                |&s| shape_hash(&b.hasher, &story.facts[b.first[s as usize] as usize], text),
            );
            let shape = match entry {
                Entry::Occupied(e) => *e.get(),
                Entry::Vacant(e) => {
                    let shape = to_u32(facts.shapes.count());
                    e.insert(shape);
                    b.first.push(to_u32(id));
                    add_shape(&mut facts.shapes, &mut b, &mut self.units, fact, text);
                    facts.kind_shapes[fact.kind as usize].push(shape);
                    shape
                }
            };
            facts.shape.push(shape);
            facts
                .sentence
                .push(sentence_id(fact.sentence_index(), sentences));
            facts
                .start
                .push(if valid(fact) { fact.start } else { NONE });
        }
        let units = &mut self.units;
        let unit_ids = &mut b.units;
        self.events = Events::build(&story.events, sentences, &mut b.fields, |u| {
            unit_id(unit_ids, units, u)
        });
        let facts = &mut self.facts;
        let placed = facts.shape.iter().enumerate().map(|(f, &s)| (s, to_u32(f)));
        facts.shape_facts = Lists::new(facts.shapes.count(), placed);
        let facts = &self.facts;
        let owned = facts.shapes.fields.iter().enumerate().flat_map(|(s, ids)| {
            ids.iter()
                .filter(|&&id| id != NONE)
                .map(move |&id| (id, to_u32(s)))
        });
        self.field_shapes = Lists::new(b.fields.strings.len(), owned);
        self.sentence_facts = SentenceFacts::new(sentences, &facts.sentence);
        let owned = story
            .events
            .iter()
            .enumerate()
            .flat_map(|(e, event)| event.facts.iter().map(move |&f| (to_u32(e), to_u32(f))));
        self.event_facts = Lists::new(story.events.len(), owned);
        b.fields.shrink();
        self.fields = b.fields.strings;
    }
}

/// For each sentence, its facts. Extraction gives the facts in text order, so those of a
/// sentence are a run of ids and only where each run starts is kept (4 bytes a sentence, where
/// lists take 4 more a fact: 3.3 MB on 50 MB); facts in any other order get lists.
#[derive(Debug, Clone)]
pub(super) enum SentenceFacts {
    /// Sentence `s` has the facts `first[s]..first[s + 1]`.
    Runs {
        first: Vec<u32>,
    },
    Lists(Lists),
}

impl Default for SentenceFacts {
    fn default() -> SentenceFacts {
        SentenceFacts::Runs { first: Vec::new() }
    }
}

impl SentenceFacts {
    /// From each fact's sentence ([`NONE`]: none).
    fn new(sentences: usize, of_fact: &[u32]) -> SentenceFacts {
        // NONE is u32::MAX: facts without a sentence sort last and fall in no run.
        if !of_fact.is_sorted() {
            let placed = of_fact.iter().enumerate().map(|(f, &s)| (s, to_u32(f)));
            return SentenceFacts::Lists(Lists::new(sentences, placed.filter(|&(s, _)| s != NONE)));
        }
        let mut first = Vec::with_capacity(sentences + 1);
        let mut f = 0;
        for s in 0..=sentences {
            while of_fact.get(f).is_some_and(|&x| (x as usize) < s) {
                f += 1;
            }
            first.push(to_u32(f));
        }
        SentenceFacts::Runs { first }
    }

    /// The facts of sentence `s`, in id order.
    pub fn get(&self, s: u32) -> impl Iterator<Item = u32> + '_ {
        let (run, list) = match self {
            SentenceFacts::Runs { first } => {
                let k = s as usize;
                let run = match (first.get(k), first.get(k + 1)) {
                    (Some(&a), Some(&b)) => a..b,
                    _ => 0..0,
                };
                (run, &[][..])
            }
            SentenceFacts::Lists(lists) => (0..0, lists.get(s)),
        };
        run.chain(list.iter().copied())
    }
}

fn add_shape(
    shapes: &mut Shapes,
    b: &mut Builder,
    units: &mut Vec<String>,
    fact: &Fact,
    text: &str,
) {
    let shown = figure::fact_value(fact, text);
    let mut own = [
        b.fields.field(Some(fact.text(text))),
        b.fields.field(Some(&shown)),
        b.fields.field(fact.name()),
        b.fields.field(fact.role()),
    ];
    // The value of a name is the name: look each string up once.
    for i in 1..own.len() {
        if own[..i].contains(&own[i]) {
            own[i] = NONE;
        }
    }
    shapes.kind.push(fact.kind);
    shapes.fields.push(own);
    shapes
        .value
        .push(fact.value().filter(|v| v.is_finite()).unwrap_or(f64::NAN));
    shapes.unit.push(unit_id(&mut b.units, units, fact.unit()));
    let resolved = fact.resolved().flatten();
    shapes.period.push(resolved.and_then(Timex::period));
    shapes.len.push(fact.end.wrapping_sub(fact.start));
}

fn sentence_id(s: usize, count: usize) -> u32 {
    if s < count { to_u32(s) } else { NONE }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_facts_as_runs_or_lists_alike() {
        let got = |sf: &SentenceFacts, n: u32| -> Vec<Vec<u32>> {
            (0..n).map(|s| sf.get(s).collect()).collect()
        };
        // In text order (with a fact of no sentence last): runs.
        let sorted = SentenceFacts::new(4, &[0, 0, 2, 3, 3, NONE]);
        assert!(matches!(sorted, SentenceFacts::Runs { .. }));
        assert_eq!(
            got(&sorted, 5),
            [vec![0, 1], vec![], vec![2], vec![3, 4], vec![]]
        );
        // Any other order: lists, answering the same way.
        let shuffled = SentenceFacts::new(4, &[3, 0, NONE, 0, 2, 3]);
        assert!(matches!(shuffled, SentenceFacts::Lists(_)));
        assert_eq!(
            got(&shuffled, 5),
            [vec![1, 3], vec![], vec![4], vec![0, 5], vec![]]
        );
    }
}
