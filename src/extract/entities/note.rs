//! What the sentence-level recogniser knows about each candidate name, kept for the
//! document-level pass ([`super::settle`]): the type it guessed and how sure it is, the type to
//! fall back on when nothing in the document says otherwise, and whether the name stood where
//! capitals say little (a sentence start, a headline, a line in capitals).

use crate::story::FactKind;

/// The three types a name is settled into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Person,
    Org,
    Place,
}

impl Type {
    pub fn kind(self) -> FactKind {
        match self {
            Type::Person => FactKind::Person,
            Type::Org => FactKind::Org,
            Type::Place => FactKind::Place,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub const ALL: [Type; 3] = [Type::Person, Type::Org, Type::Place];
}

/// How a guess was made, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// The name's own shape: its words are names, not common words, or a surname list has it.
    Shape,
    /// A list has the whole name (a place, an organisation, a given name opening it).
    Listed,
    /// The sentence says what it is: a role, an age, a legal suffix, "shares of", "X-based".
    Cue,
}

/// One candidate's note.
#[derive(Debug, Clone, Copy)]
pub struct Note {
    /// Byte offset where the candidate's fact starts (facts of one document never share one).
    pub start: u32,
    /// The guessed type and how it was made; `None`: unknown.
    pub guess: Option<(Type, Strength)>,
    /// What an unknown becomes when the document adds nothing; `None`: it is dropped.
    pub fallback: Option<Type>,
    /// The name stood where capitals carry no information: a sentence start (a single word),
    /// a headline or a line in capitals. It is kept only if the document names it elsewhere.
    pub weak: bool,
}

impl Note {
    /// The vote a mention gives its own name, for the document-wide count.
    pub fn weight(&self) -> Option<(Type, u32)> {
        let (t, s) = self.guess?;
        let w = match s {
            Strength::Cue => 6,
            Strength::Listed => 3,
            Strength::Shape => 1,
        };
        Some((
            t,
            if self.weak && s != Strength::Cue {
                w / 2 + 1
            } else {
                w
            },
        ))
    }
}
