//! [`Label`], the short strings facts and events keep, shared rather than copied, and
//! [`Labels`], which keeps one copy of each.

use super::Fact;
use std::fmt;
use std::sync::Arc;

/// A short string kept by facts and events (unit, entity name, role, TIMEX value). Shared
/// rather than copied: every mention of an entity points at one allocation of its name, and
/// extraction interns units and TIMEX values ([`Labels`]). One pointer wide (the string's
/// length lives with it): a fact's label takes 8 bytes, an event's five take 40.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(Arc<Box<str>>);

impl Label {
    /// Whether both are the one shared copy (not merely equal strings).
    pub fn same(&self, other: &Label) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

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

    /// Replaces the label `fact` keeps by its shared copy.
    pub fn intern_fact(&mut self, fact: &mut Fact) {
        fact.intern_label(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interned_labels_are_one_allocation() {
        let mut labels = Labels::default();
        let a = labels.intern(&Label::from("jobs"));
        let b = labels.intern(&Label::from(String::from("jobs")));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "jobs");
    }
}
