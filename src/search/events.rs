//! The events of the index, like its facts ([`super::facts`]): an event's searchable content
//! (kind, actor, label, status, when, value as shown; value, unit and period for filters) is
//! kept once per distinct *shape*, and each event holds only its sentence and shape. A
//! 50 MB article has 156,000 events of a few dozen shapes: 8 bytes an event instead of 64.

use super::index::NONE;
use super::normal::to_u32;
use super::store::Interner;
use crate::output::figure::{Unit, figure};
use crate::story::{Event, Status, Timex};
use hashbrown::DefaultHashBuilder;
use hashbrown::hash_table::{Entry, HashTable};
use jiff::civil::Date;
use std::hash::BuildHasher;

/// Per event, its sentence and shape; the shapes.
#[derive(Debug, Clone, Default)]
pub(super) struct Events {
    pub sentence: Vec<u32>,
    pub shape: Vec<u32>,
    pub shapes: Vec<EventShape>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct EventShape {
    /// Kind, actor, label, status, when, value as shown.
    pub fields: [u32; 6],
    pub value: Option<f64>,
    /// Into [`super::Index::units`].
    pub unit: u32,
    pub period: Option<(Date, Date)>,
}

impl EventShape {
    fn hash(&self, hasher: &DefaultHashBuilder) -> u64 {
        hasher.hash_one((
            self.fields,
            self.value.map(f64::to_bits),
            self.unit,
            self.period,
        ))
    }

    fn same(&self, other: &EventShape) -> bool {
        self.fields == other.fields
            && self.value.map(f64::to_bits) == other.value.map(f64::to_bits)
            && self.unit == other.unit
            && self.period == other.period
    }
}

impl Events {
    pub fn len(&self) -> usize {
        self.shape.len()
    }

    /// Event `e`'s sentence ([`NONE`] when out of range) and shape.
    pub fn get(&self, e: usize) -> Option<(u32, &EventShape)> {
        let shape = self.shapes.get(*self.shape.get(e)? as usize)?;
        Some((*self.sentence.get(e)?, shape))
    }

    /// Indexes `events`, interning their strings in `fields` and their units through `unit`.
    pub fn build(
        events: &[Event],
        sentences: usize,
        fields: &mut Interner,
        mut unit: impl FnMut(Option<&str>) -> u32,
    ) -> Events {
        let mut out = Events {
            sentence: Vec::with_capacity(events.len()),
            shape: Vec::with_capacity(events.len()),
            shapes: Vec::new(),
        };
        let hasher = DefaultHashBuilder::default();
        let mut table: HashTable<u32> = HashTable::new();
        for event in events {
            let row = shape_of(event, fields, &mut unit);
            let shapes = &mut out.shapes;
            let id = match table.entry(
                row.hash(&hasher),
                |&s| shapes[s as usize].same(&row),
                |&s| shapes[s as usize].hash(&hasher),
            ) {
                Entry::Occupied(e) => *e.get(),
                Entry::Vacant(e) => {
                    let id = to_u32(shapes.len());
                    shapes.push(row);
                    e.insert(id);
                    id
                }
            };
            out.shape.push(id);
            out.sentence.push(if event.sentence < sentences {
                to_u32(event.sentence)
            } else {
                NONE
            });
        }
        out.shapes.shrink_to_fit();
        out
    }
}

fn shape_of(
    event: &Event,
    b: &mut Interner,
    unit: &mut impl FnMut(Option<&str>) -> u32,
) -> EventShape {
    let shown = event_value(event);
    // The kind as shown and as named in JSON: "funding fundraising".
    let kind = match (event.kind.label(), event.kind.name()) {
        (label, name) if label == name => label.to_string(),
        (label, name) => format!("{label} {name}"),
    };
    EventShape {
        fields: [
            b.field(Some(&kind)),
            b.field(event.actor.as_deref()),
            b.field(event.label.as_deref()),
            b.field(event.status.map(Status::label)),
            b.field(event.when.as_deref()),
            b.field(shown.as_deref()),
        ],
        value: event.value.filter(|v| v.is_finite()),
        unit: unit(event.unit.as_deref()),
        period: event.resolved.and_then(Timex::period),
    }
}

/// The figure as the timeline shows it (the counted noun left out), so that a search finds
/// what the reader sees.
fn event_value(e: &Event) -> Option<String> {
    let v = e.value?;
    Some(figure(v, Unit::of_event(e).without_noun(), e.qualifier))
}

#[cfg(test)]
mod tests {
    use crate::extract::{Options, extract_text};
    use crate::search::{Index, parse};

    #[test]
    fn repeated_events_share_shapes_and_keep_their_sentences() {
        let text = [crate::BUNDLED_STORY; 3].join("\n");
        let options = Options {
            reference_date: "2026-01-29".parse().ok(),
        };
        let story = extract_text(&text, &options);
        let index = Index::new(&story);
        let n = story.events.len();
        assert!(n >= 3 && index.events.len() == n);
        // Each event is told in all three copies: one event, three mentions.
        assert!(story.events.iter().all(|e| e.mentions().len() == 3));
        assert!(index.events.shapes.len() <= n);
        for (e, event) in story.events.iter().enumerate() {
            let (sentence, shape) = index.events.get(e).unwrap();
            assert_eq!(sentence as usize, event.sentence);
            assert_eq!(shape.value, event.value);
        }
        let all = index.search(&parse("%event").unwrap());
        assert_eq!(all.events, (0..n).collect::<Vec<_>>());
        let mut sentences: Vec<usize> = story.events.iter().map(|e| e.sentence).collect();
        sentences.sort_unstable();
        sentences.dedup();
        assert_eq!(all.sentences, sentences);
    }
}
