//! The story as data: the loaded [`Document`] and what extraction finds in it — facts,
//! entities, events and checks. Plain serde types with no UI in them; `extract` fills them
//! and every view reads them.

pub mod document;
mod event_facts;
mod fact;
mod label;
pub mod load;
mod origin;
mod segment;
mod timex;

pub use document::{Document, Paragraph, Sentence, Span};
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

/// What kind of thing happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Layoffs,
    Investment,
    Fundraising,
    Valuation,
    Earnings,
    Construction,
    Acquisition,
    Ipo,
    Lawsuit,
    Hiring,
    Closure,
    Other,
}

impl EventKind {
    /// The name in JSON: "fundraising", "ipo".
    pub fn name(self) -> &'static str {
        match self {
            EventKind::Layoffs => "layoffs",
            EventKind::Investment => "investment",
            EventKind::Fundraising => "fundraising",
            EventKind::Valuation => "valuation",
            EventKind::Earnings => "earnings",
            EventKind::Construction => "construction",
            EventKind::Acquisition => "acquisition",
            EventKind::Ipo => "ipo",
            EventKind::Lawsuit => "lawsuit",
            EventKind::Hiring => "hiring",
            EventKind::Closure => "closure",
            EventKind::Other => "other",
        }
    }

    /// How people read the kind (the timeline, checks, search): "funding", "IPO".
    pub fn label(self) -> &'static str {
        match self {
            EventKind::Layoffs => "layoffs",
            EventKind::Investment => "investment",
            EventKind::Fundraising => "funding",
            EventKind::Valuation => "valuation",
            EventKind::Earnings => "earnings",
            EventKind::Construction => "construction",
            EventKind::Acquisition => "acquisition",
            EventKind::Ipo => "IPO",
            EventKind::Lawsuit => "lawsuit",
            EventKind::Hiring => "hiring",
            EventKind::Closure => "closure",
            EventKind::Other => "event",
        }
    }
}

/// How far along an event is, from the verb and its modality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Completed,
    Announced,
    Reported,
    Planned,
    InTalks,
    Scheduled,
}

impl Status {
    /// How people read the status: "in talks".
    pub fn label(self) -> &'static str {
        match self {
            Status::Completed => "completed",
            Status::Announced => "announced",
            Status::Reported => "reported",
            Status::Planned => "planned",
            Status::InTalks => "in talks",
            Status::Scheduled => "scheduled",
        }
    }
}

/// Something the story reports happening, built from the facts of one sentence or clause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: usize,
    pub kind: EventKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<Label>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Label>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The time expression as written ("last week").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Label>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<Timex>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<u32>,
    /// A name the text gives the event or its period ("Series B", "fourth-quarter").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    pub sentence: usize,
    pub facts: EventFacts,
}

impl Event {
    /// When it happened as a person reads it: the resolved value, else the words of the
    /// text, else "—".
    /// No time at all: neither words nor a resolved value.
    pub fn is_undated(&self) -> bool {
        self.resolved.is_none() && self.when.is_none()
    }

    pub fn when_shown(&self) -> String {
        match (self.resolved, &self.when) {
            (Some(t), _) => t.to_string(),
            (None, Some(w)) => w.to_string(),
            (None, None) => "—".to_string(),
        }
    }
}

/// A 50 MB file has 156,000 events: strings are shared [`Label`]s and fact ids inline.
const _: () = assert!(std::mem::size_of::<Event>() <= 120);

/// What a check compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// Rounds add up (or not) to a stated plan or total.
    Sum,
    /// Two different figures given for the same thing.
    Conflict,
    /// An amount the text implies without stating it.
    Implied,
}

/// A derived statement about the figures, citing the facts it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub kind: CheckKind,
    /// True when the figures agree (✓), false when they do not (⚠).
    pub ok: bool,
    pub message: String,
    pub facts: Vec<usize>,
}

/// One round of a series: the events that report it and the figure it stands for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Round {
    pub round: u32,
    /// Event ids, in text order.
    pub events: Vec<usize>,
    /// The figure the round stands for: announced or completed if known, else reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The fact the value comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<usize>,
}

/// Numbered rounds of one kind of event by one actor, with the plan or total they belong to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub kind: EventKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<Label>,
    pub rounds: Vec<Round>,
    /// A stated plan or overall target ("a plan to eliminate 30,000 jobs"): the fact id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<usize>,
    /// Stated running totals ("bringing total cuts to nearly 3,000"): fact ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub totals: Vec<usize>,
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
