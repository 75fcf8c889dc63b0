//! The `dateline/1` JSON document: the stable, documented headless format.
//! Fields may be added, never renamed.

use super::{Check, Entity, Event, Fact, Series, Story};
use serde::Serialize;

pub const SCHEMA: &str = "dateline/1";

/// The serialised view of a [`Story`]; borrows everything.
#[derive(Serialize)]
pub struct StoryJson<'a> {
    pub schema: &'static str,
    pub reference_date: Option<String>,
    pub facts: &'a [Fact],
    pub entities: &'a [Entity],
    pub events: &'a [Event],
    pub checks: &'a [Check],
    pub series: &'a [Series],
}

impl<'a> StoryJson<'a> {
    pub fn new(story: &'a Story) -> StoryJson<'a> {
        StoryJson {
            schema: SCHEMA,
            reference_date: story.reference_date.map(|d| d.to_string()),
            facts: &story.facts,
            entities: &story.entities,
            events: &story.events,
            checks: &story.checks,
            series: &story.series,
        }
    }
}

/// Serde adapter for `Option<Option<T>>`: outer `None` → field absent, `Some(None)` → `null`.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer, T: Serialize>(
        value: &Option<Option<T>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
        d: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}
