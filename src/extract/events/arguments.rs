//! Arguments of an event's clause: who acts (the clause's subject, or the organisation "it" /
//! "the company" refers back to), when (a date in the clause, else in the clause it depends on
//! or the one reporting it), and what it is done to.
//!
//! ```text
//! [Last week,] it was reported that [Amazon] was set to … laying off [about 14,000 workers]
//!  └ wrapper's date ─────────────────┘ subject ┘                      └ figure
//! ```

use super::clauses::{Clauses, Kind, verb_start};
use super::lexicon::class;
use super::sentence::Sentence;
use crate::story::{Dated, EventKind, FactKind, Label, Timex};

/// How many tokens around an anchor an argument is looked for: what lies further is another
/// clause's business, and the bound keeps every search linear in the sentence.
pub const WINDOW: usize = 40;
/// The most words of a subject's noun group.
const SUBJECT_WORDS: usize = 10;
/// How far back a fronted phrase ("In addition,", "Last week,") may reach its comma.
const FRONTED: usize = 10;
/// How far before a reporting verb its date may be ("on Monday said").
const REPORT_DATE: usize = 3;
/// How many hosts an argument is followed up through.
const MAX_HOSTS: usize = 4;

/// What the document says before this sentence, for "it" and "the company".
#[derive(Debug, Default, Clone)]
pub struct Context {
    /// The last company named as a subject, with its fact id.
    pub company: Option<(Label, u32)>,
    /// The previous sentence spoke of talks.
    pub talks_before: bool,
    /// This sentence speaks of talks.
    pub talks_here: bool,
}

/// A clause's subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// An organisation (the sentence's fact index).
    Org(usize),
    /// "it", "they", "the company", "the carmaker".
    Anaphor,
    /// "which", "who": the noun before the clause.
    Relative,
    /// A figure (the sentence's fact index): "300 jobs will go", "the 1,650 workers will be
    /// laid off".
    Figure(usize),
    /// A noun that cannot act for a company ("employers", "the union").
    Nobody,
    /// Something else, or nothing: the clause it depends on decides.
    Unknown,
}

/// The subject of clause `c`: the first noun group of the clause before token `before`,
/// after connectives and a fronted phrase.
pub fn subject(s: &Sentence, cl: &Clauses, c: usize, before: usize) -> Subject {
    // From the clause's start: every step below is bounded, so this stays linear however
    // long the clause.
    let floor = dateline_end(s, cl.get(c).start);
    let before = before.min(floor + WINDOW);
    let mut i = floor;
    let mut fronted_skipped = false;
    loop {
        while i < before
            && s.fact(i).is_none()
            && (s.is(i, class::CONJ | class::ADVERB)
                || s.is(i, class::SUBORDINATOR) && !s.is(i, class::PREP)
                || matches!(s.word(i), "that" | "," | "\"" | "“" | "”" | "'" | "(" | "-"))
        {
            i += 1;
        }
        if s.is(i, class::RELATIVE) && s.fact(i).is_none() {
            return Subject::Relative;
        }
        if s.is(i, class::PREP) && s.is(i + 1, class::RELATIVE) {
            i += 2;
            continue;
        }
        let fronted = s.fact(i).is_some_and(|f| f.kind == FactKind::Date)
            || s.is(i, class::PREP | class::ADVERB) && s.fact(i).is_none();
        if fronted && !fronted_skipped {
            fronted_skipped = true;
            let end = before.min(i + FRONTED);
            if let Some(comma) = (i..end).find(|&k| s.word(k) == "," && cl.clause_of(k) == c) {
                i = comma + 1;
                continue;
            }
            if s.fact(i).is_some_and(|f| f.kind == FactKind::Date) {
                i = s.range(s.fact_index(i).unwrap_or_default()).1 + 1;
                continue;
            }
        }
        break;
    }
    let mut org: Option<usize> = None;
    let mut figure = None;
    let mut anaphor = false;
    let mut nobody = false;
    let end = before.min(i + SUBJECT_WORDS);
    let mut j = i;
    while j < end {
        if let Some(f) = s.fact_index(j) {
            let (_, last) = s.range(f);
            match s.facts[f].kind {
                // "Chrysler Corp's Chrysler Motors Corp", "its Pan Am unit": the last name
                // before the head noun.
                FactKind::Org => org = Some(f),
                FactKind::Count | FactKind::Money if org.is_none() && figure.is_none() => {
                    figure = Some(f);
                }
                _ => {}
            }
            j = last + 1;
            continue;
        }
        let w = s.word(j);
        if w == "," || s.is(j, class::PREP | class::RELATIVE) || verb_start(s, j) {
            break;
        }
        let c = s.class(j);
        let pronoun = c & class::PRONOUN != 0 && matches!(w, "it" | "they");
        let company = c & class::COMPANY != 0 && s.is(j.wrapping_sub(1), class::DET);
        if pronoun || company && org.is_none() {
            anaphor = true;
        } else if c & class::INSTITUTION != 0 || matches!(w, "employers" | "unions") {
            nobody = true;
        } else if super::lexicon::LEX
            .triggers_of(s.entry(j))
            .iter()
            .any(|t| t.pos != super::lexicon::Pos::Noun)
            && !s.is(j.wrapping_sub(1), class::DET)
        {
            break;
        }
        j += 1;
    }
    if let Some(f) = org {
        Subject::Org(f)
    } else if anaphor {
        Subject::Anaphor
    } else if nobody {
        Subject::Nobody
    } else if let Some(f) = figure {
        Subject::Figure(f)
    } else {
        Subject::Unknown
    }
}

/// The most tokens of a news dateline ("SEATTLE, March 3, 2025 (Reuters) -").
const DATELINE: usize = 14;

/// Where a clause begins once a news dateline before it is skipped: places, dates, a wire's
/// name in brackets, up to a dash.
fn dateline_end(s: &Sentence, start: usize) -> usize {
    let end = (start + DATELINE).min(s.len());
    let mut i = start;
    while i < end {
        let w = s.word(i);
        if matches!(w, "-" | "—" | "–" | "--") {
            return if i > start { i + 1 } else { start };
        }
        let plain = s
            .fact(i)
            .is_some_and(|f| matches!(f.kind, FactKind::Place | FactKind::Date | FactKind::Org))
            || matches!(w, "," | "(" | ")" | "." | "/");
        if !plain {
            return start;
        }
        i += 1;
    }
    start
}

/// An acting organisation: its name and the fact that names it (none for one found by
/// reference back).
pub type Actor = (Label, Option<u32>);

/// Whether an organisation's name is an institution's ("Teamsters Local 667", "the Senate
/// Finance Committee"): "the company" never refers back to it.
pub fn institution(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(|w| {
        let w = w.to_ascii_lowercase();
        super::lexicon::LEX.entry(&w).class & class::INSTITUTION != 0
    })
}

/// Who acts in clause `c` (its trigger at `at`): its subject, followed back through the
/// clauses it depends on and, for "it" and "the company", to the last company named.
pub fn actor(s: &Sentence, cl: &Clauses, c: usize, at: usize, ctx: &Context) -> Option<Actor> {
    let mut clause = c;
    let mut before = at;
    let mut refer_back = false;
    for _ in 0..MAX_HOSTS {
        let kind = cl.get(clause).kind;
        match subject(s, cl, clause, before) {
            Subject::Org(f) => {
                let fact = &s.facts[f];
                let name = s.name(fact);
                if refer_back && institution(&name) {
                    break;
                }
                return Some((name, Some(fact.id)));
            }
            Subject::Nobody if !refer_back => return None,
            Subject::Relative => {
                // The noun before "which": an organisation named just before the clause.
                let start = cl.get(clause).start;
                let from = start.saturating_sub(FRONTED);
                if let Some(f) = (from..start).rev().find_map(|k| {
                    s.fact_index(k)
                        .filter(|&f| s.facts[f].kind == FactKind::Org)
                }) {
                    return Some((s.name(&s.facts[f]), Some(s.facts[f].id)));
                }
            }
            Subject::Anaphor => refer_back = true,
            _ => {}
        }
        // A report by others ("Business Insider reported that the company…"): its subject is
        // the reporter, never what "the company" refers to.
        let skip_source = |h: usize| cl.get(h).kind == Kind::Wrapper && cl.get(h).source;
        let host = cl.get(clause).host;
        match host {
            Some(h) if kind != Kind::Main && !skip_source(h) => {
                before = cl
                    .get(clause)
                    .start
                    .min(cl.get(h).verb.unwrap_or(usize::MAX));
                clause = h;
            }
            _ => break,
        }
    }
    ctx.company
        .as_ref()
        .map(|(name, id)| (name.clone(), Some(*id)))
}

/// The date (a sentence fact index) of an event whose figure or trigger spans `anchor`, in
/// clause `c`; with where it comes from when not from the clause itself.
pub fn when(
    s: &Sentence,
    cl: &Clauses,
    c: usize,
    anchor: (usize, usize),
    kind: EventKind,
) -> Option<(usize, Option<Dated>)> {
    if let Some(d) = date_in(s, cl, c, anchor, kind) {
        return Some((d, None));
    }
    let mut clause = c;
    for _ in 0..MAX_HOSTS {
        let this = cl.get(clause);
        let host = this.host?;
        let dated = match this.kind {
            Kind::Reported => Dated::Report,
            Kind::Source | Kind::Subordinate => return None,
            _ => Dated::Sentence,
        };
        // The host's date nearest where this clause hangs on it; a report's only when it
        // goes with its verb ("said on Monday", "on Monday said"), not with its subject ("in
        // Chapter 11 since September 1986").
        let point = (this.start, this.start);
        let from = match (this.kind, cl.get(host).verb) {
            (Kind::Reported, Some(v)) => v.saturating_sub(REPORT_DATE),
            _ => 0,
        };
        // A fronted date ("Last week, it was reported that…") goes with the whole report.
        let fronted = |d: usize| {
            let (first, last) = s.range(d);
            first <= cl.get(host).start + 1 && s.word(last + 1) == ","
        };
        // A coordinate clause with its own verb tells its own event ("will cut 2,000 jobs by
        // the end of 1987 and is considering a further 3,000"): the other conjunct's date is
        // not its date, a fronted one is both's. A parenthetical ("The workers, staging a
        // sit-in over the loss of 1,221 jobs, are due to meet tonight") takes no date from
        // the predicate after it.
        let own = |d: usize| match this.kind {
            Kind::Coordinate => fronted(d),
            Kind::Relative | Kind::Participle => s.range(d).0 < this.start || fronted(d),
            _ => true,
        };
        if let Some(d) = date_in(s, cl, host, point, kind)
            .filter(|&d| (s.range(d).0 >= from || fronted(d)) && own(d))
        {
            return Some((d, Some(dated)));
        }
        clause = host;
    }
    None
}

/// The date in clause `c` nearest `anchor`, not across a coordination ("$15 million in 2022
/// and $60 million in 2024") when another is nearer.
fn date_in(
    s: &Sentence,
    cl: &Clauses,
    c: usize,
    anchor: (usize, usize),
    kind: EventKind,
) -> Option<usize> {
    let from = anchor.0.saturating_sub(WINDOW);
    let to = (anchor.1 + WINDOW).min(s.len());
    // (a reporting period, across a coordination, distance, fact): an earnings report is
    // dated by when it is made, its period is its label.
    let mut best: Option<(bool, bool, usize, usize)> = None;
    for f in s.facts_in(from, to) {
        if s.facts[f].kind != FactKind::Date {
            continue;
        }
        let (first, last) = s.range(f);
        if cl.clause_of(first) != c || !usable(s, f, kind) {
            continue;
        }
        let (between, distance) = if first > anchor.1 {
            (anchor.1 + 1..first, first - anchor.1)
        } else {
            (last + 1..anchor.0, anchor.0.saturating_sub(last))
        };
        let separated = between
            .clone()
            .any(|i| matches!(s.word(i), "and" | "but" | "while" | ";" | "whereas"));
        let period = kind == EventKind::Earnings && is_period(s, f);
        let key = (period, separated, distance, f);
        if best.is_none_or(|b| (key.0, key.1, key.2) < (b.0, b.1, b.2)) {
            best = Some(key);
        }
    }
    best.map(|b| b.3)
}

/// Whether a date fact can date an event of `kind`: not a word inside a name ("The Sunday
/// Times", "a retailer named August"), not an earnings comparison ("versus 31.6 mln in 1985").
fn usable(s: &Sentence, f: usize, kind: EventKind) -> bool {
    let (first, last) = s.range(f);
    // "laid off until May 11": when it ends, not when it happens; "in Chapter 11 since
    // September 1986": since when a state holds.
    if matches!(
        s.word(first.wrapping_sub(1)),
        "until" | "till" | "through" | "since"
    ) {
        return false;
    }
    if first == last && s.capitalised(first) {
        let after = last + 1;
        let named = s.is(first.wrapping_sub(1), class::NAMING)
            || (s.capitalised(after)
                && s.fact(after).is_none_or(|x| x.kind.is_entity())
                && s.class(after) == 0);
        if named {
            return false;
        }
    }
    if kind == EventKind::Earnings {
        let from = first.saturating_sub(4);
        let back = |i: usize| matches!(s.word(i), "earlier" | "ago" | "before" | "previous");
        if (from..first).any(|i| s.is(i, class::COMPARISON)) || (last..last + 3).any(back) {
            return false;
        }
    }
    true
}

/// A reporting period rather than a moment: a quarter or fiscal year.
pub fn is_period(s: &Sentence, f: usize) -> bool {
    let date = &s.facts[f];
    match date.resolved() {
        Some(Some(t)) => matches!(t, Timex::Quarter { .. } | Timex::Fiscal { .. }),
        _ => {
            let t = s.fact_text(date).to_ascii_lowercase();
            t.contains("quarter") || t.starts_with('q') || t.contains("fiscal")
        }
    }
}

/// The organisation an event is done to: after "in"/"of"/"for"/"to" following the trigger
/// or figure ("invest $30 billion in OpenAI", "acquisition of Tessel"), or right before a noun
/// trigger ("an OpenAI investment").
pub fn target(s: &Sentence, cl: &Clauses, at: usize, after: usize) -> Option<Label> {
    let c = cl.clause_of(at);
    if let Some(f) = at.checked_sub(1).and_then(|i| s.fact_index(i))
        && s.facts[f].kind == FactKind::Org
    {
        return Some(s.name(&s.facts[f]));
    }
    let to = (after + 6).min(s.len());
    let mut k = after + 1;
    while k < to && cl.clause_of(k) == c {
        if matches!(s.word(k), "in" | "of" | "for" | "to" | "into")
            && let Some(f) = s.fact_index(k + 1).or_else(|| {
                s.is(k + 1, class::DET)
                    .then(|| s.fact_index(k + 2))
                    .flatten()
            })
            && s.facts[f].kind == FactKind::Org
        {
            return Some(s.name(&s.facts[f]));
        }
        if s.word(k) == "," || verb_start(s, k) {
            break;
        }
        k += 1;
    }
    None
}
