//! Events, their tellings, series of rounds and checks: what the story reports happening, as
//! `extract::events` finds it and every view reads it. An [`Event`] is one happening however
//! often it is told (headline, lead, body); its [`Mention`]s are the tellings. Series and checks
//! refer to events by id and to facts by id, so that a later step can merge the events of
//! several articles of one story: add the other article's mentions to an event, renumber ids.

use super::{EventFacts, Label, Qualifier, Timex};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

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
            EventKind::Fundraising => "funding",
            EventKind::Ipo => "IPO",
            EventKind::Other => "event",
            other => other.name(),
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
    /// It may happen: "could cost 2,000 jobs", "putting 1,450 jobs at risk".
    Possible,
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
            Status::Possible => "possible",
        }
    }
}

/// Where an event's date comes from when its own clause names no time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dated {
    /// Another clause of the sentence: the clause it depends on ("…in October, which
    /// involved 14,000 layoffs").
    Sentence,
    /// The reporting clause: "said on Monday it would cut".
    Report,
    /// A related event just before it: the closure whose workers are laid off.
    Context,
    /// The day the story reports: "X said it will cut" in a dated article.
    Announcement,
}

/// One telling of an event: the sentence that tells it, the status that telling gives, the
/// figure it gives (two tellings may disagree: "500 jobs" in the headline, "480" in a union's
/// words) and the facts it rests on (actor, figure, date). Sentence and fact ids are those of
/// the article it is told in; a step that merges the events of several articles renumbers them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub sentence: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    pub facts: EventFacts,
}

/// Something the story reports happening. Its `sentence`, `facts` and `status` are those of
/// its fullest telling; `also` holds the other tellings (empty for most events, so nothing is
/// allocated for them). The JSON lists every telling as `mentions`, in text order.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: usize,
    pub kind: EventKind,
    pub actor: Option<Label>,
    pub value: Option<f64>,
    pub unit: Option<Label>,
    pub qualifier: Option<Qualifier>,
    /// The time expression as written ("last week").
    pub when: Option<Label>,
    pub resolved: Option<Timex>,
    pub status: Option<Status>,
    pub round: Option<u32>,
    /// A name the text gives the event or its period ("Series B", "fourth-quarter").
    pub label: Option<Label>,
    pub sentence: usize,
    pub facts: EventFacts,
    /// What the event is done to: the company invested in or bought.
    pub target: Option<Label>,
    /// Where the date comes from, when not from the event's own clause.
    pub dated: Option<Dated>,
    /// The other tellings, in text order.
    pub also: Vec<Mention>,
}

/// A 50 MB file has 156,000 events: strings are shared [`Label`]s, fact ids inline, and a
/// single telling allocates nothing.
const _: () = assert!(std::mem::size_of::<Event>() <= 160);

impl Event {
    /// No time at all: neither words nor a resolved value.
    pub fn is_undated(&self) -> bool {
        self.resolved.is_none() && self.when.is_none()
    }

    /// When it happened as a person reads it: the resolved value, else the words of the
    /// text, else "—".
    pub fn when_shown(&self) -> String {
        match (self.resolved, &self.when) {
            (Some(t), _) => t.to_string(),
            (None, Some(w)) => w.to_string(),
            (None, None) => "—".to_string(),
        }
    }

    /// Its own telling, as a [`Mention`].
    pub fn own_mention(&self) -> Mention {
        Mention {
            sentence: self.sentence,
            status: self.status,
            value: self.value.filter(|v| v.is_finite()),
            facts: self.facts,
        }
    }

    /// Every telling, in text order (its own among them). A sentence tells it once, unless it
    /// gives two different figures for it ("480 jobs, not 500"); a telling with a figure
    /// stands for one without in the same sentence.
    pub fn mentions(&self) -> Vec<Mention> {
        let mut all = Vec::with_capacity(self.also.len() + 1);
        all.push(self.own_mention());
        all.extend(self.also.iter().cloned());
        all.sort_by(|a, b| {
            (a.sentence, a.value.is_none())
                .cmp(&(b.sentence, b.value.is_none()))
                .then(
                    a.value
                        .partial_cmp(&b.value)
                        .unwrap_or(std::cmp::Ordering::Equal),
                )
        });
        all.dedup_by(|later, kept| {
            later.sentence == kept.sentence && (later.value.is_none() || later.value == kept.value)
        });
        all
    }

    /// How many tellings [`Event::mentions`] lists, without building them.
    pub fn mention_count(&self) -> usize {
        if self.also.is_empty() {
            1
        } else {
            self.mentions().len()
        }
    }

    /// Whether its tellings give different figures ("500 jobs", then "480").
    pub fn disagrees(&self) -> bool {
        let own = self.value.filter(|v| v.is_finite());
        own.is_some()
            && self
                .also
                .iter()
                .any(|m| m.value.is_some_and(|v| Some(v) != own))
    }

    /// Adds `other`'s tellings to this event's, as when the same event is told again (in
    /// this article, or in another article of the story once its ids are renumbered). What
    /// this event lacks (actor, target, label) it takes from `other`; its own figure, date and
    /// status stay.
    pub fn absorb(&mut self, other: Event) {
        if self.actor.is_none() {
            self.actor = other.actor.clone();
        }
        if self.target.is_none() {
            self.target = other.target.clone();
        }
        if self.label.is_none() {
            self.label = other.label.clone();
        }
        let own = other.own_mention();
        let told = self.also.last().map(|t| (t.sentence, t.value));
        if (own.sentence, own.value) != (self.sentence, self.value)
            && told != Some((own.sentence, own.value))
        {
            self.also.push(own);
        }
        self.also.extend(other.also);
    }
}

/// The `dateline/1` event object: the fields as they always were, then the added ones
/// (`target`, `dated`, `mentions`).
impl Serialize for Event {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Event", 17)?;
        o.serialize_field("id", &self.id)?;
        o.serialize_field("kind", &self.kind)?;
        macro_rules! opt {
            ($name:literal, $field:expr) => {
                if let Some(v) = &$field {
                    o.serialize_field($name, v)?;
                }
            };
        }
        opt!("actor", self.actor);
        opt!("value", self.value.filter(|v| v.is_finite()));
        opt!("unit", self.unit);
        opt!("qualifier", self.qualifier);
        opt!("when", self.when);
        opt!("resolved", self.resolved);
        opt!("status", self.status);
        opt!("round", self.round);
        opt!("label", self.label);
        o.serialize_field("sentence", &self.sentence)?;
        o.serialize_field("facts", &self.facts)?;
        opt!("target", self.target);
        opt!("dated", self.dated);
        o.serialize_field("mentions", &self.mentions())?;
        o.end()
    }
}

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
    /// Rounds the text numbers but does not describe: "2 of 3 rounds known". Not a warning.
    Incomplete,
}

/// A derived statement about the figures, citing the facts it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub kind: CheckKind,
    /// True when the figures agree (✓), false when they do not (⚠).
    pub ok: bool,
    pub message: String,
    pub facts: Vec<usize>,
    /// The series (an index into the story's `series`) whose rounds it speaks of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<usize>,
    /// The rounds of its series it rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<u32>,
    /// Rounds the text numbers but gives no figure for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<u32>,
    /// The events it speaks of (ids), when it is about events rather than a series: the
    /// event whose tellings disagree.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<usize>,
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

/// The rounds of one kind of event by one actor, with the plan or totals they belong to.
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
