//! Merging: the tellings of one event (headline, lead, body; "reported last week", then
//! "confirmed today") become one event with many mentions, and dates the clause did not give
//! come from the story.
//!
//! ```text
//! drafts in text order ─▶ dates from context (the closure whose workers go; the day the story
//! reports) ─▶ parts of an earlier figure dropped (5,500 + 4,300 of the 9,800) ─▶ each draft
//! joins the event it repeats: same kind, actor, figure and time (a telling without figure or
//! date joins the nearest event it fits), else it is a new event
//! ```

use super::cues::RoundRef;
use super::drafts::Draft;
use super::lexicon::Role;
use crate::story::{Dated, EventKind, Label, Status, Timex};
use jiff::civil::Date;
use std::collections::HashMap;

/// How many earlier events of the same kind and actor a telling is compared with: enough for
/// an article's tellings, and a bound that keeps merging linear on a huge file.
const RECENT: usize = 16;
/// How many later figures may add up to an earlier one as its parts.
const PARTS: usize = 6;
/// Figures within this fraction of each other are the same figure told twice ("about 1,000"
/// and "1,000").
const SAME_FIGURE: f64 = 0.005;

/// Splits drafts into events (merged, each with its tellings) and statements (plans, totals).
pub fn merge(mut drafts: Vec<Draft>, reference: Option<Date>) -> (Vec<Draft>, Vec<Draft>) {
    context_dates(&mut drafts);
    if let Some(day) = reference {
        for d in &mut drafts {
            if d.announce && d.event.resolved.is_none() && d.event.when.is_none() {
                d.event.resolved = Some(Timex::Day(day));
                d.event.dated = Some(Dated::Announcement);
            }
        }
    }
    // In place: a 50 MB file has 200,000 drafts, and a copy of them was the peak of memory.
    let statements: Vec<Draft> = drafts.extract_if(.., |d| d.role != Role::Cut).collect();
    drop_parts(&mut drafts);
    // The merged events are the vector's first `merged` slots; each draft is taken out of
    // its slot (at or after them) and joins one of them or becomes the next.
    let mut merged = 0;
    let mut index: HashMap<(EventKind, Option<Label>), Vec<usize>> = HashMap::new();
    let mut by_kind: HashMap<EventKind, Vec<usize>> = HashMap::new();
    for next in 0..drafts.len() {
        let d = std::mem::replace(&mut drafts[next], dummy());
        let kind = d.event.kind;
        let by_period = by_period(kind);
        let own = index.get(&(kind, d.event.actor.clone()));
        let any = (by_period || d.event.actor.is_none() || d.event.value.is_none())
            .then(|| by_kind.get(&kind))
            .flatten();
        let candidates = || recent(own).chain(recent(any));
        // "the cuts" refers to the story's own event, not a report of it.
        let firm = |e: &usize| drafts[*e].event.status != Some(Status::Reported);
        let into = if d.definite {
            candidates()
                .filter(firm)
                .chain(candidates())
                .find(|&e| fits(&drafts[e], &d))
        } else {
            candidates()
                .find(|&e| fits(&drafts[e], &d))
                .or_else(|| candidates().find(|&e| retells(&drafts[e], &d)))
        };
        match into {
            Some(e) if !fits(&drafts[e], &d) => {
                join_retelling(&mut drafts[e], d);
            }
            Some(e) => {
                join(&mut drafts[e], d);
                let key = (drafts[e].event.kind, drafts[e].event.actor.clone());
                let list = index.entry(key).or_default();
                if list.last() != Some(&e) {
                    list.push(e);
                }
            }
            None if d.definite => {}
            None => {
                let e = merged;
                index
                    .entry((d.event.kind, d.event.actor.clone()))
                    .or_default()
                    .push(e);
                by_kind.entry(d.event.kind).or_default().push(e);
                drafts[e] = d;
                merged += 1;
            }
        }
    }
    drafts.truncate(merged);
    drafts.shrink_to_fit();
    (drafts, statements)
}

/// The last [`RECENT`] events of a list, newest first.
fn recent(list: Option<&Vec<usize>>) -> impl Iterator<Item = usize> + '_ {
    list.into_iter()
        .flat_map(|l| l.iter().rev().take(RECENT).copied())
}

/// A layoff with no date of its own, told with or just after a dated closure by the same
/// actor, happens when the site closes ("will close its Chicago centre on April 30. Up to
/// 1,800 workers will be affected").
fn context_dates(drafts: &mut [Draft]) {
    let mut closure: Option<usize> = None;
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if d.event.kind == EventKind::Closure && d.event.resolved.is_some() {
            closure = Some(i);
            continue;
        }
        if d.event.kind != EventKind::Layoffs || d.event.when.is_some() || d.role != Role::Cut {
            continue;
        }
        let Some(c) = closure else { continue };
        let site = &drafts[c].event;
        let near = d.event.sentence <= site.sentence + 1;
        let same = d.event.actor.is_none() || site.actor.is_none() || d.event.actor == site.actor;
        if near && same {
            let (when, resolved) = (site.when.clone(), site.resolved);
            let e = &mut drafts[i].event;
            e.when = when;
            e.resolved = resolved;
            e.dated = Some(Dated::Context);
        }
    }
}

/// Figures that add up to an earlier figure of the same kind and actor are its breakdown, not
/// events of their own: "9,800 workers at two plants … 5,500 … 4,300".
fn drop_parts(events: &mut Vec<Draft>) {
    let mut part = vec![false; events.len()];
    for i in 0..events.len() {
        let Some(whole) = events[i].event.value else {
            continue;
        };
        let mut sum = 0.0;
        let mut members = Vec::new();
        // Parts may be told by the units that make them up ("its Oklahoma City plant"), so
        // any actor counts; the exact sum is what says they are parts.
        for j in i + 1..events.len().min(i + 1 + PARTS) {
            let e = &events[j];
            if e.event.kind != events[i].event.kind || e.round.is_some() {
                continue;
            }
            let Some(v) = e.event.value else { continue };
            if v == whole {
                // The whole told again.
                continue;
            }
            sum += v;
            members.push(j);
            if members.len() >= 2 && sum == whole {
                for &m in &members {
                    part[m] = true;
                }
                break;
            }
            if sum > whole {
                break;
            }
        }
    }
    let mut at = 0;
    events.retain(|_| {
        at += 1;
        !part[at - 1]
    });
}

/// Whether two figures are the same figure told twice.
fn same_figure(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= SAME_FIGURE * a.abs().max(b.abs())
}

/// Whether two times can be one: equal, or one within the other ("this year" and "in May").
fn same_time(a: Option<Timex>, b: Option<Timex>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a == b
                || match (a.period(), b.period()) {
                    (Some((a0, a1)), Some((b0, b1))) => {
                        (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)
                    }
                    _ => false,
                }
        }
        _ => true,
    }
}

/// Whether tellings of `kind` merge by the period they report (earnings).
fn by_period(kind: EventKind) -> bool {
    super::lexicon::LEX
        .rules
        .iter()
        .any(|r| r.kind == kind && r.by_period)
}

/// Whether `d` tells the event `e` already has.
fn fits(e: &Draft, d: &Draft) -> bool {
    let (x, y) = (&e.event, &d.event);
    if x.kind != y.kind {
        return false;
    }
    if by_period(x.kind) {
        // One report per period: its line items (revenue, a unit's profit) are tellings of
        // it, whoever they name.
        return match (x.resolved, y.resolved) {
            (Some(a), Some(b)) => a == b,
            _ => x.when.is_none() || y.when.is_none() || x.when == y.when,
        };
    }
    if x.actor.is_some() && y.actor.is_some() && x.actor != y.actor {
        return false;
    }
    if let (Some(RoundRef::Number(a)), Some(RoundRef::Number(b))) = (e.round, d.round)
        && a != b
    {
        return false;
    }
    if d.definite {
        return same_time(x.resolved, y.resolved);
    }
    let figures = match (x.value, y.value) {
        (Some(a), Some(b)) => same_figure(a, b),
        _ => true,
    };
    let weak = x.dated == Some(Dated::Announcement) || y.dated == Some(Dated::Announcement);
    let times = (weak || same_time(x.resolved, y.resolved))
        && (x.resolved.is_some()
            || y.resolved.is_some()
            || x.when.is_none()
            || y.when.is_none()
            || x.when == y.when);
    // A telling without a figure or a date says too little to be a new event next to one
    // it fits; two different "another" figures are two events.
    let next = matches!(d.round, Some(RoundRef::Next)) && x.value.is_some() && y.value.is_some();
    figures && times && !(next && x.value != y.value)
}

/// Whether `d` tells event `e` again with another figure: a report of it ("local media reported
/// last week that it would cut about 250 jobs") beside its own telling ("said on Tuesday it had
/// cut 200"), of the same kind, actor and time. The event keeps both tellings, and a
/// `conflict` check says they disagree. Two figures in one sentence, "another" figure, or
/// figures of different numbered rounds are different events; so are two figures neither of
/// which is a report (a company's cuts at two sites).
fn retells(e: &Draft, d: &Draft) -> bool {
    let (x, y) = (&e.event, &d.event);
    if x.kind != y.kind || by_period(x.kind) || d.definite || e.secondary || d.secondary {
        return false;
    }
    let (Some(a), Some(b)) = (&x.actor, &y.actor) else {
        return false;
    };
    let reported = |s: Option<Status>| s == Some(Status::Reported);
    let one_reported = reported(x.status) != reported(y.status);
    let told_in = |s: usize| x.sentence == s || x.also.iter().any(|m| m.sentence == s);
    let next = |r: Option<RoundRef>| matches!(r, Some(RoundRef::Next));
    let rounds = match (e.round, d.round) {
        (Some(RoundRef::Number(m)), Some(RoundRef::Number(n))) => m == n,
        _ => true,
    };
    let times = match (x.resolved, y.resolved) {
        (Some(_), Some(_)) => same_time(x.resolved, y.resolved),
        // An undated report of a dated event: only when its words give no other time.
        _ => x.when.is_none() || y.when.is_none(),
    };
    a == b
        && one_reported
        && x.value.is_some()
        && y.value.is_some()
        && !told_in(y.sentence)
        && !next(e.round)
        && !next(d.round)
        && rounds
        && times
}

/// Adds telling `d` to event `e`: what `e` lacks it takes from `d`, and `d`'s sentence
/// becomes one of its mentions. The fullest telling (a figure, then a date of its own) is the
/// event's own.
fn join(e: &mut Draft, d: Draft) {
    // The fullest telling is the event's own: a figure that stands for the event (not a
    // secondary one such as revenue), then a date in its own words.
    let fuller = |x: &Draft| {
        (
            x.event.value.is_some() && !x.secondary,
            x.event.value.is_some(),
            x.event.when.is_some(),
            x.event.dated.is_none(),
        )
    };
    let (mut main, other) = if fuller(&d) > fuller(e) {
        (d, std::mem::replace(e, dummy()))
    } else {
        (std::mem::replace(e, dummy()), d)
    };
    let m = &mut main.event;
    let o = &other.event;
    if m.actor.is_none() {
        m.actor.clone_from(&o.actor);
    }
    // The finer date wins ("Thursday" over "this year"); between equally fine ones, the
    // event's own words over a date found elsewhere.
    let announced = |d: Option<Dated>| d == Some(Dated::Announcement);
    let finer = match (m.resolved, o.resolved) {
        (None, Some(_)) => true,
        // The story's own day is only a fallback: any date the text gives wins.
        (Some(_), Some(_)) if announced(m.dated) && !announced(o.dated) => true,
        // …and never replaces one, however much finer ("by the end of 1987" stays).
        (Some(_), Some(_)) if announced(o.dated) && !announced(m.dated) => false,
        (Some(a), Some(b)) => {
            same_time(Some(a), Some(b))
                && (b.granularity() < a.granularity()
                    || b.granularity() == a.granularity() && trust(o.dated) > trust(m.dated))
        }
        _ => false,
    };
    if finer {
        m.when.clone_from(&o.when);
        m.resolved = o.resolved;
        m.dated = o.dated;
    }
    if m.target.is_none() {
        m.target.clone_from(&o.target);
    }
    if m.label.is_none() {
        m.label.clone_from(&o.label);
    }
    if main.round.is_none() || matches!(main.round, Some(RoundRef::Next)) && other.round.is_some() {
        main.round = main.round.or(other.round);
        if let Some(RoundRef::Number(n)) = other.round {
            main.round = Some(RoundRef::Number(n));
        }
    }
    if main.superlative.is_none() {
        main.superlative = other.superlative;
    }
    main.announce &= other.announce;
    // Tellings come in text order: appending keeps them nearly sorted, and `mentions()`
    // sorts and drops repeats of a sentence when it lists them.
    main.event.absorb(other.event);
    *e = main;
}

/// Adds telling `d`, which gives another figure ([`retells`]), to event `e`: the event's own
/// telling is the firm one (said, not reported), and the report is kept as a mention with its
/// figure, date and status.
fn join_retelling(e: &mut Draft, d: Draft) {
    let reported = |x: &Draft| x.event.status == Some(Status::Reported);
    let (mut main, other) = if reported(e) && !reported(&d) {
        (d, std::mem::replace(e, dummy()))
    } else {
        (std::mem::replace(e, dummy()), d)
    };
    if main.round.is_none() {
        main.round = other.round;
    }
    main.announce &= other.announce;
    main.event.absorb(other.event);
    *e = main;
}

/// How much a date's source is trusted: the event's own words most, the day of the story
/// least.
fn trust(dated: Option<Dated>) -> u8 {
    match dated {
        None => 4,
        Some(Dated::Sentence | Dated::Report) => 3,
        Some(Dated::Context) => 2,
        Some(Dated::Announcement) => 1,
    }
}

/// A placeholder while two drafts swap places.
fn dummy() -> Draft {
    Draft {
        event: crate::story::Event {
            id: 0,
            kind: EventKind::Other,
            actor: None,
            value: None,
            unit: None,
            qualifier: None,
            when: None,
            resolved: None,
            status: None,
            round: None,
            label: None,
            sentence: 0,
            facts: crate::story::EventFacts::new(),
            target: None,
            dated: None,
            also: Vec::new(),
        },
        role: Role::Cut,
        round: None,
        figure: None,
        announce: false,
        definite: false,
        superlative: None,
        at: 0,
        secondary: false,
    }
}
