//! [`Fact`], one mention in the text. Laid out to be small, because a large file has a great
//! many facts (a 50 MB file has about 800,000).

use super::{FactKind, Label, Labels, Qualifier, Span, Timex};
use std::fmt;

/// What a fact's one optional part is: quantities have a unit, entities a name (people perhaps
/// a role too), dates a [`Timex`]; no fact has more than one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Slot {
    #[default]
    Empty,
    Unit,
    Name,
    /// A role without a name (a name set later joins it).
    Role,
    /// The name followed by the role in one string; the name's length is the high half of
    /// `Fact::data`.
    NameRole,
    /// A date: its [`Timex`] packed in `Fact::data`, 0 when it could not be resolved.
    Resolved,
}

/// `Fact::flags`: which of the values kept in `Fact::data` are set.
const HAS_VALUE: u8 = 1;
const HAS_ENTITY: u8 = 2;
const LOW: u64 = 0xFFFF_FFFF;

/// One mention in the text: its kind, exact byte span, sentence and normalised value.
///
/// Compact because a large file has a great many: the text is not stored (it is
/// `document.text[start..end]`, see [`Fact::text`]), offsets and indices are `u32` (files
/// are at most [`super::load::MAX_BYTES`], and [`super::Document::new`] refuses nothing, so
/// extraction stops at `u32::MAX` bytes), and the optional parts are packed behind
/// accessors: a quantity's value, an entity mention's entity index and a date's [`Timex`]
/// share 8 bytes (a fact is one of them), and the unit, name and role share one shared
/// one-pointer [`Label`] (a person's name and role are one string). 40 bytes. The
/// `dateline/1` JSON object is written by `json.rs`, with the text taken from the document.
#[derive(Clone, PartialEq)]
pub struct Fact {
    pub id: u32,
    pub start: u32,
    pub end: u32,
    pub sentence: u32,
    /// Quantities: the value's bits. Entity mentions: the entity index (low half) and, for
    /// [`Slot::NameRole`], the length of the name in `label` (high half). Dates: the packed
    /// [`Timex`].
    data: u64,
    /// The unit, name or role, as `slot` says.
    label: Option<Label>,
    pub kind: FactKind,
    pub qualifier: Option<Qualifier>,
    slot: Slot,
    flags: u8,
}

const _: () = assert!(std::mem::size_of::<Fact>() <= 40);

impl Fact {
    /// A fact of `kind` covering `start..end` (byte offsets), with every optional field
    /// empty.
    pub fn new(kind: FactKind, start: usize, end: usize) -> Fact {
        Fact {
            id: 0,
            start: offset(start),
            end: offset(end),
            sentence: 0,
            data: 0,
            label: None,
            kind,
            qualifier: None,
            slot: Slot::Empty,
            flags: 0,
        }
    }

    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// The fact's index in [`super::Story::facts`].
    pub fn index(&self) -> usize {
        self.id as usize
    }

    /// The sentence index as a `usize`.
    pub fn sentence_index(&self) -> usize {
        self.sentence as usize
    }

    /// The text of the mention in `text` (the document's text), "" if the span is not in it.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }

    /// Quantities: the normalised value.
    pub fn value(&self) -> Option<f64> {
        (self.flags & HAS_VALUE != 0).then_some(f64::from_bits(self.data))
    }

    /// Sets the value; a fact with a value has no entity (they share their bytes).
    pub fn set_value(&mut self, value: Option<f64>) {
        match value {
            Some(v) => {
                debug_assert!(
                    self.flags & HAS_ENTITY == 0 && self.slot != Slot::NameRole,
                    "a fact has a value or an entity, not both"
                );
                self.data = v.to_bits();
                self.flags |= HAS_VALUE;
            }
            None if self.flags & HAS_VALUE != 0 => {
                self.data = 0;
                self.flags &= !HAS_VALUE;
            }
            None => {}
        }
    }

    /// Entities: index into [`super::Story::entities`].
    pub fn entity(&self) -> Option<u32> {
        (self.flags & HAS_ENTITY != 0).then_some((self.data & LOW) as u32)
    }

    /// The entity index as a `usize`.
    pub fn entity_index(&self) -> Option<usize> {
        self.entity().map(|e| e as usize)
    }

    /// Sets the entity; a fact with an entity has no value (they share their bytes).
    pub fn set_entity(&mut self, entity: Option<u32>) {
        debug_assert!(
            entity.is_none() || self.flags & HAS_VALUE == 0,
            "a fact has a value or an entity, not both"
        );
        self.data = (self.data & !LOW) | entity.map_or(0, u64::from);
        if entity.is_some() {
            self.flags |= HAS_ENTITY;
        } else {
            self.flags &= !HAS_ENTITY;
        }
    }

    /// The name's length in a [`Slot::NameRole`] label.
    fn name_len(&self) -> usize {
        (self.data >> 32) as usize
    }

    fn set_label(&mut self, slot: Slot, label: Option<Label>) {
        self.label = label;
        self.slot = if self.label.is_some() {
            slot
        } else {
            Slot::Empty
        };
        if self.flags & HAS_VALUE == 0 {
            self.data &= LOW;
        }
    }

    /// The label when it is of `slot`.
    fn slot(&self, slot: Slot) -> Option<&Label> {
        if self.slot == slot {
            self.label.as_ref()
        } else {
            None
        }
    }

    /// Puts a unit label in the slot; `None` empties it if it held `slot`.
    fn set_slot(&mut self, slot: Slot, label: Option<Label>) {
        debug_assert!(
            matches!(self.slot, Slot::Empty) || self.slot == slot,
            "a fact keeps one of unit, name/role and resolved"
        );
        if label.is_some() || self.slot == slot {
            self.set_label(slot, label);
        }
    }

    /// Quantities: what is counted or the currency ("jobs", "USD").
    pub fn unit(&self) -> Option<&str> {
        self.slot(Slot::Unit).map(|l| &**l)
    }

    /// The shared [`Label`] of [`Fact::unit`].
    pub fn unit_label(&self) -> Option<&Label> {
        self.slot(Slot::Unit)
    }

    pub fn set_unit(&mut self, unit: Option<Label>) {
        self.set_slot(Slot::Unit, unit);
    }

    /// Entities: the canonical name of the entity this mention refers to (before entities
    /// are merged: the name as written, whitespace normalised).
    pub fn name(&self) -> Option<&str> {
        match self.slot {
            Slot::Name => self.label.as_deref(),
            Slot::NameRole => self.label.as_deref().and_then(|l| l.get(..self.name_len())),
            _ => None,
        }
    }

    /// [`Fact::name`] as a [`Label`]: shared, except for a person with a role (a new copy).
    pub fn name_label(&self) -> Option<Label> {
        match self.slot {
            Slot::Name => self.label.clone(),
            Slot::NameRole => self.name().map(Label::from),
            _ => None,
        }
    }

    pub fn set_name(&mut self, name: Option<Label>) {
        debug_assert!(
            matches!(
                self.slot,
                Slot::Empty | Slot::Name | Slot::Role | Slot::NameRole
            ),
            "a fact keeps one of unit, name/role and resolved"
        );
        let role = self.role().map(str::to_string);
        self.join(name, role);
    }

    /// People: their role when the text gives one ("Amazon CEO").
    pub fn role(&self) -> Option<&str> {
        match self.slot {
            Slot::Role => self.label.as_deref(),
            Slot::NameRole => self.label.as_deref().and_then(|l| l.get(self.name_len()..)),
            _ => None,
        }
    }

    pub fn set_role(&mut self, role: Option<Label>) {
        debug_assert!(
            matches!(
                self.slot,
                Slot::Empty | Slot::Name | Slot::Role | Slot::NameRole
            ),
            "a fact keeps one of unit, name/role and resolved"
        );
        match (self.slot, role) {
            // The shared name stays shared when there is no role to join to it.
            (Slot::Empty | Slot::Role, role) => self.set_label(Slot::Role, role),
            (Slot::Name, None) => {}
            (_, role) => {
                let name = self.name_label();
                self.join(name, role.as_deref().map(str::to_string));
            }
        }
    }

    /// Keeps `name` and `role` as the label: the shared name alone, the role alone, or one
    /// string of both (the name's length in `data`).
    fn join(&mut self, name: Option<Label>, role: Option<String>) {
        match (name, role) {
            (None, None) => self.set_label(Slot::Name, None),
            (Some(n), None) => self.set_label(Slot::Name, Some(n)),
            (None, Some(r)) => self.set_label(Slot::Role, Some(Label::from(r))),
            (Some(n), Some(r)) => {
                self.set_label(Slot::NameRole, Some(Label::from(format!("{}{r}", &*n))));
                self.data = (self.data & LOW) | ((n.len() as u64) << 32);
            }
        }
    }

    /// Dates: the resolved value, or `Some(None)` (JSON `null`) when no reference date allows
    /// resolving it.
    pub fn resolved(&self) -> Option<Option<Timex>> {
        (self.slot == Slot::Resolved).then(|| Timex::unpack(self.data))
    }

    /// Sets a date's value (`Some(None)`: a date that could not be resolved); `None` makes
    /// the fact no date value at all.
    pub fn set_resolved(&mut self, resolved: Option<Option<Timex>>) {
        debug_assert!(
            matches!(self.slot, Slot::Empty | Slot::Resolved)
                && self.flags & (HAS_VALUE | HAS_ENTITY) == 0,
            "a fact keeps one of unit, name/role and resolved"
        );
        match resolved {
            Some(timex) => {
                self.label = None;
                self.slot = Slot::Resolved;
                self.data = timex.map_or(0, Timex::pack);
            }
            None if self.slot == Slot::Resolved => {
                self.slot = Slot::Empty;
                self.data = 0;
            }
            None => {}
        }
    }

    /// Swaps the label for the shared copy in `labels`.
    pub(super) fn intern_label(&mut self, labels: &mut Labels) {
        if let Some(l) = &self.label {
            self.label = Some(labels.intern(l));
        }
    }
}

impl fmt::Debug for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fact")
            .field("id", &self.id)
            .field("start", &self.start)
            .field("end", &self.end)
            .field("sentence", &self.sentence)
            .field("kind", &self.kind)
            .field("qualifier", &self.qualifier)
            .field("entity", &self.entity())
            .field("value", &self.value())
            .field("unit", &self.unit())
            .field("name", &self.name())
            .field("role", &self.role())
            .field("resolved", &self.resolved())
            .finish()
    }
}

/// A byte offset or index as stored in a [`Fact`]; extraction never looks past `u32::MAX`
/// bytes (see `extract::extract`), so this never saturates in practice.
pub fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests;
