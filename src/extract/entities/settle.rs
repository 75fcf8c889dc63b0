//! The document-level pass (after every sentence was read): each name gets one type for the
//! whole document, and names that stood only where capitals say nothing are dropped.
//!
//! 1. Votes: every typed mention votes for its name's type, by how it was typed (a cue beats a
//!    list, a list beats the name's shape); a person's full name also votes for its surname
//!    ("Nasser Hussain" … "Hussain struck 158"), an organisation's for its acronym and short
//!    forms ("Organisation for Security and Cooperation in Europe" … "OSCE").
//! 2. Each mention then takes its own cue if it has one, else the document's majority for its
//!    name (whatever its case, so "LEICESTERSHIRE" in a headline follows "Leicestershire"),
//!    else its own guess or its fallback; a mention at a sentence start, in a headline or in
//!    capitals that nothing else in the document names is dropped (Mikheev; LTG's title rule).

use super::Evidence;
use super::gazetteer::{self, geo};
use super::note::{Note, Strength, Type};
use crate::story::{Fact, FactKind};
use std::collections::HashMap;

/// Votes for one name: per type, and whether it was seen where capitals mean a name.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    votes: [u16; 3],
    strong: bool,
    /// Per type, the weight its aliases were given (once per name, not per mention).
    aliased: [u8; 3],
}

type Tallies = HashMap<u64, Tally, rustc_hash::FxBuildHasher>;

/// What an alias vote is worth at most (a full name's cue makes its surname a person).
const ALIAS_WEIGHT: u16 = 3;

/// Settles the entity candidates among `facts` (the facts of the whole document, in order),
/// using the notes `evidence` kept: retypes them and removes the dropped ones.
pub fn settle(text: &str, facts: &mut Vec<Fact>, evidence: &Evidence) {
    let mut notes = evidence.take_notes();
    if notes.is_empty() {
        return;
    }
    // Nearly sorted already (a role splits a sequence out of order): a run-merging sort.
    notes.sort_by_key(|n| n.start);
    // The candidates: fact index, note and the key of the name.
    let mut cands: Vec<(u32, Note, u64)> = Vec::with_capacity(notes.len());
    let mut tallies = Tallies::default();
    for (i, f) in facts.iter().enumerate() {
        if !is_candidate(f.kind) {
            continue;
        }
        let Ok(n) = notes.binary_search_by_key(&f.start, |n| n.start) else {
            continue;
        };
        let note = notes[n];
        let name = name_of(f, text);
        let key = gazetteer::key(name);
        cands.push((crate::story::offset(i), note, key));
        let tally = tallies.entry(key).or_default();
        tally.strong |= !note.weak;
        if let Some((t, w)) = note.weight() {
            let w = w as u16;
            tally.votes[t.index()] = tally.votes[t.index()].saturating_add(w);
            let aliased = u16::from(tally.aliased[t.index()]);
            if w.min(ALIAS_WEIGHT) > aliased {
                tally.aliased[t.index()] = w.min(ALIAS_WEIGHT) as u8;
                aliases(name, t, w.min(ALIAS_WEIGHT) - aliased, &mut tallies);
            }
        }
    }
    drop(notes);
    // Each candidate's type (or `None`: dropped) and whether it is sure of it.
    let mut decided: Vec<(usize, Option<Type>, bool)> = Vec::with_capacity(cands.len());
    let mut prev: Option<(usize, Type)> = None;
    for (i, note, key) in cands {
        let (i, f) = (i as usize, &facts[i as usize]);
        let tally = tallies.get(&key).copied().unwrap_or_default();
        let mut t = decide(&note, &tally);
        // A name that ends in a legal form is a company's, whatever its words vote.
        if t == Some(Type::Person) && super::merge::short_form(name_of(f, text)).is_some() {
            t = Some(Type::Org);
        }
        // "Organisation for Security and Cooperation in Europe (OSCE)": the alias in
        // parentheses is what it stands for.
        if let Some((p, pt)) = prev
            && t.is_some()
            && between(text, &facts[p], f).trim() == "("
            && text
                .get(f.end as usize..)
                .is_some_and(|t| t.starts_with(')'))
            && is_abbreviation(f.text(text))
            && note.guess.is_none_or(|g| g.1 < Strength::Listed)
        {
            t = Some(pt);
        }
        let sure = note.guess.is_some_and(|g| g.1 >= Strength::Listed)
            || tally.votes.iter().any(|&v| v >= SURE_VOTES);
        decided.push((i, t, sure));
        if let Some(t) = t {
            prev = Some((i, t));
        }
    }
    coordinate(text, facts, &mut decided);
    let mut dropped = Vec::new();
    for &(i, t, _) in &decided {
        match t {
            Some(t) => facts[i].kind = t.kind(),
            None => dropped.push(i),
        }
    }
    if dropped.is_empty() {
        return;
    }
    let mut i = 0;
    let mut next = dropped.iter().copied().peekable();
    facts.retain(|_| {
        let drop = next.next_if_eq(&i).is_some();
        i += 1;
        !drop
    });
}

/// Votes that make a name's type sure without a cue of its own.
const SURE_VOTES: u16 = 3;

/// The text between two facts.
fn between<'a>(text: &'a str, a: &Fact, b: &Fact) -> &'a str {
    text.get(a.end as usize..b.start as usize)
        .unwrap_or_default()
}

/// Names in one list ("Itaú Unibanco and Banco Santander Brasil", "Tenneco, Dana and Lear")
/// are of one type: an unsure organisation or place takes the type of a sure neighbour.
fn coordinate(text: &str, facts: &[Fact], decided: &mut [(usize, Option<Type>, bool)]) {
    let joined = |a: &Fact, b: &Fact| {
        matches!(
            between(text, a, b),
            ", " | " and " | ", and " | " or " | ", or "
        )
    };
    for k in 1..decided.len() {
        for (from, to) in [(k - 1, k), (k, k - 1)] {
            let (fi, ft, fsure) = decided[from];
            let (ti, tt, tsure) = decided[to];
            let (first, second) = if from < to { (fi, ti) } else { (ti, fi) };
            if fsure
                && !tsure
                && tt.is_some()
                && matches!(ft, Some(Type::Org | Type::Place))
                && joined(&facts[first], &facts[second])
            {
                decided[to].1 = ft;
            }
        }
    }
}

/// The name a candidate was written with, without a possessive.
fn name_of<'a>(f: &'a Fact, text: &'a str) -> &'a str {
    name_text(f.name().unwrap_or_else(|| f.text(text)))
}

fn is_candidate(kind: FactKind) -> bool {
    matches!(kind, FactKind::Org | FactKind::Person | FactKind::Place)
}

/// The type of one mention, or `None` to drop it.
fn decide(note: &Note, tally: &Tally) -> Option<Type> {
    if let Some((t, Strength::Cue)) = note.guess {
        return Some(t);
    }
    let best = Type::ALL
        .into_iter()
        .max_by_key(|t| {
            (
                tally.votes[t.index()],
                note.guess.is_some_and(|g| g.0 == *t),
            )
        })
        .filter(|t| tally.votes[t.index()] > 0);
    if let Some(t) = best {
        return Some(t);
    }
    if note.weak && !tally.strong {
        return None;
    }
    note.guess.map(|g| g.0).or(note.fallback)
}

/// One token of capitals, digits, dots or "&" ("OSCE", "U.N.", "S&P").
fn is_abbreviation(alias: &str) -> bool {
    alias.chars().filter(|c| c.is_uppercase()).count() >= 2
        && alias
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '-'))
}

/// A name without a possessive or a closing dot ("Boatmen's" → "Boatmen").
fn name_text(name: &str) -> &str {
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name);
    name.trim_end_matches(['.', ','])
}

/// Votes for the names a typed name is later called by.
fn aliases(name: &str, t: Type, w: u16, tallies: &mut Tallies) {
    if !name.contains(' ') {
        return;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut vote = |alias: &str, w: u16| {
        let tally = tallies.entry(gazetteer::key(alias)).or_default();
        tally.votes[t.index()] = tally.votes[t.index()].saturating_add(w);
        tally.strong = true;
    };
    match t {
        Type::Person => {
            if let Some(last) = words.last() {
                vote(name_text(last), w);
            }
        }
        Type::Org => {
            let acronym: String = words
                .iter()
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            if acronym.chars().count() >= 2 {
                vote(&acronym, w);
            }
            // Its leading words ("Sao Mai Electronics" … "Sao Mai").
            for k in 2..words.len() {
                let last = words[k - 1];
                if last.chars().next().is_some_and(char::is_uppercase) {
                    let end = last.as_ptr() as usize - name.as_ptr() as usize + last.len();
                    vote(&name[..end], w);
                }
            }
            // The first word, when it is a name and not a word or a well-known place
            // ("Boatmen's Bancshares Inc", "Meridian Freight"; not "China Daily").
            let first = name_text(words[0]);
            if gazetteer::flags(first) & (geo::COMMON | geo::KNOWN_PLACE) == 0 {
                vote(first, 1);
            }
        }
        Type::Place => {}
    }
}
