//! The story as data: the loaded [`Document`] and what extraction finds in it — facts,
//! entities, events and checks. Plain serde types with no UI in them; `extract` fills them
//! and every view reads them.

pub mod document;
mod event;
mod event_facts;
mod fact;
mod label;
pub mod load;
mod origin;
mod segment;
mod timex;

pub use document::{Document, Paragraph, Sentence, Span};
pub use event::{Check, CheckKind, Dated, Event, EventKind, Mention, Round, Series, Status};
pub use event_facts::EventFacts;
pub use fact::{Fact, offset};
pub use label::{Label, Labels};
pub use origin::Origin;
pub use segment::MAX_SENTENCE_BYTES;
use serde::{Deserialize, Serialize};
pub use timex::{Granularity, ParseTimexError, Season, Timex};

/// Everything dateline knows about one article.
#[derive(Debug, Clone, Default)]
pub struct Story {
    /// Shared, since it never changes once built: the TUI shows it while a worker thread
    /// extracts from it.
    pub document: std::sync::Arc<Document>,
    /// The day relative dates are resolved against, when one is known.
    pub reference_date: Option<jiff::civil::Date>,
    /// Facts in text order; a fact's `id` is its index here.
    pub facts: Vec<Fact>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub checks: Vec<Check>,
    /// Numbered rounds of one kind by one actor (layoff rounds, funding rounds).
    pub series: Vec<Series>,
    /// Where the article came from (a web page's byline, site, URL) and where the reference
    /// date came from.
    pub origin: Origin,
}

/// What a fact is. Quantities carry `value`/`unit`/`qualifier`; entity mentions carry `name`
/// (and `role` for people); dates carry `resolved`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Money,
    Count,
    Percent,
    Ordinal,
    Org,
    Person,
    Place,
    Group,
    Date,
}

impl FactKind {
    pub const ALL: [FactKind; 9] = [
        FactKind::Money,
        FactKind::Count,
        FactKind::Percent,
        FactKind::Ordinal,
        FactKind::Org,
        FactKind::Person,
        FactKind::Place,
        FactKind::Group,
        FactKind::Date,
    ];

    /// The lowercase name used in JSON and in search scopes (`%money`).
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Money => "money",
            FactKind::Count => "count",
            FactKind::Percent => "percent",
            FactKind::Ordinal => "ordinal",
            FactKind::Org => "org",
            FactKind::Person => "person",
            FactKind::Place => "place",
            FactKind::Group => "group",
            FactKind::Date => "date",
        }
    }

    pub fn is_quantity(self) -> bool {
        matches!(
            self,
            FactKind::Money | FactKind::Count | FactKind::Percent | FactKind::Ordinal
        )
    }

    pub fn is_entity(self) -> bool {
        matches!(
            self,
            FactKind::Org | FactKind::Person | FactKind::Place | FactKind::Group
        )
    }
}

/// How a quantity is hedged in the text; never dropped, because "up to $30 billion" is not
/// "$30 billion".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// up to, as much as, at most, no more than
    AtMost,
    /// about, roughly, around, nearly, approximately, some, almost
    Approx,
    /// more than, at least, over, upwards of
    AtLeast,
    /// under, less than, fewer than
    Under,
}

impl Qualifier {
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::AtMost => "at_most",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
            Qualifier::Under => "under",
        }
    }

    /// The sign a person reads in front of the value (`≤ $100B`, `~16,000`).
    pub fn symbol(self) -> &'static str {
        match self {
            Qualifier::AtMost => "≤ ",
            Qualifier::Approx => "~",
            Qualifier::AtLeast => "≥ ",
            Qualifier::Under => "< ",
        }
    }
}

/// A thing the story names: an organisation, person, place or group, with its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: usize,
    pub kind: FactKind,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Fact ids of its mentions, in text order.
    pub mentions: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_kind_names_are_the_json_names() {
        for kind in [EventKind::Fundraising, EventKind::Ipo, EventKind::Layoffs] {
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::Value::from(kind.name())
            );
        }
    }
}
