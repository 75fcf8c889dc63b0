//! Clauses: one linear pass splits a sentence into clauses and says how each hangs on another.
//!
//! ```text
//! Acme said on Monday it would cut 300 jobs, affecting its plant in Leeds, which opened in 2019.
//! └ wrapper ──────────┘└ reported ────────────┘└ participle ──────────────┘└ relative ─────────┘
//! ```
//!
//! A reporting clause ("X said", "it was reported that", "according to X") wraps the clause it
//! reports; relative ("which …"), participle (", affecting …"), coordinate ("and is considering
//! …") and subordinate ("as Acme continues …") clauses depend on the clause before them. A
//! clause interrupted by a parenthetical (", which is owned by Y,") resumes after it, so a
//! clause's tokens need not be contiguous: `of[token]` says which clause a token is in.

use super::lexicon::{class, verb};
use super::sentence::Sentence;

/// How a clause hangs on another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Main,
    /// "X said", "it was reported that": the clause that reports.
    Wrapper,
    /// What a wrapper reports.
    Reported,
    Relative,
    Participle,
    Coordinate,
    Subordinate,
    /// "according to X", "per the report": a source, nothing else.
    Source,
}

#[derive(Debug, Clone)]
pub struct Clause {
    pub kind: Kind,
    /// Its first token.
    pub start: usize,
    /// The clause it depends on (a reported clause's wrapper).
    pub host: Option<usize>,
    /// A wrapper's reporting verb.
    pub verb: Option<usize>,
    /// A wrapper or source that is someone else's report, not the actor's word.
    pub source: bool,
}

/// The clauses of one sentence.
#[derive(Debug, Default)]
pub struct Clauses {
    pub list: Vec<Clause>,
    /// Per token: its clause.
    pub of: Vec<u16>,
    /// Per clause: a source ("according to X") hangs on it.
    pub sourced: Vec<bool>,
}

/// How far ahead a subordinator or conjunction looks for the verb that makes it a clause.
const VERB_AHEAD: usize = 6;
/// How many words after a reporting verb may still belong to the report ("said in a statement
/// on Monday that").
const REPORT_TAIL: usize = 8;
/// How far into what a reporting verb reports its verb may be ("said 341 employees of its
/// remaining 885 employees will be laid off").
const REPORTED_VERB: usize = 14;
/// The most clauses a sentence is split into; past it the rest stays in the last one.
const MAX_CLAUSES: usize = 512;

impl Clauses {
    pub fn clause_of(&self, i: usize) -> usize {
        self.of.get(i).map_or(0, |&c| usize::from(c))
    }

    pub fn get(&self, c: usize) -> &Clause {
        &self.list[c.min(self.list.len() - 1)]
    }

    /// The wrapper a clause is reported by, through its hosts.
    pub fn wrapper(&self, mut c: usize) -> Option<usize> {
        for _ in 0..self.list.len() {
            let clause = self.get(c);
            if clause.kind == Kind::Reported {
                return clause.host;
            }
            c = clause.host?;
        }
        None
    }
}

/// Whether token `i` can begin a verb group: an auxiliary, a modal, or a verb the lexicon
/// knows in a finite form.
pub fn verb_start(s: &Sentence, i: usize) -> bool {
    let c = s.class(i);
    if c & (class::WILL | class::MAY | class::MUST | class::BE | class::HAVE | class::DO) != 0 {
        return true;
    }
    s.entry(i).verb & verb::FINITE != 0 && s.fact(i).is_none()
}

/// A verb group's start, or a trigger verb in its base or -ing form that is no noun ("and hire
/// 350 workers", "and laying off 300").
pub fn any_verb(s: &Sentence, i: usize) -> bool {
    verb_start(s, i) || s.entry(i).verb & verb::BARE != 0 && s.fact(i).is_none()
}

/// A verb group within `VERB_AHEAD` tokens after `i`, before any punctuation.
fn verb_ahead(s: &Sentence, i: usize) -> bool {
    (i + 1..(i + 1 + VERB_AHEAD).min(s.len()))
        .take_while(|&j| !matches!(s.word(j), "," | ";" | ":" | "." | "(" | ")"))
        .any(|j| verb_start(s, j))
}

/// A participle opening a clause after a comma: "affecting", "leaving", "bringing".
fn participle(s: &Sentence, i: usize) -> bool {
    let w = s.word(i);
    w.len() > 5
        && w.ends_with("ing")
        && s.fact(i).is_none()
        && s.class(i) & (class::PREP | class::SUBORDINATOR) == 0
        && !matches!(
            w,
            "according" | "including" | "excluding" | "following" | "during"
        )
}

/// Splits the sentence into clauses.
pub fn split(s: &Sentence, out: &mut Clauses) {
    out.list.clear();
    out.of.clear();
    out.list.push(Clause {
        kind: Kind::Main,
        start: 0,
        host: None,
        verb: None,
        source: false,
    });
    let mut cur = 0usize;
    // Clauses a parenthetical interrupted, resumed at its closing comma.
    let mut resume: Vec<usize> = Vec::new();
    let mut has_verb = false;
    let mut i = 0;
    let n = s.len();
    while i < n {
        let w = s.word(i);
        let c = s.class(i);
        let open = |kind: Kind, start: usize, host: Option<usize>, list: &mut Vec<Clause>| {
            if list.len() >= MAX_CLAUSES {
                return None;
            }
            list.push(Clause {
                kind,
                start,
                host,
                verb: None,
                source: false,
            });
            Some(list.len() - 1)
        };
        if s.fact(i).is_none() {
            if w == ";" {
                resume.clear();
                if let Some(k) = open(Kind::Main, i + 1, None, &mut out.list) {
                    out.of.push(cur as u16);
                    cur = k;
                    has_verb = false;
                    i += 1;
                    continue;
                }
            } else if w == "," {
                // A parenthetical ends at its comma: its host resumes.
                let parenthetical = matches!(
                    out.list[cur].kind,
                    Kind::Relative | Kind::Participle | Kind::Source
                );
                out.of.push(cur as u16);
                if parenthetical && let Some(host) = resume.pop() {
                    cur = host;
                    has_verb = true;
                }
                let next = i + 1;
                let nw = s.word(next);
                let nc = s.class(next);
                // ", which", ", in which", ", most of which", ", some of whom".
                let partitive_relative = s.fact(next).is_none()
                    && s.word(next + 1) == "of"
                    && s.class(next + 2) & class::RELATIVE != 0;
                let opened = if nc & class::RELATIVE != 0
                    || (nc & class::PREP != 0 && s.class(next + 1) & class::RELATIVE != 0)
                    || partitive_relative
                {
                    resume.push(cur);
                    open(Kind::Relative, next, Some(cur), &mut out.list)
                } else if nw == "according" || (nw == "per" && s.word(next + 1) == "the") {
                    resume.push(cur);
                    open(Kind::Source, next, Some(cur), &mut out.list)
                } else if participle(s, next) {
                    resume.push(cur);
                    open(Kind::Participle, next, Some(cur), &mut out.list)
                } else if nc & class::CONJ != 0 && verb_ahead(s, next) {
                    resume.clear();
                    open(Kind::Coordinate, next, Some(cur), &mut out.list)
                } else if nc & class::SUBORDINATOR != 0 && verb_ahead(s, next) {
                    open(Kind::Subordinate, next, Some(cur), &mut out.list)
                } else {
                    None
                };
                if let Some(k) = opened {
                    cur = k;
                    has_verb = false;
                    if out.list[k].kind == Kind::Source {
                        out.list[k].source = true;
                    }
                }
                i += 1;
                continue;
            } else if i > out.list[cur].start
                && (c & class::CONJ != 0 && any_verb(s, i + 1)
                    || c & class::SUBORDINATOR != 0 && c & class::PREP == 0 && verb_ahead(s, i))
            {
                let kind = if c & class::CONJ != 0 {
                    Kind::Coordinate
                } else {
                    Kind::Subordinate
                };
                if let Some(k) = open(kind, i, Some(cur), &mut out.list) {
                    cur = k;
                    has_verb = false;
                }
            } else if w == "than" && i > out.list[cur].start && verb_ahead(s, i) {
                // "fewer than had been reported earlier in the week": another time's clause.
                if let Some(k) = open(Kind::Subordinate, i, Some(cur), &mut out.list) {
                    cur = k;
                    has_verb = false;
                }
            } else if w == "that"
                && i > out.list[cur].start
                && has_verb
                && (verb_start(s, i + 1) || s.is(i + 1, class::ADVERB) && verb_start(s, i + 2))
            {
                // "an effort that could value…": a relative clause without a comma.
                if let Some(k) = open(Kind::Relative, i, Some(cur), &mut out.list) {
                    cur = k;
                    has_verb = false;
                }
            } else if c & class::REPORT != 0
                && !has_verb_report_blocked(s, i, has_verb)
                && i > out.list[cur].start
            {
                let passive = s.is(i.wrapping_sub(1), class::BE);
                if let Some((k, next)) = report(s, i, cur, passive, out) {
                    cur = k;
                    has_verb = false;
                    i = next;
                    continue;
                }
            } else if w == "according"
                && s.word(i + 1) == "to"
                && let Some(k) = open(Kind::Source, i, Some(cur), &mut out.list)
            {
                out.list[k].source = true;
                resume.push(cur);
                cur = k;
            }
        }
        if verb_start(s, i) {
            has_verb = true;
        }
        out.of.push(cur as u16);
        i += 1;
    }
    trailing_wrapper(s, out);
    out.sourced.clear();
    out.sourced.resize(out.list.len(), false);
    for k in 0..out.list.len() {
        if out.list[k].kind == Kind::Source
            && let Some(h) = out.list[k].host
        {
            out.sourced[h] = true;
        }
    }
}

/// A reporting verb after the clause's own verb group does not report ("Acme has said",
/// "the company was told"): only a verb before any other, or right after "was"/"were"/"is"
/// ("it was reported that").
fn has_verb_report_blocked(s: &Sentence, i: usize, has_verb: bool) -> bool {
    has_verb && !(s.is(i.wrapping_sub(1), class::BE) && s.word(i + 1) == "that")
}

/// Makes the current clause the wrapper of what its reporting verb at `v` reports; returns
/// the reported clause and the token it starts at. What follows the verb and still belongs to
/// the report is skipped: an object ("told analysts"), a date ("on Monday"), a phrase ("in a
/// statement"), and "that".
fn report(
    s: &Sentence,
    v: usize,
    cur: usize,
    passive: bool,
    out: &mut Clauses,
) -> Option<(usize, usize)> {
    let n = s.len();
    let limit = (v + 1 + REPORT_TAIL).min(n);
    let mut j = v + 1;
    if matches!(
        s.word(v),
        "told" | "tells" | "tell" | "informed" | "assured" | "reminded"
    ) {
        j = skip_object(s, j);
    }
    while j < limit {
        let w = s.word(j);
        if w == "that" {
            j += 1;
            break;
        }
        if let Some(f) = s.fact_index(j)
            && s.fact_is(f, crate::story::FactKind::Date)
        {
            j = s.range(f).1 + 1;
            continue;
        }
        if s.is(j, class::ADVERB) {
            j += 1;
            continue;
        }
        if s.is(j, class::PREP) && s.fact(j).is_none() {
            // "in a statement", "on Monday", "late on Tuesday", "at a conference".
            let mut k = j + 1;
            while k < limit
                && s.word(k) != "that"
                && !s.is(k, class::PREP | class::PRONOUN)
                && !verb_start(s, k)
                && !is_punct(s.word(k))
            {
                match s.fact_index(k) {
                    Some(f) if s.fact_is(f, crate::story::FactKind::Date) => {
                        k = s.range(f).1 + 1;
                        break;
                    }
                    Some(_) => break,
                    None => k += 1,
                }
            }
            if k == j + 1 {
                break;
            }
            j = k;
            continue;
        }
        break;
    }
    if j >= n || is_punct(s.word(j)) {
        return None;
    }
    // "reported a net loss", "announced 300 layoffs": an object, no clause reported.
    let that = s.word(j.wrapping_sub(1)) == "that";
    let ahead = (j..(j + REPORTED_VERB).min(n))
        .take_while(|&k| !matches!(s.word(k), "," | ";" | "." | ":"))
        .any(|k| verb_start(s, k) || s.is(k, class::WILL | class::MAY));
    if !that && !ahead {
        return None;
    }
    let wrapper = &mut out.list[cur];
    wrapper.kind = Kind::Wrapper;
    wrapper.verb = Some(v);
    wrapper.source = s.is(v, class::SOURCE) || passive;
    for _ in v..j {
        out.of.push(cur as u16);
    }
    if out.list.len() >= MAX_CLAUSES {
        return None;
    }
    out.list.push(Clause {
        kind: Kind::Reported,
        start: j,
        host: Some(cur),
        verb: None,
        source: false,
    });
    Some((out.list.len() - 1, j))
}

/// The token after the object of "told": a name, or up to three plain words ("analysts",
/// "the newspaper").
fn skip_object(s: &Sentence, j: usize) -> usize {
    let mut j = j;
    while s.is(j, class::DET) && s.fact(j).is_none() {
        j += 1;
    }
    if let Some(f) = s.fact_index(j) {
        return s.range(f).1 + 1;
    }
    let mut k = j;
    while k < j + 3
        && !is_punct(s.word(k))
        && s.word(k) != "that"
        && !s.is(k, class::PREP | class::PRONOUN)
        && !verb_start(s, k)
        && s.fact(k).is_none()
    {
        k += 1;
    }
    k
}

fn is_punct(w: &str) -> bool {
    matches!(
        w,
        "," | ";" | "." | ":" | "\"" | "“" | "”" | "(" | ")" | "!" | "?" | ""
    )
}

/// ", the automaker said." / ", said a spokesman.": a last clause of a name and a reporting
/// verb wraps the clause before it.
fn trailing_wrapper(s: &Sentence, out: &mut Clauses) {
    let n = s.len();
    let Some(comma) = (0..n)
        .rev()
        .take(REPORT_TAIL + 2)
        .find(|&i| s.word(i) == ",")
    else {
        return;
    };
    let tail: Vec<usize> = (comma + 1..n)
        .filter(|&i| !matches!(s.word(i), "." | "\"" | "”" | "'"))
        .collect();
    let Some(&verb) = tail.iter().find(|&&i| s.is(i, class::REPORT)) else {
        return;
    };
    let before = out.clause_of(comma);
    let last = out.clause_of(comma + 1);
    if before == last && out.list[last].start > comma {
        return;
    }
    // Only a name (or "the company", "a spokesman") and the verb, and words about where.
    let plain = tail.iter().all(|&i| {
        i == verb
            || s.fact(i).is_some()
            || s.class(i) & (class::DET | class::PREP | class::COMPANY) != 0
            || !verb_start(s, i)
    });
    if !plain || tail.len() > REPORT_TAIL {
        return;
    }
    let k = if before == last {
        // The tail is still in the clause before: split it off.
        out.list.push(Clause {
            kind: Kind::Wrapper,
            start: comma + 1,
            host: None,
            verb: Some(verb),
            source: s.is(verb, class::SOURCE),
        });
        let k = out.list.len() - 1;
        for i in comma + 1..n {
            out.of[i] = k as u16;
        }
        k
    } else {
        let w = &mut out.list[last];
        w.kind = Kind::Wrapper;
        w.verb = Some(verb);
        w.source = s.is(verb, class::SOURCE);
        last
    };
    let reported = &mut out.list[before];
    if reported.kind == Kind::Main {
        reported.kind = Kind::Reported;
        reported.host = Some(k);
    }
}
