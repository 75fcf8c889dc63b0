//! [`EventFacts`]: the fact ids an event rests on, kept inline in the event.

use serde::ser::SerializeSeq;
use std::fmt;

/// The facts an event rests on, in id order: its actor, its figure and its date, so at most
/// [`EventFacts::MAX`]. Kept inline rather than in a `Vec` (24 bytes plus a 48-byte heap
/// block per event: 11 MB for the 156,000 events of a 50 MB file); reads as a `&[usize]`.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct EventFacts {
    ids: [usize; EventFacts::MAX],
    len: u8,
}

impl EventFacts {
    pub const MAX: usize = 3;

    pub fn new() -> EventFacts {
        EventFacts::default()
    }

    /// Adds `id`; false (and nothing added) when the event already has [`EventFacts::MAX`].
    pub fn push(&mut self, id: usize) -> bool {
        let Some(slot) = self.ids.get_mut(usize::from(self.len)) else {
            return false;
        };
        *slot = id;
        self.len += 1;
        true
    }

    pub fn as_slice(&self) -> &[usize] {
        &self.ids[..usize::from(self.len)]
    }

    pub fn sort(&mut self) {
        let len = usize::from(self.len);
        self.ids[..len].sort_unstable();
    }
}

impl std::ops::Deref for EventFacts {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        self.as_slice()
    }
}

impl fmt::Debug for EventFacts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

/// The first [`EventFacts::MAX`] ids; the rest are left out.
impl FromIterator<usize> for EventFacts {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> EventFacts {
        let mut facts = EventFacts::new();
        for id in iter {
            if !facts.push(id) {
                break;
            }
        }
        facts
    }
}

impl<'a> IntoIterator for &'a EventFacts {
    type Item = &'a usize;
    type IntoIter = std::slice::Iter<'a, usize>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

/// A JSON array, as the `Vec<usize>` it replaces.
impl serde::Serialize for EventFacts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.len()))?;
        for id in self.as_slice() {
            seq.serialize_element(id)?;
        }
        seq.end()
    }
}

impl<'de> serde::Deserialize<'de> for EventFacts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<EventFacts, D::Error> {
        let ids = Vec::<usize>::deserialize(d)?;
        if ids.len() > EventFacts::MAX {
            return Err(serde::de::Error::invalid_length(
                ids.len(),
                &"at most three fact ids",
            ));
        }
        Ok(ids.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_three_ids_sorted_and_reads_as_a_slice() {
        let mut f = EventFacts::new();
        assert!(f.push(9) && f.push(2) && f.push(5));
        assert!(!f.push(1), "a fourth id is refused");
        f.sort();
        assert_eq!(&*f, &[2, 5, 9]);
        assert!(f.contains(&5) && f.binary_search(&9).is_ok());
        assert_eq!(serde_json::to_string(&f).unwrap(), "[2,5,9]");
        let back: EventFacts = serde_json::from_str("[2,5,9]").unwrap();
        assert_eq!(back, f);
        assert!(serde_json::from_str::<EventFacts>("[1,2,3,4]").is_err());
        assert_eq!(serde_json::to_string(&EventFacts::new()).unwrap(), "[]");
    }
}
