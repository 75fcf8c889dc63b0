//! An event's status from its clause: the verb group's tense and modality ("has cut" →
//! completed, "will cut" → planned, "could cost" → possible), a status the trigger says itself
//! ("seeking" money is in talks), the cue phrases of the clause ("in talks", "at risk") and of
//! the report that wraps it ("it was reported that", "people familiar" → reported).

use super::arguments::WINDOW;
use super::clauses::{Clauses, Kind};
use super::cues;
use super::lexicon::{LEX, Pos, Trigger, class};
use super::sentence::Sentence;
use super::verbs::{self, Group, Modal, Verdict};
use crate::story::Status;

/// How many clauses up an inherited status is looked for.
const MAX_HOSTS: usize = 4;

/// The verb group of a trigger at `at`: its own for a verb, its governor's for a noun.
pub fn group_of(s: &Sentence, cl: &Clauses, at: usize, trigger: &Trigger) -> Option<Group> {
    let c = cl.clause_of(at);
    let floor = cl.get(c).start.max(at.saturating_sub(WINDOW));
    match trigger.pos {
        Pos::Verb | Pos::SubjectVerb => Some(verbs::group(s, floor, at, trigger.form)),
        Pos::Noun | Pos::Role => {
            let end = (at + WINDOW).min(s.len());
            let mut g = verbs::governing(s, floor, at, end);
            // "planned redundancies", "the proposed closures"
            let modifier = (at.saturating_sub(2)..at).any(|i| s.is(i, class::PLANNED));
            if modifier {
                let g = g.get_or_insert_with(Group::default);
                if g.modal == Modal::None && g.governor == verbs::Governor::None {
                    g.governor = verbs::Governor::Plan;
                }
            }
            g
        }
    }
}

/// The status the group gives, or, when it gives none, the status of the clause this one
/// depends on (a participle, a bare verb after "and"), else announced.
pub fn own_or_inherited(s: &Sentence, cl: &Clauses, at: usize, group: Option<Group>) -> Verdict {
    let mut verdict = group.map_or(Verdict::Inherit, |g| verbs::verdict(&g));
    let mut clause = cl.clause_of(at);
    for _ in 0..MAX_HOSTS {
        if verdict != Verdict::Inherit {
            return verdict;
        }
        let this = cl.get(clause);
        let Some(host) = this.host else { break };
        if this.kind == Kind::Reported {
            // A noun the report governs: "Iomega announced layoff of 182 employees".
            if let Some(v) = cl.get(host).verb {
                let mut g = verbs::group(s, cl.get(host).start, v, verbs::guess_form(s.word(v)));
                g.announcing = s.is(v, class::ANNOUNCE | class::REPORT);
                verdict = verbs::verdict(&g);
            }
            break;
        }
        verdict = clause_verdict(s, cl, host, this.start);
        clause = host;
    }
    match verdict {
        Verdict::Inherit => Verdict::Status(Status::Announced),
        v => v,
    }
}

/// The status of clause `c` from its first trigger or verb before token `before`.
fn clause_verdict(s: &Sentence, cl: &Clauses, c: usize, before: usize) -> Verdict {
    let start = cl.get(c).start.max(before.saturating_sub(WINDOW));
    for i in start..before {
        if cl.clause_of(i) != c || s.fact(i).is_some() {
            continue;
        }
        if let Some(t) = LEX.triggers_of(s.entry(i)).first() {
            return verbs::verdict(&group_of(s, cl, i, t).unwrap_or_default());
        }
        if super::clauses::verb_start(s, i) {
            let g = verbs::group(s, cl.get(c).start, i + 1, verbs::guess_form(s.word(i + 1)));
            return verbs::verdict(&g);
        }
    }
    Verdict::Inherit
}

/// What the cues around a trigger add: `own` is the status from its verb, `from_wrapper`
/// whether the actor came from the reporting clause (then a "reported" there is the actor's
/// own report, not others').
pub struct Context {
    pub own: Verdict,
    pub talks_near: bool,
    pub from_wrapper: bool,
}

/// The event's status, or `None` when the clause denies it.
pub fn status(
    s: &Sentence,
    cl: &Clauses,
    at: usize,
    trigger: &Trigger,
    ctx: &Context,
) -> Option<Status> {
    let c = cl.clause_of(at);
    let floor = cl.get(c).start.max(at.saturating_sub(WINDOW));
    let end = clause_end(cl, c, at);
    let here = cues::scan(s, floor, end);
    if here.denied {
        return None;
    }
    let mut status = match ctx.own {
        Verdict::Negated => return None,
        Verdict::Status(st) => st,
        Verdict::Inherit => Status::Announced,
    };
    if let Some(st) = trigger.status {
        status = st;
    }
    let hypothetical = matches!(status, Status::Planned | Status::Possible);
    // Reported: by a cue before the trigger anywhere in the sentence, in its clause, or by a
    // reporting clause of others around it.
    let before = cues::scan(s, at.saturating_sub(WINDOW), at);
    let wrapper_source = cl
        .wrapper(c)
        .is_some_and(|w| cl.get(w).source && !ctx.from_wrapper)
        || cl.sourced.get(c).copied().unwrap_or(false);
    if here.in_talks || (hypothetical && ctx.talks_near) {
        Some(Status::InTalks)
    } else if status == Status::InTalks {
        Some(status)
    } else if here.reported || before.reported || wrapper_source {
        Some(Status::Reported)
    } else if here.possible {
        Some(Status::Possible)
    } else {
        Some(status)
    }
}

/// The token after the last of clause `c` near `at` (bounded by the window).
pub fn clause_end(cl: &Clauses, c: usize, at: usize) -> usize {
    let to = (at + WINDOW).min(cl.of.len());
    (at..to)
        .rev()
        .find(|&i| cl.clause_of(i) == c)
        .map_or(at + 1, |i| i + 1)
}
