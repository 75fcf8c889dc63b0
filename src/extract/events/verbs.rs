//! Verb groups and the status they give. A trigger's group is read leftwards from it: modals,
//! auxiliaries, negation and adverbs, through "to" to a governing verb ("plans to cut", "is set
//! to start laying off", "is considering reducing"). A noun trigger takes the group of the verb
//! that governs it ("announced 300 layoffs", "is scheduled to report earnings").
//!
//! ```text
//! was set to separately start laying off   →  governor plan, past, aspect skipped → planned
//! could cost                               →  modal may                          → possible
//! has cut                                  →  perfect                            → completed
//! ```

use super::lexicon::{class, form};
use super::sentence::Sentence;
use crate::story::Status;

/// The most tokens a verb group reaches back over.
const MAX_GROUP: usize = 10;
/// How far a noun trigger looks for the verb that governs it.
const GOVERNOR_REACH: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Modal {
    #[default]
    None,
    /// will, would, shall, should
    Will,
    /// could, may, might, can
    May,
    Must,
}

/// What governs the verb through "to" or an -ing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Governor {
    #[default]
    None,
    /// plans to, intends to, is set to, expects to
    Plan,
    /// a plan to, its target to: the figure states a plan, not a round
    PlanNoun,
    /// is scheduled to, is due to
    Schedule,
    /// is considering, is weighing
    Possible,
}

/// A verb group's features.
#[derive(Debug, Clone, Copy, Default)]
pub struct Group {
    pub modal: Modal,
    pub perfect: bool,
    pub passive: bool,
    pub progressive: bool,
    pub past: bool,
    pub negated: bool,
    pub governor: Governor,
    pub infinitive: bool,
    /// An auxiliary, a modal or a finite verb form was seen.
    pub finite: bool,
    /// The head's own forms (`form::*`).
    pub head: u8,
    /// The head was an announcing verb ("announced 300 layoffs").
    pub announcing: bool,
    /// First token of the group.
    pub start: usize,
    /// Its head verb's token (the governing verb's, for a noun).
    pub verb: usize,
}

/// What a group says of its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Status(Status),
    /// No tense of its own (a participle, a bare verb after "and"): the clause it depends on
    /// decides.
    Inherit,
    /// "did not cut", "has no plans to".
    Negated,
}

/// The forms a word may be, guessed from its ending (for governing verbs not in the lexicon).
pub fn guess_form(word: &str) -> u8 {
    if word.ends_with("ing") {
        form::ING
    } else if word.ends_with("ed") {
        form::PAST | form::PARTICIPLE
    } else if word.ends_with('s') {
        form::THIRD
    } else {
        form::BASE
    }
}

/// The group of the verb at `head` (with forms `head_form`), reading back to `floor`.
pub fn group(s: &Sentence, floor: usize, head: usize, head_form: u8) -> Group {
    let mut g = Group {
        head: head_form,
        start: head,
        verb: head,
        ..Group::default()
    };
    let mut form_now = head_form;
    let mut k = head;
    let floor = floor.max(head.saturating_sub(MAX_GROUP));
    while k > floor {
        let j = k - 1;
        let w = s.word(j);
        let c = s.class(j);
        if s.fact(j).is_some() {
            break;
        }
        let auxiliary =
            c & (class::WILL | class::MAY | class::MUST | class::BE | class::HAVE | class::DO) != 0;
        if c & class::NEGATION != 0 && !auxiliary && w != "no" {
            g.negated = true;
        } else if c & class::ADVERB != 0 {
        } else if w == "to" {
            g.infinitive = true;
            let mut p = j;
            while p > floor && s.is(p - 1, class::ADVERB) {
                p -= 1;
            }
            let Some(v) = p.checked_sub(1).filter(|&v| v >= floor) else {
                break;
            };
            let vc = s.class(v);
            let gov = if vc & class::SCHEDULE_VERB != 0 {
                Governor::Schedule
            } else if vc & class::POSSIBLE_VERB != 0 {
                Governor::Possible
            } else if vc & class::PLAN_NOUN != 0 && s.fact(v).is_none() && plan_noun(s, v) {
                Governor::PlanNoun
            } else if vc & class::PLAN_VERB != 0 {
                Governor::Plan
            } else if vc & class::ASPECT != 0 {
                Governor::None
            } else {
                break;
            };
            if gov != Governor::None && g.governor == Governor::None {
                g.governor = gov;
            }
            if gov == Governor::PlanNoun {
                g.start = v;
                break;
            }
            k = v;
            form_now = guess_form(s.word(v));
            g.start = v;
            continue;
        } else if c & class::ASPECT != 0 && form_now & form::ING != 0 {
            form_now = guess_form(w);
        } else if c & class::POSSIBLE_VERB != 0 && form_now & form::ING != 0 {
            g.governor = Governor::Possible;
            form_now = guess_form(w);
        } else if c & class::WILL != 0 {
            g.modal = Modal::Will;
            g.finite = true;
        } else if c & class::MAY != 0 {
            g.modal = Modal::May;
            g.finite = true;
        } else if c & class::MUST != 0 {
            g.modal = Modal::Must;
            g.finite = true;
        } else if c & class::HAVE != 0 {
            if form_now & form::PARTICIPLE != 0 {
                g.perfect = true;
            }
            g.past |= c & class::PAST != 0;
            g.finite = true;
            form_now = form::BASE;
        } else if c & class::BE != 0 {
            if form_now & form::ING != 0 && k == head {
                g.progressive = true;
            } else if form_now & form::PARTICIPLE != 0 {
                g.passive = true;
            }
            g.past |= c & class::PAST != 0;
            g.finite = true;
            form_now = match w {
                "been" => form::PARTICIPLE,
                "being" => form::ING,
                "be" => form::BASE,
                _ => form::THIRD,
            };
        } else if c & class::DO != 0 {
            g.past |= c & class::PAST != 0;
            g.finite = true;
            if c & class::NEGATION != 0 {
                g.negated = true;
            }
        } else {
            break;
        }
        if c & class::NEGATION != 0 && w != "no" {
            g.negated = true;
        }
        g.start = j;
        k = j;
    }
    if !g.finite && !g.infinitive && head_form & form::PAST != 0 {
        g.past = true;
    }
    g
}

/// "a plan to", "its broader plan to": a noun with a determiner or adjective before it.
fn plan_noun(s: &Sentence, v: usize) -> bool {
    let before = s.word(v.wrapping_sub(1));
    s.is(v.wrapping_sub(1), class::DET)
        || before.ends_with("er")
        || before.ends_with("ing")
        || before.ends_with("al")
        || matches!(
            before,
            "overall" | "broad" | "wider" | "larger" | "new" | "original" | "existing" | "its"
        )
        || s.is_possessive(v.wrapping_sub(1))
}

/// The status a group gives.
pub fn verdict(g: &Group) -> Verdict {
    if g.negated {
        return Verdict::Negated;
    }
    let status = if g.governor == Governor::Possible || g.modal == Modal::May {
        Status::Possible
    } else if g.governor == Governor::Schedule {
        Status::Scheduled
    } else if g.modal != Modal::None
        || matches!(g.governor, Governor::Plan | Governor::PlanNoun)
        || g.infinitive
    {
        Status::Planned
    } else if g.announcing {
        Status::Announced
    } else if g.perfect || g.past {
        Status::Completed
    } else if g.passive || g.progressive || g.finite || g.head & form::THIRD != 0 {
        Status::Announced
    } else {
        return Verdict::Inherit;
    };
    Verdict::Status(status)
}

/// The group of the verb governing a noun trigger at `noun`: the nearest verb before it in
/// its clause (`floor` is where the clause begins), else an auxiliary or modal just after it
/// ("layoffs will start"). `None` when no verb governs it.
pub fn governing(s: &Sentence, floor: usize, noun: usize, end: usize) -> Option<Group> {
    let from = floor.max(noun.saturating_sub(GOVERNOR_REACH));
    for v in (from..noun).rev() {
        if s.fact(v).is_some() {
            continue;
        }
        let c = s.class(v);
        let w = s.word(v);
        let auxiliary =
            c & (class::WILL | class::MAY | class::MUST | class::BE | class::HAVE | class::DO) != 0;
        let verb = c
            & (class::REPORT | class::ANNOUNCE | class::PLAN_VERB | class::ASPECT | class::VERB)
            != 0
            || (w.len() > 4 && w.ends_with("ed") && !s.is(v.wrapping_sub(1), class::DET))
            || super::lexicon::LEX
                .triggers_of(s.entry(v))
                .iter()
                .any(|t| t.pos != super::lexicon::Pos::Noun);
        if auxiliary {
            // "there will be layoffs", "were 300 layoffs": the auxiliary heads the group.
            let mut g = group(s, floor, v + 1, form::BASE);
            apply_auxiliary(&mut g, c, w);
            g.verb = v;
            return Some(g);
        }
        if verb {
            let mut g = group(s, floor, v, guess_form(w));
            g.announcing = c & (class::ANNOUNCE | class::REPORT) != 0;
            return Some(g);
        }
        if c & class::PLAN_NOUN != 0 && matches!(s.word(v + 1), "for" | "of") {
            // "plans for 350 redundancies"
            return Some(Group {
                governor: Governor::Plan,
                start: v,
                verb: v,
                ..Group::default()
            });
        }
    }
    (noun + 1..end.min(noun + 4))
        .find(|&v| {
            s.class(v) & (class::WILL | class::MAY | class::MUST | class::BE | class::HAVE) != 0
        })
        .map(|v| {
            let mut g = Group {
                start: v,
                verb: v,
                ..Group::default()
            };
            apply_auxiliary(&mut g, s.class(v), s.word(v));
            g
        })
}

fn apply_auxiliary(g: &mut Group, c: u64, w: &str) {
    if c & class::WILL != 0 {
        g.modal = Modal::Will;
    } else if c & class::MAY != 0 {
        g.modal = Modal::May;
    } else if c & class::MUST != 0 {
        g.modal = Modal::Must;
    }
    g.past |= c & class::PAST != 0;
    g.finite = true;
    g.negated |= c & class::NEGATION != 0 && w != "no";
}
