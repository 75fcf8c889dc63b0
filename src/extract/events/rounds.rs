//! From drafts to the story's events, series and checks: orders events in time, numbers
//! rounds ("another round" is the next after the last one confirmed, and joins a round that was
//! only reported so far), attaches plan totals and running totals, and derives checks that cite
//! the facts they rest on.

use super::time::sort_key;
use super::{Draft, RoundRef};
use crate::story::format;
use crate::story::{
    Check, CheckKind, Document, Event, EventKind, Fact, FactKind, Round, Series, Status,
};
use jiff::civil::Date;
use std::collections::BTreeMap;

/// Turns drafts into (events, series, checks).
pub fn assemble(
    drafts: Vec<Draft>,
    facts: &[Fact],
    doc: &Document,
    reference: Option<Date>,
) -> (Vec<Event>, Vec<Series>, Vec<Check>) {
    let (statements, mut drafts): (Vec<Draft>, Vec<Draft>) =
        drafts.into_iter().partition(|d| d.plan || d.total);
    drafts.sort_by_key(|d| (sort_key(&d.event, reference), d.event.sentence));
    let keys: Vec<i64> = drafts
        .iter()
        .map(|d| sort_key(&d.event, reference))
        .collect();
    let mut series = Vec::new();
    let mut checks = Vec::new();
    for (kind, actor) in series_keys(&drafts, &statements) {
        let members: Vec<usize> = (0..drafts.len())
            .filter(|&i| drafts[i].event.kind == kind && drafts[i].event.actor == actor)
            .collect();
        let rounds = number_rounds(&mut drafts, &members, &keys);
        let plan = statements
            .iter()
            .find(|s| s.plan && s.event.kind == kind && same_actor(&s.event.actor, &actor))
            .and_then(|s| s.quantity);
        let totals: Vec<usize> = statements
            .iter()
            .filter(|s| s.total && s.event.kind == kind && same_actor(&s.event.actor, &actor))
            .filter_map(|s| s.quantity)
            .collect();
        if rounds.is_empty() && plan.is_none() && totals.is_empty() {
            continue;
        }
        let rounds: Vec<Round> = rounds
            .into_iter()
            .map(|(round, events)| make_round(round, events, &drafts))
            .collect();
        let s = Series {
            kind,
            actor: actor.clone(),
            rounds,
            plan,
            totals,
        };
        checks.extend(series_checks(&s, &drafts, facts));
        series.push(s);
    }
    checks.extend(unnumbered_conflicts(&drafts, facts));
    checks.extend(implied_largest(&drafts, facts, doc));
    // Ids follow time order; rounds refer to events by id.
    let events: Vec<Event> = drafts
        .into_iter()
        .enumerate()
        .map(|(id, d)| Event { id, ..d.event })
        .collect();
    (events, series, checks)
}

fn same_actor(a: &Option<String>, b: &Option<String>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// (kind, actor) pairs that form series: layoff and funding events with round numbers, or
/// with a stated plan or total.
fn series_keys(drafts: &[Draft], statements: &[Draft]) -> Vec<(EventKind, Option<String>)> {
    let mut keys: Vec<(EventKind, Option<String>)> = Vec::new();
    let candidates = drafts
        .iter()
        .filter(|d| d.round.is_some())
        .chain(statements.iter())
        .filter(|d| matches!(d.event.kind, EventKind::Layoffs | EventKind::Fundraising));
    for d in candidates {
        let key = (d.event.kind, d.event.actor.clone());
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

fn confirmed(status: Option<Status>) -> bool {
    matches!(status, Some(Status::Completed | Status::Announced))
}

/// Numbers the rounds of one series; returns round → member indices (time order).
fn number_rounds(
    drafts: &mut [Draft],
    members: &[usize],
    keys: &[i64],
) -> BTreeMap<u32, Vec<usize>> {
    let mut rounds: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for &i in members {
        if let Some(RoundRef::Number(n)) = drafts[i].round {
            rounds.entry(n).or_default().push(i);
        }
    }
    for &i in members {
        if drafts[i].round != Some(RoundRef::Next) {
            continue;
        }
        // The last round confirmed before this event, else the last one known before it.
        let before = |want_confirmed: bool| {
            rounds
                .iter()
                .filter(|(_, evs)| {
                    evs.iter().any(|&e| {
                        keys[e] < keys[i] && (!want_confirmed || confirmed(drafts[e].event.status))
                    })
                })
                .map(|(&n, _)| n)
                .max()
        };
        if let Some(base) = before(true).or_else(|| before(false)) {
            rounds.entry(base + 1).or_default().push(i);
        }
    }
    for (&n, evs) in &mut rounds {
        evs.sort_unstable();
        for &e in evs.iter() {
            drafts[e].event.round = Some(n);
        }
    }
    rounds
}

/// A round's figure: the latest confirmed one, else the latest reported one.
fn make_round(round: u32, events: Vec<usize>, drafts: &[Draft]) -> Round {
    let with_value = || events.iter().filter(|&&e| drafts[e].quantity.is_some());
    let pick = with_value()
        .rfind(|&&e| confirmed(drafts[e].event.status))
        .or_else(|| with_value().next_back());
    let (value, qualifier, fact) = pick.map_or((None, None, None), |&e| {
        let ev = &drafts[e].event;
        (ev.value, ev.qualifier, drafts[e].quantity)
    });
    Round {
        round,
        events,
        value,
        qualifier,
        fact,
    }
}

/// "~16,000", "$2.5B": a quantity as the checks write it.
fn figure(facts: &[Fact], id: usize) -> String {
    facts.get(id).map_or_else(String::new, |f| {
        let v = format::fact_value(f);
        // Counts: the number alone reads better in sums.
        match f.kind {
            FactKind::Count => v.split_whitespace().next().unwrap_or(&v).to_string(),
            _ => v,
        }
    })
}

fn series_checks(s: &Series, drafts: &[Draft], facts: &[Fact]) -> Vec<Check> {
    let mut checks = Vec::new();
    let name = series_name(s);
    // Conflicting figures for one round.
    for r in &s.rounds {
        let figures: Vec<&Draft> = r
            .events
            .iter()
            .map(|&e| &drafts[e])
            .filter(|d| d.quantity.is_some())
            .collect();
        let distinct = figures
            .iter()
            .filter_map(|d| d.event.value)
            .any(|v| figures.iter().filter_map(|d| d.event.value).any(|w| w != v));
        if distinct {
            let parts: Vec<String> = figures
                .iter()
                .filter_map(|d| {
                    let id = d.quantity?;
                    let status = d.event.status.map_or("stated", status_word);
                    Some(match &d.event.when {
                        Some(w) => format!("{} {status} {w}", figure(facts, id)),
                        None => format!("{} {status}", figure(facts, id)),
                    })
                })
                .collect();
            checks.push(Check {
                kind: CheckKind::Conflict,
                ok: false,
                message: format!("{name} round {}: {}", r.round, parts.join("; ")),
                facts: figures.iter().filter_map(|d| d.quantity).collect(),
            });
        }
    }
    // Sum of rounds against the plan and the stated totals.
    let valued: Vec<&Round> = s.rounds.iter().filter(|r| r.fact.is_some()).collect();
    let sum: f64 = valued.iter().filter_map(|r| r.value).sum();
    let terms: Vec<String> = valued
        .iter()
        .filter_map(|r| r.fact.map(|f| figure(facts, f)))
        .collect();
    let approx = valued.iter().any(|r| r.qualifier.is_some());
    let mut compare = |target: usize, what: &str| {
        let Some(goal) = facts.get(target).and_then(|f| f.value) else {
            return;
        };
        if valued.is_empty() {
            return;
        }
        let total = format::number(sum);
        let goal_text = format::number(goal);
        let (ok, verdict) = if sum == goal {
            (true, format!("matching the {goal_text} {what}"))
        } else if approx && (sum - goal).abs() <= goal.abs() * 0.05 {
            (true, format!("roughly matching the {goal_text} {what}"))
        } else if sum < goal {
            (
                false,
                format!(
                    "{} short of the {goal_text} {what}",
                    format::number(goal - sum)
                ),
            )
        } else {
            (
                false,
                format!(
                    "{} more than the {goal_text} {what}",
                    format::number(sum - goal)
                ),
            )
        };
        let mut cited: Vec<usize> = valued.iter().filter_map(|r| r.fact).collect();
        cited.push(target);
        checks.push(Check {
            kind: CheckKind::Sum,
            ok,
            message: format!("{name}: {} = {total}, {verdict}", terms.join(" + ")),
            facts: cited,
        });
    };
    if let Some(plan) = s.plan {
        compare(plan, "plan");
    }
    for &t in &s.totals {
        compare(t, "stated total");
    }
    checks
}

fn series_name(s: &Series) -> String {
    let kind = match s.kind {
        EventKind::Layoffs => "layoffs",
        EventKind::Fundraising => "funding",
        _ => "events",
    };
    match &s.actor {
        Some(a) => format!("{a} {kind}"),
        None => kind.to_string(),
    }
}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Completed => "completed",
        Status::Announced => "announced",
        Status::Reported => "reported",
        Status::Planned => "planned",
        Status::InTalks => "in talks",
        Status::Scheduled => "scheduled",
    }
}

/// Two figures for what looks like one event: same actor and kind, no round, same time (or
/// none), one of them only reported.
fn unnumbered_conflicts(drafts: &[Draft], facts: &[Fact]) -> Vec<Check> {
    let mut checks = Vec::new();
    for (i, a) in drafts.iter().enumerate() {
        for b in &drafts[i + 1..] {
            let (ea, eb) = (&a.event, &b.event);
            let related = ea.kind == eb.kind
                && ea.actor.is_some()
                && ea.actor == eb.actor
                && ea.round.is_none()
                && eb.round.is_none()
                && ea.resolved == eb.resolved
                && ea.unit.is_some()
                && (ea.status == Some(Status::Reported) || eb.status == Some(Status::Reported));
            if related
                && let (Some(va), Some(vb), Some(fa), Some(fb)) =
                    (ea.value, eb.value, a.quantity, b.quantity)
                && va != vb
            {
                let say = |e: &Event, f: usize| {
                    format!(
                        "{} {}",
                        figure(facts, f),
                        e.status.map_or("stated", status_word)
                    )
                };
                checks.push(Check {
                    kind: CheckKind::Conflict,
                    ok: false,
                    message: format!(
                        "{} {:?}: {}; {}",
                        ea.actor.as_deref().unwrap_or_default(),
                        ea.kind,
                        say(ea, fa),
                        say(eb, fb)
                    )
                    .replace("Layoffs", "layoffs"),
                    facts: vec![fa, fb],
                });
            }
        }
    }
    checks
}

/// "X would be the largest contributor to Y's round" with other contributors' amounts known:
/// X's amount is implied to exceed the largest of them.
fn implied_largest(drafts: &[Draft], facts: &[Fact], doc: &Document) -> Vec<Check> {
    let mut checks = Vec::new();
    for (index, _) in doc.sentences.iter().enumerate() {
        let lower = doc.sentence_text(index).to_ascii_lowercase();
        let Some(at) = ["largest", "biggest"]
            .iter()
            .filter_map(|w| lower.find(&format!("{w} ")).map(|p| (p, w.len())))
            .find(|&(p, n)| {
                let rest = &lower[p + n + 1..];
                ["contributor", "investor", "backer", "funder", "shareholder"]
                    .iter()
                    .any(|noun| rest.starts_with(noun))
            })
            .map(|(p, _)| p)
        else {
            continue;
        };
        let start = doc.sentences[index].span.start;
        let orgs: Vec<&Fact> = facts
            .iter()
            .filter(|f| f.sentence == index && f.kind == FactKind::Org)
            .collect();
        let Some(who) = orgs.iter().rev().find(|f| f.end <= start + at) else {
            continue;
        };
        let Some(target) = orgs.iter().find(|f| f.start > start + at) else {
            continue;
        };
        let who_name = who.name.clone().unwrap_or_else(|| who.text.clone());
        let target_name = target.name.clone().unwrap_or_else(|| target.text.clone());
        let rival = drafts
            .iter()
            .filter(|d| {
                matches!(d.event.kind, EventKind::Investment)
                    && d.event
                        .actor
                        .as_deref()
                        .is_some_and(|a| a != who_name && a != target_name)
                    && d.quantity.is_some()
                    && facts.iter().any(|f| {
                        f.sentence == d.event.sentence && f.name.as_deref() == Some(&target_name)
                    })
            })
            .max_by(|a, b| {
                a.event
                    .value
                    .partial_cmp(&b.event.value)
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        if let Some(r) = rival
            && let Some(q) = r.quantity
        {
            checks.push(Check {
                kind: CheckKind::Implied,
                ok: true,
                message: format!(
                    "{who_name} would be the largest contributor: more than {}'s {}",
                    r.event.actor.as_deref().unwrap_or_default(),
                    facts.get(q).map_or(String::new(), |f| f.text.clone())
                ),
                facts: vec![who.id, q],
            });
        }
    }
    checks
}
