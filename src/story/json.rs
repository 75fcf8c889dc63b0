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

/// Whether a value must be left out of the JSON: absent, or not a finite number. serde_json
/// writes NaN and infinity as `null`, which reads back as "no value" for a field that said
/// it had one, and no JSON number can hold them; a figure too large for an `f64` ("$" and 400
/// nines) is better left absent, with its text still there.
pub fn not_finite(value: &Option<f64>) -> bool {
    !value.is_some_and(f64::is_finite)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::FactKind;

    #[test]
    fn non_finite_values_are_left_out_and_the_rest_reads_back() {
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let mut fact = Fact::new(FactKind::Money, "$9 billion", 0, 10);
            fact.value = Some(bad);
            let json = serde_json::to_string(&fact).unwrap();
            assert!(!json.contains("value") && !json.contains("null"), "{json}");
            let back: Fact = serde_json::from_str(&json).unwrap();
            assert_eq!(back.value, None);
            assert_eq!(back.text, "$9 billion");
        }
        let mut fact = Fact::new(FactKind::Money, "$9 billion", 0, 10);
        fact.value = Some(9e9);
        let back: Fact = serde_json::from_str(&serde_json::to_string(&fact).unwrap()).unwrap();
        assert_eq!(back, fact);
    }
}
