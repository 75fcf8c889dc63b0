//! One draft from a trigger and (perhaps) its figure: the event's actor, date, status, round,
//! label and target, each read from the trigger's clause or the clauses it hangs on.

use super::arguments::{self, Context, WINDOW};
use super::clauses::{Clauses, Kind};
use super::cues::{self, RoundRef};
use super::drafts::{Draft, Found, definite, superlative};
use super::lexicon::{ActorRole, LEX, Pos, Role, class};
use super::sentence::Sentence;
use super::status;
use super::verbs::{Governor, Group};
use crate::story::{Event, EventFacts, EventKind, FactKind, Label, Labels, Status};

/// How far after a valuing verb its object is looked for ("value the company at").
const OBJECT_REACH: usize = 3;
/// How far before a superlative its actor may be ("make Amazon the largest").
const ROLE_REACH: usize = 5;
/// How far after a trigger the word before its actor may be ("sell 10.8% of NZI to Y").
const AFTER_REACH: usize = 12;

/// A trigger with its group, figure (a sentence fact index) and the figure's role.
pub struct Telling<'a> {
    pub found: &'a Found,
    pub group: Option<Group>,
    pub figure: Option<usize>,
    pub role: Role,
}

/// The draft of one telling, or `None` when the clause denies the event.
pub fn draft(
    s: &Sentence,
    cl: &Clauses,
    ctx: &Context,
    labels: &mut Labels,
    t: &Telling,
) -> Option<Draft> {
    let fd = t.found;
    let rule = &LEX.rules[fd.trigger.kind];
    let c = cl.clause_of(fd.at);
    let anchor = t.figure.map_or((fd.at, fd.last), |f| s.range(f));
    let kind = kind_meant(s, cl, fd, rule.kind, anchor);
    let mut role = t.role;
    if t.figure.is_some() && t.group.is_some_and(|g| g.governor == Governor::PlanNoun) {
        role = Role::Plan;
    }
    let (actor, actor_fact) = actor(s, cl, ctx, fd, t.group, rule.actor).unzip();
    let actor_fact = actor_fact.flatten();
    let from_wrapper = actor_fact.is_some_and(|id| {
        let token = s
            .facts
            .iter()
            .position(|f| f.id == id)
            .map(|f| s.range(f).0);
        token.is_some_and(|k| cl.wrapper(c) == Some(cl.clause_of(k)))
    });
    let own = status::own_or_inherited(s, cl, fd.at, t.group);
    let status = status::status(
        s,
        cl,
        fd.at,
        fd.trigger,
        &status::Context {
            own,
            talks_near: ctx.talks_before || ctx.talks_here,
            from_wrapper,
        },
    )?;
    if t.figure.is_none() && !rule.figureless.is_empty() && !rule.figureless.contains(&status) {
        return None;
    }
    let date = arguments::when(s, cl, c, anchor, kind);
    let label = label(s, cl, c, anchor, kind, date.map(|d| d.0), labels);
    let round = round(s, cl, c, anchor, kind);
    let target = matches!(kind, EventKind::Investment | EventKind::Acquisition)
        .then(|| arguments::target(s, cl, fd.at, anchor.1.max(fd.last)))
        .flatten();
    let mut facts = EventFacts::new();
    let first_id = s.facts.first().map_or(0, |f| f.id);
    if let Some(a) = actor_fact.filter(|&a| a >= first_id && a < first_id + s.facts.len() as u32) {
        facts.push(a as usize);
    }
    let figure = t.figure.map(|f| &s.facts[f]);
    if let Some(f) = figure {
        facts.push(f.index());
    }
    if let Some((d, _)) = date {
        facts.push(s.facts[d].index());
    }
    facts.sort();
    let wrapper = cl.wrapper(c);
    let announce = date.is_none()
        && wrapper.is_some_and(|w| !cl.get(w).source)
        && matches!(
            status,
            Status::Announced | Status::Planned | Status::Completed | Status::Scheduled
        );
    let superlative = (fd.trigger.pos == Pos::Role)
        .then(|| superlative(s, fd.at))
        .flatten()
        .map(|i| Box::new((s.word(i).to_string(), s.word(fd.at).to_string())));
    let date_fact = date.map(|(d, _)| &s.facts[d]);
    Some(Draft {
        event: Event {
            id: 0,
            kind,
            actor,
            value: figure.and_then(|f| f.value()),
            unit: figure.and_then(|f| f.unit_label().cloned()),
            qualifier: figure.and_then(|f| f.qualifier),
            when: date_fact.map(|d| labels.intern_str(s.fact_text(d))),
            resolved: date_fact.and_then(|d| d.resolved().flatten()),
            status: Some(status),
            round: None,
            label,
            sentence: s.index,
            facts,
            target,
            dated: date.and_then(|d| d.1),
            also: Vec::new(),
        },
        role,
        round,
        figure: figure.map(|f| f.id),
        announce,
        definite: t.figure.is_none() && definite(s, fd),
        superlative,
        at: fd.at as u32,
        secondary: fd.trigger.secondary,
    })
}

/// How far around a trigger the words that change its kind are looked for.
const MEANT_REACH: usize = 5;

/// The kind a figure's event really is: a deal "valued at" $X is the deal's price ("the
/// acquisition, valued at 102 mln dlrs"); money "spent to acquire" a stake is its price.
fn kind_meant(
    s: &Sentence,
    cl: &Clauses,
    fd: &Found,
    kind: EventKind,
    anchor: (usize, usize),
) -> EventKind {
    let c = cl.clause_of(fd.at);
    if let Some((other, near)) = &LEX.rules[fd.trigger.kind].becomes {
        let from = fd.at.min(anchor.0).saturating_sub(MEANT_REACH);
        let to = (fd.last.max(anchor.1) + 1 + MEANT_REACH).min(s.len());
        // A word of the text, or the noun of a count ("1,197,700 Pellow common shares").
        let said = |i: usize| match s.fact(i) {
            None => near.has(s.word(i), s.entry(i)),
            Some(f) => {
                f.kind == FactKind::Count
                    && f.unit().is_some_and(|u| {
                        let head = u.split_whitespace().last().unwrap_or("").to_lowercase();
                        near.has(&head, LEX.entry(&head))
                    })
            }
        };
        if (from..to).any(|i| cl.clause_of(i) == c && said(i)) {
            return *other;
        }
    }
    if matches!(kind, EventKind::Investment | EventKind::Acquisition) && fd.trigger.pos == Pos::Verb
    {
        // "spent 3.1 mln dlrs to acquire its stake": the purpose names the kind.
        let to = (anchor.1 + MEANT_REACH).min(s.len());
        if let Some(k) = (anchor.1 + 1..to).find(|&i| s.word(i) == "to") {
            let purpose = LEX
                .triggers_of(s.entry(k + 1))
                .iter()
                .find(|t| t.pos == Pos::Verb && LEX.rules[t.kind].kind != kind);
            if let Some(t) = purpose
                && LEX.rules[t.kind].figure == super::lexicon::Figure::Money
            {
                return LEX.rules[t.kind].kind;
            }
        }
    }
    kind
}

/// Who acts: for a role noun the organisation before its superlative, for a valuation what is
/// valued, for a passive its "by" phrase, else the clause's subject followed back.
fn actor(
    s: &Sentence,
    cl: &Clauses,
    ctx: &Context,
    fd: &Found,
    group: Option<Group>,
    role: ActorRole,
) -> Option<arguments::Actor> {
    let org_at = |i: usize| {
        s.fact_index(i)
            .filter(|&f| s.facts[f].kind == FactKind::Org)
            .map(|f| (s.name(&s.facts[f]), Some(s.facts[f].id)))
    };
    let c = cl.clause_of(fd.at);
    if let Some(after) = &fd.trigger.actor_after {
        // "sell a stake to Brierley": the organisation after "to" acts (buys); without one,
        // no one named does, and the seller does not.
        let to = (fd.last + 1 + AFTER_REACH).min(s.len());
        let at = (fd.last + 1..to).find(|&i| cl.clause_of(i) == c && s.word(i) == after)?;
        let org = if s.is(at + 1, class::DET) {
            at + 2
        } else {
            at + 1
        };
        return org_at(org);
    }
    if fd.trigger.pos == Pos::Role
        && let Some(sup) = superlative(s, fd.at)
    {
        let from = sup.saturating_sub(ROLE_REACH);
        if let Some(a) = (from..sup).rev().find_map(org_at) {
            return Some(a);
        }
    }
    if role == ActorRole::Object {
        let to = (fd.last + 1 + OBJECT_REACH).min(s.len());
        for i in fd.last + 1..to {
            if let Some(a) = org_at(i) {
                return Some(a);
            }
            let anaphor = s.word(i) == "it"
                || (s.is(i, class::COMPANY) && s.is(i.wrapping_sub(1), class::DET));
            if anaphor {
                return arguments::actor(s, cl, c, fd.at, ctx)
                    .or_else(|| ctx.company.as_ref().map(|(n, id)| (n.clone(), Some(*id))));
            }
        }
    }
    if group.is_some_and(|g| g.passive) {
        let to = (fd.last + 4).min(s.len());
        if let Some(by) = (fd.last + 1..to).find(|&i| s.word(i) == "by")
            && let Some(a) = org_at(by + 1)
        {
            return Some(a);
        }
    }
    let before = group
        .map(|g| g.start)
        .filter(|&g| g <= fd.at)
        .unwrap_or(fd.at);
    arguments::actor(s, cl, c, before, ctx)
}

/// The round named nearest the figure in its clause ("a third round of layoffs"), or for a
/// clause hanging on a noun ("the first round in October, which involved…") in that noun.
fn round(
    s: &Sentence,
    cl: &Clauses,
    c: usize,
    anchor: (usize, usize),
    kind: EventKind,
) -> Option<RoundRef> {
    let funding = kind == EventKind::Fundraising;
    if !matches!(kind, EventKind::Layoffs | EventKind::Fundraising)
        || !funding && s.classes & class::ROUND == 0
    {
        return None;
    }
    let nearest = |clause: usize, point: (usize, usize)| {
        let from = point.0.saturating_sub(WINDOW / 2);
        let to = (point.1 + WINDOW / 2).min(s.len());
        let end = status::clause_end(cl, clause, point.1);
        (from..to)
            .filter(|&i| cl.clause_of(i) == clause)
            .filter_map(|i| {
                let r = cues::round_at(s, i, end, funding)?;
                let d = if i > point.1 {
                    i - point.1
                } else {
                    point.0 - i.min(point.0)
                };
                Some((d, r))
            })
            .min_by_key(|x| x.0)
            .map(|x| x.1)
    };
    if let Some(r) = nearest(c, anchor) {
        return Some(r);
    }
    let this = cl.get(c);
    match (this.kind, this.host) {
        (Kind::Relative | Kind::Participle, Some(h)) => nearest(h, (this.start, this.start)),
        _ => None,
    }
}

/// A name for the event: an earnings report's period when another date says when it is
/// reported ("fourth-quarter" … "next week"); a funding round's series ("Series B").
fn label(
    s: &Sentence,
    cl: &Clauses,
    c: usize,
    anchor: (usize, usize),
    kind: EventKind,
    date: Option<usize>,
    labels: &mut Labels,
) -> Option<Label> {
    let from = anchor.0.saturating_sub(WINDOW);
    let to = (anchor.1 + WINDOW).min(s.len());
    match kind {
        EventKind::Earnings => {
            let period = (from..to).find_map(|i| {
                s.fact_index(i).filter(|&f| {
                    s.facts[f].kind == FactKind::Date
                        && cl.clause_of(i) == c
                        && arguments::is_period(s, f)
                })
            })?;
            (date.is_some_and(|d| d != period))
                .then(|| labels.intern_str(s.fact_text(&s.facts[period])))
        }
        EventKind::Fundraising => cues::series_label(s, from, to).map(|l| labels.intern_str(&l)),
        _ => None,
    }
}
