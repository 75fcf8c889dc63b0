//! The `dateline/1` JSON document: the stable, documented headless format.
//! Fields may be added, never renamed.

use crate::story::{Check, Entity, Event, Fact, Origin, Series, Story};
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

pub const SCHEMA: &str = "dateline/1";

/// What the document's ids and indices count from: `id`, `sentence`, `entity`, and the fact,
/// event and entity lists that refer to them (`facts`, `events`, `mentions`). A person reads
/// them from 1 (screens, plain mode, the Markdown and CSV exports); the JSON, an index into
/// its own arrays, from 0, and says so.
pub const INDEX_BASE: u8 = 0;

/// The serialised view of a [`Story`]; borrows everything.
#[derive(Serialize)]
pub struct StoryJson<'a> {
    pub schema: &'static str,
    /// [`INDEX_BASE`]: ids and sentence numbers count from 0 here.
    pub index_base: u8,
    pub reference_date: Option<String>,
    /// Where the reference date came from: `"flag"`, `"html:…"` (the page's metadata),
    /// `"dateline"` (the text's dateline), or `null` with no reference date.
    pub reference_date_source: Option<&'a str>,
    /// What the article's source says about it (a web page's title, byline, site, URLs).
    pub document: DocumentJson<'a>,
    pub facts: FactsJson<'a>,
    pub entities: &'a [Entity],
    pub events: &'a [Event],
    pub checks: &'a [Check],
    pub series: &'a [Series],
}

impl<'a> StoryJson<'a> {
    pub fn new(story: &'a Story) -> StoryJson<'a> {
        StoryJson {
            schema: SCHEMA,
            index_base: INDEX_BASE,
            reference_date: story.reference_date.map(|d| d.to_string()),
            reference_date_source: story.origin.reference_date_source.as_deref(),
            document: DocumentJson::new(&story.origin),
            facts: FactsJson {
                facts: &story.facts,
                text: &story.document.text,
            },
            entities: &story.entities,
            events: &story.events,
            checks: &story.checks,
            series: &story.series,
        }
    }
}

/// The `document` section: each field present only when known (a text file has none).
#[derive(Serialize)]
pub struct DocumentJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<&'a str>,
}

impl<'a> DocumentJson<'a> {
    pub fn new(origin: &'a Origin) -> DocumentJson<'a> {
        DocumentJson {
            title: origin.title.as_deref(),
            byline: origin.byline.as_deref(),
            site_name: origin.site_name.as_deref(),
            url: origin.url.as_deref(),
            canonical_url: origin.canonical_url.as_deref(),
        }
    }
}

/// The facts as `dateline/1` objects: a [`Fact`] does not keep its text, so it is written
/// here from the document.
pub struct FactsJson<'a> {
    pub facts: &'a [Fact],
    /// The document's text (not the masked copy extraction reads).
    pub text: &'a str,
}

impl Serialize for FactsJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.facts.len()))?;
        for fact in self.facts {
            seq.serialize_element(&FactJson {
                fact,
                text: self.text,
            })?;
        }
        seq.end()
    }
}

/// One fact object; optional fields are left out when empty, `resolved` is `null` for an
/// unresolved date.
struct FactJson<'a> {
    fact: &'a Fact,
    text: &'a str,
}

impl Serialize for FactJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = self.fact;
        let fields = 6
            + usize::from(f.value().is_some_and(f64::is_finite))
            + usize::from(f.unit().is_some())
            + usize::from(f.qualifier.is_some())
            + usize::from(f.name().is_some())
            + usize::from(f.role().is_some())
            + usize::from(f.resolved().is_some())
            + usize::from(f.entity().is_some());
        let mut o = s.serialize_struct("Fact", fields)?;
        o.serialize_field("id", &f.id)?;
        o.serialize_field("kind", &f.kind)?;
        o.serialize_field("text", f.text(self.text))?;
        o.serialize_field("start", &f.start)?;
        o.serialize_field("end", &f.end)?;
        o.serialize_field("sentence", &f.sentence)?;
        // serde_json would write NaN or infinity as `null`, which reads back as "no value"
        // for a field that said it had one: such a value is left out.
        if let Some(v) = f.value().filter(|v| v.is_finite()) {
            o.serialize_field("value", &v)?;
        }
        if let Some(u) = f.unit() {
            o.serialize_field("unit", u)?;
        }
        if let Some(q) = f.qualifier {
            o.serialize_field("qualifier", &q)?;
        }
        if let Some(n) = f.name() {
            o.serialize_field("name", n)?;
        }
        if let Some(r) = f.role() {
            o.serialize_field("role", r)?;
        }
        if let Some(r) = f.resolved() {
            o.serialize_field("resolved", &r)?;
        }
        if let Some(e) = f.entity() {
            o.serialize_field("entity", &e)?;
        }
        o.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::FactKind;

    #[test]
    fn non_finite_values_are_left_out_and_the_rest_reads_back() {
        let text = "$9 billion";
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let mut fact = Fact::new(FactKind::Money, 0, 10);
            fact.set_value(Some(bad));
            let facts = [fact];
            let json = serde_json::to_string(&FactsJson {
                facts: &facts,
                text,
            })
            .unwrap();
            assert!(!json.contains("value") && !json.contains("null"), "{json}");
            let back: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert_eq!(back[0]["text"], "$9 billion");
        }
        let mut fact = Fact::new(FactKind::Money, 0, 10);
        fact.set_value(Some(9e9));
        let facts = [fact];
        let json = serde_json::to_string(&FactsJson {
            facts: &facts,
            text,
        })
        .unwrap();
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back[0]["value"], 9e9);
    }
}
