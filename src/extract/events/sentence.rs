//! One sentence as the event layer reads it: its tokens lowercased, each token's lexicon entry
//! and the fact (if any) it belongs to. Built once per sentence in one pass; every later stage
//! asks it about tokens by index, and an index out of range reads as an empty word.

use super::lexicon::{Cue, Entry, LEX, class};
use crate::extract::token::{Kind, Token};
use crate::story::{Fact, FactKind, Label};

/// Buffers reused from sentence to sentence, so a document allocates them once.
#[derive(Default)]
pub struct Scratch {
    pub tokens: Vec<Token>,
    pub lower: String,
    pub entries: Vec<Entry>,
    /// Per token: the index of its fact in the sentence's facts, plus one (0: none).
    pub fact_at: Vec<u32>,
    /// The cue phrases of the sentence: where each begins and what it says.
    pub cues: Vec<(usize, Cue)>,
}

/// One sentence with what the event layer knows of its tokens.
pub struct Sentence<'a> {
    pub index: usize,
    /// The document's text: facts' spans index into it.
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Byte offset of the sentence in the text.
    pub base: usize,
    /// The sentence, ASCII-lowercased (same byte offsets).
    pub lower: &'a str,
    /// The sentence's facts, in text order.
    pub facts: &'a [Fact],
    pub entries: &'a [Entry],
    pub fact_at: &'a [u32],
    /// Every class some token of the sentence has: a quick "none here".
    pub classes: u64,
    /// Where its cue phrases begin, and what each says.
    pub cues: &'a [(usize, Cue)],
}

impl<'a> Sentence<'a> {
    /// Fills `scratch` for the sentence (its tokens are already there) and returns the view.
    /// Only words are looked up, and none inside a name: "Closing" in an organisation's name
    /// is no trigger and no word of grammar.
    pub fn new(
        index: usize,
        text: &'a str,
        base: usize,
        facts: &'a [Fact],
        scratch: &'a mut Scratch,
    ) -> Sentence<'a> {
        let Scratch {
            tokens,
            lower,
            entries,
            fact_at,
            cues,
        } = scratch;
        cues.clear();
        entries.clear();
        fact_at.clear();
        let mut next_fact = 0;
        let mut classes = 0;
        let lex = &*LEX;
        for t in tokens.iter() {
            while facts
                .get(next_fact)
                .is_some_and(|f| f.span().end <= t.start)
            {
                next_fact += 1;
            }
            let inside = facts
                .get(next_fact)
                .filter(|f| f.span().start <= t.start && t.end <= f.span().end);
            fact_at.push(if inside.is_some() {
                next_fact as u32 + 1
            } else {
                0
            });
            // A name, a sum of money, a percentage or a date holds no word the event layer
            // reads; a count's unit ("14,000 layoffs") or an ordinal's noun ("third round")
            // may.
            let opaque =
                inside.is_some_and(|f| !matches!(f.kind, FactKind::Count | FactKind::Ordinal));
            let entry = if t.kind != Kind::Word || opaque {
                Entry::default()
            } else {
                lookup(lex, lower.get(t.start - base..t.end - base).unwrap_or(""))
            };
            classes |= entry.class;
            entries.push(entry);
        }
        let mut s = Sentence {
            index,
            text,
            tokens,
            base,
            lower,
            facts,
            entries,
            fact_at,
            classes,
            cues: &[],
        };
        if classes & class::CUE != 0 {
            super::cues::find(&s, cues);
        }
        s.cues = cues;
        s
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Lowercase text of token `i` ("" out of range).
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.lower.get(t.start - self.base..t.end - self.base))
            .unwrap_or("")
    }

    /// The token as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The classes of token `i` (0 out of range, for a number or a mark, or inside a name).
    pub fn class(&self, i: usize) -> u64 {
        self.entries.get(i).map_or(0, |e| e.class)
    }

    /// The lexicon entry of token `i`.
    pub fn entry(&self, i: usize) -> Entry {
        self.entries.get(i).copied().unwrap_or_default()
    }

    pub fn is(&self, i: usize, bits: u64) -> bool {
        self.class(i) & bits != 0
    }

    /// The index (in `facts`) of the fact token `i` belongs to.
    pub fn fact_index(&self, i: usize) -> Option<usize> {
        match self.fact_at.get(i) {
            Some(&n) if n > 0 => Some(n as usize - 1),
            _ => None,
        }
    }

    pub fn fact(&self, i: usize) -> Option<&'a Fact> {
        self.fact_index(i).map(|f| &self.facts[f])
    }

    /// The first and last token of the sentence's fact `f`.
    pub fn range(&self, f: usize) -> (usize, usize) {
        let span = self.facts[f].span();
        let first = self.tokens.partition_point(|t| t.start < span.start);
        let last = self.tokens.partition_point(|t| t.end <= span.end);
        (first, last.saturating_sub(1).max(first))
    }

    /// The indices of the facts that begin at tokens `from..to`.
    pub fn facts_in(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let at = |i: usize| self.tokens.get(i).map_or(usize::MAX, |t| t.start);
        let (a, b) = (at(from), at(to));
        let first = self.facts.partition_point(|f| (f.span().start) < a);
        let last = self.facts.partition_point(|f| (f.span().start) < b);
        first..last.max(first)
    }

    /// A possessive "'s" (straight or curly).
    pub fn is_possessive(&self, i: usize) -> bool {
        matches!(self.word(i), "'s" | "’s" | "'" | "’")
    }

    /// Whether token `i` starts with a capital letter as written.
    pub fn capitalised(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The fact's text in the document.
    pub fn fact_text(&self, fact: &Fact) -> &'a str {
        fact.text(self.text)
    }

    /// An organisation mention's shared name.
    pub fn name(&self, fact: &Fact) -> Label {
        fact.name_label()
            .unwrap_or_else(|| Label::from(self.fact_text(fact)))
    }

    /// Whether the fact is of `kind`.
    pub fn fact_is(&self, f: usize, kind: FactKind) -> bool {
        self.facts.get(f).is_some_and(|x| x.kind == kind)
    }

    /// Whether the last word of a count's unit ("corporate jobs" → "jobs") is of `bits`.
    pub fn head_noun_is(&self, f: usize, bits: u64) -> bool {
        // A noun phrase the count stopped short of: "about 790 salaried, production and
        // support services employees".
        let after = self.range(f).1 + 1;
        if self.facts[f].unit().is_some()
            && self.fact_index(after).is_none()
            && self.is(after, bits)
        {
            return true;
        }
        let Some(head) = self.facts[f]
            .unit()
            .and_then(|u| u.split_whitespace().last())
        else {
            return false;
        };
        let class = if head.bytes().any(|b| b.is_ascii_uppercase()) || !head.is_ascii() {
            LEX.entry(&super::lexicon::normalise(&head.to_lowercase()))
                .class
        } else {
            LEX.entry(head).class
        };
        class & bits != 0
    }
}

/// The lexicon entry of a lowercase word, with a curly apostrophe read as a straight one, and
/// an adverb guessed from "-ly".
fn lookup(lex: &super::lexicon::Lexicon, word: &str) -> Entry {
    let mut e = if !word.is_ascii() && word.contains('’') {
        lex.entry(&super::lexicon::normalise(word))
    } else {
        lex.entry(word)
    };
    if e.class == 0 && word.len() > 4 && word.ends_with("ly") {
        e.class = class::ADVERB;
    }
    e
}
