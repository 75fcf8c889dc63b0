//! [`Fact`], one mention in the text, and the shared [`Label`] strings it keeps. Laid out to
//! be small, because a large file has a great many facts (a 50 MB file has about 800,000).

use super::{FactKind, Qualifier, Span};
use std::fmt;
use std::sync::Arc;

/// A short string kept by facts and events (unit, entity name, role, TIMEX value). Shared
/// rather than copied: every mention of an entity points at one allocation of its name, and
/// extraction interns units and TIMEX values ([`Labels`]). One pointer wide (the string's
/// length lives with it), so a fact keeps two labels in 16 bytes.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(Arc<Box<str>>);

impl std::ops::Deref for Label {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Label {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Label {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Label {
    fn from(s: &str) -> Label {
        Label(Arc::new(s.into()))
    }
}

impl From<String> for Label {
    fn from(s: String) -> Label {
        Label(Arc::new(s.into_boxed_str()))
    }
}

impl fmt::Debug for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl PartialEq<str> for Label {
    fn eq(&self, other: &str) -> bool {
        **self == *other
    }
}

impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl serde::Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Label {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Label, D::Error> {
        String::deserialize(d).map(Label::from)
    }
}

/// One copy of each label string: a fact's unit or TIMEX value is built afresh by its
/// recogniser, then swapped for the shared copy here, so 800,000 facts keep a few dozen
/// strings rather than 300,000.
#[derive(Debug, Default)]
pub struct Labels(std::collections::HashSet<Label>);

impl Labels {
    /// The shared copy of `label`.
    pub fn intern(&mut self, label: &Label) -> Label {
        if let Some(l) = self.0.get(&**label) {
            return l.clone();
        }
        self.0.insert(label.clone());
        label.clone()
    }

    /// The shared copy of `text`, made on first sight.
    pub fn intern_str(&mut self, text: &str) -> Label {
        if let Some(l) = self.0.get(text) {
            return l.clone();
        }
        let label = Label::from(text);
        self.0.insert(label.clone());
        label
    }

    /// Replaces the labels of `fact` by their shared copies.
    pub fn intern_fact(&mut self, fact: &mut Fact) {
        if let Some(l) = &fact.label {
            fact.label = Some(self.intern(l));
        }
        if let Some(l) = &fact.role {
            fact.role = Some(self.intern(l));
        }
    }
}

/// Which string a fact's one label slot holds: quantities have a unit, entities a name,
/// dates a TIMEX value; no fact has two of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Slot {
    #[default]
    Empty,
    Unit,
    Name,
    /// A date's TIMEX value: the label, or `None` when it could not be resolved.
    Resolved,
}

/// `Fact::flags`: which of the fields kept without an `Option` are set.
const HAS_VALUE: u8 = 1;
const HAS_ENTITY: u8 = 2;

/// One mention in the text: its kind, exact byte span, sentence and normalised value.
///
/// Compact because a large file has a great many: the text is not stored (it is
/// `document.text[start..end]`, see [`Fact::text`]), offsets and indices are `u32` (files
/// are at most [`super::load::MAX_BYTES`], and [`super::Document::new`] refuses nothing, so
/// extraction stops at `u32::MAX` bytes), the unit, name and TIMEX value share one slot, the
/// value and entity are flagged rather than wrapped in `Option` (no padding), and strings are
/// shared one-pointer [`Label`]s: 48 bytes. The `dateline/1` JSON object is written by
/// `json.rs`, with the text taken from the document.
#[derive(Clone, PartialEq)]
pub struct Fact {
    pub id: u32,
    pub start: u32,
    pub end: u32,
    pub sentence: u32,
    /// Meaningful when `flags` has [`HAS_VALUE`].
    value: f64,
    /// The unit, name or TIMEX value, as `slot` says.
    label: Option<Label>,
    role: Option<Label>,
    /// Meaningful when `flags` has [`HAS_ENTITY`].
    entity: u32,
    pub kind: FactKind,
    pub qualifier: Option<Qualifier>,
    slot: Slot,
    flags: u8,
}

const _: () = assert!(std::mem::size_of::<Fact>() <= 48);

impl Fact {
    /// A fact of `kind` covering `start..end` (byte offsets), with every optional field
    /// empty.
    pub fn new(kind: FactKind, start: usize, end: usize) -> Fact {
        Fact {
            id: 0,
            start: offset(start),
            end: offset(end),
            sentence: 0,
            value: 0.0,
            label: None,
            role: None,
            entity: 0,
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
        (self.flags & HAS_VALUE != 0).then_some(self.value)
    }

    pub fn set_value(&mut self, value: Option<f64>) {
        self.value = value.unwrap_or(0.0);
        self.flags = (self.flags & !HAS_VALUE) | if value.is_some() { HAS_VALUE } else { 0 };
    }

    /// Entities: index into [`super::Story::entities`].
    pub fn entity(&self) -> Option<u32> {
        (self.flags & HAS_ENTITY != 0).then_some(self.entity)
    }

    /// The entity index as a `usize`.
    pub fn entity_index(&self) -> Option<usize> {
        self.entity().map(|e| e as usize)
    }

    pub fn set_entity(&mut self, entity: Option<u32>) {
        self.entity = entity.unwrap_or(0);
        self.flags = (self.flags & !HAS_ENTITY) | if entity.is_some() { HAS_ENTITY } else { 0 };
    }

    fn slot(&self, slot: Slot) -> Option<&Label> {
        if self.slot == slot {
            self.label.as_ref()
        } else {
            None
        }
    }

    /// Puts `label` in the slot as `slot`; `None` empties it only if it held `slot`.
    fn set_slot(&mut self, slot: Slot, label: Option<Label>) {
        debug_assert!(
            matches!(self.slot, Slot::Empty) || self.slot == slot,
            "a fact keeps one of unit, name and resolved"
        );
        match label {
            Some(l) => {
                self.label = Some(l);
                self.slot = slot;
            }
            None if self.slot == slot => {
                self.label = None;
                self.slot = Slot::Empty;
            }
            None => {}
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
        self.slot(Slot::Name).map(|l| &**l)
    }

    /// The shared [`Label`] of [`Fact::name`].
    pub fn name_label(&self) -> Option<&Label> {
        self.slot(Slot::Name)
    }

    pub fn set_name(&mut self, name: Option<Label>) {
        self.set_slot(Slot::Name, name);
    }

    /// People: their role when the text gives one ("Amazon CEO").
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }

    pub fn set_role(&mut self, role: Option<Label>) {
        self.role = role;
    }

    /// Dates: the TIMEX value, or `Some(None)` (JSON `null`) when no reference date allows
    /// resolving it.
    pub fn resolved(&self) -> Option<Option<&str>> {
        (self.slot == Slot::Resolved).then_some(self.label.as_deref())
    }

    /// The shared [`Label`] of a resolved [`Fact::resolved`].
    pub fn resolved_label(&self) -> Option<&Label> {
        self.slot(Slot::Resolved)
    }

    pub fn set_resolved(&mut self, resolved: Option<Option<Label>>) {
        debug_assert!(
            matches!(self.slot, Slot::Empty | Slot::Resolved),
            "a fact keeps one of unit, name and resolved"
        );
        match resolved {
            Some(label) => {
                self.label = label;
                self.slot = Slot::Resolved;
            }
            None if self.slot == Slot::Resolved => {
                self.label = None;
                self.slot = Slot::Empty;
            }
            None => {}
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
mod tests {
    use super::*;

    #[test]
    fn optional_fields_read_back_what_was_set() {
        let mut f = Fact::new(FactKind::Money, 0, 3);
        assert_eq!((f.value(), f.unit(), f.entity()), (None, None, None));
        f.set_value(Some(f64::NAN));
        assert!(f.value().is_some_and(f64::is_nan));
        f.set_value(Some(0.0));
        assert_eq!(f.value(), Some(0.0));
        f.set_unit(Some("USD".into()));
        assert_eq!(
            (f.unit(), f.name(), f.resolved()),
            (Some("USD"), None, None)
        );
        f.set_value(None);
        f.set_unit(None);
        assert_eq!(f, Fact::new(FactKind::Money, 0, 3));

        let mut d = Fact::new(FactKind::Date, 0, 3);
        d.set_resolved(Some(None));
        assert_eq!((d.resolved(), d.unit()), (Some(None), None));
        d.set_resolved(Some(Some("2025-Q4".into())));
        assert_eq!(d.resolved(), Some(Some("2025-Q4")));

        let mut p = Fact::new(FactKind::Person, 0, 3);
        p.set_name(Some("Andy Jassy".into()));
        p.set_role(Some("CEO".into()));
        p.set_entity(Some(0));
        assert_eq!(
            (p.name(), p.role(), p.entity(), p.resolved()),
            (Some("Andy Jassy"), Some("CEO"), Some(0), None)
        );
    }

    #[test]
    fn interned_labels_are_one_allocation() {
        let mut labels = Labels::default();
        let a = labels.intern(&Label::from("jobs"));
        let b = labels.intern(&Label::from(String::from("jobs")));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "jobs");
    }
}
